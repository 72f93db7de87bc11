/**
 * The client apigw-doctor is installed on is a witness: the host of its base URL (axios `baseURL`, ky
 * `prefix` / `baseUrl` / `prefixUrl`, ofetch `baseURL`, got `prefixUrl`, openapi-fetch `baseUrl`) counts like an
 * `awsHosts` entry, so API Gateway's bare `{"message": "Internal server error"}` from the API's own custom
 * domain, with every x-amzn-* header hidden as a browser hides it, is diagnosed above low.
 * `baseUrlIsAws: false` turns it off; `minConfidence` drops what is below it.
 */
import axios from 'axios'
import got16 from 'got'
import got14 from 'got14'
import ky1 from 'ky1'
import ky2 from 'ky2'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { ofetch } from 'ofetch'
import createClient from 'openapi-fetch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withDiagnosis as withAxios } from '../../adapters/axios.ts'
import { withDiagnosis as withGot } from '../../adapters/got.ts'
import { withDiagnosis as withKy } from '../../adapters/ky.ts'
import { withDiagnosis as withOfetch } from '../../adapters/ofetch.ts'
import { type DiagnosedResponse, withDiagnosis as withOpenapiFetch } from '../../adapters/openapi-fetch.ts'
import type { DiagnosisOptions } from '../../src/middleware/middleware.ts'
import type { Diagnosis } from '../../src/types.ts'

const DOMAIN = 'https://api.example.com'

const server = setupServer(
  // API Gateway's default 502 body, as a browser sees it cross-origin: no x-amzn-* header exposed.
  http.get(`${DOMAIN}/v1/orders`, () =>
    HttpResponse.text('{"message": "Internal server error"}', { status: 502, headers: { 'content-type': 'application/json' } }),
  ),
)
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())

const diagnosisOf = (value: unknown): Diagnosis | undefined => (value as { diagnosis?: Diagnosis }).diagnosis

/** Each client, called with its base URL set to DOMAIN (or with the full URL and no base URL). */
const CLIENTS: Record<string, (options: DiagnosisOptions, withBase: boolean) => Promise<Diagnosis | undefined>> = {
  axios: async (options, withBase) => {
    const api = withAxios(axios.create({ baseURL: withBase ? DOMAIN : undefined, adapter: 'fetch' }), options)
    return diagnosisOf(await api.get(withBase ? '/v1/orders' : `${DOMAIN}/v1/orders`).catch((e: unknown) => e))
  },
  'ky 2 (prefix)': async (options, withBase) => {
    const api = withKy(ky2.create({ retry: 0, ...(withBase ? { prefix: DOMAIN } : {}) }), options)
    return diagnosisOf(await api.get(withBase ? 'v1/orders' : `${DOMAIN}/v1/orders`).catch((e: unknown) => e))
  },
  'ky 2 (baseUrl, with a relative prefix)': async (options, withBase) => {
    const api = withKy(ky2.create({ retry: 0, ...(withBase ? { prefix: '/v1', baseUrl: new URL(DOMAIN) } : {}) }), options)
    return diagnosisOf(await api.get(withBase ? 'orders' : `${DOMAIN}/v1/orders`).catch((e: unknown) => e))
  },
  'ky 1 (prefixUrl)': async (options, withBase) => {
    const api = withKy(ky1.create({ retry: 0, ...(withBase ? { prefixUrl: DOMAIN } : {}) }), options)
    return diagnosisOf(await api.get(withBase ? 'v1/orders' : `${DOMAIN}/v1/orders`).catch((e: unknown) => e))
  },
  ofetch: async (options, withBase) => {
    const api = withOfetch(withBase ? ofetch.create({ baseURL: DOMAIN }) : ofetch, options)
    return diagnosisOf(await api(withBase ? '/v1/orders' : `${DOMAIN}/v1/orders`, { retry: 0 }).catch((e: unknown) => e))
  },
  ...Object.fromEntries(
    [
      ['got 14', got14 as unknown as typeof got16],
      ['got 16', got16],
    ].map(([name, got]) => [
      name,
      async (options: DiagnosisOptions, withBase: boolean) => {
        const api = withGot((got as typeof got16).extend(withBase ? { prefixUrl: DOMAIN } : {}), options)
        return diagnosisOf(
          await api(withBase ? 'v1/orders' : `${DOMAIN}/v1/orders`, { retry: { limit: 0 } }).catch((e: unknown) => e),
        )
      },
    ]),
  ),
  'openapi-fetch': async (options, withBase) => {
    const client = withOpenapiFetch(createClient({ baseUrl: withBase ? DOMAIN : '' }), options) as unknown as {
      GET(path: string): Promise<{ response: DiagnosedResponse }>
    }
    return (await client.GET(withBase ? '/v1/orders' : `${DOMAIN}/v1/orders`)).response.diagnosis
  },
}

describe.each(Object.entries(CLIENTS))('%s', (_name, call) => {
  it("makes the base URL's host an AWS host: the bare 502 body is the API Gateway error, not a guess", async () => {
    const d = await call({}, true)
    expect(d?.code).toBe('INTERNAL_SERVER_ERROR')
    expect(d?.confidence).toBe('medium')
    expect(d?.evidence).toContain('host: api.example.com (declared AWS host)')
  })

  it('without a base URL (or with baseUrlIsAws: false) the same reply is only characteristic: low, with what would confirm it', async () => {
    for (const d of [await call({}, false), await call({ baseUrlIsAws: false }, true)]) {
      expect(d?.code).toBe('INTERNAL_SERVER_ERROR')
      expect(d?.confidence).toBe('low')
      expect(d?.hints.join(' ')).toContain('awsHosts')
    }
  })

  it('minConfidence drops what is below it, and keeps what reaches it', async () => {
    expect(await call({ minConfidence: 'medium' }, false)).toBeUndefined()
    expect((await call({ minConfidence: 'medium' }, true))?.confidence).toBe('medium')
  })
})
