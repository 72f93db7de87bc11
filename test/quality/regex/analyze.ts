/**
 * Static checks for backtracking-prone regex shapes. Each rule looks for a place where a backtracking
 * engine can split the same text between two quantified parts in many ways:
 *
 * - `nested-quantifier` (exponential): a variable-length quantified part inside a repeated group, where
 *   what it consumes can also start the next round of the group or what follows it inside the group —
 *   `(a+)+`, `(a*)*`, `(\w+\s?)+`, `(.*a){12}`. `(ab+)+` and `(\s*,\s*\w+)*` are fine: a different
 *   character always ends each part.
 * - `overlapping-alternatives` (exponential): a repeated group with two alternatives that can start with
 *   the same character — `(a|a)*`, `(a|ab)+`, `(\w|\d)+`.
 * - `adjacent-overlap` (polynomial): two unbounded quantifiers with only optional parts between them that can
 *   take the same characters — `.*.*`, `\s*[\r\n]+\s*`, `a*b?a*`.
 *
 * Shapes that are only quadratic through the search's restarts (`/a+b/` over a long run of `a`) are left to
 * the step-counting probe (probe.ts), which measures instead of guessing.
 */
import { CharSet } from './charset.ts'
import type { RegexNode } from './parse.ts'

/** A backtracking-prone place in a pattern. */
export interface Finding {
  rule: 'nested-quantifier' | 'overlapping-alternatives' | 'adjacent-overlap'
  detail: string
}

type Repeat = Extract<RegexNode, { kind: 'repeat' }>

/** A repeat that runs often enough for ambiguity to blow up (more than a handful of rounds). */
const MANY = 10

/** Can the node match the empty string? */
export function nullable(node: RegexNode): boolean {
  switch (node.kind) {
    case 'chars':
      return false
    case 'seq':
      return node.items.every(nullable)
    case 'alt':
      return node.options.some(nullable)
    case 'group':
      return nullable(node.body)
    case 'repeat':
      return node.min === 0 || nullable(node.body)
    case 'look':
    case 'assert':
    case 'backref':
      return true
  }
}

/** The characters a match of the node can start with. */
export function first(node: RegexNode): CharSet {
  switch (node.kind) {
    case 'chars':
      return node.set
    case 'seq': {
      let set = CharSet.empty()
      for (const item of node.items) {
        set = set.union(first(item))
        if (!nullable(item)) break
      }
      return set
    }
    case 'alt':
      return node.options.reduce((set, option) => set.union(first(option)), CharSet.empty())
    case 'group':
    case 'repeat':
      return first(node.body)
    case 'backref':
      return CharSet.all() // it can repeat anything captured
    case 'look':
    case 'assert':
      return CharSet.empty()
  }
}

/**
 * For every node under `root`, the characters that can come right after it, and the unbounded repeats that
 * can start right after it (through optional parts). `outside` is what follows `root` itself.
 */
export function followSets(
  root: RegexNode,
  outside: CharSet = CharSet.empty(),
): Map<RegexNode, { chars: CharSet; repeats: Repeat[] }> {
  const result = new Map<RegexNode, { chars: CharSet; repeats: Repeat[] }>()
  const visit = (node: RegexNode, chars: CharSet, repeats: Repeat[]): void => {
    result.set(node, { chars, repeats })
    switch (node.kind) {
      case 'seq':
        node.items.forEach((item, index) => {
          const rest: RegexNode = { kind: 'seq', items: node.items.slice(index + 1) }
          const restNullable = nullable(rest)
          visit(item, restNullable ? first(rest).union(chars) : first(rest), [
            ...leadingRepeats(rest),
            ...(restNullable ? repeats : []),
          ])
        })
        return
      case 'alt':
        for (const option of node.options) visit(option, chars, repeats)
        return
      case 'group':
        visit(node.body, chars, repeats)
        return
      case 'repeat':
        // After one round: another round, or what follows the repeat.
        visit(
          node.body,
          node.max > 1 ? chars.union(first(node.body)) : chars,
          node.max > 1 ? [...repeats, ...leadingRepeats(node.body)] : repeats,
        )
        return
      case 'look':
        visit(node.body, CharSet.empty(), [])
        return
      default:
        return
    }
  }
  visit(root, outside, [])
  return result
}

/** Unbounded repeats that can start a match of the node. */
function leadingRepeats(node: RegexNode): Repeat[] {
  switch (node.kind) {
    case 'repeat':
      return node.max === Infinity ? [node] : leadingRepeats(node.body)
    case 'seq': {
      const out: Repeat[] = []
      for (const item of node.items) {
        out.push(...leadingRepeats(item))
        if (!nullable(item)) break
      }
      return out
    }
    case 'alt':
      return node.options.flatMap(leadingRepeats)
    case 'group':
      return leadingRepeats(node.body)
    default:
      return []
  }
}

/** Every node under `node` (itself included), outside lookarounds when `skipLooks`. */
function descendants(node: RegexNode, skipLooks = false): RegexNode[] {
  const out: RegexNode[] = [node]
  const children: RegexNode[] =
    node.kind === 'seq'
      ? node.items
      : node.kind === 'alt'
        ? node.options
        : node.kind === 'group' || node.kind === 'repeat' || (node.kind === 'look' && !skipLooks)
          ? [node.body]
          : []
  for (const child of children) out.push(...descendants(child, skipLooks))
  return out
}

/** Describes a repeat for a finding, e.g. `[\s]{0,∞}`. */
function show(node: Repeat): string {
  const max = node.max === Infinity ? '∞' : String(node.max)
  return `a quantifier {${node.min},${max}} over ${describeSet(first(node.body))}`
}

function describeSet(set: CharSet): string {
  const samples = set.samples(3).map((char) => JSON.stringify(char))
  return `characters like ${samples.join(', ')}`
}

/** All backtracking-prone shapes in a parsed pattern. */
export function analyze(root: RegexNode): Finding[] {
  const findings: Finding[] = []
  const repeats = descendants(root, true).filter((node): node is Repeat => node.kind === 'repeat')

  for (const outer of repeats) {
    if (outer.max <= MANY) continue
    // Inside one round of the outer repeat; the round may be followed by another round.
    const inside = followSets(outer.body, first(outer.body))
    for (const inner of descendants(outer.body, true)) {
      if (inner.kind === 'repeat' && inner.max > inner.min) {
        const after = inside.get(inner)?.chars ?? CharSet.empty()
        if (first(inner.body).overlaps(after) || nullable(inner.body))
          findings.push({
            rule: 'nested-quantifier',
            detail: `${show(inner)} inside a repeated group: what it takes can also start what follows it in the group or the next round`,
          })
      }
      if (inner.kind === 'alt') {
        const options = inner.options.filter((option) => !nullable(option))
        for (let i = 0; i < options.length; i++)
          for (let j = i + 1; j < options.length; j++)
            if (first(options[i] as RegexNode).overlaps(first(options[j] as RegexNode)))
              findings.push({
                rule: 'overlapping-alternatives',
                detail: `alternatives ${i + 1} and ${j + 1} of a repeated group can both start with ${describeSet(
                  first(options[i] as RegexNode).union(first(options[j] as RegexNode)),
                )}`,
              })
      }
    }
  }

  const follow = followSets(root)
  for (const repeat of repeats) {
    if (repeat.max !== Infinity) continue
    const set = first(repeat.body)
    for (const next of follow.get(repeat)?.repeats ?? []) {
      if (next === repeat || descendants(repeat).includes(next)) continue
      if (set.overlaps(first(next.body)))
        findings.push({
          rule: 'adjacent-overlap',
          detail: `${show(repeat)} is followed, through optional parts only, by ${show(next)}: both can take the same characters`,
        })
    }
  }
  return dedupe(findings)
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter((finding) => {
    const key = `${finding.rule}:${finding.detail}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
