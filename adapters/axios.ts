/**
 * apigw-doctor for axios: `withDiagnosis(instance)` adds a response interceptor that attaches a diagnosis
 * to every AxiosError from an AWS gateway, CDN or load balancer (or throws a `GatewayError`).
 * axios is only imported as a type: the caller's own instance is used, so CJS/ESM copies never clash.
 * @module
 */
import type { AxiosError, AxiosInstance } from 'axios'
import type { NoResponseInput } from '../src/engine/no-response.ts'
import {
  causeCode,
  type DiagnosisOptions,
  diagnoseNoReply,
  type Finding,
  handleFailure,
  inScope,
  prepareDiagnosis,
  replyFinding,
  withBaseUrl,
} from '../src/middleware/middleware.ts'
import { byteLimit, readBodyForDiagnosis } from '../src/reading/read-response.ts'
import type { Diagnosis, HeadersLike, RequestInput } from '../src/types.ts'

export type { DiagnosisOptions } from '../src/middleware/middleware.ts'

declare module 'axios' {
  interface AxiosError {
    /** What apigw-doctor concluded about this failure; set on failed replies from AWS. */
    diagnosis?: Diagnosis
  }
}

/** The part of an axios instance the interceptor needs. */
export type AxiosLike = Pick<AxiosInstance, 'interceptors' | 'getUri'>

/** axios codes for failures that happen before or without the network: nothing to diagnose. */
const CLIENT_SIDE_CODES: ReadonlySet<string> = new Set([
  'ERR_CANCELED',
  'ERR_BAD_OPTION',
  'ERR_BAD_OPTION_VALUE',
  'ERR_INVALID_URL',
  'ERR_NOT_SUPPORT',
  'ERR_DEPRECATED',
  'ERR_FORM_DATA_DEPTH_EXCEEDED',
  'ERR_FR_TOO_MANY_REDIRECTS',
  'ERR_BAD_REQUEST',
  'ERR_BAD_RESPONSE',
])

/**
 * Installs a response interceptor on `instance` and returns the same instance. Failed replies from AWS
 * keep their AxiosError (same object, same class) with `error.diagnosis` attached, or reject with a
 * `GatewayError` when `throwEnriched` is set. Successful responses are not touched.
 *
 * Register it after retry and auth-refresh interceptors (`axiosRetry(instance)` first), so that only the
 * final failure is diagnosed.
 *
 * @example
 * ```ts
 * import axios from 'axios'
 * import { withDiagnosis } from 'apigw-doctor/axios'
 * const api = withDiagnosis(axios.create({ baseURL: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod' }))
 * ```
 */
export function withDiagnosis<T extends AxiosLike>(instance: T, options: DiagnosisOptions = {}): T {
  prepareDiagnosis(options)
  instance.interceptors.response.use(undefined, async (error: unknown) => {
    throw await handleAxiosError(error, instance, options)
  })
  return instance
}

/** Diagnoses one rejection of the interceptor chain; gives back what to reject with. */
async function handleAxiosError(error: unknown, instance: AxiosLike, options: DiagnosisOptions): Promise<unknown> {
  // A cancel is the caller's decision; anything that is not an AxiosError is not ours to touch.
  try {
    if (!isAxiosError(error) || error.code === 'ERR_CANCELED') return error
  } catch {
    return error // a throwing getter: the rejection goes on as it was
  }
  return handleFailure(error, () => findingFor(error, instance, withBaseUrl(options, baseUrlOf(error))), options)
}

/** The instance's (or this request's) baseURL: the host apigw-doctor was installed for. */
function baseUrlOf(error: AxiosError): unknown {
  try {
    return error.config?.baseURL
  } catch {
    return undefined // a throwing getter on a hostile config
  }
}

async function findingFor(error: AxiosError, instance: AxiosLike, options: DiagnosisOptions): Promise<Finding | undefined> {
  const request = requestOf(error, instance)
  if (!inScope(request.url as string | undefined, options)) return undefined
  const response = error.response
  if (response === undefined) {
    const input = noReplyInput(error, request)
    if (input === undefined) return undefined
    const diagnosis = await diagnoseNoReply(input, options)
    return diagnosis === undefined ? undefined : { diagnosis }
  }
  // axios-retry's validateResponse sends 2xx through rejection handlers too: those are not failures.
  if (!(response.status >= 400)) return undefined
  const body = await readBodyForDiagnosis(response.data, byteLimit(options.maxBodyBytes))
  return replyFinding(
    {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers as HeadersLike,
      body,
      request,
      elapsedMs: response.duration,
    },
    options,
  )
}

function noReplyInput(error: AxiosError, request: RequestInput): NoResponseInput | undefined {
  const code = error.code
  const timedOut = code === 'ETIMEDOUT' || (code === 'ECONNABORTED' && /timeout/i.test(error.message))
  if (code === 'ECONNABORTED' && !timedOut) return undefined // aborted by the page, not a network failure
  if (code !== undefined && CLIENT_SIDE_CODES.has(code)) return undefined
  const timeout = error.config?.timeout
  return {
    kind: timedOut ? 'timeout' : 'network',
    request,
    elapsedMs: timedOut && typeof timeout === 'number' && timeout > 0 ? timeout : undefined,
    errorCode: code === undefined || code === 'ERR_NETWORK' ? causeCode(error) : code,
    errorText: `${error.name}: ${error.message}`,
  }
}

function requestOf(error: AxiosError, instance: AxiosLike): RequestInput {
  const config = error.config
  if (config === undefined) return {}
  let url: string | undefined
  try {
    url = instance.getUri(config)
  } catch {
    url = config.url
  }
  return { method: config.method, url, headers: config.headers as HeadersLike | undefined }
}

/** axios' own check, without importing axios: `isAxiosError === true` holds across CJS and ESM copies. */
function isAxiosError(value: unknown): value is AxiosError {
  return typeof value === 'object' && value !== null && (value as { isAxiosError?: unknown }).isAxiosError === true
}
