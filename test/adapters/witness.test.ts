/**
 * The client apigw-doctor is installed on is a witness: the host of axios' `baseURL` or ky's `prefix` /
 * `prefixUrl` counts like an `awsHosts` entry, so API Gateway's bare `{"message": "Internal server error"}`
 * from the API's own custom domain, with every x-amzn-* header hidden as a browser hides it, is diagnosed
 * above low. `baseUrlIsAws: false` turns it off; `minConfidence` drops diagnoses below a level.
 */
import axios, { type AxiosError } from 'axios'
import ky1 from 'ky1'
import ky2 from 'ky2'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withDiagnosis as withAxios } from '../../adapters/axios.ts'
import { withDiagnosis as withKy } from '../../adapters/ky.ts'
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

async function viaAxios(options: Parameters<typeof withAxios>[1], baseURL?: string): Promise<Diagnosis | undefined> {
  const instance = withAxios(axios.create({ baseURL, adapter: 'fetch' }), options)
  const error = (await instance
    .get(baseURL === undefined ? `${DOMAIN}/v1/orders` : '/v1/orders')
    .catch((e: unknown) => e)) as AxiosError
  return error.diagnosis
}

describe('axios baseURL', () => {
  it("makes the base URL's host an AWS host: the bare 502 body is the API Gateway error, not a guess", async () => {
    const d = await viaAxios({}, DOMAIN)
    expect(d?.code).toBe('INTERNAL_SERVER_ERROR')
    expect(d?.confidence).toBe('medium')
    expect(d?.evidence).toContain('host: api.example.com (declared AWS host)')
  })

  it('without a base URL (or with baseUrlIsAws: false) the same reply is only characteristic: low, with what would confirm it', async () => {
    for (const d of [await viaAxios({}), await viaAxios({ baseUrlIsAws: false }, DOMAIN)]) {
      expect(d?.code).toBe('INTERNAL_SERVER_ERROR')
      expect(d?.confidence).toBe('low')
      expect(d?.hints.join(' ')).toContain('awsHosts')
    }
  })

  it('minConfidence drops what is below it, and keeps what reaches it', async () => {
    expect(await viaAxios({ minConfidence: 'medium' })).toBeUndefined()
    expect((await viaAxios({ minConfidence: 'medium' }, DOMAIN))?.confidence).toBe('medium')
  })
})

describe('ky prefix (ky 2) and prefixUrl (ky 1)', () => {
  it('ky 2: the prefix host is a witness', async () => {
    const api = withKy(ky2.create({ prefix: DOMAIN, retry: 0 }))
    const error = (await api.get('v1/orders').catch((e: unknown) => e)) as { diagnosis?: Diagnosis }
    expect(error.diagnosis?.confidence).toBe('medium')
  })

  it('ky 1: the prefixUrl host is a witness, and baseUrlIsAws: false turns it off', async () => {
    const on = withKy(ky1.create({ prefixUrl: DOMAIN, retry: 0 }))
    const off = withKy(ky1.create({ prefixUrl: DOMAIN, retry: 0 }), { baseUrlIsAws: false })
    const withWitness = (await on.get('v1/orders').catch((e: unknown) => e)) as { diagnosis?: Diagnosis }
    const without = (await off.get('v1/orders').catch((e: unknown) => e)) as { diagnosis?: Diagnosis }
    expect(withWitness.diagnosis?.confidence).toBe('medium')
    expect(without.diagnosis?.confidence).toBe('low')
  })
})
