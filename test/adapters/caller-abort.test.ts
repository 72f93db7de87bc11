/**
 * Aborts are the caller's: a rejection caused by the caller's own signal passes through as it was, even
 * when its reason is a TypeError, which fetch otherwise uses for network failures (issue #15, finding 5).
 */
import ky2 from 'ky2'
import { ofetch } from 'ofetch'
import createClient from 'openapi-fetch'
import { describe, expect, it } from 'vitest'
import { withDiagnosis as withFetch } from '../../adapters/fetch.ts'
import { withDiagnosis as withKy } from '../../adapters/ky.ts'
import { withDiagnosis as withOfetch } from '../../adapters/ofetch.ts'
import { withDiagnosis as withOpenapiFetch } from '../../adapters/openapi-fetch.ts'
import { API } from './support.ts'

/** A fetch that never answers, and rejects with the signal's reason when the caller aborts, as fetch does. */
const hangingFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> =>
  new Promise((_, reject) => {
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined)
    if (signal?.aborted === true) reject(signal.reason)
    signal?.addEventListener('abort', () => reject(signal.reason))
  })

describe('fetch: the caller aborts with a TypeError reason', () => {
  it.each([false, true])('throwEnriched %s: the rejection is the reason itself, with nothing attached', async (throwEnriched) => {
    const controller = new AbortController()
    const reason = new TypeError('the caller gave up')
    const pending = withFetch(hangingFetch, { throwEnriched })(`${API}/v1/x`, { signal: controller.signal })
    controller.abort(reason)
    const error = await pending.catch((e: unknown) => e)
    expect(error).toBe(reason)
    expect(Object.hasOwn(reason, 'diagnosis')).toBe(false)
    expect(Object.getOwnPropertySymbols(reason)).toEqual([])
  })

  it('also when the signal comes with a Request input', async () => {
    const controller = new AbortController()
    const reason = new TypeError('fetch failed')
    const request = new Request(`${API}/v1/x`, { signal: controller.signal })
    const pending = withFetch(hangingFetch, { throwEnriched: true })(request)
    controller.abort(reason)
    expect(await pending.catch((e: unknown) => e)).toBe(reason)
    expect(Object.hasOwn(reason, 'diagnosis')).toBe(false)
  })

  it('a network failure while the signal is not aborted is still diagnosed', async () => {
    const failing = async (): Promise<Response> => {
      throw new TypeError('fetch failed')
    }
    const error = await withFetch(failing)(`${API}/v1/x`, { signal: new AbortController().signal }).catch((e: unknown) => e)
    expect((error as { diagnosis?: { code: string } }).diagnosis?.code).toBe('NO_RESPONSE')
  })
})

it('ky 2: a caller abort that ky wraps as a NetworkError is not diagnosed', async () => {
  const controller = new AbortController()
  const api = withKy(ky2.create({ fetch: hangingFetch, retry: 0, timeout: false }))
  const pending = api.get(`${API}/v1/x`, { signal: controller.signal }).catch((e: unknown) => e)
  controller.abort(new TypeError('fetch failed'))
  const error = await pending
  expect(Object.hasOwn(error as object, 'diagnosis')).toBe(false)
})

describe('the other fetch-based adapters: the caller aborts with a TypeError reason', () => {
  it('openapi-fetch: the rejection is the reason itself, with nothing attached', async () => {
    const controller = new AbortController()
    const reason = new TypeError('fetch failed')
    const client = withOpenapiFetch(createClient({ baseUrl: API, fetch: hangingFetch }), { throwEnriched: true })
    // No OpenAPI paths are declared here: the call is typed loosely.
    const get = client.GET as unknown as (path: string, init: RequestInit) => Promise<unknown>
    const pending = get('/v1/x', { signal: controller.signal }).catch((e: unknown) => e)
    controller.abort(reason)
    expect(await pending).toBe(reason)
    expect(Object.hasOwn(reason, 'diagnosis')).toBe(false)
  })

  it('ofetch: its FetchError passes through as ofetch made it, with nothing attached', async () => {
    const controller = new AbortController()
    const api = withOfetch(ofetch.create({ retry: 0 }, { fetch: hangingFetch }), { throwEnriched: true })
    const pending = api(`${API}/v1/x`, { signal: controller.signal }).catch((e: unknown) => e)
    controller.abort(new TypeError('fetch failed'))
    const error = await pending
    expect((error as Error).name).toBe('FetchError')
    expect(Object.hasOwn(error as object, 'diagnosis')).toBe(false)
  })
})
