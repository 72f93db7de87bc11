/**
 * The built-in catalog as it ships, derived by `npm run catalog` from the signatures as written
 * (src/signatures/): the rules the engine matches with, the English texts by code and cause id, the
 * example replies. `signatures` joins them back into the public read-only view.
 * @module
 */
import type { SignatureTexts } from '../texts/texts.ts'
import type { CatalogSignature, Examples } from '../types.ts'
import { builtInExamples } from './generated/examples.ts'
import { rules } from './generated/rules.ts'
import { englishTexts } from './generated/texts-en.ts'
import type { Rule } from './rule.ts'

export { rules as builtInRules } from './generated/rules.ts'
export { englishTexts } from './generated/texts-en.ts'

/**
 * The built-in catalog, read-only: each signature with its English texts and its canonical example reply,
 * in catalog order. Every call is marked pure (arguments included: bundlers keep an argument's side effects
 * otherwise), so a bundle that never reads `signatures` drops the examples and this copy.
 */
export const signatures: readonly CatalogSignature[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ joined(rules, englishTexts, /* @__PURE__ */ builtInExamples()),
)

/** Each rule with its texts and example, as the signature was written (a copy: the engine's rules stay unfrozen). */
function joined(from: readonly Rule[], texts: Readonly<Record<string, SignatureTexts>>, examples: Examples): CatalogSignature[] {
  return from.map((rule) => {
    const own = texts[rule.code]
    const example = examples[rule.code]
    // Generated together from one source; a gap would be a generator bug, and failing at load says so at once.
    if (own?.title === undefined || example === undefined)
      throw new Error(`apigw-doctor: the built-in signature ${rule.code} has no title or example`)
    const causes = rule.causes.map((cause) => {
      const words = own.causes?.[cause.id]
      if (words === undefined) throw new Error(`apigw-doctor: the cause ${rule.code}/${cause.id} has no texts`)
      const { id, ...ranking } = cause
      return { id, ...words, ...ranking }
    })
    const { code, layer, ...matching } = rule
    return plainCopy({ code, layer, title: own.title, ...matching, causes, example }) as CatalogSignature
  })
}

/** A deep copy of plain data without the fields that are `undefined` (rules carry every key; the view only the given). */
function plainCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainCopy)
  if (typeof value !== 'object' || value === null) return value
  const copy: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(value)) if (field !== undefined) copy[key] = plainCopy(field)
  return copy
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  }
  return value
}
