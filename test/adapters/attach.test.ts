/** Attaching a diagnosis in place: `diagnosis`, a redacting `toJSON`, the idempotency mark, rollback. */
import { describe, expect, it } from 'vitest'
import { hasDiagnosis as fromIndex } from '../../src/index.ts'
import { attachDiagnosis, DIAGNOSED, hasDiagnosis, isDiagnosed } from '../../src/output/attach.ts'
import { GatewayError } from '../../src/output/error.ts'
import type { Diagnosis } from '../../src/types.ts'

const diagnosis = { code: 'THROTTLED', layer: 'api-gateway-rest', status: 429 } as Diagnosis

class WithToJSON extends Error {
  config = { headers: { Authorization: 'Bearer secret-token-value', Accept: 'application/json' }, url: '/x?api_key=abc123' }
  toJSON(): object {
    return { message: this.message, config: this.config }
  }
}

describe('attachDiagnosis', () => {
  it('adds an enumerable diagnosis and keeps identity, class and the original toJSON output (redacted)', () => {
    const error = new WithToJSON('failed')
    expect(attachDiagnosis(error, diagnosis)).toBe(true)
    expect(error).toBeInstanceOf(WithToJSON)
    expect(Object.keys(error)).toContain('diagnosis')
    expect(Object.getOwnPropertyDescriptor(error, 'toJSON')?.enumerable).toBe(false)
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      message: 'failed',
      config: { headers: { Authorization: '[REDACTED]', Accept: 'application/json' }, url: '/x?[REDACTED]' },
      diagnosis,
    })
  })

  it('keeps header values only for known-safe headers, whatever the name of the others', () => {
    const error = Object.assign(new Error('failed'), {
      config: { headers: { 'x-auth-token': 'c1-secret', 'X-Access-Token': 'c2-secret', 'x-amzn-requestid': 'req-1' } },
    })
    attachDiagnosis(error, diagnosis)
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      config: { headers: { 'x-auth-token': '[REDACTED]', 'X-Access-Token': '[REDACTED]', 'x-amzn-requestid': 'req-1' } },
      diagnosis,
    })
  })

  it('serialises an error without toJSON as its enumerable own properties plus the diagnosis', () => {
    // A body (ky 2's error.data) keeps its field names only; an unknown string field is masked.
    const error = Object.assign(new TypeError('fetch failed'), {
      data: { message: 'Authorization=Bearer abc.def' },
      kind: 'any text',
      code: 'E_X',
    })
    attachDiagnosis(error, diagnosis)
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      data: { message: '[REDACTED]' },
      kind: '[REDACTED]',
      code: 'E_X',
      diagnosis,
    })
  })

  it('still serialises something when the original toJSON throws', () => {
    const error = new Error('boom')
    Object.defineProperty(error, 'toJSON', {
      value: () => {
        throw new Error('bad toJSON')
      },
      configurable: true,
    })
    attachDiagnosis(error, diagnosis)
    expect(JSON.parse(JSON.stringify(error))).toEqual({ name: 'Error', message: 'boom', diagnosis })
  })

  it('leaves a non-extensible object exactly as it was', () => {
    const error = Object.preventExtensions(new Error('sealed'))
    expect(attachDiagnosis(error, diagnosis)).toBe(false)
    expect(Reflect.ownKeys(error)).toEqual(Reflect.ownKeys(Object.preventExtensions(new Error('sealed'))))
  })

  it('rolls back to the previous own toJSON when a later step fails', () => {
    const ownToJSON = () => ({ mine: true })
    const target = { toJSON: ownToJSON }
    // The mark cannot be defined: the first two properties must be undone.
    const proxy = new Proxy(target, {
      defineProperty(object, key, descriptor) {
        if (key === DIAGNOSED) throw new TypeError('no symbols here')
        return Reflect.defineProperty(object, key, descriptor)
      },
    })
    expect(attachDiagnosis(proxy, diagnosis)).toBe(false)
    expect(target.toJSON).toBe(ownToJSON)
    expect(Object.hasOwn(target, 'diagnosis')).toBe(false)
  })
})

describe('isDiagnosed and hasDiagnosis', () => {
  it('recognise marked objects and GatewayErrors; hasDiagnosis is exported from the root', () => {
    const error = new Error('x')
    expect(isDiagnosed(error)).toBe(false)
    expect(hasDiagnosis(error)).toBe(false)
    attachDiagnosis(error, diagnosis)
    expect(isDiagnosed(error)).toBe(true)
    expect(hasDiagnosis(error)).toBe(true)
    expect(
      isDiagnosed(
        new GatewayError(
          { ...diagnosis, causes: [], docs: [], hints: [], evidence: [], title: '', cause: '', remedy: '', confidence: 'high' },
          { cause: error },
        ),
      ),
    ).toBe(true)
    expect(isDiagnosed(null)).toBe(false)
    expect(hasDiagnosis({ diagnosis: { code: 1 } })).toBe(false)
    expect(fromIndex).toBe(hasDiagnosis)
  })
})
