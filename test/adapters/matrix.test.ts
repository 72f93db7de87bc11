/**
 * Every fixture of test/fixtures/*.json, served by the MSW gateway emulator, through every client: the
 * adapters must conclude what `diagnose()` concludes from the stored reply, keep the client's own error
 * class, and leave the body readable.
 */
import { AxiosError } from 'axios'
import { HTTPError as Got16HTTPError } from 'got'
import { HTTPError as Got14HTTPError } from 'got14'
import { HTTPError as Ky1HTTPError } from 'ky1'
import { HTTPError as Ky2HTTPError } from 'ky2'
import { FetchError } from 'ofetch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GatewayError } from '../../src/output/error.ts'
import { diagnosedReplies, type EmulatedReply, emulatedReplies, startGatewayEmulator } from '../helpers/gateway-emulator.ts'
import { type Client, clients, RESOLVING } from './clients.ts'

const replies = emulatedReplies()
const diagnosed = diagnosedReplies(replies)
let server: ReturnType<typeof startGatewayEmulator>
beforeAll(() => {
  server = startGatewayEmulator(replies)
})
afterAll(() => server.close())

const ORIGINAL_CLASS: Record<string, (error: unknown) => boolean> = {
  'axios (http adapter)': (error) => error instanceof AxiosError,
  'axios (fetch adapter)': (error) => error instanceof AxiosError,
  'ky 1': (error) => error instanceof Ky1HTTPError,
  'ky 2': (error) => error instanceof Ky2HTTPError,
  ofetch: (error) => error instanceof FetchError,
  'got 14': (error) => error instanceof Got14HTTPError,
  'got 16': (error) => error instanceof Got16HTTPError,
}

const call = (reply: EmulatedReply) => ({ url: reply.url, method: reply.method, headers: reply.headers })
const storedBody = (reply: EmulatedReply): string => (reply.method === 'HEAD' ? '' : String(reply.fixture.input.body ?? ''))

/** The body as each client hands it to the user: raw text, or parsed the way axios, ky 2, ofetch and openapi-fetch parse it. */
function bodyAsSeenBy(client: string, reply: EmulatedReply): unknown {
  const text = storedBody(reply)
  if (client === 'fetch' || client === 'ky 1' || client.startsWith('got ')) return text
  const type = headerValue(reply, 'content-type') ?? ''
  if (client === 'ky 2') {
    if (text === '') return undefined
    return /\/(?:json|[^;]*[+-]json)\b/i.test(type) ? parseOr(text, undefined) : text
  }
  if (client === 'ofetch') {
    // ofetch parses JSON types and untyped bodies when they look like JSON, and keeps the text otherwise.
    if (reply.method === 'HEAD') return undefined
    return type === '' || /^application\/(?:[\w!#$%&*.^`~-]*\+)?json(?:;.*)?$/i.test(type) ? parseOr(text, text) : text
  }
  if (client.startsWith('openapi-fetch')) {
    // openapi-fetch reads no body for HEAD (nor for Content-Length: 0, which the emulator never sends);
    // otherwise JSON.parse, else the text ('' for an empty body).
    return reply.method === 'HEAD' ? undefined : parseOr(text, text)
  }
  return parseOr(text, text) // axios tries JSON on every text body
}

function parseOr(text: string, fallback: unknown): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return fallback
  }
}

function headerValue(reply: EmulatedReply, name: string): string | undefined {
  const headers = (reply.fixture.input.headers ?? {}) as Record<string, unknown>
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name)
  return key === undefined ? undefined : String(headers[key])
}

describe('the emulator', () => {
  it('serves fixtures and most of them are diagnosed failures', () => {
    expect(replies.length).toBeGreaterThan(0)
    expect(diagnosed.length).toBeGreaterThan(replies.length / 2)
    // Every failure whose fixture names a code goes through the clients, so none is skipped unseen.
    const named = replies.filter((reply) => reply.fixture.expect.code !== undefined && reply.fixture.input.status >= 400)
    expect(named.filter((reply) => !diagnosed.includes(reply)).map((reply) => reply.title)).toEqual([])
  })
})

describe.each(Object.entries(clients))('%s', (name: string, client: Client) => {
  it.each(diagnosed.map((reply) => [reply.title, reply] as const))('default mode: %s', async (_title, reply) => {
    const outcome = await client(call(reply))
    const want = reply.expected
    expect(outcome.diagnosis?.code).toBe(want?.code)
    expect(outcome.diagnosis?.layer).toBe(want?.layer)
    if (name === 'fetch') {
      expect(outcome.error).toBeUndefined()
      expect(outcome.response?.bodyUsed).toBe(false)
    } else if (name.startsWith('openapi-fetch')) {
      // openapi-fetch resolves { error, response }: the diagnosis is on the Response, whose body it has read.
      expect(outcome.error).toBeUndefined()
      expect(outcome.response?.status).toBe(reply.fixture.input.status)
    } else {
      expect(ORIGINAL_CLASS[name]?.(outcome.error)).toBe(true)
      expect(JSON.parse(JSON.stringify(outcome.error)).diagnosis.code).toBe(want?.code)
    }
    // The user still reads the body: fetch and ky 1 from the unread Response, ky 2 from error.data, axios from data.
    expect(await outcome.readBody()).toEqual(bodyAsSeenBy(name, reply))
  })

  it.each(diagnosed.map((reply) => [reply.title, reply] as const))('throwEnriched: %s', async (_title, reply) => {
    const outcome = await client(call(reply), { throwEnriched: true })
    const want = reply.expected
    expect(outcome.error).toBeInstanceOf(GatewayError)
    const error = outcome.error as GatewayError
    expect(error.diagnosis.code).toBe(want?.code)
    expect(error.diagnosis.layer).toBe(want?.layer)
    expect(error.message.startsWith(`${want?.status} ${want?.code} — `)).toBe(true)
    if (RESOLVING.has(name)) {
      expect(error.cause).toBeInstanceOf(Response)
      expect(error.response).toBe(error.cause)
      expect(await (error.response as Response).text()).toBe(storedBody(reply))
    } else {
      expect(ORIGINAL_CLASS[name]?.(error.cause)).toBe(true)
      expect((error.response as { status?: number }).status).toBe(reply.fixture.input.status)
    }
  })
})

describe('replies that are not failures or not from AWS', () => {
  const others = replies.filter((reply) => !diagnosed.includes(reply))

  it('include replies from servers that are not AWS', () => {
    expect(others.filter((reply) => reply.fixture.file === 'non-aws.json').length).toBeGreaterThan(0)
  })

  it.each(others.map((reply) => [reply.title, reply] as const))(
    'fetch passes %s through without a diagnosis',
    async (_title, reply) => {
      const outcome = await clients.fetch?.(call(reply))
      expect(outcome?.diagnosis).toBeUndefined()
      expect(outcome?.response?.status).toBe(reply.fixture.input.status)
    },
  )

  describe.each(['ofetch', 'got 16', 'openapi-fetch'])('%s', (name) => {
    it.each(others.map((reply) => [reply.title, reply] as const))(
      'passes %s through without a diagnosis',
      async (_title, reply) => {
        const outcome = await clients[name]?.(call(reply))
        expect(outcome?.diagnosis).toBeUndefined()
        const carrier = outcome?.error ?? outcome?.response
        if (typeof carrier === 'object' && carrier !== null) expect(Object.hasOwn(carrier, 'diagnosis')).toBe(false)
      },
    )
  })
})
