/**
 * The success path must not change at all: the same response object, nothing added to it, its body not
 * read, no callback. Also for a 2xx that carries AWS headers (a WAF challenge is a 202). For every client.
 */
import axios, { type AxiosResponse } from 'axios'
import got16 from 'got'
import got14 from 'got14'
import ky1 from 'ky1'
import ky2 from 'ky2'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { ofetch } from 'ofetch'
import createClient from 'openapi-fetch'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { withDiagnosis as withAxios } from '../../adapters/axios.ts'
import { withDiagnosis as withFetch } from '../../adapters/fetch.ts'
import { withDiagnosis as withGot } from '../../adapters/got.ts'
import { withDiagnosis as withKy } from '../../adapters/ky.ts'
import { withDiagnosis as withOfetch } from '../../adapters/ofetch.ts'
import { withDiagnosis as withOpenapiFetch } from '../../adapters/openapi-fetch.ts'
import { API } from './support.ts'

const server = setupServer(
  http.get(`${API}/ok`, () => HttpResponse.json({ items: [1, 2, 3] })),
  // A WAF challenge: 202 with x-amzn-waf-action. A 2xx is never inspected, whatever its headers.
  http.get(
    `${API}/challenge`,
    () =>
      new HttpResponse('<html>challenge</html>', {
        status: 202,
        headers: { 'x-amzn-waf-action': 'challenge', 'content-type': 'text/html' },
      }),
  ),
)
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())

const ownKeys = (value: object): PropertyKey[] => Reflect.ownKeys(value)

describe('fetch', () => {
  it.each(['ok', 'challenge'])('resolves /%s with the very Response fetch gave, unread and unchanged', async (path) => {
    let given: Response | undefined
    let keysBefore: PropertyKey[] = []
    const cloneSpy = vi.fn()
    const inner = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      given = await fetch(input, init)
      // Any clone (the first step of reading a body) by the wrapper would show here.
      given.clone = cloneSpy
      keysBefore = ownKeys(given)
      return given
    }
    const onDiagnosis = vi.fn()
    const response = await withFetch(inner, { onDiagnosis, log: true, logger: { log: onDiagnosis } })(`${API}/${path}`)
    expect(response).toBe(given)
    expect(ownKeys(response)).toEqual(keysBefore)
    expect(response.bodyUsed).toBe(false)
    expect(cloneSpy).not.toHaveBeenCalled()
    expect(onDiagnosis).not.toHaveBeenCalled()
  })
})

describe('axios', () => {
  it.each(['http', 'fetch'] as const)('passes the same response object through (%s adapter)', async (adapter) => {
    const instance = axios.create({ adapter })
    let seen: AxiosResponse | undefined
    let keysBefore: PropertyKey[] = []
    instance.interceptors.response.use((response) => {
      seen = response
      keysBefore = ownKeys(response)
      return response
    })
    const onDiagnosis = vi.fn()
    const response = await withAxios(instance, { onDiagnosis }).get(`${API}/ok`)
    expect(response).toBe(seen)
    expect(ownKeys(response)).toEqual(keysBefore)
    expect(response.data).toEqual({ items: [1, 2, 3] })
    expect(onDiagnosis).not.toHaveBeenCalled()
  })
})

describe.each([
  ['ky 1', ky1],
  ['ky 2', ky2],
] as const)('%s', (_name, ky) => {
  it('leaves successful responses to ky: body unread, nothing added', async () => {
    const onDiagnosis = vi.fn()
    const response = await withKy(ky as typeof ky2, { onDiagnosis })(`${API}/challenge`)
    expect(response.status).toBe(202)
    expect(response.bodyUsed).toBe(false)
    expect(Object.hasOwn(response, 'diagnosis')).toBe(false)
    expect(await response.text()).toBe('<html>challenge</html>')
    expect(onDiagnosis).not.toHaveBeenCalled()
  })
})

describe('ofetch', () => {
  it.each(['ok', 'challenge'])('$fetch.raw resolves /%s with the very response ofetch produced, unchanged', async (path) => {
    let seen: Response | undefined
    let keysBefore: PropertyKey[] = []
    const onDiagnosis = vi.fn()
    const api = withOfetch(
      ofetch.create({
        onResponse: ({ response }) => {
          seen = response
          keysBefore = ownKeys(response)
        },
      }),
      { onDiagnosis, log: true, logger: { log: onDiagnosis } },
    )
    const response = await api.raw(`${API}/${path}`)
    expect(response).toBe(seen)
    expect(ownKeys(response)).toEqual(keysBefore)
    expect(onDiagnosis).not.toHaveBeenCalled()
  })

  it('$fetch resolves with the parsed data, as ofetch does', async () => {
    const onDiagnosis = vi.fn()
    expect(await withOfetch(ofetch, { onDiagnosis })(`${API}/ok`)).toEqual({ items: [1, 2, 3] })
    expect(await withOfetch(ofetch, { onDiagnosis }).create({ baseURL: API })('/challenge')).toBe('<html>challenge</html>')
    expect(onDiagnosis).not.toHaveBeenCalled()
  })
})

describe.each([
  ['got 14', got14],
  ['got 16', got16],
] as const)('%s', (_name, got) => {
  it.each(['ok', 'challenge'])('resolves /%s with the very response got produced, unchanged', async (path) => {
    let seen: unknown
    let keysBefore: PropertyKey[] = []
    const onDiagnosis = vi.fn()
    const instance = (got as typeof got16).extend({
      hooks: {
        afterResponse: [
          (response) => {
            seen = response
            keysBefore = ownKeys(response)
            return response
          },
        ],
      },
    })
    const response = await withGot(instance, { onDiagnosis, log: true, logger: { log: onDiagnosis } })(`${API}/${path}`)
    expect(response).toBe(seen)
    expect(ownKeys(response)).toEqual(keysBefore)
    expect(Object.hasOwn(response, 'diagnosis')).toBe(false)
    expect(response.body).toBe(path === 'ok' ? '{"items":[1,2,3]}' : '<html>challenge</html>')
    expect(onDiagnosis).not.toHaveBeenCalled()
  })
})

describe('openapi-fetch', () => {
  it.each(['ok', 'challenge'])('resolves /%s with the very Response fetch gave, unchanged and never cloned', async (path) => {
    let given: Response | undefined
    let keysBefore: PropertyKey[] = []
    const cloneSpy = vi.fn()
    const inner = async (request: Request): Promise<Response> => {
      given = await fetch(request)
      given.clone = cloneSpy
      keysBefore = ownKeys(given)
      return given
    }
    const onDiagnosis = vi.fn()
    const client = withOpenapiFetch(createClient<Record<string, never>>({ baseUrl: API, fetch: inner }), {
      onDiagnosis,
      log: true,
      logger: { log: onDiagnosis },
    })
    const get = client.GET as unknown as (
      path: string,
      init: { parseAs: 'text' },
    ) => Promise<{ data?: unknown; response: Response }>
    const result = await get(`/${path}`, { parseAs: 'text' })
    expect(result.response).toBe(given)
    expect(ownKeys(result.response)).toEqual(keysBefore)
    expect(cloneSpy).not.toHaveBeenCalled()
    expect(result.data).toBe(path === 'ok' ? '{"items":[1,2,3]}' : '<html>challenge</html>')
    expect(onDiagnosis).not.toHaveBeenCalled()
  })
})
