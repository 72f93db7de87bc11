/**
 * A plain backtracking matcher over the parsed tree that counts its steps. It follows the same strategy as
 * V8's irregexp (depth-first, greedy first, a new attempt at every start position), so the number of steps
 * it needs for a text shows how the real engine's work grows with the text's length — without measuring
 * time. Back references are not modelled (`undefined`).
 */
import type { ParsedRegex, RegexNode } from './parse.ts'

/** Thrown when a search needs more steps than allowed. */
export class StepLimit extends Error {
  override name = 'StepLimit'
}

/** What one search did. */
export interface SearchResult {
  /** Steps taken: node visits plus repeat rounds. */
  steps: number
  /** Where the first match starts, or -1. */
  index: number
}

/** Searches `text` as `RegExp.prototype.exec` from index 0 does, counting steps. */
export function search(regex: ParsedRegex, text: string, limit: number): SearchResult | undefined {
  if (containsBackref(regex.root)) return undefined
  // Without the u or v flag a pattern sees UTF-16 code units, as JavaScript does.
  const unicode = /[uv]/.test(regex.flags)
  const chars = unicode
    ? Array.from(text, (char) => char.codePointAt(0) ?? 0)
    : Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))
  const length = chars.length
  let steps = 0
  const isWord = (i: number): boolean => {
    const code = chars[i]
    return (
      code !== undefined &&
      ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 95 || (code >= 97 && code <= 122))
    )
  }
  const isLineBreak = (i: number): boolean => {
    const code = chars[i]
    return code === 10 || code === 13 || code === 0x2028 || code === 0x2029
  }

  type Cont = (pos: number) => boolean
  const match = (node: RegexNode, pos: number, next: Cont): boolean => {
    if (++steps > limit) throw new StepLimit(`more than ${limit} steps`)
    switch (node.kind) {
      case 'chars':
        return pos < length && node.set.has(chars[pos] as number) && next(pos + 1)
      case 'seq': {
        const run = (index: number, at: number): boolean =>
          index === node.items.length ? next(at) : match(node.items[index] as RegexNode, at, (to) => run(index + 1, to))
        return run(0, pos)
      }
      case 'alt':
        for (const option of node.options) if (match(option, pos, next)) return true
        return false
      case 'group':
        return match(node.body, pos, next)
      case 'look': {
        let found: boolean
        if (node.ahead) found = match(node.body, pos, () => true)
        else {
          found = false
          // A lookbehind only looks back as far as its body can reach, as an engine that matches it backwards.
          const reach = Math.min(pos, maxLength(node.body))
          for (let start = pos; start >= pos - reach && !found; start--) found = match(node.body, start, (end) => end === pos)
        }
        return found !== node.negate && next(pos)
      }
      case 'assert':
        switch (node.what) {
          case 'start':
            return (pos === 0 || (regex.multiline && isLineBreak(pos - 1))) && next(pos)
          case 'end':
            return (pos === length || (regex.multiline && isLineBreak(pos))) && next(pos)
          case 'boundary':
            return isWord(pos - 1) !== isWord(pos) && next(pos)
          case 'non-boundary':
            return isWord(pos - 1) === isWord(pos) && next(pos)
        }
        return false
      case 'repeat': {
        const round = (count: number, at: number): boolean => {
          if (++steps > limit) throw new StepLimit(`more than ${limit} steps`)
          // As in ECMAScript: a round that matches nothing once the minimum is reached ends the repeat.
          const more = (): boolean =>
            count < node.max && match(node.body, at, (to) => (to === at && count >= node.min ? false : round(count + 1, to)))
          const stop = (): boolean => count >= node.min && next(at)
          return node.lazy ? stop() || more() : more() || stop()
        }
        return round(0, pos)
      }
      case 'backref':
        return next(pos)
    }
  }

  const sticky = regex.flags.includes('y')
  for (let start = 0; start <= length; start++) {
    if (match(regex.root, start, () => true)) return { steps, index: start }
    if (sticky) break
  }
  return { steps, index: -1 }
}

/** The number of steps a full search of `text` takes (stops at the first match). */
export function countSteps(regex: ParsedRegex, text: string, limit: number): number | undefined {
  return search(regex, text, limit)?.steps
}

/** The longest text a node can match (Infinity when unbounded). */
function maxLength(node: RegexNode): number {
  switch (node.kind) {
    case 'chars':
      return 1
    case 'seq':
      return node.items.reduce((sum, item) => sum + maxLength(item), 0)
    case 'alt':
      return Math.max(0, ...node.options.map(maxLength))
    case 'group':
      return maxLength(node.body)
    case 'repeat':
      return node.max === 0 ? 0 : maxLength(node.body) * node.max
    case 'backref':
      return Infinity
    default:
      return 0
  }
}

function containsBackref(node: RegexNode): boolean {
  switch (node.kind) {
    case 'backref':
      return true
    case 'seq':
      return node.items.some(containsBackref)
    case 'alt':
      return node.options.some(containsBackref)
    case 'group':
    case 'repeat':
    case 'look':
      return containsBackref(node.body)
    default:
      return false
  }
}
