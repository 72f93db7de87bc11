/**
 * Memory: 10 000 failing requests through the axios adapter (against an MSW-mocked API Gateway) leave the
 * heap flat once garbage is collected, and none of the errors or responses stays reachable: the adapter
 * keeps no cache, registry or listener that grows per request.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import axios, { type AxiosError } from 'axios'
import { http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { withDiagnosis } from '../../adapters/axios.ts'
import { gatewayError } from '../../adapters/msw.ts'

// vitest's workers run without --expose-gc; the flag can still be set at run time and `gc` taken from a fresh context.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

const API = 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod'
const REQUESTS = 10_000
const BATCH = 50
/** A generous bound: 20 MB over 10 000 requests would be 2 KB kept per request. */
const MAX_GROWTH_BYTES = 20 * 1024 * 1024

const server = setupServer(http.get(`${API}/*`, () => gatewayError('MISSING_AUTHENTICATION_TOKEN')))
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())

async function settle(): Promise<void> {
  // Several rounds: finalizers and WeakRef clearing need turns of the event loop between collections.
  for (let i = 0; i < 4; i++) {
    gc()
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

it(`keeps the heap flat over ${REQUESTS} failing requests through the axios adapter`, async () => {
  const api = withDiagnosis(axios.create({ baseURL: API }))
  let diagnosed = 0
  const watched: { error: WeakRef<object>; response: WeakRef<object> }[] = []

  const call = async (i: number): Promise<void> => {
    try {
      await api.get(`/missing/${i}`, { headers: { authorization: 'Bearer memory-test-token' } })
    } catch (error) {
      const e = error as AxiosError & { diagnosis?: { code: string } }
      if (e.diagnosis?.code === 'MISSING_AUTHENTICATION_TOKEN') diagnosed++
      // Watched from the measured part only: something in axios or MSW keeps the very first request's error
      // alive (a control run without apigw-doctor keeps it too), which says nothing about the adapter.
      if (i >= 500 && i % 500 === 0 && e.response !== undefined)
        watched.push({ error: new WeakRef(e), response: new WeakRef(e.response) })
    }
  }
  const burst = async (from: number, count: number): Promise<void> => {
    for (let start = from; start < from + count; start += BATCH)
      await Promise.all(Array.from({ length: Math.min(BATCH, from + count - start) }, (_, k) => call(start + k)))
  }

  // Warm up: compiled code, MSW's and axios' lazy state, the catalog's frozen objects.
  await burst(0, 500)
  await settle()
  const before = process.memoryUsage().heapUsed

  await burst(500, REQUESTS)
  await settle()
  const after = process.memoryUsage().heapUsed

  expect(diagnosed).toBe(REQUESTS + 500) // every request failed and was diagnosed: the path under test ran
  expect(after - before).toBeLessThan(MAX_GROWTH_BYTES)
  expect(watched.length).toBeGreaterThanOrEqual(20)
  const retained = watched.filter((w) => w.error.deref() !== undefined || w.response.deref() !== undefined)
  expect(retained.length).toBe(0)
}, 120_000)
