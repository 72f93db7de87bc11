import { normalizeHeaders } from '../reading/headers.ts'
import { classifyHost, isAwsHostKind, isDeclaredAwsHost } from '../reading/hosts.ts'
import type { Advice, InputOutcomes, Outcome } from './outcome.ts'

/** Things suggested at most: the line stays short enough to act on. */
const MAX_ADVICE = 3

/** Reply headers that tell an AWS layer (API Gateway, Lambda, CloudFront, ELB, WAF). */
const AWS_HEADER = /^(?:x-amz|x-amzn|apigw-|x-cache$|via$|server$)/

/**
 * What would help tell a paste better, when it was not recognised or only with low confidence: the request
 * URL, the status, the reply's x-amzn-* headers, `--aws-host` for a custom domain, the request itself, or
 * the Network panel's view of a reply the console hid. Empty for other inputs and confident diagnoses.
 */
export function adviceFor(result: InputOutcomes, awsHosts: readonly string[]): Advice[] {
  if (result.format !== 'paste') return []
  const advice: Advice[] = []
  const add = (item: Advice): void => {
    if (!advice.some((known) => known.key === item.key)) advice.push(item)
  }
  for (const outcome of result.outcomes) for (const item of adviceForOutcome(outcome, awsHosts)) add(item)
  return advice.slice(0, MAX_ADVICE)
}

function adviceForOutcome(outcome: Outcome, awsHosts: readonly string[]): Advice[] {
  const { exchange, diagnosis } = outcome
  if (diagnosis !== undefined && diagnosis.confidence !== 'low') return []
  const host = hostOf(exchange.url)
  const unknownHost = host !== undefined && !isAwsHostKind(classifyHost(host).kind) && !isDeclaredAwsHost(host, awsHosts)
  const out: Advice[] = []
  if (exchange.kind === 'no-reply') {
    if (exchange.url === undefined) out.push({ key: 'help.url' })
    else if (diagnosis === undefined && unknownHost) out.push({ key: 'help.awsHost', values: { host } })
    out.push({ key: 'help.networkTab' })
    return out
  }
  const { input } = exchange
  if (exchange.url === undefined) out.push({ key: 'help.url' })
  if (input.status === 0) out.push({ key: 'help.status' })
  const headerNames = [...normalizeHeaders(input.headers).keys()]
  if (!headerNames.some((name) => AWS_HEADER.test(name))) out.push({ key: 'help.headers' })
  if (diagnosis === undefined && unknownHost) out.push({ key: 'help.awsHost', values: { host } })
  if (diagnosis !== undefined && input.request?.headers === undefined) out.push({ key: 'help.request' })
  return out
}

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  try {
    return new URL(url).hostname || undefined
  } catch {
    return undefined
  }
}
