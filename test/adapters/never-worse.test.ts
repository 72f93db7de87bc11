/**
 * Never make things worse: whatever fails inside diagnosis, logging, a user callback, a custom signature
 * or the attaching itself, the original error (or Response) reaches the caller untouched and on time.
 */
import axios, { AxiosError } from 'axios'
import got16, { HTTPError as GotHTTPError } from 'got'
import ky1 from 'ky1'
import { http } from 'msw'
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
import { signatures } from '../../src/catalog/index.ts'
import type { DiagnosisOptions } from '../../src/middleware/middleware.ts'
import { GatewayError } from '../../src/output/error.ts'
import type { Diagnosis, Signature } from '../../src/types.ts'
import { clients, ERROR_NAME, RESOLVING } from './clients.ts'
import { API, missingAuthToken } from './support.ts'

const server = setupServer(http.all(`${API}/*`, () => missingAuthToken()))
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())

/**
 * A custom signature that matches the reply (it copies the built-in one) and throws once diagnosing has
 * begun, when its causes are ranked. (A signature that throws while matching is skipped by the engine.)
 */
const builtIn = signatures.find((signature) => signature.code === 'MISSING_AUTHENTICATION_TOKEN') as Signature
const explodingSignature: Signature = Object.defineProperty({ ...builtIn, code: 'MY_SIGNATURE' }, 'causes', {
  get() {
    throw new Error('boom from a custom signature')
  },
})

const FAILURES: Record<string, DiagnosisOptions> = {
  'a throwing onDiagnosis': {
    onDiagnosis: () => {
      throw new Error('boom from onDiagnosis')
    },
  },
  'a custom signature that throws': { signatures: [explodingSignature] },
  'a logger that throws': {
    log: true,
    logger: {
      log: () => {
        throw new Error('boom from the logger')
      },
    },
  },
  'a filter that throws': {
    filter: () => {
      throw new Error('boom from filter')
    },
  },
}

const untouched = (value: unknown): boolean =>
  !Object.hasOwn(value as object, 'diagnosis') && !Object.hasOwn(value as object, 'toJSON')

describe.each(Object.entries(clients))('%s', (name, client) => {
  it.each(Object.entries(FAILURES))('with %s, the original goes on untouched (both modes)', async (_label, failure) => {
    for (const throwEnriched of [false, true]) {
      const outcome = await client({ url: `${API}/v1/x`, method: 'GET', headers: {} }, { ...failure, throwEnriched })
      expect(outcome.diagnosis).toBeUndefined()
      if (RESOLVING.has(name)) {
        expect(outcome.error).toBeUndefined()
        expect(outcome.response?.status).toBe(403)
        expect(untouched(outcome.response)).toBe(true)
        // fetch: the unread Response's text; openapi-fetch: the body it parsed into `error`.
        const body = await outcome.readBody()
        expect(typeof body === 'string' ? JSON.parse(body) : body).toEqual({ message: 'Missing Authentication Token' })
      } else {
        expect(outcome.error).not.toBeInstanceOf(GatewayError)
        expect((outcome.error as Error).name).toBe(ERROR_NAME[name])
        expect(untouched(outcome.error)).toBe(true)
      }
    }
  })

  it('does not wait for a slow async onDiagnosis, and swallows its rejection', async () => {
    const started = performance.now()
    const never = new Promise<void>(() => undefined)
    const slow = await client({ url: `${API}/v1/x`, method: 'GET', headers: {} }, { onDiagnosis: () => never })
    expect(performance.now() - started).toBeLessThan(1000)
    expect(slow.diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    const rejecting = await client(
      { url: `${API}/v1/x`, method: 'GET', headers: {} },
      { onDiagnosis: async () => Promise.reject(new Error('async boom')) },
    )
    expect(rejecting.diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
  })
})

it('axios: an error that cannot take properties (frozen by another interceptor) is rejected as it was', async () => {
  const instance = axios.create()
  instance.interceptors.response.use(undefined, (error: unknown) => Promise.reject(Object.freeze(error)))
  const onDiagnosis = vi.fn()
  const error = await withAxios(instance, { onDiagnosis })
    .get(`${API}/v1/x`)
    .catch((e: unknown) => e)
  expect(error).toBeInstanceOf(AxiosError)
  expect(Object.isFrozen(error)).toBe(true)
  expect(untouched(error)).toBe(true)
})

it('axios: foreign rejections (not an AxiosError) pass through as the same value', async () => {
  const instance = axios.create()
  const foreign = { reason: 'not an error at all' }
  instance.interceptors.response.use(undefined, () => Promise.reject(foreign))
  const caught = await withAxios(instance)
    .get(`${API}/v1/x`)
    .catch((e: unknown) => e)
  expect(caught).toBe(foreign)
})

it('fetch: a Response whose clone throws still resolves, diagnosed from status and headers', async () => {
  const response = missingAuthToken()
  response.clone = () => {
    throw new TypeError('clone failed')
  }
  const result = await withFetch(async () => response)(`${API}/v1/x`)
  expect(result).toBe(response)
  expect(result.diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
  expect(await result.text()).toBe('{"message":"Missing Authentication Token"}')
})

it('fetch: a rejection that is not a network failure passes through as the same value', async () => {
  const odd = new RangeError('not a network error')
  const caught = await withFetch(async () => Promise.reject(odd))(`${API}/v1/x`).catch((e: unknown) => e)
  expect(caught).toBe(odd)
  expect(untouched(caught)).toBe(true)
})

/** An error whose fields throw when read: what a hostile Proxy or a getter-laden custom error does. */
function hostileError(): object {
  const fields = new Set<PropertyKey>([
    'name',
    'message',
    'code',
    'cause',
    'isAxiosError',
    'response',
    'config',
    'request',
    'options',
  ])
  return new Proxy(new TypeError('fetch failed'), {
    get(target, key) {
      if (fields.has(key)) throw new Error('getter threw')
      return Reflect.get(target, key)
    },
  })
}

it('fetch: a rejection whose property getters throw passes through as the same value', async () => {
  const hostile = hostileError()
  const caught = await withFetch(async () => Promise.reject(hostile))(`${API}/v1/x`).catch((e: unknown) => e)
  expect(caught).toBe(hostile)
})

it('axios: a rejection whose property getters throw passes through as the same value', async () => {
  const instance = axios.create()
  const hostile = hostileError()
  instance.interceptors.response.use(undefined, () => Promise.reject(hostile))
  const caught = await withAxios(instance)
    .get(`${API}/v1/x`)
    .catch((e: unknown) => e)
  expect(caught).toBe(hostile)
})

it('ky: an error whose property getters throw, handed on by an earlier beforeError hook, passes through', async () => {
  const hostile = hostileError()
  const api = withKy(ky1.create({ retry: 0, hooks: { beforeError: [() => hostile as never] } }))
  const caught = await api.get(`${API}/v1/x`).catch((e: unknown) => e)
  expect(caught).toBe(hostile)
})

it('fetch: whatever a custom fetch resolves with (undefined from a bare mock, a throwing status getter) comes back as it was', async () => {
  expect(await withFetch(async () => undefined as unknown as Response)(`${API}/v1/x`)).toBeUndefined()
  const odd = Object.defineProperty({}, 'status', {
    get() {
      throw new Error('status getter threw')
    },
  }) as Response
  expect(await withFetch(async () => odd)(`${API}/v1/x`)).toBe(odd)
})

it('fetch: a failed reply whose url getter throws comes back as it was', async () => {
  const odd = Object.defineProperty({ status: 403, statusText: 'Forbidden', headers: new Headers() }, 'url', {
    get() {
      throw new Error('url getter threw')
    },
  }) as unknown as Response
  expect(await withFetch(async () => odd)(`${API}/v1/x`)).toBe(odd)
  expect(untouched(odd)).toBe(true)
})

it('fetch: init options whose getters throw (read only by a custom fetch that ignores them) change nothing', async () => {
  const init = Object.defineProperty({}, 'method', {
    get() {
      throw new Error('method getter threw')
    },
  }) as RequestInit
  const response = missingAuthToken()
  const result = await withFetch(async () => response)(`${API}/v1/x`, init)
  expect(result).toBe(response)
  expect(result.diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
  const failure = new TypeError('fetch failed')
  const caught = await withFetch(async () => Promise.reject(failure))(`${API}/v1/x`, init).catch((e: unknown) => e)
  expect(caught).toBe(failure)
})

it('ofetch: a rejection that is not a FetchError (a hook that threw) passes through as the same value, also a hostile one', async () => {
  for (const thrown of [new RangeError('from an onRequest hook'), hostileError()]) {
    const api = withOfetch(
      ofetch.create({
        onRequest: () => {
          throw thrown
        },
      }),
    )
    const caught = await api(`${API}/v1/x`).catch((e: unknown) => e)
    expect(caught).toBe(thrown)
  }
})

it('ofetch: a FetchError that cannot take properties (frozen by an inner wrapper) is rejected as it was', async () => {
  const freezing = Object.assign(
    async (request: string, init?: object) => ofetch(request, init).catch((e: unknown) => Promise.reject(Object.freeze(e))),
    { raw: ofetch.raw, native: ofetch.native, create: ofetch.create },
  ) as unknown as typeof ofetch
  const error = await withOfetch(freezing)(`${API}/v1/x`, { retry: 0 }).catch((e: unknown) => e)
  expect((error as Error).name).toBe('FetchError')
  expect(Object.isFrozen(error)).toBe(true)
  expect(untouched(error)).toBe(true)
})

it('got: an error whose property getters throw, handed on by an earlier beforeError hook, passes through', async () => {
  const hostile = hostileError()
  const api = withGot(got16.extend({ retry: { limit: 0 }, hooks: { beforeError: [() => hostile as Error] } }))
  const caught = await api(`${API}/v1/x`).catch((e: unknown) => e)
  expect(caught).toBe(hostile)
})

it('got: an HTTPError frozen by an earlier beforeError hook is rejected as it was', async () => {
  const onDiagnosis = vi.fn()
  const api = withGot(got16.extend({ retry: { limit: 0 }, hooks: { beforeError: [(error) => Object.freeze(error)] } }), {
    onDiagnosis,
  })
  const caught = await api(`${API}/v1/x`).catch((e: unknown) => e)
  expect(caught).toBeInstanceOf(GotHTTPError)
  expect(Object.isFrozen(caught)).toBe(true)
  expect(untouched(caught)).toBe(true)
})

it('openapi-fetch: a rejection that is not a network failure, or a hostile one, passes through as the same value', async () => {
  for (const thrown of [new RangeError('not a network error'), hostileError()]) {
    const client = withOpenapiFetch(
      createClient<Record<string, never>>({ baseUrl: API, fetch: async () => Promise.reject(thrown) }),
    )
    const get = client.GET as unknown as (path: string) => Promise<unknown>
    const caught = await get('/v1/x').catch((e: unknown) => e)
    expect(caught).toBe(thrown)
  }
})

it('openapi-fetch: a Response whose clone throws still resolves, diagnosed from status and headers, its body parsed', async () => {
  const response = missingAuthToken()
  response.clone = () => {
    throw new TypeError('clone failed')
  }
  const client = withOpenapiFetch(createClient<Record<string, never>>({ baseUrl: API, fetch: async () => response }))
  const get = client.GET as unknown as (
    path: string,
  ) => Promise<{ error?: unknown; response: Response & { diagnosis?: Diagnosis } }>
  const result = await get('/v1/x')
  expect(result.response).toBe(response)
  expect(result.response.diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
  expect(result.error).toEqual({ message: 'Missing Authentication Token' })
})
