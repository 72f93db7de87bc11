/**
 * got specifics: `diagnosisHooks` for `got.extend`, retries (got runs beforeError once, after the last
 * attempt), other beforeError hooks before ours, `throwHttpErrors: false`, and the body got has read.
 */
import got16, { HTTPError as Got16HTTPError } from 'got'
import got14, { HTTPError as Got14HTTPError } from 'got14'
import { describe, expect, it, vi } from 'vitest'
import { diagnosisHooks, withDiagnosis } from '../../adapters/got.ts'
import { GatewayError } from '../../src/output/error.ts'
import type { Diagnosis } from '../../src/types.ts'
import { useRetryGateway } from './retry-gateway.ts'
import { API } from './support.ts'

const gateway = useRetryGateway()

const diagnosisOf = (error: unknown): Diagnosis | undefined => (error as { diagnosis?: Diagnosis }).diagnosis
const noDelay = { calculateDelay: ({ computedValue }: { computedValue: number }) => (computedValue > 0 ? 1 : 0) }

describe.each([
  ['got 14', got14 as unknown as typeof got16, Got14HTTPError as unknown as typeof Got16HTTPError],
  ['got 16', got16, Got16HTTPError],
] as const)('%s', (_name, got, HTTPError) => {
  it('diagnosisHooks() plugs into got.extend', async () => {
    const api = got.extend({ hooks: diagnosisHooks() })
    const error = await api(`${API}/v1/x`).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HTTPError)
    expect(diagnosisOf(error)?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
  })

  it('retries first (a 504 on GET is retried), then one diagnosis of the final HTTPError', async () => {
    const onDiagnosis = vi.fn()
    const api = withDiagnosis(got, { onDiagnosis })
    const error = await api(`${API}/slow`, { retry: { limit: 2, ...noDelay } }).catch((e: unknown) => e)
    expect(gateway.attempts()).toBe(3)
    expect(error).toBeInstanceOf(HTTPError)
    expect(diagnosisOf(error)?.code).toBe('INTEGRATION_TIMEOUT')
    expect(onDiagnosis).toHaveBeenCalledTimes(1)
    expect(onDiagnosis.mock.calls[0]?.[1]).toBe(error)
  })

  it('throwEnriched: one GatewayError whose cause is the final HTTPError', async () => {
    const api = withDiagnosis(got, { throwEnriched: true })
    const error = (await api(`${API}/slow`, { retry: { limit: 1, ...noDelay } }).catch((e: unknown) => e)) as GatewayError
    expect(gateway.attempts()).toBe(2)
    expect(error).toBeInstanceOf(GatewayError)
    expect(error.cause).toBeInstanceOf(HTTPError)
    expect(error.diagnosis.code).toBe('INTEGRATION_TIMEOUT')
    expect((error.response as { status?: number }).status).toBe(504)
  })

  it('passes on an error another beforeError hook put in place, untouched', async () => {
    const replaced = new Error('replaced by the app')
    const api = withDiagnosis(got.extend({ retry: { limit: 0 }, hooks: { beforeError: [() => replaced] } }))
    const error = await api(`${API}/v1/x`).catch((e: unknown) => e)
    expect(error).toBe(replaced)
    expect(Object.hasOwn(replaced, 'diagnosis')).toBe(false)
  })

  it('leaves the body got read for the user: response.body and rawBody', async () => {
    const error = (await withDiagnosis(got)(`${API}/v1/x`, { responseType: 'json' }).catch((e: unknown) => e)) as InstanceType<
      typeof Got16HTTPError
    >
    expect(error.response.body).toEqual({ message: 'Missing Authentication Token' })
    expect(new TextDecoder().decode(error.response.rawBody)).toBe('{"message":"Missing Authentication Token"}')
    expect(diagnosisOf(error)?.evidence).toContain('message: "Missing Authentication Token"')
  })

  it('throwHttpErrors: false resolves the reply as got gives it (got skips beforeError), not inspected', async () => {
    const onDiagnosis = vi.fn()
    const response = await withDiagnosis(got, { onDiagnosis })(`${API}/v1/x`, { throwHttpErrors: false })
    expect(response.statusCode).toBe(403)
    expect(Object.hasOwn(response, 'diagnosis')).toBe(false)
    expect(onDiagnosis).not.toHaveBeenCalled()
  })

  it('an error from a hook before the request was sent is not taken for a network failure', async () => {
    const thrown = new TypeError('a bug in a beforeRequest hook')
    const api = withDiagnosis(
      got.extend({
        retry: { limit: 0 },
        hooks: {
          beforeRequest: [
            () => {
              throw thrown
            },
          ],
        },
      }),
      { networkErrors: 'all' },
    )
    const error = await api(`${API}/v1/x`).catch((e: unknown) => e)
    expect((error as Error).name).toBe('RequestError')
    expect((error as Error).cause).toBe(thrown)
    expect(Object.hasOwn(error as object, 'diagnosis')).toBe(false)
  })
})
