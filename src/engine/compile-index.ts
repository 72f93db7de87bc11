/**
 * Compiles the catalog index: each rule's shapes reduced to what rules them out cheaply (status, error type,
 * required and absent headers, host kind, an empty body, a body in which the reader found no message, a body
 * too short for the page sentences wanted). `npm run catalog` runs it on the built-in catalog and writes the
 * result as data (src/catalog/generated/rule-index.ts); src/engine/catalog-index.ts reads it.
 * @module
 */
import type { HeaderCheck, Rule, RuleIndex, ShapeNeedsData } from '../catalog/rule.ts'
import type { HeaderTest, SignatureMatch } from '../types.ts'
import { plainOf } from './match.ts'

/** Compiles the index of a catalog (the build does it for the built-in one: src/catalog/generated/rule-index.ts). */
export function compileIndex(rules: readonly Rule[]): RuleIndex {
  // Sorted by header name, so that each header is read and lower-cased once per reply.
  const checks = new Map<string, HeaderCheck>()
  for (const m of rules.flatMap(shapesOf)) {
    for (const [name, test] of Object.entries(m.headers ?? {})) checks.set(checkKey(name, test), compileCheck(name, test))
    for (const name of m.absentHeaders ?? []) checks.set(checkKey(name, true), compileCheck(name, true))
  }
  const keys = [...checks.keys()].sort()
  const errorTypes = new Set<string>()
  const shapes = rules.map((signature) =>
    shapesOf(signature).map((m): ShapeNeedsData => {
      const types = (m.errorType ?? signature.match.errorType)?.map((type) => type.toLowerCase())
      for (const type of types ?? []) errorTypes.add(type)
      return {
        errorTypes: types,
        headers: Object.entries(m.headers ?? {}).map(([name, test]) => keys.indexOf(checkKey(name, test))),
        absent: (m.absentHeaders ?? []).map((name) => keys.indexOf(checkKey(name, true))),
        needsContent: needsContent(m),
        needsEmpty: m.emptyBody === true,
        needsMessage: (m.message !== undefined || m.messageStartsWith !== undefined) && m.distinctive !== true,
        minLength: minLength(m),
        bodyWaivedByErrorType: m.customizable === true,
      }
    }),
  )
  const lengths = [...new Set(shapes.flat().map((shape) => shape.minLength))].filter((n) => n > 0).sort((a, b) => a - b)
  return { shapes, headerChecks: keys.map((key) => checks.get(key) as HeaderCheck), errorTypes: [...errorTypes].sort(), lengths }
}

/** A rule's shapes in the index's order: `match`, then each `alsoMatch`. */
export function shapesOf(rule: Rule): readonly SignatureMatch[] {
  return [rule.match, ...(rule.alsoMatch ?? [])]
}

/**
 * The shortest body that can hold a shape's page fragments: all of `bodyIncludes`, one of `bodyIncludesAny`.
 * A fragment holds in the raw text as written, or as rendered in the plain reading (of a page, never of an
 * XML document); one that renders to nothing asks nothing of the length.
 */
function minLength(m: SignatureMatch): number {
  const fragment = (text: string): number => {
    const plain = plainOf(text)
    return plain === null ? text.length : plain === '' ? 0 : Math.min(text.length, plain.length)
  }
  const all = Math.max(0, ...(m.bodyIncludes ?? []).map(fragment))
  const any = m.bodyIncludesAny === undefined ? 0 : Math.min(...m.bodyIncludesAny.map(fragment))
  return Math.max(all, any)
}

function checkKey(name: string, test: HeaderTest): string {
  return JSON.stringify([name, test])
}

/** A header test as `fitShape` reads it: present, or holding one of the fragments, case-insensitively. */
function compileCheck(name: string, test: HeaderTest): HeaderCheck {
  const fragments = test === true ? undefined : (typeof test === 'string' ? [test] : test).map((part) => part.toLowerCase())
  return fragments === undefined ? { name } : { name, fragments }
}

/**
 * Whether the body criteria of a shape fail on an empty body (no text, or only white space): a wanted
 * message, a prefix, or a page fragment with something besides white space, or an exact text that is not
 * empty.
 */
function needsContent(m: SignatureMatch): boolean {
  const visible = (fragment: string): boolean => fragment.trim() !== ''
  return (
    m.message !== undefined ||
    m.messageStartsWith !== undefined ||
    (m.text !== undefined && !m.text.includes('')) ||
    (m.bodyIncludes !== undefined && (m.bodyIncludes.length === 0 || m.bodyIncludes.some(visible))) ||
    m.bodyIncludesAny?.every(visible) === true
  )
}
