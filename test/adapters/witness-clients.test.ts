/**
 * The base URL as a witness for ofetch (`baseURL`), got (`prefixUrl`) and openapi-fetch (`baseUrl`), as
 * witness.test.ts checks it for axios and ky: API Gateway's bare `{"message": "Internal server error"}` from
 * the API's own custom domain, with no x-amzn-* header, is diagnosed above low when the client's base URL
 * names that host; `baseUrlIsAws: false` turns it off; `minConfidence` drops what is below it.
 */
import got16 from 'got'
import got14 from 'got14'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { ofetch } from 'ofetch'
import createClient from 'openapi-fetch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withDiagnosis as withGot } from '../../adapters/got.ts'
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
