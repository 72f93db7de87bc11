/**
 * Sets of characters as sorted, disjoint code point ranges: what one regex atom can consume. Enough set
 * algebra for the safety checker: union, complement, overlap, membership and picking sample characters.
 */

/** A closed range of code points. */
export type Range = readonly [number, number]

const MAX = 0x10ffff

/** An immutable set of code points. */
export class CharSet {
  readonly ranges: readonly Range[]

  private constructor(ranges: readonly Range[]) {
    this.ranges = ranges
  }

  static empty(): CharSet {
    return new CharSet([])
  }

  static all(): CharSet {
    return new CharSet([[0, MAX]])
  }

  static of(...chars: string[]): CharSet {
    return CharSet.fromRanges(chars.map((char) => [char.codePointAt(0) ?? 0, char.codePointAt(0) ?? 0]))
  }

  static range(from: number, to: number): CharSet {
    return CharSet.fromRanges([[from, to]])
  }

  /** Sorts and merges any ranges. */
  static fromRanges(input: readonly Range[]): CharSet {
    const sorted = input.filter(([a, b]) => a <= b).sort((x, y) => x[0] - y[0])
    const merged: [number, number][] = []
    for (const [a, b] of sorted) {
      const last = merged[merged.length - 1]
      if (last !== undefined && a <= last[1] + 1) last[1] = Math.max(last[1], b)
      else merged.push([a, b])
    }
    return new CharSet(merged)
  }

  union(other: CharSet): CharSet {
    return CharSet.fromRanges([...this.ranges, ...other.ranges])
  }

  complement(): CharSet {
    const out: Range[] = []
    let next = 0
    for (const [a, b] of this.ranges) {
      if (a > next) out.push([next, a - 1])
      next = b + 1
    }
    if (next <= MAX) out.push([next, MAX])
    return new CharSet(out)
  }

  isEmpty(): boolean {
    return this.ranges.length === 0
  }

  has(code: number): boolean {
    let lo = 0
    let hi = this.ranges.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const range = this.ranges[mid] as Range
      if (code < range[0]) hi = mid - 1
      else if (code > range[1]) lo = mid + 1
      else return true
    }
    return false
  }

  overlaps(other: CharSet): boolean {
    let i = 0
    let j = 0
    while (i < this.ranges.length && j < other.ranges.length) {
      const a = this.ranges[i] as Range
      const b = other.ranges[j] as Range
      if (a[1] < b[0]) i++
      else if (b[1] < a[0]) j++
      else return true
    }
    return false
  }

  /** The set with both cases of every ASCII letter in it (the `i` flag). */
  caseFolded(): CharSet {
    const extra: Range[] = []
    for (const [a, b] of this.ranges) {
      const lo = Math.max(a, 0x41)
      const hi = Math.min(b, 0x5a)
      if (lo <= hi) extra.push([lo + 32, hi + 32])
      const lo2 = Math.max(a, 0x61)
      const hi2 = Math.min(b, 0x7a)
      if (lo2 <= hi2) extra.push([lo2 - 32, hi2 - 32])
    }
    return extra.length === 0 ? this : CharSet.fromRanges([...this.ranges, ...extra])
  }

  /**
   * Up to `count` characters of the set, preferring ones that make readable, varied probes: a word
   * character, a punctuation mark, a space, then anything.
   */
  samples(count: number): string[] {
    const out: string[] = []
    for (const char of PREFERRED)
      if (out.length < count && this.has(char.codePointAt(0) ?? 0) && !out.includes(char)) out.push(char)
    for (const [a] of this.ranges) {
      if (out.length >= count) break
      const char = String.fromCodePoint(a)
      if (!out.includes(char)) out.push(char)
    }
    return out
  }
}

/** Characters tried first as samples: word, punctuation, space, line breaks. */
const PREFERRED = ['a', '-', ' ', '0', 'A', '_', '.', '/', '=', ':', '\n', '"', "'", '%', '{', '\t', '\r']

export const DIGIT: CharSet = CharSet.range(0x30, 0x39)
export const WORD: CharSet = CharSet.fromRanges([
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
])
/** `\s`: white space and line terminators, as ECMAScript defines them. */
export const SPACE: CharSet = CharSet.fromRanges([
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
])
export const LINE_TERMINATORS: CharSet = CharSet.fromRanges([
  [0x0a, 0x0a],
  [0x0d, 0x0d],
  [0x2028, 0x2029],
])
