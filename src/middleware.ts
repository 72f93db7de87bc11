/**
 * What every adapter shares, independent of any HTTP client: the options, diagnosing a failed reply or a
 * missing one, reporting (log, callback), and handing back either the original error with its diagnosis
 * attached or a `GatewayError`. Everything runs under a guard: whatever fails in here, the client's
 * original error or response passes through untouched.
 * @module
 */
import { attachDiagnosis, isDiagnosed } from './attach.ts'
import { diagnose } from './diagnose.ts'
import { GatewayError, type GatewayErrorResponse, gatewayErrorResponse } from './error.ts'
import { type DiagnosisLogger, logDiagnosis } from './format.ts'
import { normalizeHeaders } from './headers.ts'
import type { LocaleOption } from './locale.ts'
import { diagnoseNoResponse, type NoResponseInput } from './no-response.ts'
import { bodyPreview, byteLimit } from './read-response.ts'
import type { Confidence, DiagnoseInput, Diagnosis, Signature } from './types.ts'

/** Options of `withDiagnosis` for axios, ky and fetch. All optional. */
export interface DiagnosisOptions {
  /**
   * Reject with a `GatewayError` (one-line message, `diagnosis`, `cause` = the original error) instead of
   * the client's own error. Default `false`: the original error flows on with `error.diagnosis` attached.
   * With fetch, only diagnosed failures reject; other replies resolve as usual.
   */
  throwEnriched?: boolean
  /** Print each diagnosis: a collapsed, styled console group in browsers, indented text in Node. */
  log?: boolean
  /** Where `log: true` prints (default `console`). */
  logger?: DiagnosisLogger
  /**
   * Called once per diagnosed failure with the diagnosis and the original error (fetch: the failed
   * `Response`, or the network error). Exceptions it throws are swallowed and do not change the error.
   */
  onDiagnosis?: (diagnosis: Diagnosis, error: unknown) => void
  /** Body bytes read at most for a diagnosis (default 64 KiB). Bodies are never consumed for the user. */
  maxBodyBytes?: number
  /** Your own signatures, checked before the built-in catalog. */
  signatures?: readonly Signature[]
  /** Which requests to diagnose, by full URL (default: all). */
  filter?: (url: string) => boolean
  /** Custom domains that front AWS, as exact names or `*.example.com` wildcards. */
  awsHosts?: readonly string[]
  /**
   * The host of the client's base URL (axios `baseURL`, ky `prefix` or `prefixUrl`) counts as an AWS host,
   * like an `awsHosts` entry: apigw-doctor is installed on a client of an API behind AWS, so its own
   * `{"message":"Internal server error"}` is diagnosed even where a browser hides every `x-amzn-*` header.
   * Set `false` when the base URL is not behind AWS. Default `true`.
   */
  baseUrlIsAws?: boolean
  /**
   * The lowest confidence that is attached, logged, called back or thrown (default `'low'`: every
   * diagnosis). A `low` diagnosis rests on thin evidence (a body in API Gateway's shape and nothing else, a
   * request that got no reply) and its hints say what would confirm it; `'medium'` keeps only those with an
   * AWS header, an AWS host or a body only AWS sends.
   */
  minConfidence?: Confidence
  /**
   * Requests that got no reply (network error, CORS-blocked in a browser, timeout): `'aws'` (default)
   * diagnoses them only for AWS endpoints (execute-api, lambda-url, cloudfront.net, elb.amazonaws.com)
   * and `awsHosts`; `'all'` for every host; `'off'` never.
   */
  networkErrors?: 'aws' | 'all' | 'off'
  /**
   * Language of the diagnosis texts, the `GatewayError` message and the `log` output, as for `diagnose()`
   * (`en` default, `ja`, `auto`, or an overlay; load it first, e.g. `import 'apigw-doctor/locales/ja'`).
   * Evidence stays English.
   */
  locale?: LocaleOption
}

/** A failed reply, as an adapter hands it over: exactly what `diagnose()` reads. */
export type FailedReply = DiagnoseInput

/** A diagnosis together with the reply `GatewayError.response` should hold. */
export interface Finding {
  diagnosis: Diagnosis
  response?: Response | GatewayErrorResponse
}

/** Whether the URL is one to diagnose; a throwing `filter` means "no". */
export function inScope(url: string | undefined, options: DiagnosisOptions): boolean {
  if (options.filter === undefined) return true
  try {
    return options.filter(url ?? '') === true
  } catch {
    return false
  }
}

/**
 * The options with the client's base URL as a witness: its host joins `awsHosts` unless `baseUrlIsAws` is
 * `false`. A base URL that is not absolute (or not a string) names no host and changes nothing.
 */
export function withBaseUrl(options: DiagnosisOptions, baseUrl: unknown): DiagnosisOptions {
  if (options.baseUrlIsAws === false || typeof baseUrl !== 'string') return options
  let host: string
  try {
    host = new URL(baseUrl).hostname
  } catch {
    return options
  }
  if (host === '' || options.awsHosts?.includes(host) === true) return options
  return { ...options, awsHosts: [...(options.awsHosts ?? []), host] }
}

const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 }

/** The diagnosis, when it is at least as confident as `minConfidence` asks. */
function confidentEnough(diagnosis: Diagnosis | undefined, options: DiagnosisOptions): Diagnosis | undefined {
  if (diagnosis === undefined || options.minConfidence === undefined) return diagnosis
  return CONFIDENCE_RANK[diagnosis.confidence] >= (CONFIDENCE_RANK[options.minConfidence] ?? 0) ? diagnosis : undefined
}

/** Diagnoses a failed reply (status ≥ 400) with the user's options. */
export function diagnoseReply(reply: FailedReply, options: DiagnosisOptions): Diagnosis | undefined {
  return confidentEnough(
    diagnose(reply, {
      signatures: options.signatures,
      maxBodyBytes: options.maxBodyBytes,
      awsHosts: options.awsHosts,
      locale: options.locale,
    }),
    options,
  )
}

/**
 * The finding for a failed reply, or `undefined` when it is not diagnosed. `GatewayError.response` will be
 * `response` when given (fetch), otherwise a redacted copy of status, headers and the body's beginning.
 */
export function replyFinding(reply: FailedReply, options: DiagnosisOptions, response?: Response): Finding | undefined {
  const diagnosis = diagnoseReply(reply, options)
  if (diagnosis === undefined) return undefined
  if (options.throwEnriched !== true) return { diagnosis }
  const copy =
    response ??
    gatewayErrorResponse(
      reply.status,
      reply.statusText ?? '',
      normalizeHeaders(reply.headers),
      bodyPreview(reply.body, byteLimit(options.maxBodyBytes)),
    )
  return { diagnosis, response: copy }
}

/** Diagnoses a request that got no reply, as far as `networkErrors` allows. */
export function diagnoseNoReply(input: NoResponseInput, options: DiagnosisOptions): Diagnosis | undefined {
  const mode = options.networkErrors ?? 'aws'
  if (mode === 'off') return undefined
  return confidentEnough(
    diagnoseNoResponse(input, { awsHosts: options.awsHosts, anyHost: mode === 'all', locale: options.locale }),
    options,
  )
}

/**
 * Runs `work` (which diagnoses `target`) and hands back what the client should throw or return: the
 * `GatewayError` with `throwEnriched`, otherwise `target` itself with `diagnosis` attached. An already
 * diagnosed target, no finding, or any failure in diagnosis, logging, the callback or attaching gives
 * back `target` untouched.
 */
export async function handleFailure<T extends object>(
  target: T,
  work: () => Promise<Finding | undefined> | Finding | undefined,
  options: DiagnosisOptions,
): Promise<T | GatewayError> {
  if (isDiagnosed(target)) return target
  try {
    const finding = await work()
    if (finding === undefined) return target
    report(finding.diagnosis, target, options)
    if (options.throwEnriched === true)
      return new GatewayError(finding.diagnosis, { cause: target, response: finding.response, locale: options.locale })
    attachDiagnosis(target, finding.diagnosis)
  } catch {
    // Never make a failing request worse: the original goes on as it was.
  }
  return target
}

/** Logs and calls back; a throw from either aborts the enrichment (the caller's guard catches it). */
function report(diagnosis: Diagnosis, target: unknown, options: DiagnosisOptions): void {
  if (options.log === true) logDiagnosis(diagnosis, options.logger ?? console, options.locale)
  if (options.onDiagnosis !== undefined) {
    const result: unknown = options.onDiagnosis(diagnosis, target)
    // An async callback is not awaited (the error must not wait for it) and its rejection is not ours.
    if (typeof result === 'object' && result !== null && typeof (result as { catch?: unknown }).catch === 'function')
      (result as Promise<unknown>).catch(() => undefined)
  }
}

/** The system error code (`ECONNREFUSED`, `ENOTFOUND`…) Node puts on the `cause` of a failed request. */
export function causeCode(error: unknown): string | undefined {
  try {
    const code = (error as { cause?: { code?: unknown } } | null | undefined)?.cause?.code
    return typeof code === 'string' ? code : undefined
  } catch {
    return undefined // a throwing getter on a hostile error
  }
}
