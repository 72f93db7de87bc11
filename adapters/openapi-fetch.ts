/**
 * apigw-doctor for openapi-fetch: a middleware. openapi-fetch resolves HTTP errors as `{ error, response }`
 * instead of throwing, so the diagnosis goes on the `Response` (`response.diagnosis`, as with
 * `apigw-doctor/fetch`); `error` is the parsed body as the API sent it and is left exactly as it was. A
 * request that got no reply throws from fetch: that error gets `error.diagnosis`. With `throwEnriched`,
 * both reject with a `GatewayError`. openapi-fetch is only imported as a type.
 * @module
 */
import type { Middleware } from 'openapi-fetch'
import { abortedByCaller } from '../src/middleware/caller-abort.ts'
import { onFetchRejection } from '../src/middleware/fetch-rejection.ts'
import type { DiagnosisOptions } from '../src/middleware/middleware.ts'
import {
  handleFailure,
  inScope,
  isFailedResponse,
  prepareDiagnosis,
  replyFinding,
  withBaseUrl,
} from '../src/middleware/middleware.ts'
import { byteLimit, readResponseClone } from '../src/reading/read-response.ts'
import type { Diagnosis, RequestInput } from '../src/types.ts'

export type { DiagnosisOptions } from '../src/middleware/middleware.ts'

/** A Response that may carry a diagnosis (set only on diagnosed failures). */
export type DiagnosedResponse = Response & { readonly diagnosis?: Diagnosis }

/** Anything with openapi-fetch's `use`: a client of any paths. */
export interface OpenapiFetchClientLike {
  use(...middleware: Middleware[]): void
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now())

/**
 * The middleware, for `client.use(diagnosisMiddleware())`. openapi-fetch runs `onResponse` and `onError`
 * in reverse order of `use`: register this one first, so that a retrying middleware registered after it
 * hands it only the final reply.
 */
export function diagnosisMiddleware(options: DiagnosisOptions = {}): Middleware {
  prepareDiagnosis(options)
  // When each request left, for the elapsed time; a Request another middleware replaced is not found.
  const started = new WeakMap<Request, number>()
  return {
    onRequest({ request }) {
      try {
        started.set(request, now())
      } catch {
        // Not a Request (a custom Request class gone wrong): the elapsed time stays unknown.
      }
      return undefined
    },
    async onResponse({ request, response, options: client }) {
      if (!isFailedResponse(response)) return undefined
      const outcome = await handleFailure(
        response,
        async () => {
          const url = response.url !== '' ? response.url : request.url
          if (!inScope(url, options)) return undefined
          // The client's `baseUrl` names the host apigw-doctor was installed for.
          const witnessed = withBaseUrl(options, client?.baseUrl)
          const body = await readResponseClone(response, byteLimit(options.maxBodyBytes))
          return replyFinding(
            {
              status: response.status,
              statusText: response.statusText,
              headers: response.headers,
              body,
              request: requestOf(request),
              elapsedMs: elapsedSince(started, request),
            },
            witnessed,
            response,
          )
        },
        options,
      )
      // handleFailure hands back the response itself or a GatewayError (not imported: it loads with the engine).
      if (outcome !== response) throw outcome
      return undefined // the same Response, now with `diagnosis`: openapi-fetch reads its body into `error`
    },
    async onError({ request, error, options: client }) {
      const outcome = await onFetchError(error, request, elapsedSince(started, request), options, client?.baseUrl)
      // A different Error (the GatewayError) replaces the thrown one; nothing keeps the original, now diagnosed.
      return outcome !== error && outcome instanceof Error ? outcome : undefined
    },
  }
}

/**
 * Registers `diagnosisMiddleware(options)` on `client` and returns the same client.
 *
 * @example
 * ```ts
 * import createClient from 'openapi-fetch'
 * import { withDiagnosis } from 'apigw-doctor/openapi-fetch'
 * const client = withDiagnosis(createClient<paths>({ baseUrl: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod' }))
 * const { data, error, response } = await client.GET('/items')
 * if (error) console.warn((response as DiagnosedResponse).diagnosis?.title)
 * ```
 */
export function withDiagnosis<C extends OpenapiFetchClientLike>(client: C, options: DiagnosisOptions = {}): C {
  client.use(diagnosisMiddleware(options))
  return client
}

/** The request's signal, which carries the caller's; `undefined` when reading it throws. */
function signalOf(request: Request): AbortSignal | undefined {
  try {
    return request.signal
  } catch {
    return undefined
  }
}

/**
 * A rejected fetch: the caller's own abort passes through as it was, whatever its reason (even a TypeError,
 * which fetch otherwise uses for network failures); a network failure or timeout gets the no-reply diagnosis.
 */
function onFetchError(
  error: unknown,
  request: Request,
  elapsedMs: number | undefined,
  options: DiagnosisOptions,
  baseUrl: unknown,
): Promise<unknown> {
  if (abortedByCaller(signalOf(request))) return Promise.resolve(error)
  return onFetchRejection(error, requestOf(request), elapsedMs, options, withBaseUrl(options, baseUrl))
}

/** Method, URL and headers of the call. Never throws. */
function requestOf(request: Request): RequestInput {
  try {
    return { method: request.method, url: request.url, headers: request.headers }
  } catch {
    return {}
  }
}

function elapsedSince(started: WeakMap<Request, number>, request: Request): number | undefined {
  const at = started.get(request)
  return at === undefined ? undefined : now() - at
}
