/**
 * apigw-doctor for ky 1 and ky 2: one `beforeError` hook that attaches a diagnosis to ky's `HTTPError`
 * (or throws a `GatewayError`). ky is only imported as a type; errors are recognised by `name`.
 * @module
 */
import type { DiagnosisOptions, Finding } from '../src/middleware/middleware.ts'
import {
  causeCode,
  diagnoseNoReply,
  handleFailure,
  inScope,
  prepareDiagnosis,
  replyFinding,
  withBaseUrl,
} from '../src/middleware/middleware.ts'
import { byteLimit, readBodyForDiagnosis, readResponseClone } from '../src/reading/read-response.ts'
import type { BodyLike, RequestInput } from '../src/types.ts'

export type { DiagnosisOptions } from '../src/middleware/middleware.ts'

/** The request options ky hands its hooks, as far as the hook reads them. */
interface KyRequestOptions {
  timeout?: unknown
  prefix?: unknown
  baseUrl?: unknown
  prefixUrl?: unknown
}

/** ky 2's `beforeError` state, as far as the hook reads it. */
export interface KyBeforeErrorState {
  error: Error
  request?: Request
  options?: unknown
  retryCount?: number
}

/**
 * A `beforeError` hook that works with both majors: ky 2 calls it with one state object, ky 1 with the
 * error (and, since 1.12, a state). It resolves to the same error with `diagnosis` attached, or to a
 * `GatewayError` with `throwEnriched`.
 */
export interface DiagnosisBeforeErrorHook {
  /** ky 2: `beforeError({ request, options, error, retryCount })`. */
  (state: KyBeforeErrorState): Promise<Error>
  /** ky 1: `beforeError(error, state?)`. */
  <E extends Error>(error: E, state?: { retryCount: number }): Promise<E>
}

/** The hooks to pass to `ky.create({ hooks })` or `ky.extend({ hooks })`. */
export interface DiagnosisHooks {
  beforeError: DiagnosisBeforeErrorHook[]
}

/** Anything with ky's `extend`. */
export interface KyLike<K> {
  extend(options: { hooks: DiagnosisHooks }): K
}

/** The fields of ky's errors the hook reads (HTTPError, NetworkError, TimeoutError in ky 2). */
interface KyErrorFields {
  name: string
  response?: Response
  request?: Request
  data?: unknown
  options?: KyRequestOptions
  cause?: unknown
}

/**
 * The hooks that diagnose failed replies, for `ky.create({ hooks: diagnosisHooks() })`.
 * With ky 1, network errors bypass `beforeError` hooks and are not diagnosed.
 */
export function diagnosisHooks(options: DiagnosisOptions = {}): DiagnosisHooks {
  prepareDiagnosis(options)
  const hook = ((first: unknown) => {
    const v2 = isV2State(first)
    const error = (v2 ? first.error : first) as Error
    if (typeof error !== 'object' || error === null) return Promise.resolve(error)
    const fields = error as unknown as KyErrorFields
    let request: Request | undefined
    let timeout: unknown
    let base: unknown
    try {
      request = v2 ? (first.request ?? fields.request) : fields.request
      const kyOptions = (v2 ? first.options : fields.options) as KyRequestOptions | undefined
      timeout = kyOptions?.timeout
      base = kyBaseUrl(kyOptions)
    } catch {
      return Promise.resolve(error) // a throwing getter: the error goes on as it was
    }
    return handleFailure(error, () => findingFor(fields, request, timeout, v2, withBaseUrl(options, base)), options)
  }) as DiagnosisBeforeErrorHook
  return { beforeError: [hook] }
}

/**
 * The absolute base URL ky was given, the host apigw-doctor was installed for: ky 2's `prefix` (an empty
 * string by default) or `baseUrl` (a string or a URL), ky 1's `prefixUrl`. A relative one names no host.
 */
function kyBaseUrl(options: KyRequestOptions | undefined): string | undefined {
  for (const value of [options?.prefix, options?.baseUrl, options?.prefixUrl]) {
    const text = typeof URL !== 'undefined' && value instanceof URL ? value.href : value
    if (typeof text === 'string' && /^[a-z][a-z0-9+.-]{0,20}:\/\//i.test(text)) return text
  }
  return undefined
}

/**
 * Returns `ky.extend({ hooks: diagnosisHooks(options) })`. The hook is appended after existing
 * `beforeError` hooks; put it first with `ky.create({ hooks: diagnosisHooks() })` if another hook
 * replaces the error.
 *
 * @example
 * ```ts
 * import ky from 'ky'
 * import { withDiagnosis } from 'apigw-doctor/ky'
 * const api = withDiagnosis(ky.create({ prefix: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod' }))
 * ```
 */
export function withDiagnosis<K extends KyLike<K>>(ky: K, options: DiagnosisOptions = {}): K {
  return ky.extend({ hooks: diagnosisHooks(options) })
}

async function findingFor(
  error: KyErrorFields,
  request: Request | undefined,
  timeout: unknown,
  v2: boolean,
  options: DiagnosisOptions,
): Promise<Finding | undefined> {
  const response = error.response
  const url = request?.url ?? response?.url
  if (!inScope(url, options)) return undefined
  const facts: RequestInput = { method: request?.method, url, headers: request?.headers }
  if (error.name === 'HTTPError' && response !== undefined) {
    if (!(response.status >= 400)) return undefined
    const body = await bodyOf(error, response, v2, byteLimit(options.maxBodyBytes))
    return replyFinding(
      { status: response.status, statusText: response.statusText, headers: response.headers, body, request: facts },
      options,
    )
  }
  if (error.name !== 'NetworkError' && error.name !== 'TimeoutError') return undefined
  // ky 2 wraps a caller's abort whose reason looks like a network TypeError in a NetworkError: the abort
  // is the caller's decision, not a failure to diagnose.
  if (error.name === 'NetworkError' && request?.signal?.aborted) return undefined
  const timedOut = error.name === 'TimeoutError'
  const diagnosis = await diagnoseNoReply(
    {
      kind: timedOut ? 'timeout' : 'network',
      request: facts,
      elapsedMs: timedOut && typeof timeout === 'number' && timeout > 0 ? timeout : undefined,
      errorCode: causeCode(error.cause),
      errorText: `${error.name}: ${(error as { message?: unknown }).message}`,
    },
    options,
  )
  return diagnosis === undefined ? undefined : { diagnosis }
}

/** ky 2 pre-reads the body into `error.data` (and consumes the response); ky 1 leaves it unread: clone. */
async function bodyOf(error: KyErrorFields, response: Response, v2: boolean, maxBytes: number): Promise<BodyLike> {
  if (v2 || 'data' in error) return readBodyForDiagnosis(error.data, maxBytes)
  return readResponseClone(response, maxBytes)
}

function isV2State(value: unknown): value is KyBeforeErrorState {
  return typeof value === 'object' && value !== null && !(value instanceof Error) && 'error' in value
}
