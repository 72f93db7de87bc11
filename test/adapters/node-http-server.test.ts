/**
 * End to end against a real `node:http` server on 127.0.0.1, so that not everything rests on MSW: real
 * sockets, real chunked bodies, a refused connection, a real client timeout. The local host is declared
 * through `awsHosts`; otherwise it is taken for an emulator and the confidence drops to `low`.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import axios, { AxiosError } from 'axios'
import got16, { RequestError as GotRequestError } from 'got'
import got14 from 'got14'
import { FetchError, ofetch } from 'ofetch'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { withDiagnosis as withAxios } from '../../adapters/axios.ts'
import { withDiagnosis as withFetch } from '../../adapters/fetch.ts'
import { withDiagnosis as withGot } from '../../adapters/got.ts'
import { withDiagnosis as withOfetch } from '../../adapters/ofetch.ts'
import { GatewayError } from '../../src/output/error.ts'
import type { Diagnosis } from '../../src/types.ts'
import { clients } from './clients.ts'
import { restHeaders } from './support.ts'

let server: Server
let base = ''
let closedBase = ''

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/prod/ok') return void response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
    if (request.url === '/prod/hang') return // never answers
    if (request.url === '/prod/chunked') {
      // A gateway error streamed in pieces, as a proxy in between might deliver it.
      response.writeHead(403, restHeaders('MissingAuthenticationTokenException'))
      response.write('{"message":"Missing ')
      setTimeout(() => response.end('Authentication Token"}'), 20)
      return
    }
    response.writeHead(403, restHeaders('MissingAuthenticationTokenException')).end('{"message":"Missing Authentication Token"}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // A port that was just free: connecting to it is refused.
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  closedBase = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`
  await new Promise<void>((resolve) => probe.close(() => resolve()))
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

describe.each(Object.entries(clients))('%s against node:http', (_name, client) => {
  it.each(['/prod/v1/x', '/prod/chunked'])('diagnoses %s with the host declared in awsHosts', async (path) => {
    const outcome = await client({ url: `${base}${path}`, method: 'GET', headers: {} }, { awsHosts: ['127.0.0.1'] })
    expect(outcome.diagnosis).toMatchObject({ code: 'MISSING_AUTHENTICATION_TOKEN', layer: 'api-gateway-rest' })
    // Clients that hand the reply over with its body unread (fetch, ky 1, openapi-fetch) are diagnosed from
    // what has arrived (docs/design-notes.md): the rest of the chunked body comes 20 ms later, after the
    // reply is handed on, so the confidence rests on the error type and a fragment. Clients that read the
    // whole body before they reject give high.
    if (path === '/prod/chunked') expect(['high', 'medium']).toContain(outcome.diagnosis?.confidence)
    else expect(outcome.diagnosis?.confidence).toBe('high')
    expect(outcome.diagnosis?.requestId).toBe('c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11')
    const body = await outcome.readBody()
    // Raw text (fetch, ky 1, got) or parsed JSON (axios, ky 2, ofetch, openapi-fetch): the whole chunked body either way.
    expect(typeof body === 'string' ? JSON.parse(body) : body).toEqual({ message: 'Missing Authentication Token' })
  })

  it('takes an undeclared local host for an emulator: low confidence, with a hint', async () => {
    const outcome = await client({ url: `${base}/prod/v1/x`, method: 'GET', headers: {} })
    expect(outcome.diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(outcome.diagnosis?.confidence).toBe('low')
    expect(outcome.diagnosis?.hints.join(' ')).toContain('emulator')
  })

  it('rejects with a GatewayError when throwEnriched', async () => {
    const outcome = await client(
      { url: `${base}/prod/v1/x`, method: 'GET', headers: {} },
      { awsHosts: ['127.0.0.1'], throwEnriched: true },
    )
    expect(outcome.error).toBeInstanceOf(GatewayError)
    const error = outcome.error as GatewayError
    expect(error.message).toBe(
      '403 MISSING_AUTHENTICATION_TOKEN — no route matches GET /prod/v1/x: check the path, stage and method (request id c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11)',
    )
    expect(error.requestId).toBe('c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11')
  })
})

it('axios: a refused connection gives NO_RESPONSE naming ECONNREFUSED, the unreachable host ranked first', async () => {
  const api = withAxios(axios.create(), { awsHosts: ['127.0.0.1'] })
  const error = (await api.get(`${closedBase}/prod/v1/x`).catch((e: unknown) => e)) as AxiosError
  expect(error).toBeInstanceOf(AxiosError)
  expect(error.diagnosis?.code).toBe('NO_RESPONSE')
  expect(error.diagnosis?.evidence).toContain('error code: ECONNREFUSED')
  expect(error.diagnosis?.causes[0]?.id).toBe('network-unreachable')
})

it('fetch: a refused connection gives NO_RESPONSE naming ECONNREFUSED', async () => {
  const error = (await withFetch(fetch, { awsHosts: ['127.0.0.1'] })(`${closedBase}/prod/v1/x`).catch(
    (e: unknown) => e,
  )) as TypeError & {
    diagnosis?: { code: string; evidence: string[] }
  }
  expect(error).toBeInstanceOf(TypeError)
  expect(error.diagnosis?.code).toBe('NO_RESPONSE')
  expect(error.diagnosis?.evidence).toContain('error code: ECONNREFUSED')
})

it.each([
  ['got 14', got14, 0],
  ['got 16', got16, 2],
] as const)(
  '%s: a refused connection gives NO_RESPONSE naming ECONNREFUSED, once, after got retried it %i times',
  async (_name, got, limit) => {
    const onDiagnosis = vi.fn()
    const api = withGot(got as typeof got16, { awsHosts: ['127.0.0.1'], onDiagnosis })
    // got retries ECONNREFUSED on GET: one diagnosis, of the final failure. (got 14 on Node 24 ends a retried
    // refused connection with a plain Error ERR_SOCKET_CLOSED_BEFORE_CONNECTION, which is not ours to diagnose.)
    const retry = { limit, calculateDelay: ({ computedValue }: { computedValue: number }) => (computedValue > 0 ? 1 : 0) }
    const error = (await api(`${closedBase}/prod/v1/x`, { retry }).catch((e: unknown) => e)) as Error & {
      diagnosis?: Diagnosis
      code?: string
    }
    expect(error.name).toBe('RequestError')
    if (got === got16) expect(error).toBeInstanceOf(GotRequestError)
    expect(error.code).toBe('ECONNREFUSED')
    expect(error.diagnosis?.code).toBe('NO_RESPONSE')
    expect(error.diagnosis?.evidence).toContain('error code: ECONNREFUSED')
    expect(error.diagnosis?.causes[0]?.id).toBe('network-unreachable')
    expect(onDiagnosis).toHaveBeenCalledTimes(1)
  },
)

it('ofetch: a refused connection gives NO_RESPONSE naming ECONNREFUSED on the FetchError', async () => {
  const error = (await withOfetch(ofetch, { awsHosts: ['127.0.0.1'] })(`${closedBase}/prod/v1/x`, { retry: 0 }).catch(
    (e: unknown) => e,
  )) as FetchError & { diagnosis?: Diagnosis }
  expect(error).toBeInstanceOf(FetchError)
  expect(error.diagnosis?.code).toBe('NO_RESPONSE')
  expect(error.diagnosis?.evidence).toContain('error code: ECONNREFUSED')
})

it('got: a real client timeout against a server that never answers', async () => {
  const api = withGot(got16, { awsHosts: ['127.0.0.1'] })
  const error = (await api(`${base}/prod/hang`, { timeout: { request: 100 }, retry: { limit: 0 } }).catch(
    (e: unknown) => e,
  )) as Error & {
    diagnosis?: Diagnosis
  }
  expect(error.name).toBe('TimeoutError')
  expect(error.diagnosis?.code).toBe('NO_RESPONSE')
  expect(error.diagnosis?.causes[0]?.id).toBe('client-timeout')
})

it('axios: a real client timeout against a server that never answers', async () => {
  const api = withAxios(axios.create({ timeout: 100 }), { awsHosts: ['127.0.0.1'] })
  const error = (await api.get(`${base}/prod/hang`).catch((e: unknown) => e)) as AxiosError
  expect(error.diagnosis?.code).toBe('NO_RESPONSE')
  expect(error.diagnosis?.causes[0]?.id).toBe('client-timeout')
})

it('the success path is untouched over a real socket', async () => {
  const response = await withFetch(fetch, { awsHosts: ['127.0.0.1'] })(`${base}/prod/ok`)
  expect(Reflect.ownKeys(response)).toEqual(Reflect.ownKeys(await fetch(`${base}/prod/ok`)))
  expect(await response.json()).toEqual({ ok: true })
})

describe('the enriched error thrown through axios', () => {
  it("carries the caller's frames in its stack, as devtools and Node show it (not only the library's)", async () => {
    const api = withAxios(axios.create({ baseURL: `${base}/prod` }), { throwEnriched: true, awsHosts: ['127.0.0.1'] })
    async function loadOrdersFromTheApp(): Promise<unknown> {
      return api.get('/v1/orders')
    }
    const error = (await loadOrdersFromTheApp().catch((caught: unknown) => caught)) as GatewayError
    expect(error).toBeInstanceOf(GatewayError)
    expect(error.stack?.split('\n')[0]).toBe(`GatewayError: ${error.message.split('\n')[0]}`)
    // axios adds the async call site to its error; the enriched error shows those frames.
    expect(error.stack).toContain('node-http-server.test.ts')
    expect(error.stack).not.toMatch(/middleware-engine/)
  })
})
