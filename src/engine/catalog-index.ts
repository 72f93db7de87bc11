/**
 * The compiled catalog: the built-in signatures reduced, by the build (src/engine/compile-index.ts, written
 * to src/catalog/generated/rule-index.ts), to what rules each of their shapes out cheaply (status, error
 * type, required and absent headers, host kind, an empty body, a body in which the reader found no message,
 * a body too short for the page sentences wanted), so that a reply is scored against the few signatures that
 * can fit it rather than the whole catalog.
 *
 * Pruning only removes what `fitShape` would reject anyway, and keeps catalog order: the answers are the
 * same as scoring every signature. Candidate lists are cached by the reply facts they depend on, so a warm
 * diagnosis builds one short key and looks it up.
 */

import { ruleIndex } from '../catalog/generated/rule-index.ts'
import { rules as builtInRules } from '../catalog/generated/rules.ts'
import type { HeaderCheck, Rule, RuleIndex, ShapeNeedsData } from '../catalog/rule.ts'
import type { ResponseSnapshot } from '../reading/snapshot.ts'
import type { HostKind, SignatureMatch } from '../types.ts'
import { shapesOf } from './compile-index.ts'
import { ruledOutByStatus } from './match.ts'
import type { AwsSignals } from './signals.ts'

/** One shape's needs, with the shape itself. */
interface ShapeNeeds extends ShapeNeedsData {
  readonly match: SignatureMatch
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
  compiled ??= linked(builtInRules, ruleIndex)
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
  compiled ??= linked(builtInRules, ruleIndex)
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

/**
 * The rules joined with their index, generated together from one source by `npm run catalog`. Each shape's
 * needs are built at one literal site, so they share one hidden class.
 */
function linked(rules: readonly Rule[], index: RuleIndex): CompiledCatalog {
  const shapes = rules.map((rule, i) => {
    const matches = shapesOf(rule)
    const needs = index.shapes[i] ?? []
    if (needs.length !== matches.length) throw new Error(`apigw-doctor: the catalog index does not fit ${rule.code}`)
    return needs.map(
      (shape, j): ShapeNeeds => ({
        match: matches[j] as SignatureMatch,
        errorTypes: shape.errorTypes,
        headers: shape.headers,
        absent: shape.absent,
        needsContent: shape.needsContent,
        needsEmpty: shape.needsEmpty,
        needsMessage: shape.needsMessage,
        minLength: shape.minLength,
        bodyWaivedByErrorType: shape.bodyWaivedByErrorType,
      }),
    )
  })
  const headerChecks = index.headerChecks.map((check): HeaderCheck => ({ name: check.name, fragments: check.fragments }))
  return { signatures: rules, shapes, headerChecks, errorTypes: new Set(index.errorTypes), lengths: index.lengths }
}
