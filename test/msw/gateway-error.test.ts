import { http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { gatewayError, gatewayReply } from '../../adapters/msw.ts'
import { diagnose, signatures } from '../../src/index.ts'
import { normalizeHeaders } from '../../src/reading/headers.ts'
import type { CatalogSignature } from '../../src/types.ts'
import { loadFixtures } from '../helpers/fixtures.ts'
import { disagreements } from './agreement.ts'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const DEFAULT_URL = 'https://app.example.com/api/items'

/** Fetches the signature's example request through MSW answered by `gatewayError(code)`, and diagnoses it. */
async function roundTrip(signature: CatalogSignature) {
  server.use(http.all('*', () => gatewayError(signature.code)))
  const request = signature.example.request
  const url = String(request?.url ?? DEFAULT_URL)
  // fetch refuses CONNECT, TRACE and TRACK; the method only matters to diagnose(), which gets the example's.
  const method = /^(CONNECT|TRACE|TRACK)$/i.test(request?.method ?? '') ? 'GET' : (request?.method ?? 'GET')
  // Examples may elide request header values with "…", which no HTTP header can carry: send a stand-in.
  const headers = [...normalizeHeaders(request?.headers)].map(
    ([name, value]) => [name, value.replace(/[^\x20-\x7e]/g, '.')] as [string, string],
  )
  const response = await fetch(url, { method, headers })
  const body = await response.text()
  const diagnosis = diagnose({
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
    body,
    request,
  })
  return { response, body, diagnosis }
}

describe('gatewayError(code) for every signature of the catalog', () => {
  const fixtures = loadFixtures()

  it('covers a non-empty catalog', () => {
    expect(signatures.length).toBeGreaterThan(0)
  })

  it.each(signatures.map((s) => [s.code, s] as const))(
    '%s: a fetch through MSW diagnoses back to its code',
    async (code, signature) => {
      const { response, body, diagnosis } = await roundTrip(signature)
      expect(response.status).toBe(signature.example.status)
      expect(Number(response.headers.get('content-length'))).toBe(new TextEncoder().encode(body).byteLength)
      expect(diagnosis?.code).toBe(code)
    },
  )

  it.each(signatures.map((s) => [s.code, s] as const))(
    '%s: agrees with an independent fixture quoted from AWS',
    (code, signature) => {
      const own = fixtures.filter((f) => f.expect.code === code)
      expect(own.length, `no fixture in test/fixtures expects ${code}`).toBeGreaterThan(0)
      const reply = gatewayReply(code)
      const verdicts = own.map((fixture) => ({
        fixture: `${fixture.file}: ${fixture.name}`,
        differences: disagreements(reply, signature.layer, fixture),
      }))
      // Customised or edge-relayed captures may differ; the reply must match at least one capture exactly.
      expect(
        verdicts.some((v) => v.differences.length === 0),
        `gatewayReply('${code}') matches none of its fixtures:\n${verdicts.map((v) => `  ${v.fixture}: ${v.differences.join('; ')}`).join('\n')}`,
      ).toBe(true)
    },
  )
})

describe('gatewayError through fetch', () => {
  const URL_ = 'https://lb.example.com/'
  const custom = (example: CatalogSignature['example']): CatalogSignature => ({
    code: 'CUSTOM_TEST',
    layer: 'alb',
    title: 'a test signature',
    match: {},
    causes: [],
    docs: [],
    example,
  })

  it('adds no Content-Type that AWS did not send', async () => {
    server.use(
      http.get(URL_, () => gatewayError(custom({ status: 502, headers: { Server: 'awselb/2.0' }, body: 'Bad Gateway' }))),
    )
    const response = await fetch(URL_)
    expect(response.headers.get('content-type')).toBeNull()
    expect(await response.text()).toBe('Bad Gateway')
  })

  it("carries a Classic Load Balancer's reason phrase as statusText, and an empty body as no body", async () => {
    const reason = 'Service Unavailable: Back-end server is at capacity'
    server.use(http.get(URL_, () => gatewayError(custom({ status: 503, statusText: reason, headers: {}, body: '' }))))
    const response = await fetch(URL_)
    expect(response.status).toBe(503)
    expect(response.statusText).toBe(reason)
    expect(response.headers.get('content-length')).toBe('0')
    expect(await response.text()).toBe('')
  })

  it('gives every call fresh request IDs', async () => {
    server.use(http.get(URL_, () => gatewayError('MISSING_AUTHENTICATION_TOKEN')))
    const ids = await Promise.all(
      [fetch(URL_), fetch(URL_), fetch(URL_)].map(async (r) => (await r).headers.get('x-amzn-requestid')),
    )
    expect(new Set(ids).size).toBe(3)
  })
})
