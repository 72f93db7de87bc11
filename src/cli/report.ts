import { redactText } from '../redact.ts'
import type { Diagnosis, Layer } from '../types.ts'
import { statusOf, type InputOutcomes, type Outcome } from './outcome.ts'
import { displayUrl } from './redact-output.ts'
import { scrub, secretsOf } from './scrub.ts'
import type { Style } from './style.ts'
import { summarize } from './summary.ts'

/** How the text report is laid out. */
export interface TextReportOptions {
  /** List successful and undiagnosed exchanges too. */
  all: boolean
  /** Several inputs were given: name the input in each heading. */
  nameSources: boolean
  style: Style
}

const LAYER_NAMES: Record<Layer, string> = {
  'api-gateway-rest': 'API Gateway REST API',
  'api-gateway-http': 'API Gateway HTTP API',
  'lambda-url': 'Lambda function URL',
  cloudfront: 'CloudFront',
  waf: 'AWS WAF',
  alb: 'Elastic Load Balancing',
  unknown: 'unknown layer',
}

/** Other causes listed under the most likely one, at most. */
const MAX_OTHER_CAUSES = 5
const LABEL_WIDTH = 14

/**
 * The readable report of one input: a block per diagnosed reply (title, code, layer, confidence, the most
 * likely cause and its remedy, other causes, evidence, request IDs, docs), one line per other exchange
 * with `all`, and for HAR files a summary counting replies by code.
 *
 * Redaction: what came from the capture (evidence, IDs, reason phrases, errors) goes through
 * `redactText`, URLs through `redactUrl`, and each block loses the credential values its own request
 * carried. The catalog's prose (title, causes, remedies) is not run through `redactText`, whose patterns
 * would mangle words such as "token"; its placeholders were already redacted by the engine.
 */
export function textReport(input: InputOutcomes, options: TextReportOptions): string {
  const { style } = options
  const blocks: string[] = []
  for (const note of input.notes) blocks.push(style.dim(`note: ${redactText(note)}`))
  const total = input.outcomes.length
  const listed: string[] = []
  for (const outcome of input.outcomes) {
    const secrets = secretsOf(outcome.exchange)
    if (outcome.diagnosis !== undefined) listed.push(scrub(diagnosisBlock(outcome, outcome.diagnosis, total, options), secrets))
    else if (options.all) listed.push(scrub(otherLine(outcome, total, options), secrets))
  }
  blocks.push(...listed)
  const diagnosed = input.outcomes.filter((o) => o.diagnosis !== undefined).length
  if (input.format === 'har') blocks.push(summaryLine(input, options))
  else if (diagnosed === 0) blocks.push(nothingFound(input, options))
  return `${blocks.join('\n\n')}\n`
}

function heading(outcome: Outcome, total: number, options: TextReportOptions): string {
  const { style } = options
  const parts: string[] = []
  if (options.nameSources) parts.push(style.dim(sourceName(outcome.source)))
  if (total > 1) parts.push(style.dim(`[${outcome.index}/${total}]`))
  const status = statusOf(outcome)
  const statusText = outcome.exchange.kind === 'reply' ? outcome.exchange.input.statusText : undefined
  const statusLabel = status === 0 ? 'no reply' : statusText === undefined ? String(status) : `${status} ${redactText(statusText.slice(0, 60))}`
  parts.push(status >= 500 || status === 0 ? style.red(statusLabel) : status >= 400 ? style.yellow(statusLabel) : style.green(statusLabel))
  parts.push(requestLabel(outcome))
  return parts.join(' ')
}

function requestLabel(outcome: Outcome): string {
  const { method, url, schemeAssumed } = outcome.exchange
  if (url === undefined) return method === undefined ? '(the request is not in the capture)' : method
  const shown = displayUrl(url, schemeAssumed === true)
  return method === undefined ? shown : `${method} ${shown}`
}

function diagnosisBlock(outcome: Outcome, d: Diagnosis, total: number, options: TextReportOptions): string {
  const { style } = options
  const lines = [style.bold(heading(outcome, total, options)), style.bold(d.title)]
  const field = (label: string, value: string, more: readonly string[] = []): void => {
    lines.push(`  ${style.dim(label.padEnd(LABEL_WIDTH))}${value}`)
    for (const line of more) lines.push(`  ${' '.repeat(LABEL_WIDTH)}${line}`)
  }
  field('code', style.cyan(d.code))
  field('layer', LAYER_NAMES[d.layer])
  field('confidence', d.confidence)
  const [top, ...others] = d.causes
  field('likely cause', `${top === undefined ? '' : `(${percent(top.likelihood)}) `}${d.cause}`)
  field('remedy', d.remedy)
  // Causes that round to 0% are counted, not listed.
  const listed = others.filter((c) => c.likelihood >= 0.005).slice(0, MAX_OTHER_CAUSES)
  const shown = listed.map((c) => `${percent(c.likelihood).padStart(3)}  ${c.summary}`)
  if (others.length > listed.length) shown.push(style.dim(`… ${others.length - listed.length} less likely (see --json)`))
  if (shown.length > 0) field('other causes', shown[0] ?? '', shown.slice(1))
  if (d.evidence.length > 0) field('evidence', d.evidence.map(redactText).join('; '))
  const ids = requestIds(d)
  if (ids.length > 0) field('request IDs', ids.join(' · '))
  if (d.docs.length > 0) field('docs', d.docs[0] ?? '', d.docs.slice(1))
  for (const hint of d.hints) field('note', hint)
  return lines.join('\n')
}

function requestIds(d: Diagnosis): string[] {
  const ids: string[] = []
  if (d.requestId !== undefined) ids.push(`${redactText(d.requestId)} (request ID)`)
  if (d.extendedRequestId !== undefined) ids.push(`${redactText(d.extendedRequestId)} (x-amz-apigw-id)`)
  if (d.cloudfrontId !== undefined) ids.push(`${redactText(d.cloudfrontId)} (x-amz-cf-id)`)
  if (d.traceId !== undefined) ids.push(`${redactText(d.traceId)} (x-amzn-trace-id)`)
  return ids
}

function otherLine(outcome: Outcome, total: number, options: TextReportOptions): string {
  const { style } = options
  const status = statusOf(outcome)
  let remark: string
  if (outcome.exchange.kind === 'no-reply')
    remark = `${redactText(outcome.exchange.error)}: no reply reached the client (a CORS failure, a blocked request or a network error)`
  else if (status < 400) remark = 'no error'
  else remark = 'not recognised as an AWS error reply'
  return `${heading(outcome, total, options)} ${style.dim(`— ${remark}`)}`
}

function summaryLine(input: InputOutcomes, options: TextReportOptions): string {
  const s = summarize(input.outcomes)
  const parts = [`${s.total} ${s.total === 1 ? 'entry' : 'entries'}`]
  parts.push(`${s.diagnosed} diagnosed${s.diagnosed > 0 ? ` (${counts(s.byCode)})` : ''}`)
  if (s.otherErrors > 0) parts.push(`${s.otherErrors} other ${s.otherErrors === 1 ? 'error' : 'errors'} (${counts(s.byStatus)})`)
  parts.push(`${s.ok} without error`)
  if (s.noReply > 0) parts.push(`${s.noReply} without a reply`)
  return options.style.bold(`Summary of ${sourceName(input.source)}: ${parts.join(' · ')}`)
}

function nothingFound(input: InputOutcomes, options: TextReportOptions): string {
  const replies = input.outcomes.filter((o) => o.exchange.kind === 'reply')
  const statuses = [...new Set(replies.map(statusOf))].join(', ')
  const what = `${replies.length} ${replies.length === 1 ? 'reply' : 'replies'}${statuses === '' ? '' : `: ${statuses}`}`
  const tip = options.all ? '' : ' Use --all to list every reply.'
  return `No AWS error reply recognised in ${sourceName(input.source)} (${what}).${tip}`
}

function counts(map: ReadonlyMap<string, number>): string {
  return [...map].map(([key, n]) => `${key} ×${n}`).join(', ')
}

function percent(likelihood: number): string {
  return `${Math.round(likelihood * 100)}%`
}

/** How an input is named in the report. */
export function sourceName(source: string): string {
  return source === '-' ? 'stdin' : source
}
