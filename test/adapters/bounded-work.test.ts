/**
 * Bounded work, whatever the client hands over: a parsed body is serialised only as far as `maxBodyBytes`
 * (issue #15, finding 1), and a failed reply whose body is slow reaches the caller without waiting for it
 * (finding 2): fetch and ky 1 read only what has already arrived (docs/design-notes.md).
 */
import axios, { AxiosError, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'
import ky1 from 'ky1'
import { describe, expect, it } from 'vitest'
import { withDiagnosis as withAxios } from '../../adapters/axios.ts'
import { withDiagnosis as withFetch } from '../../adapters/fetch.ts'
import { withDiagnosis as withKy } from '../../adapters/ky.ts'
import { diagnose, type GatewayError } from '../../src/index.ts'
import { API, restHeaders } from './support.ts'

/** A parsed body with a million items behind a counter: how many of them the library looked at. */
function countedBody(): { body: Record<string, unknown>; visited: () => number } {
  let visited = 0
  const items = new Proxy(new Array<number>(1_000_000).fill(7), {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) visited++
      return Reflect.get(target, key, receiver)
    },
  })
  return { body: { message: 'Missing Authentication Token', items }, visited: () => visited }
}

describe('a parsed JSON body (axios, ky 2)', () => {
  it('diagnose() serialises only as much of it as maxBodyBytes lets the engine read', () => {
    const { body, visited } = countedBody()
    const d = diagnose({ status: 403, headers: restHeaders('MissingAuthenticationTokenException'), body }, { maxBodyBytes: 4096 })
    expect(d?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(d?.hints.join(' ')).toContain('longer than maxBodyBytes')
    // Each item takes two characters ("7,"): about 2 000 fit in 4 KiB; JSON.stringify read all million.
    expect(visited()).toBeLessThan(4096)
  })

  it('axios with throwEnriched: neither the diagnosis nor GatewayError.response serialises all of it', async () => {
    const { body, visited } = countedBody()
    const api = axios.create({
      adapter: async (config: InternalAxiosRequestConfig) => {
        const response = {
          data: body,
          status: 403,
          statusText: 'Forbidden',
          headers: restHeaders('MissingAuthenticationTokenException'),
          config,
        } as AxiosResponse
        throw new AxiosError('Request failed with status code 403', 'ERR_BAD_REQUEST', config, {}, response)
      },
    })
    const error = (await withAxios(api, { throwEnriched: true, maxBodyBytes: 4096 })
      .get(`${API}/v1/x`)
      .catch((e: unknown) => e)) as GatewayError
    expect(error.diagnosis.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(visited()).toBeLessThan(2 * 4096)
  })
})

/** A failed reply whose body sends its first bytes, then stalls until `release()`. */
function stalledReply(status: number, headers: Record<string, string>, head: string, tail: string) {
  let release = (): void => undefined
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  const encoder = new TextEncoder()
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(head))
      await released
      controller.enqueue(encoder.encode(tail))
      controller.close()
    },
  })
  return { response: new Response(stream, { status, headers }), release }
}

/** Settles with the call's outcome, or with 'still waiting' when the call takes longer than `ms`. */
async function within<T>(call: Promise<T>, ms: number): Promise<T | 'still waiting'> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<'still waiting'>((resolve) => {
    timer = setTimeout(() => resolve('still waiting'), ms)
  })
  try {
    return await Promise.race([call, late])
  } finally {
    clearTimeout(timer)
  }
}

const REPLIES = {
  'an AWS reply': [502, restHeaders('InternalServerErrorException'), '{"message": "Internal', ' server error"}'],
  'a reply from any server': [500, { 'content-type': 'text/plain' }, 'Something went', ' wrong'],
} as const

describe.each(Object.entries(REPLIES))('%s whose body stalls', (_label, [status, headers, head, tail]) => {
  it('fetch hands the Response over at once, and its body is still whole for the caller', async () => {
    const stalled = stalledReply(status, { ...headers }, head, tail)
    const outcome = await within(
      withFetch(async () => stalled.response)(`${API}/v1/x`),
      500, // the library used to wait up to 1 000 ms for the body
    )
    expect(outcome).toBe(stalled.response)
    stalled.release()
    expect(await stalled.response.text()).toBe(`${head}${tail}`)
  })

  it('ky 1 rejects at once, and the body is still whole for the caller', async () => {
    const stalled = stalledReply(status, { ...headers }, head, tail)
    const api = withKy(ky1.create({ fetch: async () => stalled.response, retry: 0 }) as never) as typeof ky1
    const outcome = await within(
      api.get(`${API}/v1/x`).catch((e: unknown) => e),
      500,
    )
    expect((outcome as Error).name).toBe('HTTPError')
    stalled.release()
    expect(await (outcome as { response: Response }).response.text()).toBe(`${head}${tail}`)
  })
})

it('fetch: a body that has already arrived is read whole for the diagnosis', async () => {
  const response = new Response('{"message":"Missing Authentication Token"}', {
    status: 403,
    headers: restHeaders('MissingAuthenticationTokenException'),
  })
  const result = await withFetch(async () => response)(`${API}/v1/x`)
  expect(result.diagnosis).toMatchObject({ code: 'MISSING_AUTHENTICATION_TOKEN', confidence: 'high' })
  expect(result.bodyUsed).toBe(false)
})
