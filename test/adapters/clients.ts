/**
 * The clients of the adapter matrix, each wired with apigw-doctor and called the way an app would:
 * axios (http and fetch adapters), ky 1, ky 2 and plain fetch. Each call reports what the app sees.
 */
import axios, { AxiosError } from 'axios'
import ky1 from 'ky1'
import ky2 from 'ky2'
import { withDiagnosis as withAxios } from '../../adapters/axios.ts'
import { withDiagnosis as withFetch } from '../../adapters/fetch.ts'
import { withDiagnosis as withKy } from '../../adapters/ky.ts'
import type { DiagnosisOptions } from '../../src/middleware.ts'
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
  /** fetch: the resolved Response. */
  response?: Response
  /** `error.diagnosis` or `response.diagnosis`. */
  diagnosis: Diagnosis | undefined
  /** The class the client's own error must keep, checked with `instanceof` where the client exports it. */
  originalClass: string
  /** The body as the user reads it afterwards (fetch, ky 1: from the Response; ky 2: `error.data`; axios: `data`). */
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

/** Every client of the matrix, by name. */
export const clients: Record<string, Client> = {
  'axios (http adapter)': (call, options) => viaAxios('http', call, options),
  'axios (fetch adapter)': (call, options) => viaAxios('fetch', call, options),
  'ky 1': (call, options) => viaKy(ky1, false, call, options),
  'ky 2': (call, options) => viaKy(ky2, true, call, options),
  fetch: viaFetch,
}
