import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deriveCatalog } from '../../scripts/catalog/derive.ts'
import { toSource } from '../../scripts/catalog/to-source.ts'
import { builtInRules, englishTexts, signatures } from '../../src/catalog/index.ts'
import { builtInSourceExamples, sourceCatalog } from '../../src/signatures/index.ts'
import type { Signature } from '../../src/types.ts'

const root = join(import.meta.dirname, '..', '..')

describe('the generated catalog (npm run catalog)', () => {
  const derived = Object.entries(deriveCatalog(sourceCatalog, builtInSourceExamples()))

  it.each(derived)('%s is what the signatures as written derive (run `npm run catalog` when this fails)', (path, text) => {
    expect(readFileSync(join(root, path), 'utf8') === text, `${path} is stale`).toBe(true)
  })

  it('joins back into the signatures as written: the public view loses and adds nothing', () => {
    const examples = builtInSourceExamples()
    expect(signatures.map((s) => s.code)).toEqual(sourceCatalog.map((s) => s.code))
    for (const [index, written] of sourceCatalog.entries())
      expect(signatures[index]).toStrictEqual(withoutUndefined({ ...written, example: examples[written.code] }))
  })

  it('ships no text in the rules the engine walks, and every text in the English table', () => {
    const texts = JSON.stringify(builtInRules)
    for (const written of sourceCatalog) {
      expect(texts).not.toContain(JSON.stringify(written.title))
      expect(englishTexts[written.code]?.title).toBe(written.title)
      for (const cause of written.causes) {
        expect(texts).not.toContain(JSON.stringify(cause.remedy))
        expect(englishTexts[written.code]?.causes?.[cause.id]).toEqual({
          cause: cause.cause,
          remedy: cause.remedy,
          summary: cause.summary,
        })
      }
    }
  })

  it('builds every object of a kind with the same keys in the same order (one hidden class per kind)', () => {
    const keys = (objects: readonly object[]): Set<string> => new Set(objects.map((o) => Object.keys(o).join()))
    const shapes = builtInRules.flatMap((rule) => [rule.match, ...(rule.alsoMatch ?? [])])
    const causes = builtInRules.flatMap((rule) => rule.causes)
    const conditions = causes.flatMap((cause) => (cause.adjust ?? []).map(({ when }) => when))
    expect(keys(builtInRules).size).toBe(1)
    expect(keys(shapes).size).toBe(1)
    expect(keys(causes).size).toBe(1)
    expect(keys(conditions).size).toBe(1)
  })

  it('refuses a signature field it does not know, rather than dropping it from what ships', () => {
    const [first] = sourceCatalog as [Signature]
    const odd = { ...first, match: { ...first.match, bodyMatches: ['x'] } } as unknown as Signature
    expect(() => deriveCatalog([odd], { [first.code]: { status: 403 } })).toThrow(/unknown key "bodyMatches"/)
  })

  it('refuses a signature without an example, a code used twice and an example without a signature', () => {
    const [first] = sourceCatalog as [Signature]
    expect(() => deriveCatalog([first], {})).toThrow(/no example/)
    expect(() => deriveCatalog([first, first], { [first.code]: { status: 403 } })).toThrow(/used twice/)
    expect(() => deriveCatalog([first], { [first.code]: { status: 403 }, OTHER: { status: 500 } })).toThrow(/without a signature/)
  })

  it('writes only plain data, and the same data always as the same text', () => {
    expect(toSource({ b: [1, 'x'], a: undefined, 'content-type': null })).toBe('{ b: [1, "x"], "content-type": null }')
    expect(() => toSource({ pattern: /x/ })).toThrow(/RegExp cannot be written/)
    expect(() => toSource({ body: new Uint8Array(1) })).toThrow(/Uint8Array cannot be written/)
    expect(() => toSource({ f: () => 1 })).toThrow(/function cannot be written/)
    expect(() => toSource([Number.NaN])).toThrow(/cannot be written/)
  })
})

/** The signature as the public view gives it: plain data without `undefined` fields. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .map(([key, field]) => [key, withoutUndefined(field)]),
  )
}
