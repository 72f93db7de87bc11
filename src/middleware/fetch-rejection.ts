/**
 * A rejected `fetch`: what the fetch and openapi-fetch adapters do when the platform's fetch rejects
 * instead of giving a reply. Client-agnostic: the rejection's shape is the platform's (a `TypeError` for a
 * network failure, a `TimeoutError` for `AbortSignal.timeout`), whichever client called it.
 * @module
 */
import type { RequestInput } from '../types.ts'
import { causeCode, type DiagnosisOptions, diagnoseNoReply, handleFailure, inScope } from './middleware.ts'

/**
 * The no-reply diagnosis of a rejected fetch, attached to the rejection (or a `GatewayError` with
 * `throwEnriched`); any other rejection (an abort, a non-error value, a throwing getter) goes on untouched.
 * `witness` is the options with the client's base URL counted (see `withBaseUrl`).
 */
export async function onFetchRejection(
  error: unknown,
  request: RequestInput,
  elapsedMs: number | undefined,
  options: DiagnosisOptions,
  witness: DiagnosisOptions = options,
): Promise<unknown> {
  if (typeof error !== 'object' || error === null) return error
  let name: unknown
  try {
    name = (error as { name?: unknown }).name
  } catch {
    return error // a throwing getter: the rejection goes on as it was
  }
  // An abort is the caller's decision, not a failure of the network; fetch rejects with TypeError otherwise.
  if (name !== 'TypeError' && name !== 'TimeoutError') return error
  return handleFailure(
    error,
    async () => {
      if (!inScope(typeof request.url === 'string' ? request.url : request.url?.href, options)) return undefined
      const diagnosis = await diagnoseNoReply(
        {
          kind: name === 'TimeoutError' ? 'timeout' : 'network',
          request,
          elapsedMs,
          errorCode: causeCode(error),
          errorText: `${String(name)}: ${String((error as { message?: unknown }).message)}`,
        },
        witness,
      )
      return diagnosis === undefined ? undefined : { diagnosis }
    },
    options,
  )
}
