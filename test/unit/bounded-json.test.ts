/** The bounded serialiser gives what `JSON.stringify` gives, cut at the limit, and never throws. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { boundedJson } from '../../src/reading/bounded-json.ts'

describe('boundedJson', () => {
  it('equals JSON.stringify, cut at the limit, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 400 }), (value, limit) => {
        const full = JSON.stringify(value)
        const bounded = boundedJson(value, limit)
        expect(bounded.truncated).toBe(full.length > limit)
        expect(bounded.text).toBe(full.slice(0, limit))
      }),
      { seed: 15, numRuns: 1000 },
    )
  })

  it('follows JSON.stringify for values without a JSON form, toJSON and boxed primitives', () => {
    const value = {
      a: undefined,
      f: () => 1,
      s: Symbol('x'),
      list: [undefined, () => 1, Number.NaN, -0],
      when: new Date(0),
      boxed: [new String('x'), new Number(2), new Boolean(false)],
    }
    expect(boundedJson(value, 10_000)).toEqual({ text: JSON.stringify(value), truncated: false })
    expect(boundedJson(undefined, 10)).toEqual({ text: undefined, truncated: false })
  })

  it('gives undefined for cycles, BigInt and a throwing getter, and cuts a long string before escaping it', () => {
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    expect(boundedJson(cycle, 100).text).toBeUndefined()
    expect(boundedJson({ n: 1n }, 100).text).toBeUndefined()
    const hostile = Object.defineProperty({}, 'x', {
      enumerable: true,
      get() {
        throw new Error('no')
      },
    })
    expect(boundedJson(hostile, 100).text).toBeUndefined()
    expect(boundedJson({ s: '"'.repeat(10_000_000) }, 12)).toEqual({ text: '{"s":"\\"\\"\\"', truncated: true })
  })
})
