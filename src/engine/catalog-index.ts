/**
 * The compiled catalog: the built-in signatures reduced, once, to what rules each of their shapes out
 * cheaply (status, error type, required and absent headers, host kind, an empty body, a body in which the
 * reader found no message, a body too short for the page sentences wanted), so that
 * a reply is scored against the few signatures that can fit it rather than the whole catalog.
 *
 * Pruning only removes what `fitShape` would reject anyway, and keeps catalog order: the answers are the
 * same as scoring every signature. Candidate lists are cached by the reply facts they depend on, so a warm
 * diagnosis builds one short key and looks it up.
 */

import { rules as builtInRules } from '../catalog/generated/rules.ts'
import type { Rule } from '../catalog/rule.ts'
import type { ResponseSnapshot } from '../reading/snapshot.ts'
import type { HeaderTest, HostKind, SignatureMatch } from '../types.ts'
import { plainOf, ruledOutByStatus } from './match.ts'
import type { AwsSignals } from './signals.ts'

/** What one shape of a signature needs of a reply before any of its body is read. */
interface ShapeNeeds {
  match: SignatureMatch
  /** Lower-case error types it answers to (its own, else its signature's main shape's); `undefined`: any. */
  errorTypes: readonly string[] | undefined
  /** Indexes into `headerChecks` that must hold. */
  headers: readonly number[]
  /** Indexes into `headerChecks` (presence checks) that must not hold. */
  absent: readonly number[]
  /** Its body criteria fail on an empty body. */
  needsContent: boolean
  /** It wants an empty body. */
  needsEmpty: boolean
  /**
   * It wants a message (exact or a prefix) with a wording others use too, which is only taken from a message
   * the reader found, never from the page's sentences.
   */
  needsMessage: boolean
  /** The shortest body (in {@link effectiveLength}) that can hold the page fragments it wants. */
  minLength: number
  /**
   * A customised gateway response whose error type matched is kept whatever its body holds: then the body
   * rules nothing out.
   */
  bodyWaivedByErrorType: boolean
}

/** One test of a reply header, compiled. */
interface HeaderCheck {
  /** The header name, as the signature writes it (lower case). */
  name: string
  /** Lower-case fragments one of which the value must contain; `undefined`: present is enough. */
  fragments: readonly string[] | undefined
}

/** The catalog compiled for candidate selection. */
interface CompiledCatalog {
  /** The generated rules: each object of a kind has one shape already (src/catalog/uniform.ts). */
  signatures: readonly Rule[]
  /** The needs of each signature's shapes, by index into `signatures`. */
  shapes: readonly (readonly ShapeNeeds[])[]
  /** Each distinct header test of the catalog, and the presence of each header some shape wants absent. */
  headerChecks: readonly HeaderCheck[]
  /** The error types (lower case) some shape names. */
  errorTypes: ReadonlySet<string>
  /** The distinct `minLength`s of the shapes, ascending: a body's length is keyed by how many it reaches. */
  lengths: readonly number[]
}

let compiled: CompiledCatalog | undefined

/** Built-in candidates by the facts that select them; cleared when full, as odd statuses could fill it. */
const cache = new Map<string, readonly Rule[]>()
const MAX_CACHED = 512

/**
 * The built-in signatures that can fit this reply, in catalog order: those with a shape that its status,
 * error type, headers, host and body emptiness do not rule out. Status 0 (unknown) rules nothing out by status.
 */
export function builtInCandidates(reply: ResponseSnapshot, signals: AwsSignals): readonly Rule[] {
  compiled ??= compile(builtInRules)
  const checks = checkHeaders(compiled, reply.headers)
  const key = factsKey(compiled, reply, signals, checks)
  let found = cache.get(key)
  if (found === undefined) {
    found = select(compiled, reply, signals, checks)
    if (cache.size >= MAX_CACHED) cache.clear()
    cache.set(key, found)
  }
  return found
}

/** The error types (lower case) the built-in catalog names. */
export function builtInErrorTypes(): ReadonlySet<string> {
  compiled ??= compile(builtInRules)
  return compiled.errorTypes
}

/** Which of the catalog's header checks hold for this reply (each header read and lower-cased once). */
function checkHeaders(catalog: CompiledCatalog, headers: ReadonlyMap<string, string>): boolean[] {
  const checks = catalog.headerChecks
  const holds = new Array<boolean>(checks.length)
  let name: string | undefined
  let lower: string | undefined
  for (let i = 0; i < checks.length; i++) {
    const check = checks[i] as HeaderCheck
    if (check.name !== name) {
      name = check.name
      lower = headers.get(name)?.toLowerCase()
    }
    const value = lower
    holds[i] = value !== undefined && (check.fragments === undefined || check.fragments.some((part) => value.includes(part)))
  }
  return holds
}

/**
 * Every fact `select` reads, in one string: the status, the error type (only as far as the catalog tells
 * types apart), the host kind, whether the body is empty, and which header checks hold (as bits).
 */
function factsKey(catalog: CompiledCatalog, reply: ResponseSnapshot, signals: AwsSignals, checks: readonly boolean[]): string {
  const type = signals.errorTypeKey
  const knownType = type === undefined ? '' : catalog.errorTypes.has(type) ? type : '?'
  const length = effectiveLength(reply)
  let reached = 0
  while (reached < catalog.lengths.length && (catalog.lengths[reached] as number) <= length) reached++
  let key = `${reply.status}|${knownType}|${reply.request.hostFacts.kind}|${bodyOf(reply)}|${reached}`
  for (let start = 0; start < checks.length; start += 30) {
    let bits = 0
    for (let i = start; i < checks.length && i < start + 30; i++) if (checks[i] === true) bits |= 1 << (i - start)
    key += `|${bits}`
  }
  return key
}

/**
 * What the body offers: `empty`, `text` in which the reader found no message, or `messages`. A body that is not
 * empty is read here, which every candidate's body criteria would do next anyway.
 */
type BodyOffer = 'empty' | 'text' | 'messages'

function bodyOf(reply: ResponseSnapshot): BodyOffer {
  if (reply.trimmed === '') return 'empty'
  return reply.reading.messages.length === 0 ? 'text' : 'messages'
}

/**
 * An upper bound on the length of any text the matcher compares a fragment with: the body's text, and its
 * plain reading, which is never longer but for lower-casing, which lengthens only U+0130 (İ → i̇).
 */
function effectiveLength(reply: ResponseSnapshot): number {
  const length = reply.text?.length ?? 0
  return reply.text?.includes('\u0130') === true ? 2 * length : length
}

function select(catalog: CompiledCatalog, reply: ResponseSnapshot, signals: AwsSignals, checks: readonly boolean[]): Rule[] {
  const host = reply.request.hostFacts.kind
  const body = bodyOf(reply)
  const length = effectiveLength(reply)
  return catalog.signatures.filter((_, i) =>
    (catalog.shapes[i] ?? []).some((shape) => shapeMayFit(shape, reply.status, signals.errorTypeKey, host, body, length, checks)),
  )
}

/** Whether nothing but the body's wording can still reject this shape (mirrors the early exits of `fitShape`). */
function shapeMayFit(
  shape: ShapeNeeds,
  status: number,
  errorType: string | undefined,
  host: HostKind,
  body: BodyOffer,
  length: number,
  checks: readonly boolean[],
): boolean {
  const m = shape.match
  if (status !== 0 && ruledOutByStatus(m, status)) return false
  const types = shape.errorTypes
  const typeMatched = errorType !== undefined && types !== undefined
  if (typeMatched && !types.includes(errorType)) return false
  if (!(typeMatched && shape.bodyWaivedByErrorType)) {
    if (body === 'empty' ? shape.needsContent : shape.needsEmpty) return false
    if (body === 'text' && shape.needsMessage) return false
    if (length < shape.minLength) return false
  }
  if (shape.headers.some((check) => checks[check] !== true)) return false
  if (shape.absent.some((check) => checks[check] === true)) return false
  if (m.hosts !== undefined && host !== 'unknown' && !m.hosts.includes(host)) return false
  return true
}

function compile(catalog: readonly Rule[]): CompiledCatalog {
  const signatures = catalog
  const shapesOf = (signature: Rule): readonly SignatureMatch[] => [signature.match, ...(signature.alsoMatch ?? [])]
  // Sorted by header name, so that each header is read and lower-cased once per reply.
  const checks = new Map<string, HeaderCheck>()
  for (const m of signatures.flatMap(shapesOf)) {
    for (const [name, test] of Object.entries(m.headers ?? {})) checks.set(checkKey(name, test), compileCheck(name, test))
    for (const name of m.absentHeaders ?? []) checks.set(checkKey(name, true), compileCheck(name, true))
  }
  const keys = [...checks.keys()].sort()
  const errorTypes = new Set<string>()
  const shapes = signatures.map((signature) =>
    shapesOf(signature).map((m): ShapeNeeds => {
      const types = (m.errorType ?? signature.match.errorType)?.map((type) => type.toLowerCase())
      for (const type of types ?? []) errorTypes.add(type)
      return {
        match: m,
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
  return { signatures, shapes, headerChecks: keys.map((key) => checks.get(key) as HeaderCheck), errorTypes, lengths }
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
  return { name, fragments }
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
