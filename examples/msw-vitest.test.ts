/**
 * Testing how an app handles API Gateway throttling, with the exact reply AWS sends (vitest + msw).
 * In your project the imports are `apigw-doctor` and `apigw-doctor/msw`; here they point at the sources.
 * This file runs as part of the project's tests through test/msw/readme-example.test.ts.
 */
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'
import { gatewayError } from '../adapters/msw.ts' // 'apigw-doctor/msw'
import { diagnose } from '../src/index.ts' // 'apigw-doctor'

const API = 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod'

/** The app code under test: retries a throttled request once, then asks the user to wait. */
async function loadItems(retryDelayMs = 10): Promise<{ items?: unknown; error?: string }> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const response = await fetch(`${API}/items`)
    if (response.ok) return { items: await response.json() }
    if (response.status !== 429) return { error: `HTTP ${response.status}` }
    await new Promise((resolve) => setTimeout(resolve, retryDelayMs))
  }
  return { error: 'The service is busy, try again in a moment.' }
}

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

test('retries once when API Gateway throttles, then shows the items', async () => {
  server.use(
    http.get(`${API}/items`, () => gatewayError('THROTTLED'), { once: true }),
    http.get(`${API}/items`, () => HttpResponse.json([{ id: 1 }])),
  )
  expect(await loadItems()).toEqual({ items: [{ id: 1 }] })
})

test('asks the user to wait when the throttling persists', async () => {
  let calls = 0
  server.use(
    http.get(`${API}/items`, () => {
      calls++
      return gatewayError('THROTTLED')
    }),
  )
  expect(await loadItems()).toEqual({ error: 'The service is busy, try again in a moment.' })
  expect(calls).toBe(2)
})

test('the mock is the real reply: 429, TooManyRequestsException, diagnosed as THROTTLED', async () => {
  server.use(http.get(`${API}/items`, () => gatewayError('THROTTLED')))
  const response = await fetch(`${API}/items`)
  const body = await response.text()
  expect(response.status).toBe(429)
  expect(body).toBe('{"message":"Too Many Requests"}')
  expect(response.headers.get('x-amzn-errortype')).toBe('TooManyRequestsException')
  expect(diagnose({ status: response.status, headers: response.headers, body })?.code).toBe('THROTTLED')
})

test('in a browser, a throttled reply without CORS headers is a network error, not a 429', async () => {
  server.use(http.get(`${API}/items`, () => gatewayError('THROTTLED', { browserView: 'cors-blocked' })))
  await expect(loadItems()).rejects.toThrow(TypeError)
})
