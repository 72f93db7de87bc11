/**
 * End to end against a real `node:http` server on 127.0.0.1, so that not everything rests on MSW: real
 * sockets, real chunked bodies, a refused connection, a real client timeout. The local host is declared
 * through `awsHosts`; otherwise it is taken for an emulator and the confidence drops to `low`.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import axios, { AxiosError } from 'axios'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withDiagnosis as withAxios } from '../../adapters/axios.ts'
import { withDiagnosis as withFetch } from '../../adapters/fetch.ts'
import { GatewayError } from '../../src/error.ts'
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

describe.each(Object.entries(clients))('%s against node:http', (name, client) => {
  it.each(['/prod/v1/x', '/prod/chunked'])('diagnoses %s with the host declared in awsHosts', async (path) => {
    const outcome = await client({ url: `${base}${path}`, method: 'GET', headers: {} }, { awsHosts: ['127.0.0.1'] })
    expect(outcome.diagnosis).toMatchObject({ code: 'MISSING_AUTHENTICATION_TOKEN', layer: 'api-gateway-rest' })
    // fetch and ky 1 hand the reply over before its body has all arrived, and the diagnosis reads only what
    // has (docs/design-notes.md): the rest of the chunked body comes 20 ms later, after the reply is handed
    // on, so its confidence rests on the error type and a fragment. axios and ky 2 read the whole body
    // themselves before they reject.
    const partial = path === '/prod/chunked' && (name === 'fetch' || name === 'ky 1')
    if (partial) expect(['high', 'medium']).toContain(outcome.diagnosis?.confidence)
    else expect(outcome.diagnosis?.confidence).toBe('high')
    expect(outcome.diagnosis?.requestId).toBe('c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11')
    if (name === 'fetch' || name === 'ky 1') expect(await outcome.readBody()).toBe('{"message":"Missing Authentication Token"}')
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
