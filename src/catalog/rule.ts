/**
 * The shapes the engine reads a signature in. A built-in signature is written once, with its English texts,
 * in src/signatures/; `npm run catalog` derives from it the matching data (generated/rules.ts), the English
 * texts by code and cause id (generated/texts-en.ts) and the example replies (generated/examples.ts). The
 * engine reads the rules and looks the texts up by code; a custom signature carries its texts itself, which
 * these shapes allow too (a `Signature` is a `Rule`).
 * @module
 */
import type { CauseRule, Signature } from '../types.ts'

/** A cause as the engine ranks it: a built-in one's texts are looked up by id; a custom one carries them. */
export interface RuleCause extends Omit<CauseRule, 'cause' | 'remedy' | 'summary'> {
  readonly cause?: string
  readonly remedy?: string
  readonly summary?: string
}

/** A signature as the engine matches it: a built-in one's title and cause texts are looked up by code. */
export interface Rule extends Omit<Signature, 'title' | 'causes' | 'example'> {
  readonly title?: string
  readonly causes: readonly RuleCause[]
}

/**
 * What one shape of a rule needs of a reply before any of its body is read (src/engine/compile-index.ts
 * computes it; the build writes it to generated/rule-index.ts, so nothing is compiled at run time).
 */
export interface ShapeNeedsData {
  /** Lower-case error types it answers to (its own, else its signature's main shape's); `undefined`: any. */
  readonly errorTypes?: readonly string[]
  /** Indexes into `headerChecks` that must hold. */
  readonly headers: readonly number[]
  /** Indexes into `headerChecks` (presence checks) that must not hold. */
  readonly absent: readonly number[]
  /** Its body criteria fail on an empty body. */
  readonly needsContent: boolean
  /** It wants an empty body. */
  readonly needsEmpty: boolean
  /**
   * It wants a message (exact or a prefix) with a wording others use too, which is only taken from a message
   * the reader found, never from the page's sentences.
   */
  readonly needsMessage: boolean
  /** The shortest body (in the catalog index's effective length) that can hold the page fragments it wants. */
  readonly minLength: number
  /**
   * A customised gateway response whose error type matched is kept whatever its body holds: then the body
   * rules nothing out.
   */
  readonly bodyWaivedByErrorType: boolean
}

/** One test of a reply header, compiled. */
export interface HeaderCheck {
  /** The header name, as the signature writes it (lower case). */
  readonly name: string
  /** Lower-case fragments one of which the value must contain; `undefined`: present is enough. */
  readonly fragments?: readonly string[]
}

/** The catalog index as data: what selects the few rules a reply can fit. */
export interface RuleIndex {
  /** The needs of each rule's shapes (`match`, then each `alsoMatch`), by index into the rules. */
  readonly shapes: readonly (readonly ShapeNeedsData[])[]
  /** Each distinct header test of the catalog, and the presence of each header some shape wants absent, by name. */
  readonly headerChecks: readonly HeaderCheck[]
  /** The error types (lower case) some shape names. */
  readonly errorTypes: readonly string[]
  /** The distinct `minLength`s of the shapes, ascending: a body's length is keyed by how many it reaches. */
  readonly lengths: readonly number[]
}
