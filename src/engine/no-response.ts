/**
 * The diagnosis of a request that got no reply at all: a network error, a reply the browser hid because it
 * carried no CORS headers, or a timeout. Nothing from AWS is visible, so this rests on the request alone
 * and is always `low` confidence. See signatures-apigw.md §3.4 (BROWSER:CORS_MASKED_GATEWAY_ERROR) and
 * signatures-edge.md §1 item 12.
 * @module
 */

import { redactText } from '../output/redact.ts'
import { isAwsHostKind } from '../reading/hosts.ts'
import { type ResponseSnapshot, takeSnapshot } from '../reading/snapshot.ts'
import { ENGLISH_LABELS, type Labeler, labelsFor } from '../texts/labels.ts'
import type { LocaleOption } from '../texts/locale.ts'
import type { CauseRule, Diagnosis, RequestInput } from '../types.ts'
import { languageOf } from './diagnose-with.ts'
import { fillPlaceholders, rankCauses } from './rank.ts'

/** What the adapter knows about a request that got no reply. */
export interface NoResponseInput {
  /** `timeout`: the client's own timeout fired; `network`: the request failed without a reply. */
  kind: 'network' | 'timeout'
  request?: RequestInput
  /** Time from sending to the failure, when known. */
  elapsedMs?: number
  /** The error's system code, e.g. `ENOTFOUND`, `ECONNREFUSED` (Node); absent in browsers. */
  errorCode?: string
  /** `Name: message` of the client's error, for the evidence (redacted here). */
  errorText?: string
  /**
   * The status the CORS preflight (OPTIONS) of this request got, when a capture shows it (a HAR file records
   * the preflight as an entry of its own): a status outside 2xx settles that the preflight was rejected.
   */
  preflightStatus?: number
}

/** Options of `diagnoseNoResponse`. */
export interface NoResponseOptions {
  /** Hosts declared as fronting AWS. */
  awsHosts?: readonly string[]
  /** Diagnose even when the host is not known to be AWS. */
  anyHost?: boolean
  /** Overrides the runtime's answer to "was the request made by a browser?" (a pasted console line was). */
  browser?: boolean
  /**
   * Language of the title, causes and hints (an overlay's `NO_RESPONSE` texts; the timeout title and the
   * hints are its labels `noResponse.*`); evidence stays English.
   */
  locale?: LocaleOption
}

/** The code of every no-response diagnosis. */
export const NO_RESPONSE = 'NO_RESPONSE'

const APIGW = 'https://docs.aws.amazon.com/apigateway/latest/developerguide'
const DOCS = {
  gatewayResponses: `${APIGW}/set-up-gateway-response-using-the-console.html`,
  corsRest: `${APIGW}/how-to-cors.html`,
  corsHttp: `${APIGW}/http-api-cors.html`,
  limits: `${APIGW}/api-gateway-execution-service-limits-table.html`,
  privateApis: `${APIGW}/apigateway-private-apis.html`,
} as const

/** Preflight-triggering methods: anything but GET, HEAD and POST. */
const NON_SIMPLE_METHODS = ['PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const
/** API Gateway's integration timeout is 29 s (REST) and at most 30 s (HTTP APIs). */
const NEAR_INTEGRATION_TIMEOUT = { min: 27_000, max: 31_500 } as const
/** Codes Node gives when the host cannot be resolved or reached at all. */
const UNREACHABLE_CODES: ReadonlySet<string> = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
])

const CORS_MASKED: CauseRule = {
  id: 'cors-masked-error',
  weight: 4,
  cause:
    'An AWS layer may have answered with an error (a gateway response such as 403 or 504, a WAF block, a CloudFront error page) that carries no CORS headers, so the browser hid it from the page and reported a network error. API Gateway adds CORS headers to its own error replies only when the API owner configures them.',
  remedy:
    'Add CORS headers to the DEFAULT_4XX and DEFAULT_5XX gateway responses (Access-Control-Allow-Origin, plus Access-Control-Expose-Headers: x-amzn-ErrorType,x-amzn-RequestId,x-amz-apigw-id), e.g. `aws apigateway put-gateway-response --rest-api-id <id> --response-type DEFAULT_4XX --response-parameters file://cors.json` and again for DEFAULT_5XX, then redeploy the stage; give WAF custom responses and CloudFront error responses the same headers. Meanwhile the DevTools Network tab shows the real status.',
  summary:
    'the browser may have hidden an AWS error reply without CORS headers: add CORS headers to the DEFAULT_4XX/DEFAULT_5XX gateway responses',
  docs: [DOCS.gatewayResponses, DOCS.corsRest],
  adjust: [{ when: { browser: false }, factor: 0.02 }],
}

const PREFLIGHT: CauseRule = {
  id: 'preflight-rejected',
  weight: 1.5,
  cause:
    'The CORS preflight (OPTIONS) may have failed: the resource has no OPTIONS method (403 Missing Authentication Token), or OPTIONS requires an authorizer, IAM or an API key, or an HTTP API routes OPTIONS to an authorizer on $default or ANY. Requests with an Authorization or x-api-key header, a JSON content type, or PUT, PATCH or DELETE are preflighted.',
  remedy:
    "REST: enable CORS on the resource (an OPTIONS method with authorization NONE and no API key) and redeploy. HTTP API: configure the API's CORS settings and add an OPTIONS route without an authorizer when $default or ANY /{proxy+} has one. The failing OPTIONS request is visible in the DevTools Network tab.",
  summary: 'the CORS preflight for {request} may have been rejected: allow OPTIONS without authorization',
  docs: [DOCS.corsRest, DOCS.corsHttp],
  adjust: [
    { when: { browser: false }, factor: 0.02 },
    { when: { method: NON_SIMPLE_METHODS }, factor: 3 },
    { when: { sent: ['authorization'] }, factor: 2 },
    { when: { sent: ['x-api-key'] }, factor: 2 },
  ],
}

const INTEGRATION_TIMEOUT: CauseRule = {
  id: 'integration-timeout',
  weight: 0.5,
  cause:
    "The request failed after about 29–30 seconds, API Gateway's integration timeout (29 s for REST APIs, at most 30 s for HTTP APIs): the backend did not answer in time. The gateway's 504 (REST) or 503 (HTTP API) reply came too late for the client's timeout, or the browser hid it for lack of CORS headers.",
  remedy:
    "Find out why the backend is slow (the integration's CloudWatch logs, X-Ray); make it answer sooner or make the work asynchronous (return 202 and poll). Regional and private REST APIs can raise the integration timeout above 29 s through a Service Quotas request; edge-optimized REST APIs and HTTP APIs cannot. Set the client's timeout above the gateway's so that the gateway's reply arrives.",
  summary: 'no reply after ~29–30 s suggests the integration timeout: check why the backend behind {host} is slow',
  docs: [DOCS.limits],
  adjust: [
    { when: { elapsedMs: NEAR_INTEGRATION_TIMEOUT }, factor: 60 },
    { when: { host: ['execute-api', 'execute-api-private'], elapsedMs: NEAR_INTEGRATION_TIMEOUT }, factor: 2 },
    { when: { elapsedMs: { max: NEAR_INTEGRATION_TIMEOUT.min } }, factor: 0.05 },
  ],
}

const CLIENT_TIMEOUT: CauseRule = {
  id: 'client-timeout',
  weight: 3,
  cause:
    "The client's own timeout fired before any reply arrived: the backend was slower than the client allows, or the network stalled.",
  remedy:
    'Check how long the request takes with `curl -v -w "%{time_total}\\n"`; raise the client timeout if the backend legitimately needs longer, or find out why it is slow (CloudWatch logs, X-Ray).',
  summary: "the client's timeout fired before {host} replied: raise it or find out why the backend is slow",
}

const UNREACHABLE: CauseRule = {
  id: 'network-unreachable',
  weight: 1,
  cause:
    'The host could not be reached: the name did not resolve (a typo, a deleted API, a private API whose execute-api name resolves only inside its VPC), the connection was refused or reset, TLS failed, or the client is offline or behind a proxy.',
  remedy:
    'Check the URL and that the host resolves (`nslookup {host}`), that the API or distribution still exists, and the network path (VPN, proxy, firewall); private APIs are called from inside the VPC through an interface endpoint.',
  summary: '{host} could not be reached: check the host name, DNS and the network path',
  docs: [DOCS.privateApis],
  adjust: [
    { when: { browser: false }, factor: 5 },
    { when: { host: ['execute-api-private'] }, factor: 3 },
  ],
}

/**
 * Diagnoses a request that got no reply. Only for requests to AWS endpoints (execute-api, lambda-url,
 * cloudfront.net, elb.amazonaws.com, hosts declared in `awsHosts`) unless `anyHost` is set.
 *
 * @returns a `NO_RESPONSE` diagnosis (layer `unknown`, confidence `low`), or `undefined` when the host is
 *   not known to be AWS. Never throws.
 */
export function diagnoseNoResponse(input: NoResponseInput, options: NoResponseOptions = {}): Diagnosis | undefined {
  try {
    const reply = takeSnapshot(
      { status: 0, request: input.request, elapsedMs: input.elapsedMs },
      options.browser === undefined
        ? { awsHosts: options.awsHosts ?? [] }
        : { awsHosts: options.awsHosts ?? [], browser: options.browser },
    )
    const request = reply.request
    const awsHost = isAwsHostKind(request.hostFacts.kind) || request.declaredAwsHost
    if (!awsHost && options.anyHost !== true) return undefined
    const overlay = languageOf(options.locale).overlay
    const texts = overlay?.signatures[NO_RESPONSE]
    const causes = rankCauses(rulesFor(input), reply, { causes: texts?.causes, words: overlay?.words })
    const top = causes[0]
    const diagnosis: Diagnosis = {
      code: NO_RESPONSE,
      layer: 'unknown',
      confidence: 'low',
      status: 0,
      title: fillPlaceholders(
        input.kind === 'timeout'
          ? (overlay?.labels?.['noResponse.timeoutTitle'] ?? texts?.title ?? ENGLISH_LABELS['noResponse.timeoutTitle'])
          : (texts?.title ?? 'No reply reached the client for {request}: network error'),
        reply,
        overlay?.words,
      ),
      cause: top?.cause ?? '',
      remedy: top?.remedy ?? '',
      causes,
      evidence: evidenceFor(input, reply, awsHost),
      hints: hintsFor(reply, labelsFor(options.locale)),
      docs: Object.values(DOCS),
    }
    return diagnosis
  } catch {
    return undefined
  }
}

/** The candidate causes for this kind of failure; a system error code reweighs them. */
function rulesFor(input: NoResponseInput): CauseRule[] {
  // A timeout means the connection was made (or at least not refused at once): unreachable is a long shot.
  const rules =
    input.kind === 'timeout'
      ? [INTEGRATION_TIMEOUT, CLIENT_TIMEOUT, { ...UNREACHABLE, weight: 0.1 }]
      : [CORS_MASKED, PREFLIGHT, UNREACHABLE, INTEGRATION_TIMEOUT]
  const code = input.errorCode
  const unreachable = code !== undefined && UNREACHABLE_CODES.has(code)
  const preflight = input.preflightStatus
  const preflightFailed = preflight === undefined ? undefined : preflight < 200 || preflight > 299
  if (!unreachable && preflightFailed === undefined) return rules
  return rules.map((rule) => {
    // Node says exactly what failed: an unresolvable or refusing host is not a hidden reply.
    if (unreachable && rule.id === UNREACHABLE.id) return { ...rule, weight: rule.weight * 50 }
    // The capture shows the preflight's own reply: rejected settles it, passed rules it out.
    if (preflightFailed !== undefined && rule.id === PREFLIGHT.id)
      return { ...rule, weight: rule.weight * (preflightFailed ? 50 : 0.02) }
    return rule
  })
}

function evidenceFor(input: NoResponseInput, reply: ResponseSnapshot, awsHost: boolean): string[] {
  const evidence = [`no response: ${input.kind === 'timeout' ? 'timeout' : 'network error'}`]
  if (input.errorText !== undefined) evidence.push(`error: ${shorten(redactText(input.errorText))}`)
  if (input.errorCode !== undefined) evidence.push(`error code: ${shorten(input.errorCode)}`)
  if (input.preflightStatus !== undefined) evidence.push(`preflight: OPTIONS answered ${Math.trunc(input.preflightStatus)}`)
  const host = reply.request.host
  if (host !== undefined) {
    const kind = reply.request.declaredAwsHost
      ? 'declared AWS host'
      : awsHost
        ? reply.request.hostFacts.kind
        : 'not known to be AWS'
    evidence.push(`host: ${host} (${kind})`)
  }
  if (reply.elapsedMs !== undefined) evidence.push(`elapsed: ${Math.round(reply.elapsedMs)} ms`)
  return evidence
}

function hintsFor(reply: ResponseSnapshot, label: Labeler): string[] {
  return [label('noResponse.requestOnly'), label(reply.browser ? 'noResponse.browser' : 'noResponse.node')]
}

function shorten(value: string): string {
  const line = value.replace(/\s+/g, ' ')
  return line.length > 160 ? `${line.slice(0, 157)}...` : line
}
