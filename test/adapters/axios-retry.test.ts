/**
 * Composition with the real axios-retry: it re-sends through the whole interceptor chain, so the
 * diagnosis interceptor sees the final error several times as the nested chains unwind. Exactly one
 * diagnosis must reach the caller, and the callback and log must fire once.
 */
import axios, { AxiosError } from 'axios'
import axiosRetry from 'axios-retry'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { withDiagnosis } from '../../adapters/axios.ts'
import { GatewayError } from '../../src/output/error.ts'
import { API, integrationTimeout } from './support.ts'

let attempts = 0
const server = setupServer(
  http.get(`${API}/slow`, () => {
    attempts++
    return integrationTimeout()
  }),
  http.get(`${API}/ok`, () => HttpResponse.json({ ok: true })),
)
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
beforeEach(() => {
  attempts = 0
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

function retryingClient(adapter: 'http' | 'fetch') {
  const instance = axios.create({ adapter })
  axiosRetry(instance, { retries: 2, retryDelay: () => 0 })
  return instance
}

describe.each(['http', 'fetch'] as const)('axios-retry, then withDiagnosis (%s adapter)', (adapter) => {
  it('default mode: the final AxiosError carries one diagnosis; callback and log fire once', async () => {
    const onDiagnosis = vi.fn()
    const log = vi.fn()
    const api = withDiagnosis(retryingClient(adapter), { onDiagnosis, log: true, logger: { log } })
    const error = (await api.get(`${API}/slow`).catch((e: unknown) => e)) as AxiosError
    expect(attempts).toBe(3)
    expect(error).toBeInstanceOf(AxiosError)
    expect(error.diagnosis?.code).toBe('INTEGRATION_TIMEOUT')
    expect(onDiagnosis).toHaveBeenCalledTimes(1)
    expect(onDiagnosis.mock.calls[0]?.[1]).toBe(error)
    expect(log).toHaveBeenCalledTimes(1)
    expect(JSON.stringify(error).match(/"diagnosis":/g)).toHaveLength(1)
  })

  it('throwEnriched: one GatewayError whose cause is the final AxiosError', async () => {
    const onDiagnosis = vi.fn()
    const api = withDiagnosis(retryingClient(adapter), { onDiagnosis, throwEnriched: true })
    const error = (await api.get(`${API}/slow`).catch((e: unknown) => e)) as GatewayError
    expect(attempts).toBe(3)
    expect(error).toBeInstanceOf(GatewayError)
    expect(error.cause).toBeInstanceOf(AxiosError)
    expect((error.cause as AxiosError).cause).not.toBeInstanceOf(GatewayError)
    expect(error.diagnosis.code).toBe('INTEGRATION_TIMEOUT')
    expect(onDiagnosis).toHaveBeenCalledTimes(1)
  })
})

it('withDiagnosis before axios-retry with validateResponse: 2xx replies routed through rejection handlers stay untouched', async () => {
  const instance = axios.create()
  const onDiagnosis = vi.fn()
  withDiagnosis(instance, { onDiagnosis })
  // validateResponse makes axios reject every reply, 2xx included, so our handler sees a 200 first.
  axiosRetry(instance, { retries: 1, retryDelay: () => 0, validateResponse: (response) => response.status < 400 })
  const response = await instance.get(`${API}/ok`)
  expect(response.data).toEqual({ ok: true })
  expect(onDiagnosis).not.toHaveBeenCalled()
})

it('an error handed to the interceptor twice is diagnosed once', async () => {
  const onDiagnosis = vi.fn()
  const instance = withDiagnosis(axios.create(), { onDiagnosis })
  // Two more rejection handlers re-throw into ours' position: register ours twice to simulate re-entry.
  withDiagnosis(instance, { onDiagnosis })
  const error = (await instance.get(`${API}/slow`).catch((e: unknown) => e)) as AxiosError
  expect(error.diagnosis?.code).toBe('INTEGRATION_TIMEOUT')
  expect(onDiagnosis).toHaveBeenCalledTimes(1)
})
