/**
 * Canary credentials (Authorization, Cookie, x-api-key, x-amz-security-token, a SigV4 signature, and a
 * token API Gateway echoes back in an IncompleteSignatureException body) must not appear in anything
 * apigw-doctor attaches, throws, serialises or prints.
 */
import { inspect } from 'node:util'
import axios from 'axios'
import got16 from 'got'
import got14 from 'got14'
import ky1 from 'ky1'
import ky2 from 'ky2'
import { http } from 'msw'
import { setupServer } from 'msw/node'
import { ofetch } from 'ofetch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withDiagnosis as withAxios } from '../../adapters/axios.ts'
import { withDiagnosis as withGot } from '../../adapters/got.ts'
import { withDiagnosis as withKy } from '../../adapters/ky.ts'
import { withDiagnosis as withOfetch } from '../../adapters/ofetch.ts'
import { GatewayError } from '../../src/output/error.ts'
import type { DiagnosisLogger } from '../../src/output/format.ts'
import { clients } from './clients.ts'
import {
  API,
  CANARY,
  CANARY_HEADERS,
  incompleteSignatureEcho,
  leakedCanaries,
  missingAuthToken,
  SIGV4_AUTHORIZATION,
} from './support.ts'

/** Every request header value the emulator received: proof that the canaries were really sent. */
const received: string[] = []
const server = setupServer(
  http.all(`${API}/:path`, ({ request, params }) => {
    request.headers.forEach((value) => {
      received.push(value)
    })
    return params.path === 'echo' ? incompleteSignatureEcho() : missingAuthToken()
  }),
)
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())

const REQUESTS = {
  'bearer, cookie, api key, security token': CANARY_HEADERS,
  'SigV4 with a session token': {
    Authorization: SIGV4_AUTHORIZATION,
    'x-amz-security-token': CANARY.securityToken,
    'x-amz-date': '20260101T000000Z',
  },
}

function capture(): { logger: DiagnosisLogger; text: () => string } {
  const lines: string[] = []
  const push = (...data: unknown[]) => lines.push(data.map((item) => (typeof item === 'string' ? item : inspect(item))).join(' '))
  return { logger: { log: push, groupCollapsed: push, groupEnd: () => undefined }, text: () => lines.join('\n') }
}

describe.each(Object.entries(clients))('%s', (_name, client) => {
  describe.each(Object.entries(REQUESTS))('%s', (_label, headers) => {
    it.each(['echo', 'missing'])('default mode: /%s leaks nothing', async (path) => {
      const out = capture()
      const outcome = await client({ url: `${API}/${path}`, method: 'POST', headers }, { log: true, logger: out.logger })
      expect(outcome.diagnosis?.code).toBe(path === 'echo' ? 'INCOMPLETE_SIGNATURE' : 'MISSING_AUTHENTICATION_TOKEN')
      expect(leakedCanaries(received.join('\n')).length).toBeGreaterThan(0)
      const carrier = outcome.error ?? outcome.response
      expect(leakedCanaries(JSON.stringify(carrier))).toEqual([])
      expect(leakedCanaries(JSON.stringify(outcome.diagnosis))).toEqual([])
      expect(out.text()).toContain('[apigw-doctor]')
      expect(leakedCanaries(out.text())).toEqual([])
    })

    it.each(['echo', 'missing'])('throwEnriched: /%s leaks nothing', async (path) => {
      const out = capture()
      const outcome = await client(
        { url: `${API}/${path}`, method: 'POST', headers },
        { throwEnriched: true, log: true, logger: out.logger },
      )
      expect(outcome.error).toBeInstanceOf(GatewayError)
      const error = outcome.error as GatewayError
      for (const text of [
        error.message,
        JSON.stringify(error),
        JSON.stringify(error.toJSON()),
        inspect(error),
        inspect(error, { depth: 10 }),
        String(error),
        out.text(),
      ])
        expect(leakedCanaries(text)).toEqual([])
      if (!(error.response instanceof Response)) expect(leakedCanaries(JSON.stringify(error.response))).toEqual([])
    })
  })
})

it('the echo reply really carries the canary, and the diagnosis names it redacted', async () => {
  const raw = await (await fetch(`${API}/echo`)).text()
  expect(raw).toContain(CANARY.echoed)
  const outcome = await clients.fetch?.({ url: `${API}/echo`, method: 'GET', headers: {} })
  expect(outcome?.diagnosis?.code).toBe('INCOMPLETE_SIGNATURE')
  expect(leakedCanaries(JSON.stringify(outcome?.diagnosis))).toEqual([])
})

describe.each(Object.entries(clients))('%s: a token in the query string', (_name, client) => {
  // ky puts the full request URL in its HTTPError message, axios keeps it in `config.url`.
  const url = `${API}/missing?code=${CANARY.echoed}&page=2`

  it('default mode: the attached error and the log carry no query value', async () => {
    const out = capture()
    const outcome = await client({ url, method: 'GET', headers: {} }, { log: true, logger: out.logger })
    expect(outcome.diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(leakedCanaries(JSON.stringify(outcome.error ?? outcome.response))).toEqual([])
    expect(leakedCanaries(out.text())).toEqual([])
  })

  it('throwEnriched: the GatewayError carries no query value', async () => {
    const outcome = await client({ url, method: 'GET', headers: {} }, { throwEnriched: true })
    expect(outcome.error).toBeInstanceOf(GatewayError)
    const error = outcome.error as GatewayError
    for (const text of [error.message, JSON.stringify(error), inspect(error), String(error)])
      expect(leakedCanaries(text)).toEqual([])
  })
})

it('axios: a relative URL with a baseURL keeps no query value in the attached error or the GatewayError', async () => {
  // axios keeps `config.url` as the caller wrote it: "/missing?code=…", with no scheme to mark it as a URL.
  for (const throwEnriched of [false, true]) {
    const caught = await withAxios(axios.create({ baseURL: API }), { throwEnriched })
      .get(`/missing?code=${CANARY.echoed}&page=2#${CANARY.bearer}`)
      .catch((e: unknown) => e)
    expect((caught as { diagnosis?: { code: string } }).diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(leakedCanaries(JSON.stringify(caught))).toEqual([])
    if (throwEnriched) expect(leakedCanaries(inspect(caught))).toEqual([])
  }
  const attached = await withAxios(axios.create({ baseURL: API }))
    .get(`/missing?code=${CANARY.echoed}`)
    .catch((e: unknown) => e)
  expect(JSON.parse(JSON.stringify(attached)).config.url).toBe('/missing?[REDACTED]')
})

describe("the client's own options in the attached error's JSON", () => {
  // Query parameters given as options (ky `searchParams`, axios `params`), axios basic `auth` and
  // credential-named fields of a JSON request body are serialised by the clients' errors.
  it('ky 1 and ky 2: searchParams and credential fields carry no value', async () => {
    for (const ky of [ky1, ky2]) {
      const caught = await withKy(ky as typeof ky2)
        .post(`${API}/missing`, { searchParams: { code: CANARY.echoed }, json: { password: CANARY.bearer }, retry: 0 })
        .catch((e: unknown) => e)
      expect((caught as { diagnosis?: { code: string } }).diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
      expect(leakedCanaries(JSON.stringify(caught))).toEqual([])
    }
  })

  it('got 14 and got 16: searchParams, basic auth, context and credential fields of the options carry no value', async () => {
    // got's errors serialise their whole Options: headers, url, body, username/password, context.
    for (const got of [got14, got16]) {
      const caught = await withGot(got as typeof got16)
        .post(`${API}/missing`, {
          searchParams: { code: CANARY.echoed },
          json: { password: CANARY.bearer },
          username: 'u',
          password: CANARY.cookie,
          context: { token: CANARY.apiKey },
          headers: CANARY_HEADERS,
          retry: { limit: 0 },
        })
        .catch((e: unknown) => e)
      expect((caught as { diagnosis?: { code: string } }).diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
      expect(JSON.stringify(caught)).toContain('"options":')
      expect(leakedCanaries(JSON.stringify(caught))).toEqual([])
    }
  })

  it('ofetch: query and credential fields of the body carry no value', async () => {
    const caught = await withOfetch(ofetch)(`${API}/missing`, {
      method: 'POST',
      query: { code: CANARY.echoed },
      body: { password: CANARY.bearer },
      headers: CANARY_HEADERS,
    }).catch((e: unknown) => e)
    expect((caught as { diagnosis?: { code: string } }).diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(leakedCanaries(JSON.stringify(caught))).toEqual([])
  })

  it('axios: params, basic auth and credential fields carry no value', async () => {
    const caught = await withAxios(axios.create())
      .post(
        `${API}/missing`,
        { password: CANARY.bearer },
        { params: { code: CANARY.echoed }, auth: { username: 'u', password: CANARY.cookie } },
      )
      .catch((e: unknown) => e)
    expect((caught as { diagnosis?: { code: string } }).diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(leakedCanaries(JSON.stringify(caught))).toEqual([])
  })

  it('axios: a form-encoded OAuth token request keeps no client_secret value', async () => {
    const caught = await withAxios(axios.create())
      .post(`${API}/missing`, `grant_type=client_credentials&client_id=app&client_secret=${CANARY.echoed}`)
      .catch((e: unknown) => e)
    expect((caught as { diagnosis?: { code: string } }).diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(leakedCanaries(JSON.stringify(caught))).toEqual([])
  })
})
