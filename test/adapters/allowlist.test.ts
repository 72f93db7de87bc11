/**
 * Redaction by allowlist, through the public API (issue #15, findings 3 and 4): credentials under names no
 * list knows, in request bodies, in reply bodies and in request paths never reach what the library
 * serialises, prints or throws; the diagnosis still shows what it rests on.
 */
import { inspect } from 'node:util'
import axios, { AxiosError, type AxiosRequestConfig, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'
import { describe, expect, it } from 'vitest'
import { withDiagnosis as withAxios } from '../../adapters/axios.ts'
import { withDiagnosis as withFetch } from '../../adapters/fetch.ts'
import { diagnose, type GatewayError, isGatewayError } from '../../src/index.ts'
import type { DiagnosisLogger } from '../../src/output/format.ts'
import { quotedSigv4Cases } from '../helpers/sigv4-quotes.ts'
import { API, missingAuthToken, restHeaders } from './support.ts'

/** Short on purpose: masking must not depend on a secret looking long or random. */
const SECRET = 'Kq7cnry'

/** An axios instance whose adapter answers every request with this reply, without a network. */
function axiosReplying(status: number, headers: Record<string, string>, data: unknown) {
  return axios.create({
    adapter: async (config: InternalAxiosRequestConfig) => {
      const response = { data, status, statusText: 'Forbidden', headers, config } as AxiosResponse
      throw new AxiosError(`Request failed with status code ${status}`, 'ERR_BAD_REQUEST', config, {}, response)
    },
  })
}

const GATEWAY_REPLY = [
  403,
  restHeaders('MissingAuthenticationTokenException'),
  { message: 'Missing Authentication Token' },
] as const

describe('JSON.stringify(error) keeps no credential under a name no list knows (finding 3)', () => {
  it.each([
    ['x-auth-token header', { headers: { 'x-auth-token': `${SECRET}1` } }],
    ['x-access-token header', { headers: { 'X-Access-Token': `${SECRET}2` } }],
    ['authToken body field', { data: { authToken: `${SECRET}3` } }],
    ['passphrase body field', { data: { passphrase: `${SECRET}4` } }],
    ['private_key body field', { data: { private_key: `${SECRET}5` } }],
    ['pwd body field', { data: { user: 'me', pwd: `${SECRET}6` } }],
    ['apiSecret body field, nested', { data: { client: { apiSecret: `${SECRET}7` } } }],
    ['a value after an escaped quote', { data: `{"password":"pa\\"ss-${SECRET}8"}` }],
    ['a form body', { data: `user=me&pwd=${SECRET}9` }],
  ] as Array<[string, AxiosRequestConfig]>)('%s', async (_label, request) => {
    const api = withAxios(axiosReplying(...GATEWAY_REPLY))
    const error = await api.request({ method: 'post', url: `${API}/v1/items`, ...request }).catch((e: unknown) => e)
    expect((error as { diagnosis?: { code: string } }).diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    const json = JSON.stringify(error)
    expect(json).not.toContain(SECRET)
    // What the error is stays readable.
    expect(json).toContain('Request failed with status code 403')
    expect(json).toContain('"method":"post"')
  })

  it('GatewayError.response keeps the fields that name the error and masks the others', async () => {
    const body = { message: 'Forbidden', authToken: `${SECRET}a`, detail: { hint: `${SECRET}b` }, list: [`${SECRET}c`] }
    const headers = { ...restHeaders('ForbiddenException'), 'x-session-ref': `${SECRET}d` }
    const api = withAxios(axiosReplying(403, headers, body), { throwEnriched: true })
    const error = (await api.get(`${API}/v1/items`).catch((e: unknown) => e)) as GatewayError
    expect(isGatewayError(error)).toBe(true)
    const response = JSON.stringify(error.response)
    expect(response).not.toContain(SECRET)
    expect(response).toContain('"message\\":\\"Forbidden\\"')
    expect(response).toContain('"x-amzn-errortype":"ForbiddenException"')
    expect(response).toContain('"x-session-ref":"[REDACTED]"')
  })
})

function capture(): { logger: DiagnosisLogger; text: () => string } {
  const lines: string[] = []
  const push = (...data: unknown[]) => lines.push(data.map(String).join(' '))
  return { logger: { log: push, groupCollapsed: push, groupEnd: () => undefined }, text: () => lines.join('\n') }
}

const HOST = 'abc123defg.execute-api.eu-west-1.amazonaws.com'

describe('a request path carries no credential into titles, causes, logs or messages (finding 4)', () => {
  it.each([
    ['a percent-encoded query in the path', `${API}/cb%3Faccess_token%3D${SECRET}`],
    ['a double-encoded query in the path', `${API}/cb%253Fcode%253D${SECRET}`],
    ['a matrix parameter ;code=', `${API}/items;code=${SECRET}/x`],
    ['a matrix parameter ;sig=', `${API}/items;sig=${SECRET}`],
    ['user info after https:\\\\', `https:\\\\u:${SECRET}@${HOST}/prod/x`],
    ['user info without a scheme', `u:${SECRET}@${HOST}/prod/x`],
    ['a long opaque segment', `${API}/reset/${SECRET}0123456789abcdef`],
  ])('%s', async (_label, url) => {
    for (const throwEnriched of [false, true]) {
      const out = capture()
      const apiFetch = withFetch(async () => missingAuthToken(), { throwEnriched, log: true, logger: out.logger })
      const outcome = await apiFetch(url).catch((e: unknown) => e)
      const diagnosis = (outcome as { diagnosis?: { code: string } }).diagnosis
      expect(diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
      const texts = [JSON.stringify(diagnosis), out.text(), JSON.stringify(outcome)]
      if (throwEnriched) texts.push((outcome as Error).message, inspect(outcome), String(outcome))
      for (const text of texts) expect(text).not.toContain(SECRET)
    }
  })

  it('a plain path is still shown as it is, with the evidence and request ids', async () => {
    const apiFetch = withFetch(async () => missingAuthToken(), { throwEnriched: true })
    const error = (await apiFetch(`${API}/v1/items`).catch((e: unknown) => e)) as GatewayError
    expect(error.message).toContain('GET /prod/v1/items')
    expect(error.diagnosis.title).toContain('GET /prod/v1/items')
    expect(error.diagnosis.evidence).toContain('x-amzn-errortype: MissingAuthenticationTokenException')
    expect(error.diagnosis.requestId).toBe('c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11')
  })
})

describe('a SigV4 comparison quotes no value the allowlist masks', () => {
  it('the query AWS computed and the query sent keep their names only', () => {
    const quoted = quotedSigv4Cases()
    const c = quoted.find((m) => m.expect.includes('signed-query-differs'))
    if (c === undefined) throw new Error('expected a fixture with a query difference')
    const d = diagnose({
      status: 403,
      headers: { 'x-amzn-errortype': 'InvalidSignatureException', 'x-amzn-requestid': 'r' },
      body: JSON.stringify({ message: c.message }),
      request: {
        method: c.request.method,
        url: `${c.request.url}&code=${SECRET}`,
        headers: {
          authorization: `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/${c.scope}/aws4_request, SignedHeaders=${c.signedHeaders}, Signature=abc`,
          'x-amz-date': c.amzDate,
          ...c.request.headers,
        },
      },
    })
    const query = d?.causes.find((cause) => cause.id === 'signed-query-differs')
    expect(query?.summary).toContain('code=[REDACTED]')
    expect(JSON.stringify(d)).not.toContain(SECRET)
  })
})
