import { HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { type GatewayApiSpec, gatewayHandlers } from '../../adapters/msw.ts'
import { diagnose } from '../../src/index.ts'
import type { Diagnosis } from '../../src/types.ts'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => {
  server.resetHandlers()
  vi.useRealTimers()
})
afterAll(() => server.close())

const HOST = 'https://abc123defg.execute-api.eu-west-1.amazonaws.com'
const GOOD = { authorization: 'Bearer good', 'x-api-key': 'key-1' }

const restApi: GatewayApiSpec = {
  baseUrl: `${HOST}/prod`,
  routes: {
    'GET /items': () => HttpResponse.json([{ id: 1 }]),
    'POST /items': () => HttpResponse.json({ id: 2 }, { status: 201 }),
    'GET /items/{id}': ({ params, route }) => HttpResponse.json({ id: params.id, route }),
    'GET /items/special': () => HttpResponse.json({ special: true }),
    'ANY /files/{path+}': ({ params, request }) => HttpResponse.json({ path: params.path, method: request.method }),
    'GET /health': { resolver: () => HttpResponse.text('ok'), authorizer: false, apiKeyRequired: false },
  },
  apiKeyRequired: true,
  apiKeys: ['key-1'],
  authorizer: {
    identitySource: 'Authorization',
    authorize: (request) => {
      const token = request.headers.get('authorization')
      if (token === 'Bearer good') return 'Allow'
      if (token === 'Bearer expired') return 'Unauthorized'
      if (token === 'Bearer boom') throw new Error('jwks fetch failed')
      return 'Deny'
    },
  },
}

interface Call {
  response: Response
  body: string
  diagnosis: Diagnosis | undefined
}

/** Fetches through the emulated API and diagnoses the reply with the request's context, as an adapter would. */
async function call(url: string, init: { method?: string; headers?: Record<string, string> } = {}): Promise<Call> {
  const method = init.method ?? 'GET'
  const response = await fetch(url, { method, headers: init.headers })
  const body = await response.text()
  const diagnosis = diagnose({
    status: response.status,
    headers: response.headers,
    body,
    request: { method, url, headers: init.headers ?? {} },
  })
  return { response, body, diagnosis }
}

async function sha256Base64(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
  return btoa(String.fromCharCode(...digest))
}

describe('gatewayHandlers: a REST API', () => {
  it('lets a valid request through to its route', async () => {
    server.use(...gatewayHandlers(restApi))
    const { response, body } = await call(`${HOST}/prod/items`, { headers: GOOD })
    expect(response.status).toBe(200)
    expect(JSON.parse(body)).toEqual([{ id: 1 }])
    const created = await call(`${HOST}/prod/items`, { method: 'POST', headers: GOOD })
    expect(created.response.status).toBe(201)
  })

  it('passes path parameters, prefers literal segments, and gives a greedy parameter the rest of the path', async () => {
    server.use(...gatewayHandlers(restApi))
    expect(JSON.parse((await call(`${HOST}/prod/items/42`, { headers: GOOD })).body)).toEqual({
      id: '42',
      route: 'GET /items/{id}',
    })
    expect(JSON.parse((await call(`${HOST}/prod/items/special`, { headers: GOOD })).body)).toEqual({ special: true })
    expect(JSON.parse((await call(`${HOST}/prod/items/a%20b`, { headers: GOOD })).body)).toEqual({
      id: 'a b',
      route: 'GET /items/{id}',
    })
    expect(JSON.parse((await call(`${HOST}/prod/files/a/b.txt`, { method: 'DELETE', headers: GOOD })).body)).toEqual({
      path: 'a/b.txt',
      method: 'DELETE',
    })
  })

  it('wrong path → Missing Authentication Token, diagnosed with no-route first', async () => {
    server.use(...gatewayHandlers(restApi))
    const { response, diagnosis } = await call(`${HOST}/prod/itemz`, { headers: { 'x-api-key': 'key-1' } })
    expect(response.status).toBe(403)
    expect(response.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException')
    expect(diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(diagnosis?.causes[0]?.id).toBe('no-route')
  })

  it('a method the resource lacks → Missing Authentication Token (no fallback to another resource)', async () => {
    server.use(...gatewayHandlers(restApi))
    const { diagnosis } = await call(`${HOST}/prod/items/42`, { method: 'DELETE' })
    expect(diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(diagnosis?.causes.map((c) => c.id)).toContain('wrong-method')
  })

  it('a CORS preflight to a resource without OPTIONS → Missing Authentication Token, preflight cause first', async () => {
    server.use(...gatewayHandlers(restApi))
    const { diagnosis } = await call(`${HOST}/prod/items`, { method: 'OPTIONS' })
    expect(diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(diagnosis?.causes[0]?.id).toBe('cors-preflight')
  })

  it("wrong path with 'Bearer <token>' → IncompleteSignatureException quoting the header's hash, never the token", async () => {
    server.use(...gatewayHandlers(restApi))
    const { response, body, diagnosis } = await call(`${HOST}/prod/itemz`, { headers: { authorization: 'Bearer good' } })
    expect(response.status).toBe(403)
    expect(response.headers.get('x-amzn-errortype')).toBe('IncompleteSignatureException')
    expect(JSON.parse(body).message).toBe(
      `Invalid key=value pair (missing equal-sign) in Authorization header (hashed with SHA-256 and encoded with Base64): '${await sha256Base64('Bearer good')}'.`,
    )
    expect(body).not.toContain('good')
    expect(diagnosis?.code).toBe('INCOMPLETE_SIGNATURE')
    expect(diagnosis?.causes[0]?.id).toBe('no-route')
  })

  it("wrong path with a raw token → the 'requires Credential' variant", async () => {
    server.use(...gatewayHandlers(restApi))
    const { body, diagnosis } = await call(`${HOST}/prod/itemz`, { headers: { authorization: 'eyJhbGciOiJIUzI1NiJ9.e30.sig' } })
    expect(JSON.parse(body).message).toMatch(
      /^Authorization header requires 'Credential' parameter\..* Authorization=[A-Za-z0-9+/]{43}=$/,
    )
    expect(diagnosis?.code).toBe('INCOMPLETE_SIGNATURE')
  })

  it('wrong path with a SigV4 header → Missing Authentication Token', async () => {
    server.use(...gatewayHandlers(restApi))
    const sigv4 =
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/eu-west-1/execute-api/aws4_request, SignedHeaders=host, Signature=abc'
    const { diagnosis } = await call(`${HOST}/prod/itemz`, { headers: { authorization: sigv4 } })
    expect(diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
  })

  it('wrong stage (stage names are case-sensitive) → Forbidden, wrong-stage first', async () => {
    server.use(...gatewayHandlers(restApi))
    const { response, diagnosis } = await call(`${HOST}/Prod/items`, { headers: GOOD })
    expect(response.status).toBe(403)
    expect(response.headers.get('x-amzn-errortype')).toBe('ForbiddenException')
    expect(diagnosis?.code).toBe('FORBIDDEN')
    expect(diagnosis?.causes[0]?.id).toBe('wrong-stage')
  })

  it('no stage at all → Forbidden, wrong-stage first', async () => {
    server.use(...gatewayHandlers(restApi))
    const { diagnosis } = await call(`${HOST}/`, { headers: GOOD })
    expect(diagnosis?.code).toBe('FORBIDDEN')
    expect(diagnosis?.causes[0]?.id).toBe('wrong-stage')
  })

  it('missing x-api-key → Forbidden with the api-key cause first', async () => {
    server.use(...gatewayHandlers(restApi))
    const { response, diagnosis } = await call(`${HOST}/prod/items`, { headers: { authorization: 'Bearer good' } })
    expect(response.status).toBe(403)
    expect(diagnosis?.code).toBe('FORBIDDEN')
    expect(diagnosis?.causes[0]?.id).toBe('api-key-missing')
  })

  it('an unknown x-api-key → Forbidden with the invalid-key cause first', async () => {
    server.use(...gatewayHandlers(restApi))
    const { diagnosis } = await call(`${HOST}/prod/items`, { headers: { authorization: 'Bearer good', 'x-api-key': 'stolen' } })
    expect(diagnosis?.code).toBe('FORBIDDEN')
    expect(diagnosis?.causes[0]?.id).toBe('api-key-not-valid')
  })

  it('identity source missing → 401 Unauthorized, without running the authorizer', async () => {
    const authorize = vi.fn(() => 'Allow' as const)
    server.use(...gatewayHandlers({ ...restApi, authorizer: { identitySource: 'Authorization', authorize } }))
    const { response, diagnosis } = await call(`${HOST}/prod/items`, { headers: { 'x-api-key': 'key-1' } })
    expect(response.status).toBe(401)
    expect(diagnosis?.code).toBe('UNAUTHORIZED')
    expect(diagnosis?.causes[0]?.id).toBe('identity-source-missing')
    expect(authorize).not.toHaveBeenCalled()
  })

  it('the authorizer\'s decisions: Unauthorized → 401, Deny → 403 explicit deny, a throw → 500 {"message":null}', async () => {
    server.use(...gatewayHandlers(restApi))
    const expired = await call(`${HOST}/prod/items`, { headers: { ...GOOD, authorization: 'Bearer expired' } })
    expect(expired.diagnosis?.code).toBe('UNAUTHORIZED')
    const denied = await call(`${HOST}/prod/items`, { headers: { ...GOOD, authorization: 'Bearer other' } })
    expect(denied.response.status).toBe(403)
    expect(denied.response.headers.get('x-amzn-errortype')).toBe('AccessDeniedException')
    expect(denied.diagnosis?.code).toBe('AUTHORIZER_DENY')
    const broken = await call(`${HOST}/prod/items`, { headers: { ...GOOD, authorization: 'Bearer boom' } })
    expect(broken.response.status).toBe(500)
    expect(broken.body).toBe('{"message":null}')
    expect(broken.diagnosis?.code).toBe('AUTHORIZER_CONFIGURATION_ERROR')
  })

  it('checks in the gateway order: stage, route, authorizer, then API key', async () => {
    server.use(...gatewayHandlers(restApi))
    expect((await call(`${HOST}/dev/itemz`)).diagnosis?.code).toBe('FORBIDDEN')
    expect((await call(`${HOST}/prod/itemz`)).diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect((await call(`${HOST}/prod/items`, { headers: { authorization: 'Bearer other' } })).diagnosis?.code).toBe(
      'AUTHORIZER_DENY',
    )
  })

  it('a route may opt out of the authorizer and the API key', async () => {
    server.use(...gatewayHandlers(restApi))
    const { response, body } = await call(`${HOST}/prod/health`)
    expect(response.status).toBe(200)
    expect(body).toBe('ok')
  })

  it('hands the authorizer a clone, so the route can still read the body', async () => {
    server.use(
      ...gatewayHandlers({
        baseUrl: `${HOST}/prod`,
        routes: { 'POST /echo': async ({ request }) => HttpResponse.text(await request.text()) },
        authorizer: {
          identitySource: 'Authorization',
          authorize: async (request) => ((await request.text()) === 'hello' ? 'Allow' : 'Deny'),
        },
      }),
    )
    const response = await fetch(`${HOST}/prod/echo`, { method: 'POST', body: 'hello', headers: { authorization: 'Bearer x' } })
    expect(await response.text()).toBe('hello')
  })

  it('throttles with a token bucket: 429 Too Many Requests once the burst is spent, then refills at the rate', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-11-24T12:00:00Z'))
    server.use(
      ...gatewayHandlers({
        baseUrl: `${HOST}/prod`,
        routes: { 'GET /items': () => HttpResponse.json([]) },
        throttle: { rateLimit: 1, burstLimit: 2 },
      }),
    )
    expect((await call(`${HOST}/prod/items`)).response.status).toBe(200)
    expect((await call(`${HOST}/prod/items`)).response.status).toBe(200)
    const throttled = await call(`${HOST}/prod/items`)
    expect(throttled.response.status).toBe(429)
    expect(throttled.diagnosis?.code).toBe('THROTTLED')
    vi.setSystemTime(new Date('2026-11-24T12:00:01Z'))
    expect((await call(`${HOST}/prod/items`)).response.status).toBe(200)
    expect((await call(`${HOST}/prod/items`)).response.status).toBe(429)
  })

  it("browserView applies to the gateway's own errors, not to the routes' replies", async () => {
    server.use(...gatewayHandlers({ ...restApi, browserView: 'cors-blocked' }))
    await expect(fetch(`${HOST}/prod/itemz`)).rejects.toBeInstanceOf(TypeError)
    expect((await call(`${HOST}/prod/health`)).response.status).toBe(200)
  })

  it('emulates a custom domain whose base path maps to the API', async () => {
    server.use(
      ...gatewayHandlers({ baseUrl: 'https://api.example.com/v1', routes: { 'GET /items': () => HttpResponse.json([]) } }),
    )
    expect((await call('https://api.example.com/v1/items')).response.status).toBe(200)
    const unmapped = await call('https://api.example.com/prod/v1/items')
    expect(unmapped.diagnosis?.code).toBe('FORBIDDEN')
    expect(unmapped.diagnosis?.causes[0]?.id).toBe('custom-domain-unmapped')
  })
})

describe('gatewayHandlers: an HTTP API', () => {
  const httpApi: GatewayApiSpec = {
    kind: 'http',
    baseUrl: HOST,
    routes: {
      'GET /items': () => HttpResponse.json([]),
      'GET /items/{id}': ({ params }) => HttpResponse.json({ id: params.id }),
      'ANY /{proxy+}': ({ params }) => HttpResponse.json({ proxy: params.proxy }),
    },
  }

  it('unknown path → 404 Not Found with apigw-requestid', async () => {
    server.use(...gatewayHandlers({ ...httpApi, routes: { 'GET /items': () => HttpResponse.json([]) } }))
    const { response, body, diagnosis } = await call(`${HOST}/itemz`)
    expect(response.status).toBe(404)
    expect(body).toBe('{"message":"Not Found"}')
    expect(response.headers.get('apigw-requestid')).toMatch(/^[A-Za-z0-9_-]{15}=$/)
    expect(response.headers.get('x-amzn-errortype')).toBeNull()
    expect(diagnosis?.code).toBe('HTTP_API_NOT_FOUND')
  })

  it('a method no route takes → 404 Not Found', async () => {
    server.use(...gatewayHandlers({ ...httpApi, routes: { 'GET /items': () => HttpResponse.json([]) } }))
    expect((await call(`${HOST}/items`, { method: 'DELETE' })).diagnosis?.code).toBe('HTTP_API_NOT_FOUND')
  })

  it('selects the most specific route whose method matches, then a greedy ANY route, then $default', async () => {
    server.use(...gatewayHandlers(httpApi))
    expect(JSON.parse((await call(`${HOST}/items/7`)).body)).toEqual({ id: '7' })
    expect(JSON.parse((await call(`${HOST}/items/7`, { method: 'PUT' })).body)).toEqual({ proxy: 'items/7' })
    server.resetHandlers(
      ...gatewayHandlers({
        ...httpApi,
        routes: { 'GET /items': () => HttpResponse.json([]), $default: () => HttpResponse.text('default') },
      }),
    )
    expect((await call(`${HOST}/anything/else`, { method: 'PATCH' })).body).toBe('default')
  })

  it('an authorizer that throws → 500 Internal Server Error', async () => {
    server.use(
      ...gatewayHandlers({
        ...httpApi,
        authorizer: {
          identitySource: 'Authorization',
          authorize: () => {
            throw new Error('boom')
          },
        },
      }),
    )
    const { response, body, diagnosis } = await call(`${HOST}/items`, { headers: { authorization: 'Bearer x' } })
    expect(response.status).toBe(500)
    expect(body).toBe('{"message":"Internal Server Error"}')
    expect(diagnosis?.code).toBe('HTTP_API_INTERNAL_SERVER_ERROR')
    expect(diagnosis?.causes.map((c) => c.id)).toContain('authorizer-error')
  })

  it('a named stage: another stage → 404 Not Found', async () => {
    server.use(...gatewayHandlers({ ...httpApi, baseUrl: `${HOST}/dev` }))
    expect((await call(`${HOST}/dev/items`)).response.status).toBe(200)
    expect((await call(`${HOST}/prod/items`)).diagnosis?.code).toBe('HTTP_API_NOT_FOUND')
  })

  it('authorizer: identity source missing → 401, Deny → 403, throttled → 429', async () => {
    server.use(
      ...gatewayHandlers({
        ...httpApi,
        authorizer: {
          identitySource: 'Authorization',
          authorize: (request) => (request.headers.get('authorization') === 'Bearer good' ? 'Allow' : 'Deny'),
        },
        throttle: { rateLimit: 0, burstLimit: 1 },
      }),
    )
    const missing = await call(`${HOST}/items`)
    expect(missing.response.status).toBe(401)
    expect(missing.diagnosis?.code).toBe('HTTP_API_UNAUTHORIZED')
    const denied = await call(`${HOST}/items`, { headers: { authorization: 'Bearer bad' } })
    expect(denied.response.status).toBe(403)
    expect(denied.diagnosis?.code).toBe('HTTP_API_FORBIDDEN')
    expect((await call(`${HOST}/items`, { headers: { authorization: 'Bearer good' } })).response.status).toBe(200)
    const throttled = await call(`${HOST}/items`, { headers: { authorization: 'Bearer good' } })
    expect(throttled.response.status).toBe(429)
    expect(throttled.diagnosis?.code).toBe('HTTP_API_TOO_MANY_REQUESTS')
  })
})

describe('gatewayHandlers: spec validation', () => {
  it('rejects invalid specs with a TypeError that says what is wrong', () => {
    const routes = { 'GET /items': () => HttpResponse.json([]) }
    expect(() => gatewayHandlers({ baseUrl: 'not a url', routes })).toThrow(/not an absolute URL/)
    expect(() => gatewayHandlers({ baseUrl: HOST, routes })).toThrow(/includes its stage/)
    expect(() => gatewayHandlers({ baseUrl: `${HOST}/prod`, routes: { 'GET items': () => undefined } })).toThrow(
      /route key "GET items"/,
    )
    expect(() => gatewayHandlers({ baseUrl: `${HOST}/prod`, routes: { 'GET /{a+}/b': () => undefined } })).toThrow(/greedy/)
    expect(() => gatewayHandlers({ baseUrl: `${HOST}/prod`, routes: { 'GET /a//b': () => undefined } })).toThrow(
      /invalid path segment/,
    )
    expect(() => gatewayHandlers({ baseUrl: `${HOST}/prod`, routes: { $default: () => undefined } })).toThrow(/\$default/)
    expect(() => gatewayHandlers({ kind: 'http', baseUrl: HOST, routes, apiKeyRequired: true })).toThrow(/no API keys/)
    expect(() => gatewayHandlers({ baseUrl: `${HOST}/prod`, routes, throttle: { rateLimit: -1, burstLimit: 1 } })).toThrow(
      /non-negative/,
    )
  })
})
