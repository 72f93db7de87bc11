/**
 * ky specifics: `diagnosisHooks` for `ky.create`, retries (ky 2 runs beforeError once, after the last
 * attempt), other beforeError hooks before ours, and ky 2's pre-read `error.data`.
 */
import ky1, { HTTPError as Ky1HTTPError } from 'ky1'
import ky2, { HTTPError as Ky2HTTPError } from 'ky2'
import { describe, expect, it, vi } from 'vitest'
import { diagnosisHooks, withDiagnosis } from '../../adapters/ky.ts'
import type { Diagnosis } from '../../src/types.ts'
import { useRetryGateway } from './retry-gateway.ts'
import { API } from './support.ts'

const gateway = useRetryGateway()

const diagnosisOf = (error: unknown): Diagnosis | undefined => (error as { diagnosis?: Diagnosis }).diagnosis

describe.each([
  ['ky 1', ky1, Ky1HTTPError],
  ['ky 2', ky2, Ky2HTTPError],
] as const)('%s', (_name, ky, HTTPError) => {
  it('diagnosisHooks() plugs into ky.create', async () => {
    const api = (ky as typeof ky2).create({ hooks: diagnosisHooks() })
    const error = await api.get(`${API}/v1/x`).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HTTPError)
    expect(diagnosisOf(error)?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
  })

  it('passes on an error another beforeError hook put in place, untouched', async () => {
    const replaced = new Error('replaced by the app')
    const api = withDiagnosis((ky as typeof ky2).create({ retry: 0, hooks: { beforeError: [() => replaced] } }))
    const error = await api.get(`${API}/v1/x`).catch((e: unknown) => e)
    expect(error).toBe(replaced)
    expect(Object.hasOwn(replaced, 'diagnosis')).toBe(false)
  })
})

it('ky 2: retries first, then one diagnosis of the final failure', async () => {
  const onDiagnosis = vi.fn()
  const api = withDiagnosis(ky2.create({ retry: { limit: 2, delay: () => 0 } }), { onDiagnosis })
  const error = await api.get(`${API}/slow`).catch((e: unknown) => e)
  expect(gateway.attempts()).toBe(3)
  expect(diagnosisOf(error)?.code).toBe('INTEGRATION_TIMEOUT')
  expect(onDiagnosis).toHaveBeenCalledTimes(1)
})

it('ky 1: the final error of a retried request carries the diagnosis (ky 1 runs beforeError on every attempt)', async () => {
  const onDiagnosis = vi.fn()
  const api = withDiagnosis(ky1.create({ retry: { limit: 2, delay: () => 0 } }), { onDiagnosis })
  const error = await api.get(`${API}/slow`).catch((e: unknown) => e)
  expect(gateway.attempts()).toBe(3)
  expect(onDiagnosis).toHaveBeenCalledTimes(3)
  expect(onDiagnosis.mock.calls[2]?.[1]).toBe(error)
  expect(error).toBeInstanceOf(Ky1HTTPError)
  expect(diagnosisOf(error)?.code).toBe('INTEGRATION_TIMEOUT')
})

it('ky 2: the diagnosis reads error.data, which ky filled before the hook ran', async () => {
  const error = (await withDiagnosis(ky2)(`${API}/v1/x`).catch((e: unknown) => e)) as Ky2HTTPError
  expect(error.data).toEqual({ message: 'Missing Authentication Token' })
  expect(diagnosisOf(error)?.evidence).toContain('message: "Missing Authentication Token"')
})
