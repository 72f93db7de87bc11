/**
 * apigw-doctor for ofetch 1 (the `$fetch` of Nuxt and unjs): `withDiagnosis($fetch)` returns a `$fetch`
 * that attaches a diagnosis to ofetch's own `FetchError` (or rejects with a `GatewayError`).
 *
 * Why a wrapper and not `onResponseError`: ofetch runs its error hooks on every attempt, before it decides
 * to retry, and creates the `FetchError` only after them; a hook can neither see the final failure nor
 * attach to the error the caller gets, and a hook that throws cancels ofetch's retry. The wrapper catches
 * the `FetchError` ofetch rejects with once its retries are spent. ofetch is only imported as a type.
 * @module
 */
import type { $Fetch, FetchError } from 'ofetch'
import { abortedByCaller } from '../src/middleware/caller-abort.ts'
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
import type { Diagnosis, HeadersLike, RequestInput } from '../src/types.ts'

export type { DiagnosisOptions } from '../src/middleware/middleware.ts'

/** ofetch's `FetchError`, as the caller catches it from a diagnosed `$fetch`. */
export type DiagnosedFetchError = FetchError & { readonly diagnosis?: Diagnosis }

/** A `$fetch` instance: `ofetch`, `$fetch`, `ofetch.create(...)`. */
export type OfetchLike = $Fetch

/** The fields of a `FetchError` the wrapper reads (they are getters over ofetch's request context). */
interface FetchErrorFields {
  name: string
  message: string
  request?: unknown
  options?: { method?: string; headers?: HeadersLike; timeout?: unknown; baseURL?: unknown }
  response?: Response
  data?: unknown
  cause?: unknown
}

/**
 * Returns a `$fetch` that behaves exactly like `fetcher`, except that a `FetchError` from an AWS gateway,
 * CDN or load balancer carries `error.diagnosis` (the same object, still a `FetchError`, `error.data`
 * untouched), or becomes a `GatewayError` with `throwEnriched`. ofetch retries first (its `retry` option);
 * only the final failure is diagnosed. `raw` is wrapped the same way, `native` is ofetch's own, and
 * `create()` returns a diagnosed instance. Replies that `ignoreResponseError` resolves are not inspected.
 *
 * @example
 * ```ts
 * import { ofetch } from 'ofetch'
 * import { withDiagnosis } from 'apigw-doctor/ofetch'
 * const api = withDiagnosis(ofetch.create({ baseURL: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod' }))
 * ```
 */
export function withDiagnosis<F extends OfetchLike>(fetcher: F, options: DiagnosisOptions = {}): F {
  prepareDiagnosis(options)
  const inner: $Fetch = fetcher
  const diagnosed = (async (request: Parameters<$Fetch>[0], init?: Parameters<$Fetch>[1]) => {
    try {
      return await inner(request, init)
    } catch (error) {
      // The caller's own abort passes through as it was, whatever its reason.
      if (abortedByCaller(init?.signal)) throw error
      throw await onFetchError(error, options)
    }
  }) as $Fetch
  diagnosed.raw = async (request, init) => {
    try {
      return await inner.raw(request, init)
    } catch (error) {
      if (abortedByCaller(init?.signal)) throw error
      throw await onFetchError(error, options)
    }
  }
  diagnosed.native = inner.native
  diagnosed.create = (defaults, globals) => withDiagnosis(inner.create(defaults, globals), options)
  // The same call signatures as the instance given: only the rejections differ.
  return diagnosed as F
}

/** Diagnoses one rejection; gives back what to reject with. Anything not a `FetchError` passes as it was. */
async function onFetchError(error: unknown, options: DiagnosisOptions): Promise<unknown> {
  try {
    if (typeof error !== 'object' || error === null || (error as { name?: unknown }).name !== 'FetchError') return error
  } catch {
    return error // a throwing getter: the rejection goes on as it was
  }
  const fields = error as FetchErrorFields
  // The `baseURL` (of `create()` or of this call) names the host apigw-doctor was installed for.
  return handleFailure(error, () => findingFor(fields, withBaseUrl(options, fields.options?.baseURL)), options)
}

async function findingFor(error: FetchErrorFields, options: DiagnosisOptions): Promise<Finding | undefined> {
  const response = error.response
  const request = requestOf(error, response)
  if (!inScope(request.url as string | undefined, options)) return undefined
  if (response !== undefined) {
    if (!(response.status >= 400)) return undefined
    // ofetch has read the body into `error.data` (parsed JSON, text or a Blob; a stream stays unread).
    const body = await readBodyForDiagnosis(error.data, byteLimit(options.maxBodyBytes))
    return replyFinding(
      { status: response.status, statusText: response.statusText, headers: response.headers, body, request },
      options,
    )
  }
  // No reply: fetch rejected. ofetch's own `timeout` aborts with an error named TimeoutError, as
  // AbortSignal.timeout does; an AbortError is the caller's abort and not a failure of the network.
  const cause = error.cause as { name?: unknown; message?: unknown } | undefined
  const name = cause?.name
  if (name !== 'TypeError' && name !== 'TimeoutError') return undefined
  const timedOut = name === 'TimeoutError'
  const timeout = error.options?.timeout
  const diagnosis = await diagnoseNoReply(
    {
      kind: timedOut ? 'timeout' : 'network',
      request,
      elapsedMs: timedOut && typeof timeout === 'number' && timeout > 0 ? timeout : undefined,
      errorCode: causeCode(cause),
      errorText: `${String(name)}: ${String(cause?.message)}`,
    },
    options,
  )
  return diagnosis === undefined ? undefined : { diagnosis }
}

/** The request as ofetch sent it: its URL has the `baseURL` and `query` applied; redirects end at `response.url`. */
function requestOf(error: FetchErrorFields, response: Response | undefined): RequestInput {
  const request = error.request
  const sent = typeof request === 'string' ? request : request instanceof Request ? request.url : undefined
  const url = typeof response?.url === 'string' && response.url !== '' ? response.url : sent
  const method = error.options?.method ?? (request instanceof Request ? request.method : undefined) ?? 'GET'
  return { method, url, headers: error.options?.headers }
}
