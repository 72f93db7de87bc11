/**
 * apigw-doctor for fetch: `withDiagnosis(fetch)` returns a fetch-compatible function. Successful
 * responses come back exactly as fetch gave them; failed replies from AWS resolve as usual with
 * `response.diagnosis` set and the body unread (or reject with a `GatewayError` with `throwEnriched`).
 * @module
 */

import { abortedByCaller } from '../src/middleware/caller-abort.ts'
import { onFetchRejection } from '../src/middleware/fetch-rejection.ts'
import {
  type DiagnosisOptions,
  handleFailure,
  inScope,
  isFailedResponse,
  prepareDiagnosis,
  replyFinding,
} from '../src/middleware/middleware.ts'
import { byteLimit, readResponseClone } from '../src/reading/read-response.ts'
import type { Diagnosis, HeadersLike, RequestInput } from '../src/types.ts'

export type { DiagnosisOptions } from '../src/middleware/middleware.ts'

/** A fetch Response that may carry a diagnosis (set only on diagnosed failures). */
export type DiagnosedResponse = Response & { readonly diagnosis?: Diagnosis }

/** The function `withDiagnosis` returns: fetch's signature, with responses that may carry a diagnosis. */
export type DiagnosedFetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<DiagnosedResponse>

/** Any fetch implementation: the global one, undici's, a test double. */
export type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now())

/**
 * Wraps a fetch function. Only failed responses (status ≥ 400) are inspected: a clone is read up to
 * `maxBodyBytes` and the rest cancelled, so the body stays readable. Network errors and timeouts against
 * AWS endpoints get a low-confidence `NO_RESPONSE` diagnosis on the error.
 *
 * @example
 * ```ts
 * import { withDiagnosis } from 'apigw-doctor/fetch'
 * const apiFetch = withDiagnosis(fetch)
 * const res = await apiFetch('https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/v1/x')
 * if (res.diagnosis) console.warn(res.diagnosis.title)
 * ```
 */
export function withDiagnosis(fetchFn: FetchLike = globalThis.fetch, options: DiagnosisOptions = {}): DiagnosedFetch {
  prepareDiagnosis(options)
  return async function diagnosedFetch(input, init) {
    const started = now()
    let response: Response
    try {
      response = await fetchFn(input, init)
    } catch (error) {
      // The caller's own abort is the caller's decision, whatever its reason (even a TypeError, which
      // otherwise means a network failure): it passes through as it was.
      if (abortedByCaller(signalOf(input, init))) throw error
      throw await onFetchRejection(error, requestOf(input, init), now() - started, options)
    }
    if (!isFailedResponse(response)) return response
    return onFailedResponse(response, requestOf(input, init), now() - started, options)
  }
}

/** The caller's signal: in `init`, or on a `Request` input. */
function signalOf(input: RequestInfo | URL, init: RequestInit | undefined): AbortSignal | null | undefined {
  try {
    return init?.signal ?? (typeof Request !== 'undefined' && input instanceof Request ? input.signal : undefined)
  } catch {
    return undefined
  }
}

async function onFailedResponse(
  response: Response,
  request: RequestInput,
  elapsedMs: number,
  options: DiagnosisOptions,
): Promise<Response> {
  const outcome = await handleFailure(
    response,
    async () => {
      // Inside the guard: a custom fetch may resolve with an object whose getters throw.
      const url = response.url !== '' ? response.url : (request.url as string | undefined)
      if (!inScope(url, options)) return undefined
      const body = await readResponseClone(response, byteLimit(options.maxBodyBytes))
      const reply = {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        body,
        request,
        elapsedMs,
      }
      return replyFinding(reply, options, response)
    },
    options,
  )
  // handleFailure hands back the response itself or a GatewayError (not imported: it loads with the engine).
  if (outcome !== response) throw outcome
  return outcome
}

/** Method, URL and headers of the call; `init` wins over a `Request` input, as in fetch. Never throws. */
function requestOf(input: RequestInfo | URL, init: RequestInit | undefined): RequestInput {
  try {
    const request = typeof Request !== 'undefined' && input instanceof Request ? input : undefined
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : request?.url
    return {
      method: init?.method ?? request?.method ?? 'GET',
      url,
      headers: (init?.headers ?? request?.headers) as HeadersLike | undefined,
    }
  } catch {
    // A throwing getter on options a custom fetch never read: what the call was stays unknown.
    return { url: typeof input === 'string' ? input : undefined }
  }
}
