import { http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type GatewayErrorOptions, gatewayError } from '../../adapters/msw.ts'
import { diagnose } from '../../src/index.ts'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const API_URL = 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/itemz'

async function fetchWith(options: GatewayErrorOptions): Promise<Response> {
  server.use(http.get(API_URL, () => gatewayError('MISSING_AUTHENTICATION_TOKEN', options)))
  return fetch(API_URL)
}

describe("browserView: what a browser script sees, which MSW doesn't emulate", () => {
  it('without a browser view, every AWS header is visible (as in Node)', async () => {
    const response = await fetchWith({})
    expect(response.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException')
    expect(response.headers.get('x-amzn-requestid')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
  })

  it("'cors-blocked' is a network error: fetch rejects with a TypeError and no response", async () => {
    const failure = await fetchWith({ browserView: 'cors-blocked' }).then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(failure).toBeInstanceOf(TypeError)
  })

  it("'cors-blocked' still rejects an unknown code loudly instead of hiding it behind the network error", () => {
    expect(() => gatewayError('NO_SUCH_CODE', { browserView: 'cors-blocked' })).toThrow(RangeError)
  })

  it("'headers-hidden' keeps status and body but only the CORS-safelisted headers", async () => {
    const response = await fetchWith({
      browserView: 'headers-hidden',
      headers: { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' },
    })
    expect(response.status).toBe(403)
    const body = await response.text()
    expect(body).toBe('{"message":"Missing Authentication Token"}')
    const names = [...response.headers.keys()]
    expect(names.sort()).toEqual(['cache-control', 'content-length', 'content-type'])
    expect(response.headers.get('content-length')).toBe(String(body.length))
  })

  it("'headers-hidden' shows what Access-Control-Expose-Headers lists, in any casing", async () => {
    const response = await fetchWith({
      browserView: 'headers-hidden',
      headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'X-Amzn-ErrorType , x-amzn-requestid' },
    })
    expect(response.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException')
    expect(response.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/)
    expect(response.headers.get('x-amz-apigw-id')).toBeNull()
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })

  it("'headers-hidden' with Access-Control-Expose-Headers: * shows every header", async () => {
    const response = await fetchWith({
      browserView: 'headers-hidden',
      headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': '*' },
    })
    expect(response.headers.get('x-amz-apigw-id')).toMatch(/^[A-Za-z0-9_-]{14}[AEIMQUYcgkosw048]=$/)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('a distinctive reply still diagnoses from status and body alone, with the hint to expose the headers', async () => {
    const response = await fetchWith({ browserView: 'headers-hidden' })
    const d = diagnose({
      status: response.status,
      headers: response.headers,
      body: await response.text(),
      request: { method: 'GET', url: API_URL },
    })
    expect(d?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(d?.requestId).toBeUndefined()
    expect(d?.hints.join(' ')).toContain('Access-Control-Expose-Headers')
  })
})
