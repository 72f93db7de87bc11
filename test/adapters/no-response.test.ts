/**
 * Requests that get no reply: MSW's `HttpResponse.error()` (what a CORS-blocked or failed request looks
 * like to the client), timeouts, and the limits on which hosts get a diagnosis.
 */
import axios, { AxiosError } from 'axios'
import got16, { RequestError as Got16RequestError, TimeoutError as Got16TimeoutError } from 'got'
import got14, { RequestError as Got14RequestError } from 'got14'
import { NetworkError } from 'ky2'
import { delay, HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { FetchError, ofetch } from 'ofetch'
import createClient from 'openapi-fetch'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { withDiagnosis as withAxios } from '../../adapters/axios.ts'
import { withDiagnosis as withFetch } from '../../adapters/fetch.ts'
import { withDiagnosis as withGot } from '../../adapters/got.ts'
import { withDiagnosis as withOfetch } from '../../adapters/ofetch.ts'
import { withDiagnosis as withOpenapiFetch } from '../../adapters/openapi-fetch.ts'
import { diagnoseNoResponse } from '../../src/engine/no-response.ts'
import { GatewayError } from '../../src/output/error.ts'
import type { Diagnosis } from '../../src/types.ts'
import { clients } from './clients.ts'
import { API } from './support.ts'

const server = setupServer(http.all('*', () => HttpResponse.error()))
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const AWS_URLS = {
  'execute-api': `${API}/v1/items`,
  'lambda-url': 'https://abcdefghijklmnopqrstuvwxyz012345.lambda-url.eu-west-1.on.aws/items',
  cloudfront: 'https://d111111abcdef8.cloudfront.net/api/items',
  elb: 'https://my-alb-1234567890.eu-west-1.elb.amazonaws.com/items',
}

// ky 1 runs beforeError hooks for HTTP errors only: its network errors cannot be diagnosed.
const WITH_NETWORK_HOOK = Object.entries(clients).filter(([name]) => name !== 'ky 1')

describe.each(WITH_NETWORK_HOOK)('%s, network error', (name, client) => {
  it.each(Object.entries(AWS_URLS))('attaches a low-confidence NO_RESPONSE diagnosis for %s hosts', async (_kind, url) => {
    const outcome = await client({ url, method: 'GET', headers: {} })
    expect(outcome.error).toBeDefined()
    expect(outcome.diagnosis).toMatchObject({ code: 'NO_RESPONSE', layer: 'unknown', confidence: 'low', status: 0 })
    expect(outcome.diagnosis?.causes.map((c) => c.id)).toEqual(
      expect.arrayContaining(['cors-masked-error', 'preflight-rejected', 'network-unreachable', 'integration-timeout']),
    )
    if (name.startsWith('axios')) expect(outcome.error).toBeInstanceOf(AxiosError)
    if (name === 'fetch') expect(outcome.error).toBeInstanceOf(TypeError)
    if (name === 'ky 2') expect(outcome.error).toBeInstanceOf(NetworkError)
    if (name === 'ofetch') expect(outcome.error).toBeInstanceOf(FetchError)
    if (name === 'got 14') expect(outcome.error).toBeInstanceOf(Got14RequestError)
    if (name === 'got 16') expect(outcome.error).toBeInstanceOf(Got16RequestError)
    if (name.startsWith('openapi-fetch')) expect(outcome.error).toBeInstanceOf(TypeError)
    expect(JSON.parse(JSON.stringify(outcome.error)).diagnosis.code).toBe('NO_RESPONSE')
  })

  it('leaves network errors against other hosts alone', async () => {
    const outcome = await client({ url: 'https://api.example.com/v1/items', method: 'GET', headers: {} })
    expect(outcome.error).toBeDefined()
    expect(outcome.diagnosis).toBeUndefined()
    expect(Object.hasOwn(outcome.error as object, 'diagnosis')).toBe(false)
  })

  it("diagnoses other hosts with networkErrors: 'all', or declared in awsHosts", async () => {
    const all = await client({ url: 'https://api.example.com/v1/items', method: 'GET', headers: {} }, { networkErrors: 'all' })
    expect(all.diagnosis?.code).toBe('NO_RESPONSE')
    expect(all.diagnosis?.evidence).toContain('host: api.example.com (not known to be AWS)')
    const declared = await client(
      { url: 'https://api.example.com/v1/items', method: 'GET', headers: {} },
      { awsHosts: ['*.example.com'] },
    )
    expect(declared.diagnosis?.evidence).toContain('host: api.example.com (declared AWS host)')
  })

  it("stays silent with networkErrors: 'off'", async () => {
    const outcome = await client({ url: AWS_URLS['execute-api'], method: 'GET', headers: {} }, { networkErrors: 'off' })
    expect(outcome.diagnosis).toBeUndefined()
  })

  it('rejects with a GatewayError whose message leads with NO_RESPONSE when throwEnriched', async () => {
    const outcome = await client({ url: AWS_URLS['execute-api'], method: 'GET', headers: {} }, { throwEnriched: true })
    expect(outcome.error).toBeInstanceOf(GatewayError)
    const error = outcome.error as GatewayError
    expect(error.message).toMatch(/^NO_RESPONSE — /)
    expect(error.response).toBeUndefined()
    expect(error.diagnosis.confidence).toBe('low')
  })
})

describe('timeouts', () => {
  it('fetch: AbortSignal.timeout gives a timeout diagnosis with the elapsed time', async () => {
    server.use(
      http.all('*', async () => {
        await delay(200)
        return HttpResponse.json({ ok: true })
      }),
    )
    const apiFetch = withFetch(fetch)
    const error = await apiFetch(`${API}/slow`, { signal: AbortSignal.timeout(20) }).catch((e: unknown) => e)
    expect((error as Error).name).toBe('TimeoutError')
    const diagnosis = (error as { diagnosis?: { code: string; title: string; evidence: string[] } }).diagnosis
    expect(diagnosis?.code).toBe('NO_RESPONSE')
    expect(diagnosis?.title).toContain('timed out')
    expect(diagnosis?.evidence.some((line) => /^elapsed: \d+ ms$/.test(line))).toBe(true)
  })

  it('fetch: an abort by the caller is not diagnosed', async () => {
    server.use(
      http.all('*', async () => {
        await delay(200)
        return HttpResponse.json({ ok: true })
      }),
    )
    const controller = new AbortController()
    const pending = withFetch(fetch)(`${API}/slow`, { signal: controller.signal })
    controller.abort()
    const error = await pending.catch((e: unknown) => e)
    expect((error as Error).name).toBe('AbortError')
    expect(Object.hasOwn(error as object, 'diagnosis')).toBe(false)
  })

  it('axios: its timeout gives a timeout diagnosis, elapsed = the configured timeout; a cancel is left alone', async () => {
    server.use(
      http.all('*', async () => {
        await delay(300)
        return HttpResponse.json({ ok: true })
      }),
    )
    const api = withAxios(axios.create({ timeout: 40 }))
    const error = (await api.get(`${API}/slow`).catch((e: unknown) => e)) as AxiosError
    expect(error).toBeInstanceOf(AxiosError)
    expect(error.diagnosis?.code).toBe('NO_RESPONSE')
    expect(error.diagnosis?.title).toContain('timed out')
    expect(error.diagnosis?.evidence).toContain('elapsed: 40 ms')
    expect(error.diagnosis?.causes[0]?.id).toBe('client-timeout')

    const canceled = (await api.get(`${API}/slow`, { signal: AbortSignal.abort() }).catch((e: unknown) => e)) as AxiosError
    expect(canceled.code).toBe('ERR_CANCELED')
    expect(Object.hasOwn(canceled, 'diagnosis')).toBe(false)
  })

  const slowServer = (): void => {
    server.use(
      http.all('*', async () => {
        await delay(300)
        return HttpResponse.json({ ok: true })
      }),
    )
  }

  it('ofetch: its timeout gives a timeout diagnosis, elapsed = the configured timeout; an abort is left alone', async () => {
    slowServer()
    const api = withOfetch(ofetch)
    const error = (await api(`${API}/slow`, { timeout: 40, retry: 0 }).catch((e: unknown) => e)) as FetchError & {
      diagnosis?: Diagnosis
    }
    expect(error).toBeInstanceOf(FetchError)
    expect(error.diagnosis?.code).toBe('NO_RESPONSE')
    expect(error.diagnosis?.title).toContain('timed out')
    expect(error.diagnosis?.evidence).toContain('elapsed: 40 ms')
    expect(error.diagnosis?.causes[0]?.id).toBe('client-timeout')

    const aborted = await api(`${API}/slow`, { signal: AbortSignal.abort(), retry: 0 }).catch((e: unknown) => e)
    expect(aborted).toBeInstanceOf(FetchError)
    expect(Object.hasOwn(aborted as object, 'diagnosis')).toBe(false)
  })

  it.each([
    ['got 14', got14],
    ['got 16', got16],
  ] as const)(
    '%s: its timeout gives a timeout diagnosis, elapsed = the configured timeout; an abort is left alone',
    async (_name, got) => {
      slowServer()
      const api = withGot(got as typeof got16)
      const error = (await api(`${API}/slow`, { timeout: { request: 40 }, retry: { limit: 0 } }).catch(
        (e: unknown) => e,
      )) as Error & {
        diagnosis?: Diagnosis
      }
      expect(error.name).toBe('TimeoutError')
      if (got === got16) expect(error).toBeInstanceOf(Got16TimeoutError)
      expect(error.diagnosis?.code).toBe('NO_RESPONSE')
      expect(error.diagnosis?.title).toContain('timed out')
      expect(error.diagnosis?.evidence).toContain('elapsed: 40 ms')
      expect(error.diagnosis?.causes[0]?.id).toBe('client-timeout')

      const aborted = await api(`${API}/slow`, { signal: AbortSignal.abort(), retry: { limit: 0 } }).catch((e: unknown) => e)
      expect((aborted as Error).name).toBe('AbortError')
      expect(Object.hasOwn(aborted as object, 'diagnosis')).toBe(false)
    },
  )

  it('openapi-fetch: AbortSignal.timeout gives a timeout diagnosis with the elapsed time; an abort is left alone', async () => {
    slowServer()
    const client = withOpenapiFetch(createClient<Record<string, never>>({ baseUrl: API }))
    const request = client.GET as unknown as (path: string, init: { signal: AbortSignal }) => Promise<unknown>
    const error = (await request('/slow', { signal: AbortSignal.timeout(20) }).catch((e: unknown) => e)) as Error & {
      diagnosis?: Diagnosis
    }
    expect(error.name).toBe('TimeoutError')
    expect(error.diagnosis?.code).toBe('NO_RESPONSE')
    expect(error.diagnosis?.title).toContain('timed out')
    expect(error.diagnosis?.evidence.some((line) => /^elapsed: \d+ ms$/.test(line))).toBe(true)

    const aborted = await request('/slow', { signal: AbortSignal.abort() }).catch((e: unknown) => e)
    expect((aborted as Error).name).toBe('AbortError')
    expect(Object.hasOwn(aborted as object, 'diagnosis')).toBe(false)
  })

  it('ranks the integration timeout first for a timeout after ~29 s against execute-api', () => {
    const diagnosis = diagnoseNoResponse({
      kind: 'timeout',
      request: { method: 'POST', url: `${API}/reports` },
      elapsedMs: 29_400,
    })
    expect(diagnosis?.causes[0]?.id).toBe('integration-timeout')
    expect(diagnosis?.title).toBe('No reply reached the client for POST /prod/reports: the request timed out')
  })

  it("ranks the client's own timeout first for a short timeout", () => {
    const diagnosis = diagnoseNoResponse({ kind: 'timeout', request: { method: 'GET', url: `${API}/items` }, elapsedMs: 5000 })
    expect(diagnosis?.causes[0]?.id).toBe('client-timeout')
  })
})

describe('in a browser (CORS applies)', () => {
  afterEach(() => vi.unstubAllGlobals())
  const inBrowser = (): void => {
    vi.stubGlobal('window', {})
    vi.stubGlobal('document', {})
  }

  it('ranks a gateway error hidden for lack of CORS headers first, and points at the DevTools Network tab', () => {
    inBrowser()
    const diagnosis = diagnoseNoResponse({
      kind: 'network',
      request: { method: 'GET', url: `${API}/v1/items`, headers: {} },
      elapsedMs: 80,
    })
    expect(diagnosis?.causes[0]?.id).toBe('cors-masked-error')
    expect(diagnosis?.causes[0]?.remedy).toContain('DEFAULT_4XX')
    expect(diagnosis?.hints.join(' ')).toContain('DevTools Network tab')
  })

  it('ranks a rejected preflight first for a PUT with an Authorization header', () => {
    inBrowser()
    const diagnosis = diagnoseNoResponse({
      kind: 'network',
      request: { method: 'PUT', url: `${API}/v1/items/1`, headers: { authorization: 'Bearer x' } },
    })
    expect(diagnosis?.causes[0]?.id).toBe('preflight-rejected')
  })

  it('ranks the integration timeout first for a network error after ~29 s (a 504 hidden by CORS)', () => {
    inBrowser()
    const diagnosis = diagnoseNoResponse({
      kind: 'network',
      request: { method: 'GET', url: `${API}/v1/report` },
      elapsedMs: 29_100,
    })
    expect(diagnosis?.causes[0]?.id).toBe('integration-timeout')
  })
})

describe('in Node (no CORS)', () => {
  it('ranks an unreachable host first, far ahead with a DNS error code', () => {
    const plain = diagnoseNoResponse({ kind: 'network', request: { url: `${API}/v1/items` } })
    expect(plain?.causes[0]?.id).toBe('network-unreachable')
    const dns = diagnoseNoResponse({ kind: 'network', request: { url: `${API}/v1/items` }, errorCode: 'ENOTFOUND' })
    expect(dns?.causes[0]?.likelihood).toBeGreaterThan(plain?.causes[0]?.likelihood ?? 1)
    expect(dns?.evidence).toContain('error code: ENOTFOUND')
  })

  it('gives nothing for hosts not known to be AWS unless asked, and never throws', () => {
    expect(diagnoseNoResponse({ kind: 'network', request: { url: 'https://api.example.com/x' } })).toBeUndefined()
    expect(diagnoseNoResponse({ kind: 'network', request: { url: 'https://api.example.com/x' } }, { anyHost: true })?.code).toBe(
      'NO_RESPONSE',
    )
    expect(diagnoseNoResponse(null as never)).toBeUndefined()
  })
})
