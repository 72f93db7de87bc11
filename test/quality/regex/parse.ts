/**
 * A parser for ECMAScript regular expressions, into the small tree the safety checker and the step-counting
 * matcher work on. It covers what the library's patterns use (classes, escapes, groups, lookarounds,
 * quantifiers, anchors, back references); `\p{…}` is read as "any character", which only makes the
 * checker more cautious.
 */
import { CharSet, DIGIT, LINE_TERMINATORS, SPACE, WORD } from './charset.ts'

/** One node of a parsed pattern. */
export type RegexNode =
  | { kind: 'chars'; set: CharSet }
  | { kind: 'seq'; items: RegexNode[] }
  | { kind: 'alt'; options: RegexNode[] }
  | { kind: 'group'; body: RegexNode }
  | { kind: 'look'; body: RegexNode; ahead: boolean; negate: boolean }
  | { kind: 'repeat'; body: RegexNode; min: number; max: number; lazy: boolean }
  | { kind: 'assert'; what: 'start' | 'end' | 'boundary' | 'non-boundary' }
  | { kind: 'backref' }

/** A parsed pattern with its flags. */
export interface ParsedRegex {
  root: RegexNode
  flags: string
  ignoreCase: boolean
  multiline: boolean
  dotAll: boolean
}

/** Parses `source` with `flags`; throws SyntaxError on what it cannot read. */
export function parseRegex(source: string, flags = ''): ParsedRegex {
  const parser = new Parser(source, flags.includes('i'), flags.includes('s'))
  const root = parser.disjunction()
  if (!parser.done()) throw new SyntaxError(`unexpected "${source[parser.pos]}" at ${parser.pos} in /${source}/`)
  return { root, flags, ignoreCase: flags.includes('i'), multiline: flags.includes('m'), dotAll: flags.includes('s') }
}

class Parser {
  pos = 0
  private readonly source: string
  private readonly ignoreCase: boolean
  private readonly dotAll: boolean

  constructor(source: string, ignoreCase: boolean, dotAll: boolean) {
    this.source = source
    this.ignoreCase = ignoreCase
    this.dotAll = dotAll
  }

  done(): boolean {
    return this.pos >= this.source.length
  }

  private peek(offset = 0): string | undefined {
    return this.source[this.pos + offset]
  }

  private eat(text: string): boolean {
    if (!this.source.startsWith(text, this.pos)) return false
    this.pos += text.length
    return true
  }

  disjunction(): RegexNode {
    const options = [this.alternative()]
    while (this.eat('|')) options.push(this.alternative())
    return options.length === 1 ? (options[0] as RegexNode) : { kind: 'alt', options }
  }

  private alternative(): RegexNode {
    const items: RegexNode[] = []
    while (!this.done() && this.peek() !== '|' && this.peek() !== ')') items.push(this.term())
    return items.length === 1 ? (items[0] as RegexNode) : { kind: 'seq', items }
  }

  private term(): RegexNode {
    const atom = this.atom()
    if (atom.kind === 'assert' || (atom.kind === 'look' && !atom.ahead)) return atom
    return this.quantifier(atom)
  }

  private quantifier(body: RegexNode): RegexNode {
    let min: number
    let max: number
    const char = this.peek()
    if (char === '*') [min, max] = [0, Infinity]
    else if (char === '+') [min, max] = [1, Infinity]
    else if (char === '?') [min, max] = [0, 1]
    else if (char === '{') {
      const braces = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.pos))
      if (braces === null) return body // a literal "{"
      min = Number(braces[1])
      max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3])
      this.pos += braces[0].length - 1
    } else return body
    this.pos++
    const lazy = this.eat('?')
    return { kind: 'repeat', body, min, max, lazy }
  }

  private atom(): RegexNode {
    const char = this.peek()
    if (char === undefined) throw new SyntaxError('unexpected end of pattern')
    if (char === '^') {
      this.pos++
      return { kind: 'assert', what: 'start' }
    }
    if (char === '$') {
      this.pos++
      return { kind: 'assert', what: 'end' }
    }
    if (char === '.') {
      this.pos++
      return { kind: 'chars', set: this.dotAll ? CharSet.all() : LINE_TERMINATORS.complement() }
    }
    if (char === '(') return this.group()
    if (char === '[') return { kind: 'chars', set: this.fold(this.characterClass()) }
    if (char === '\\') return this.atomEscape()
    this.pos++
    return { kind: 'chars', set: this.fold(CharSet.of(this.readCodePoint(char))) }
  }

  /** Surrogate pairs count as one character. */
  private readCodePoint(first: string): string {
    const code = first.charCodeAt(0)
    if (code >= 0xd800 && code <= 0xdbff && this.peek() !== undefined) {
      const next = this.source.charCodeAt(this.pos)
      if (next >= 0xdc00 && next <= 0xdfff) {
        this.pos++
        return first + String.fromCharCode(next)
      }
    }
    return first
  }

  private fold(set: CharSet): CharSet {
    return this.ignoreCase ? set.caseFolded() : set
  }

  private group(): RegexNode {
    this.pos++ // (
    let node: RegexNode
    if (this.eat('?:')) node = { kind: 'group', body: this.disjunction() }
    else if (this.eat('?=')) node = { kind: 'look', body: this.disjunction(), ahead: true, negate: false }
    else if (this.eat('?!')) node = { kind: 'look', body: this.disjunction(), ahead: true, negate: true }
    else if (this.eat('?<=')) node = { kind: 'look', body: this.disjunction(), ahead: false, negate: false }
    else if (this.eat('?<!')) node = { kind: 'look', body: this.disjunction(), ahead: false, negate: true }
    else if (this.eat('?<')) {
      const end = this.source.indexOf('>', this.pos)
      if (end === -1) throw new SyntaxError('unterminated group name')
      this.pos = end + 1
      node = { kind: 'group', body: this.disjunction() }
    } else if (this.peek() === '?') {
      // Modifiers such as (?i:…): read as a plain group.
      const colon = this.source.indexOf(':', this.pos)
      if (colon === -1) throw new SyntaxError('bad group')
      this.pos = colon + 1
      node = { kind: 'group', body: this.disjunction() }
    } else node = { kind: 'group', body: this.disjunction() }
    if (!this.eat(')')) throw new SyntaxError('missing )')
    return node
  }

  private atomEscape(): RegexNode {
    this.pos++ // backslash
    const char = this.peek()
    if (char === undefined) throw new SyntaxError('pattern ends with a backslash')
    if (char === 'b' || char === 'B') {
      this.pos++
      return { kind: 'assert', what: char === 'b' ? 'boundary' : 'non-boundary' }
    }
    if (/[1-9]/.test(char)) {
      while (/\d/.test(this.peek() ?? '')) this.pos++
      return { kind: 'backref' }
    }
    if (char === 'k' && this.peek(1) === '<') {
      const end = this.source.indexOf('>', this.pos)
      this.pos = end === -1 ? this.source.length : end + 1
      return { kind: 'backref' }
    }
    return { kind: 'chars', set: this.fold(this.classEscape()) }
  }

  /** An escape valid both inside and outside a class (after the backslash). */
  private classEscape(): CharSet {
    const char = this.peek() as string
    this.pos++
    switch (char) {
      case 'd':
        return DIGIT
      case 'D':
        return DIGIT.complement()
      case 'w':
        return this.ignoreCase ? WORD.union(CharSet.of('\u017f', '\u212a')) : WORD
      case 'W':
        return WORD.complement()
      case 's':
        return SPACE
      case 'S':
        return SPACE.complement()
      case 'n':
        return CharSet.of('\n')
      case 'r':
        return CharSet.of('\r')
      case 't':
        return CharSet.of('\t')
      case 'v':
        return CharSet.of('\v')
      case 'f':
        return CharSet.of('\f')
      case '0':
        return CharSet.of('\0')
      case 'c': {
        const letter = this.peek() ?? 'A'
        this.pos++
        return CharSet.range(letter.charCodeAt(0) % 32, letter.charCodeAt(0) % 32)
      }
      case 'x': {
        const hex = this.source.slice(this.pos, this.pos + 2)
        this.pos += 2
        const code = Number.parseInt(hex, 16)
        return CharSet.range(code, code)
      }
      case 'u': {
        if (this.peek() === '{') {
          const end = this.source.indexOf('}', this.pos)
          const code = Number.parseInt(this.source.slice(this.pos + 1, end), 16)
          this.pos = end + 1
          return CharSet.range(code, code)
        }
        const code = Number.parseInt(this.source.slice(this.pos, this.pos + 4), 16)
        this.pos += 4
        return CharSet.range(code, code)
      }
      case 'p':
      case 'P': {
        // Unicode properties: read as any character, which can only make the checker stricter.
        const end = this.source.indexOf('}', this.pos)
        this.pos = end === -1 ? this.source.length : end + 1
        return CharSet.all()
      }
      default:
        return CharSet.of(this.readCodePoint(char))
    }
  }

  private characterClass(): CharSet {
    this.pos++ // [
    const negate = this.eat('^')
    let set = CharSet.empty()
    while (!this.done() && this.peek() !== ']') {
      const from = this.classAtom()
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined && from.single !== undefined) {
        this.pos++
        const to = this.classAtom()
        if (to.single === undefined) set = set.union(from.set).union(CharSet.of('-')).union(to.set)
        else set = set.union(CharSet.range(from.single, to.single))
      } else set = set.union(from.set)
    }
    if (!this.eat(']')) throw new SyntaxError('missing ]')
    return negate ? set.complement() : set
  }

  private classAtom(): { set: CharSet; single?: number } {
    const char = this.peek() as string
    if (char === '\\') {
      this.pos++
      if (this.peek() === 'b') {
        this.pos++
        return { set: CharSet.of('\b'), single: 8 }
      }
      if (this.peek() === '-') {
        this.pos++
        return { set: CharSet.of('-'), single: 0x2d }
      }
      const set = this.classEscape()
      const only = set.ranges.length === 1 && set.ranges[0]?.[0] === set.ranges[0]?.[1] ? set.ranges[0]?.[0] : undefined
      return only === undefined ? { set } : { set, single: only }
    }
    this.pos++
    const text = this.readCodePoint(char)
    const code = text.codePointAt(0) ?? 0
    return { set: CharSet.range(code, code), single: code }
  }
}
