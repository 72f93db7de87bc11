/**
 * apigw-doctor for got 14 to 16: one `beforeError` hook that attaches a diagnosis to got's own
 * `HTTPError`, `RequestError` or `TimeoutError` (or throws a `GatewayError`). got runs `beforeError` once,
 * after its retries, so only the final failure is diagnosed. got is never imported; errors are recognised
 * by `name`, so any copy of got works.
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
import { byteLimit, readBodyForDiagnosis } from '../src/reading/read-response.ts'
import type { HeadersLike, RequestInput } from '../src/types.ts'

export type { DiagnosisOptions } from '../src/middleware/middleware.ts'

/**
 * A `beforeError` hook: resolves to the same error with `diagnosis` attached, or to a `GatewayError`
 * with `throwEnriched`.
 */
export type DiagnosisBeforeErrorHook = <E extends Error>(error: E) => Promise<E>

/** The hooks to pass to `got.extend({ hooks })`. */
export interface DiagnosisHooks {
  beforeError: DiagnosisBeforeErrorHook[]
}

/** Anything with got's `extend`. */
export interface GotLike<G> {
  extend(options: { hooks: DiagnosisHooks }): G
}

/** The fields of got's errors the hook reads (RequestError and its subclasses). */
interface GotErrorFields {
  name: string
  message: string
  code?: unknown
  cause?: unknown
  event?: unknown
  timings?: { start?: unknown; error?: unknown }
  options?: {
    url?: unknown
    method?: unknown
    headers?: HeadersLike
    timeout?: Record<string, unknown>
    prefixUrl?: unknown
  }
  response?: {
    statusCode: number
    statusMessage?: string
    headers: HeadersLike
    rawBody?: unknown
    body?: unknown
    url?: unknown
    timings?: { phases?: { total?: unknown } }
  }
}

/**
 * The hooks that diagnose failed requests, for `got.extend({ hooks: diagnosisHooks() })`.
 * With `throwHttpErrors: false`, got skips `beforeError` for HTTP errors: those replies are not diagnosed.
 */
export function diagnosisHooks(options: DiagnosisOptions = {}): DiagnosisHooks {
  prepareDiagnosis(options)
  const hook = ((error: Error) => {
    if (typeof error !== 'object' || error === null) return Promise.resolve(error)
    const fields = error as unknown as GotErrorFields
    // The `prefixUrl` names the host apigw-doctor was installed for (read inside the guard: getters may throw).
    return handleFailure(error, () => findingFor(fields, withBaseUrl(options, fields.options?.prefixUrl)), options)
  }) as DiagnosisBeforeErrorHook
  return { beforeError: [hook] }
}

/**
 * Returns `got.extend({ hooks: diagnosisHooks(options) })`: the hook runs after the instance's own
 * `beforeError` hooks, once got's retries are spent.
 *
 * @example
 * ```ts
 * import got from 'got'
 * import { withDiagnosis } from 'apigw-doctor/got'
 * const api = withDiagnosis(got.extend({ prefixUrl: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod' }))
 * ```
 */
export function withDiagnosis<G extends GotLike<G>>(got: G, options: DiagnosisOptions = {}): G {
  return got.extend({ hooks: diagnosisHooks(options) })
}

async function findingFor(error: GotErrorFields, options: DiagnosisOptions): Promise<Finding | undefined> {
  const response = error.response
  const request = requestOf(error)
  if (!inScope(request.url as string | undefined, options)) return undefined
  if (error.name === 'HTTPError' && response !== undefined) {
    if (!(response.statusCode >= 400)) return undefined
    // got has read the whole body before `beforeError` runs: the bytes, or the parsed body without them.
    const body = await readBodyForDiagnosis(response.rawBody ?? response.body, byteLimit(options.maxBodyBytes))
    const total = response.timings?.phases?.total
    return replyFinding(
      {
        status: response.statusCode,
        statusText: response.statusMessage,
        headers: response.headers,
        body,
        request,
        elapsedMs: typeof total === 'number' ? total : undefined,
      },
      options,
    )
  }
  const kind = noReplyKind(error)
  if (kind === undefined) return undefined
  const diagnosis = await diagnoseNoReply(
    {
      kind,
      request,
      elapsedMs: kind === 'timeout' ? timeoutOf(error) : elapsedOf(error),
      errorCode: typeof error.code === 'string' && error.code !== 'ERR_GOT_REQUEST_ERROR' ? error.code : causeCode(error),
      errorText: `${error.name}: ${error.message}`,
    },
    options,
  )
  return diagnosis === undefined ? undefined : { diagnosis }
}

/**
 * A timeout, or a request that was sent (got started its timings) and failed without a reply. A
 * `RequestError` without timings comes from before sending: a hook that threw, bad options. Cancels
 * (`AbortError`, `CancelError`), redirects, parse, read and upload errors are not failures of the network.
 */
function noReplyKind(error: GotErrorFields): 'timeout' | 'network' | undefined {
  if (error.response !== undefined) return undefined
  if (error.name === 'TimeoutError') return 'timeout'
  if (error.name === 'RequestError' && typeof error.timings?.start === 'number') return 'network'
  return undefined
}

/** The configured timeout that fired (`timeout.request`, `timeout.connect`…). */
function timeoutOf(error: GotErrorFields): number | undefined {
  const limit = typeof error.event === 'string' ? error.options?.timeout?.[error.event] : undefined
  return typeof limit === 'number' && limit > 0 ? limit : elapsedOf(error)
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function elapsedOf(error: GotErrorFields): number | undefined {
  const { start, error: failed } = error.timings ?? {}
  return typeof start === 'number' && typeof failed === 'number' && failed >= start ? failed - start : undefined
}

/** The request as got sent it (`prefixUrl` and `searchParams` applied); redirects end at `response.url`. */
function requestOf(error: GotErrorFields): RequestInput {
  const options = error.options
  const sent = options?.url
  const final = error.response?.url
  const url = typeof final === 'string' && final !== '' ? final : sent instanceof URL ? sent.href : stringOr(sent)
  return { method: typeof options?.method === 'string' ? options.method : undefined, url, headers: options?.headers }
}
