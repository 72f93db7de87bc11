/**
 * ofetch specifics: its own retry runs first and only the final FetchError is diagnosed, `create()` and
 * `raw` stay diagnosed, `error.data` is left as ofetch parsed it, and `ignoreResponseError` is respected.
 */
import { HttpResponse, http } from 'msw'
import { FetchError, ofetch } from 'ofetch'
import { describe, expect, it, vi } from 'vitest'
import { withDiagnosis } from '../../adapters/ofetch.ts'
import { GatewayError } from '../../src/output/error.ts'
import type { Diagnosis } from '../../src/types.ts'
import { useRetryGateway } from './retry-gateway.ts'
import { API } from './support.ts'

const gateway = useRetryGateway(http.all(`${API}/ok`, () => HttpResponse.json({ ok: true })))

const diagnosisOf = (error: unknown): Diagnosis | undefined => (error as { diagnosis?: Diagnosis }).diagnosis

describe('retries', () => {
  it('ofetch retries first (a 504 is retryable), then one diagnosis of the final FetchError', async () => {
    const onDiagnosis = vi.fn()
    const log = vi.fn()
    const api = withDiagnosis(ofetch, { onDiagnosis, log: true, logger: { log } })
    const error = await api(`${API}/slow`, { retry: 2, retryDelay: 0 }).catch((e: unknown) => e)
    expect(gateway.attempts()).toBe(3)
    expect(error).toBeInstanceOf(FetchError)
    expect(diagnosisOf(error)?.code).toBe('INTEGRATION_TIMEOUT')
    expect(onDiagnosis).toHaveBeenCalledTimes(1)
    expect(onDiagnosis.mock.calls[0]?.[1]).toBe(error)
    expect(log).toHaveBeenCalledTimes(1)
  })

  it("with ofetch's default retry (once for GET), still one diagnosis", async () => {
    const onDiagnosis = vi.fn()
    const error = await withDiagnosis(ofetch, { onDiagnosis })(`${API}/slow`, { retryDelay: 0 }).catch((e: unknown) => e)
    expect(gateway.attempts()).toBe(2)
    expect(diagnosisOf(error)?.code).toBe('INTEGRATION_TIMEOUT')
    expect(onDiagnosis).toHaveBeenCalledTimes(1)
  })

  it('throwEnriched: one GatewayError whose cause is the final FetchError, its response the status and headers', async () => {
    const error = (await withDiagnosis(ofetch, { throwEnriched: true })(`${API}/slow`, { retry: 1, retryDelay: 0 }).catch(
      (e: unknown) => e,
    )) as GatewayError
    expect(gateway.attempts()).toBe(2)
    expect(error).toBeInstanceOf(GatewayError)
    expect(error.cause).toBeInstanceOf(FetchError)
    expect(error.diagnosis.code).toBe('INTEGRATION_TIMEOUT')
    expect((error.response as { status?: number }).status).toBe(504)
  })
})

describe('the $fetch interface', () => {
  it('create() returns a diagnosed instance with the new defaults', async () => {
    const api = withDiagnosis(ofetch).create({ baseURL: API })
    const error = await api('/v1/x').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FetchError)
    expect(diagnosisOf(error)?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(await api('/ok')).toEqual({ ok: true })
  })

  it('raw rejects with the diagnosed FetchError, whose data ofetch parsed', async () => {
    const error = (await withDiagnosis(ofetch)
      .raw(`${API}/v1/x`)
      .catch((e: unknown) => e)) as FetchError
    expect(diagnosisOf(error)?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(error.data).toEqual({ message: 'Missing Authentication Token' })
    expect(error.statusCode).toBe(403)
  })

  it('native is ofetch’s own fetch, untouched', () => {
    expect(withDiagnosis(ofetch).native).toBe(ofetch.native)
  })

  it('ignoreResponseError: the reply resolves as ofetch gives it, not inspected', async () => {
    const onDiagnosis = vi.fn()
    const response = await withDiagnosis(ofetch, { onDiagnosis }).raw(`${API}/v1/x`, { ignoreResponseError: true })
    expect(response.status).toBe(403)
    expect(Object.hasOwn(response, 'diagnosis')).toBe(false)
    expect(onDiagnosis).not.toHaveBeenCalled()
  })

  it('diagnoses from the full URL ofetch built (baseURL and query), without keeping the query', async () => {
    const error = await withDiagnosis(ofetch.create({ baseURL: API }))('/v1/x', { query: { page: '2' } }).catch((e: unknown) => e)
    expect(diagnosisOf(error)?.title).toContain('GET /prod/v1/x')
    expect(JSON.stringify(diagnosisOf(error))).not.toContain('page=2')
  })

  it('an error diagnosed by an inner wrapper is not diagnosed again by an outer one', async () => {
    const onDiagnosis = vi.fn()
    const api = withDiagnosis(withDiagnosis(ofetch, { onDiagnosis }), { onDiagnosis })
    const error = await api(`${API}/v1/x`).catch((e: unknown) => e)
    expect(diagnosisOf(error)?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(onDiagnosis).toHaveBeenCalledTimes(1)
  })
})
