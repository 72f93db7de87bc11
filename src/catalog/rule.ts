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
