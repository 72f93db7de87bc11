/**
 * Adversarial texts for a pattern and how its backtracking work grows with them. For every quantified part
 * the probe builds texts that pump it — the shortest text that reaches it, then characters it accepts,
 * then a character that makes the match fail — at two lengths, and compares the steps the matcher of
 * steps.ts needs: about twice the steps for twice the text is linear; four times is quadratic.
 */

import { first } from './analyze.ts'
import type { ParsedRegex, RegexNode } from './parse.ts'
import { countSteps, StepLimit } from './steps.ts'

/** A way to build an adversarial text of a given length. */
export interface Attack {
  /** What it pumps, for messages. */
  label: string
  build(length: number): string
}

/** How the work of the worst attack grows. */
export interface Growth {
  attack: Attack
  /** Steps for the text of `length` and of twice that. */
  steps: [number, number]
  length: number
  /** steps[1] / steps[0]: ~2 linear, ~4 quadratic, more for worse. */
  ratio: number
  /** The step limit was hit at twice the length. */
  exploded: boolean
}

/** Characters that make a match fail after a pumped run (tried in turn). */
const ENDINGS = ['\u0000', '\n', '!']

/** The shortest text the node matches (lookarounds and anchors match nothing). */
export function shortestMatch(node: RegexNode): string {
  switch (node.kind) {
    case 'chars':
      return node.set.samples(1)[0] ?? ''
    case 'seq':
      return node.items.map(shortestMatch).join('')
    case 'alt':
      return node.options.map(shortestMatch).reduce((best, text) => (text.length < best.length ? text : best))
    case 'group':
      return shortestMatch(node.body)
    case 'repeat':
      return shortestMatch(node.body).repeat(node.min)
    default:
      return ''
  }
}

/** The shortest text that leads from the start of `root` to `target`, or `undefined` when not under it. */
function prefixTo(root: RegexNode, target: RegexNode): string | undefined {
  if (root === target) return ''
  switch (root.kind) {
    case 'seq': {
      let before = ''
      for (const item of root.items) {
        const inner = prefixTo(item, target)
        if (inner !== undefined) return before + inner
        before += shortestMatch(item)
      }
      return undefined
    }
    case 'alt':
      for (const option of root.options) {
        const inner = prefixTo(option, target)
        if (inner !== undefined) return inner
      }
      return undefined
    case 'group':
    case 'repeat':
    case 'look':
      return prefixTo(root.body, target)
    default:
      return undefined
  }
}

function repeatsOf(node: RegexNode): Extract<RegexNode, { kind: 'repeat' }>[] {
  const own = node.kind === 'repeat' && node.max > 1 ? [node] : []
  switch (node.kind) {
    case 'seq':
      return node.items.flatMap(repeatsOf)
    case 'alt':
      return node.options.flatMap(repeatsOf)
    case 'group':
    case 'look':
      return repeatsOf(node.body)
    case 'repeat':
      return [...own, ...repeatsOf(node.body)]
    default:
      return []
  }
}

/** Fills `length` characters with `unit` repeated, then `ending`. */
function pumped(head: string, unit: string, ending: string, length: number): string {
  const room = Math.max(0, length - head.length - ending.length)
  return head + unit.repeat(Math.ceil(room / Math.max(1, unit.length))).slice(0, room) + ending
}

/** The attacks worth trying on a pattern. */
export function attacksFor(regex: ParsedRegex): Attack[] {
  const attacks: Attack[] = []
  for (const repeat of repeatsOf(regex.root)) {
    const head = prefixTo(regex.root, repeat) ?? ''
    const body = shortestMatch(repeat.body)
    const units = new Set<string>(first(repeat.body).samples(4))
    if (body.length > 1) units.add(body)
    for (const unit of units) {
      for (const ending of ENDINGS) {
        attacks.push({
          label: `${JSON.stringify(head)} + ${JSON.stringify(unit)}… + ${JSON.stringify(ending)}`,
          build: (n) => pumped(head, unit, ending, n),
        })
        attacks.push({ label: `${JSON.stringify(unit)}… + ${JSON.stringify(ending)}`, build: (n) => pumped('', unit, ending, n) })
      }
      if (head !== '')
        // The text that reaches the quantifier, over and over: restarts inside a run it already scanned.
        attacks.push({ label: `(${JSON.stringify(head + unit)})…`, build: (n) => pumped('', head + unit, '\u0000', n) })
    }
  }
  if (attacks.length === 0) attacks.push({ label: 'a…', build: (n) => 'a'.repeat(n) })
  return attacks
}

/**
 * Runs every attack at `length` and the worst ones at twice the length, and returns the worst growth.
 * `undefined` when the matcher cannot model the pattern (back references).
 */
export function measureGrowth(regex: ParsedRegex, length = 400, limit = 1_000_000): Growth | undefined {
  const attacks = attacksFor(regex)
  const scored: { attack: Attack; steps: number }[] = []
  for (const attack of attacks) {
    const steps = safeCount(regex, attack.build(length), limit)
    if (steps === undefined) return undefined
    // Already past the limit at the shorter length: no need to look further.
    if (steps >= limit) return { attack, steps: [steps, steps], length, ratio: Infinity, exploded: true }
    scored.push({ attack, steps })
  }
  scored.sort((a, b) => b.steps - a.steps)
  let worst: Growth | undefined
  for (const { attack, steps } of scored.slice(0, 4)) {
    const doubled = safeCount(regex, attack.build(length * 2), limit)
    if (doubled === undefined) return undefined
    const exploded = doubled >= limit
    const growth: Growth = {
      attack,
      steps: [steps, doubled],
      length,
      ratio: exploded ? Infinity : doubled / Math.max(1, steps),
      exploded,
    }
    if (worst === undefined || growth.ratio > worst.ratio) worst = growth
  }
  return worst
}

function safeCount(regex: ParsedRegex, text: string, limit: number): number | undefined {
  try {
    return countSteps(regex, text, limit)
  } catch (error) {
    if (error instanceof StepLimit) return limit
    throw error
  }
}

/** A growth ratio above this (for doubling the text) is worse than linear. */
export const LINEAR_RATIO = 3
