/**
 * The clients of the adapter matrix, each wired with apigw-doctor and called the way an app would:
 * axios (http and fetch adapters), ky 1, ky 2, plain fetch, ofetch, got 14, got 16 and openapi-fetch
 * (0.17 and 0.13, the first with `onError` middleware).
 * Each call reports what the app sees.
 */
import axios, { AxiosError } from 'axios'
import got16 from 'got'
import got14 from 'got14'
import ky1 from 'ky1'
import ky2 from 'ky2'
import { FetchError, ofetch } from 'ofetch'
import createClient from 'openapi-fetch'
import createClient013 from 'openapi-fetch013'
import { withDiagnosis as withAxios } from '../../adapters/axios.ts'
import { withDiagnosis as withFetch } from '../../adapters/fetch.ts'
import { withDiagnosis as withGot } from '../../adapters/got.ts'
import { withDiagnosis as withKy } from '../../adapters/ky.ts'
import { withDiagnosis as withOfetch } from '../../adapters/ofetch.ts'
import { type OpenapiFetchClientLike, withDiagnosis as withOpenapiFetch } from '../../adapters/openapi-fetch.ts'
import type { DiagnosisOptions } from '../../src/middleware/middleware.ts'
import type { Diagnosis } from '../../src/types.ts'

/** One request as the matrix sends it. */
export interface Call {
  url: string
  method: string
  headers: Record<string, string>
}

/** What the app sees after a call. */
export interface Outcome {
  /** The rejection, when the call rejected. */
  error?: unknown
  /** fetch and openapi-fetch: the resolved Response. */
  response?: Response
  /** `error.diagnosis` or `response.diagnosis`. */
  diagnosis: Diagnosis | undefined
  /** The class the client's own error must keep, checked with `instanceof` where the client exports it. */
  originalClass: string
  /**
   * The body as the user reads it afterwards (fetch, ky 1: from the Response; ky 2, ofetch: `error.data`;
   * axios: `data`; got: `error.response.body`; openapi-fetch: the `error` it resolves with).
   */
  readBody(): Promise<unknown>
}

export type Client = (call: Call, options?: DiagnosisOptions) => Promise<Outcome>

function diagnosisOf(value: unknown): Diagnosis | undefined {
  return (value as { diagnosis?: Diagnosis } | undefined)?.diagnosis
}

async function viaAxios(adapter: 'http' | 'fetch', call: Call, options?: DiagnosisOptions): Promise<Outcome> {
  const api = withAxios(axios.create({ adapter }), options)
  try {
    const response = await api.request({ url: call.url, method: call.method, headers: call.headers })
    return { diagnosis: diagnosisOf(response), originalClass: 'none', readBody: async () => response.data }
  } catch (error) {
    const inner = error instanceof AxiosError ? error : (error as { cause?: unknown }).cause
    return {
      error,
      diagnosis: diagnosisOf(error),
      originalClass: 'AxiosError',
      readBody: async () => (inner as AxiosError).response?.data,
    }
  }
}

async function viaKy(ky: typeof ky1 | typeof ky2, v2: boolean, call: Call, options?: DiagnosisOptions): Promise<Outcome> {
  // ky 1's and ky 2's instance types differ; `withDiagnosis` accepts either.
  const api = withKy(ky as typeof ky2, options)
  try {
    const response = await api(call.url, { method: call.method, headers: call.headers, retry: 0 })
    return { response, diagnosis: undefined, originalClass: 'none', readBody: () => response.text() }
  } catch (error) {
    const http = (error instanceof Error && error.name === 'HTTPError' ? error : (error as { cause?: unknown }).cause) as
      | { response?: Response; data?: unknown }
      | undefined
    return {
      error,
      diagnosis: diagnosisOf(error),
      originalClass: 'HTTPError',
      readBody: async () => (v2 ? http?.data : http?.response?.text()),
    }
  }
}

async function viaFetch(call: Call, options?: DiagnosisOptions): Promise<Outcome> {
  const apiFetch = withFetch(fetch, options)
  try {
    const response = await apiFetch(call.url, { method: call.method, headers: call.headers })
    return { response, diagnosis: response.diagnosis, originalClass: 'Response', readBody: () => response.text() }
  } catch (error) {
    const response = (error as { response?: Response }).response
    return { error, diagnosis: diagnosisOf(error), originalClass: 'Response', readBody: async () => response?.text() }
  }
}

/** ofetch hands a body it cannot type as text or JSON over as a Blob; the user reads it with `.text()`. */
async function ofetchData(data: unknown): Promise<unknown> {
  return data instanceof Blob ? data.text() : data
}

async function viaOfetch(call: Call, options?: DiagnosisOptions): Promise<Outcome> {
  const api = withOfetch(ofetch, options)
  try {
    const data: unknown = await api(call.url, { method: call.method, headers: call.headers, retry: 0 })
    return { diagnosis: undefined, originalClass: 'none', readBody: () => ofetchData(data) }
  } catch (error) {
    const inner = (error instanceof FetchError ? error : (error as { cause?: unknown }).cause) as FetchError | undefined
    return { error, diagnosis: diagnosisOf(error), originalClass: 'FetchError', readBody: () => ofetchData(inner?.data) }
  }
}

async function viaGot(got: typeof got16 | typeof got14, call: Call, options?: DiagnosisOptions): Promise<Outcome> {
  // got 14's and got 16's instance types differ; `withDiagnosis` accepts either.
  const api = withGot(got as typeof got16, options)
  try {
    const response = await api(call.url, { method: call.method as 'GET', headers: call.headers, retry: { limit: 0 } })
    return { diagnosis: undefined, originalClass: 'none', readBody: async () => response.body }
  } catch (error) {
    const inner = (error instanceof Error && error.name !== 'GatewayError' ? error : (error as { cause?: unknown }).cause) as
      | { response?: { body?: unknown } }
      | undefined
    return { error, diagnosis: diagnosisOf(error), originalClass: 'HTTPError', readBody: async () => inner?.response?.body }
  }
}

/** What openapi-fetch resolves with; the matrix calls paths no OpenAPI document declares. */
interface OpenapiFetchResult {
  data?: unknown
  error?: unknown
  response: Response
}

async function viaOpenapiFetch(
  create: (options: { baseUrl?: string }) => OpenapiFetchClientLike,
  call: Call,
  options?: DiagnosisOptions,
): Promise<Outcome> {
  // Created per call: openapi-fetch takes globalThis.fetch when the client is created, after MSW patched it.
  // No baseUrl and the full URL as the path, as the other clients are called: a baseUrl would count as a
  // witness that its host is AWS (`baseUrlIsAws`), which witness.test.ts covers.
  const client = withOpenapiFetch(create({}), options) as unknown as {
    request(method: string, path: string, init: { headers: Record<string, string> }): Promise<OpenapiFetchResult>
  }
  try {
    const result = await client.request(call.method, call.url, { headers: call.headers })
    return {
      response: result.response,
      diagnosis: diagnosisOf(result.response),
      originalClass: 'Response',
      readBody: async () => (result.response.ok ? result.data : result.error),
    }
  } catch (error) {
    const response = (error as { response?: Response }).response
    return { error, diagnosis: diagnosisOf(error), originalClass: 'Response', readBody: async () => response?.text() }
  }
}

/** Every client of the matrix, by name. */
export const clients: Record<string, Client> = {
  'axios (http adapter)': (call, options) => viaAxios('http', call, options),
  'axios (fetch adapter)': (call, options) => viaAxios('fetch', call, options),
  'ky 1': (call, options) => viaKy(ky1, false, call, options),
  'ky 2': (call, options) => viaKy(ky2, true, call, options),
  fetch: viaFetch,
  ofetch: viaOfetch,
  'got 14': (call, options) => viaGot(got14, call, options),
  'got 16': (call, options) => viaGot(got16, call, options),
  'openapi-fetch': (call, options) => viaOpenapiFetch(createClient, call, options),
  'openapi-fetch 0.13': (call, options) => viaOpenapiFetch(createClient013, call, options),
}

/** The clients that resolve a failed reply with its Response (diagnosis on the Response) instead of rejecting. */
export const RESOLVING: ReadonlySet<string> = new Set(['fetch', 'openapi-fetch', 'openapi-fetch 0.13'])

/** The name of the error class each rejecting client keeps, as `error.name` shows it. */
export const ERROR_NAME: Readonly<Record<string, string>> = {
  'axios (http adapter)': 'AxiosError',
  'axios (fetch adapter)': 'AxiosError',
  'ky 1': 'HTTPError',
  'ky 2': 'HTTPError',
  ofetch: 'FetchError',
  'got 14': 'HTTPError',
  'got 16': 'HTTPError',
}
