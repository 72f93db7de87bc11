/**
 * The regex-safety checker itself: its parser and step-counting matcher agree with V8, its static rules
 * flag the textbook catastrophic shapes and leave linear ones alone, and its probe tells linear from
 * quadratic and exponential growth. regex-safety.test.ts then runs it over the library's own patterns.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyze } from './regex/analyze.ts'
import { patternsIn } from './regex/collect.ts'
import { parseRegex } from './regex/parse.ts'
import { LINEAR_RATIO, measureGrowth } from './regex/probe.ts'
import { search } from './regex/steps.ts'

/** Exponential: the same text can be split between the quantifiers in exponentially many ways. */
const EXPONENTIAL: readonly [string, string][] = [
  ['(a+)+$', 'nested-quantifier'],
  ['(a*)*b', 'nested-quantifier'],
  ['(a?)+b', 'nested-quantifier'],
  ['(\\w+\\s?)+$', 'nested-quantifier'],
  ['^(([a-z])+.)+[A-Z]([a-z])+$', 'nested-quantifier'],
  ['(?:x+x+)+y', 'nested-quantifier'],
  ['(a|a)*c', 'overlapping-alternatives'],
  ['(a|aa)+$', 'overlapping-alternatives'],
  ['(\\d|\\w)+!', 'overlapping-alternatives'],
  ['(?:[^"]|\\w)*x', 'overlapping-alternatives'],
]

/** Polynomial: two unbounded quantifiers that can take the same characters, only optional parts between. */
const POLYNOMIAL: readonly string[] = ['\\s*[\\r\\n]+\\s*', '.*.*=.*', 'a*a*b', '\\d+\\d*x', 'a*b?a*c', '[a-z]+\\w+!']

/** Linear in V8: each character is taken by exactly one quantifier, and a failed attempt ends quickly. */
const LINEAR: readonly [string, string][] = [
  ['^[a-z]+$', ''],
  ['(?:\\s*,\\s*\\w+)*', ''],
  ['"(?:[^"\\\\]|\\\\.)*"', ''],
  ['\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]+', 'gi'],
  ['[\\r\\n]+', 'g'],
  ['\\s+', 'g'],
  ['(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*', 'g'],
  ['^(?:localhost|[a-z0-9-]{1,63}\\.localhost|127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})$', 'i'],
  ["'[^'\\n]{0,4096}' not a valid key=value pair", 'g'],
  ['%(?![0-9A-Fa-f]{2})', ''],
]

/**
 * Quadratic only through the search's restarts — no static shape, the probe finds them: every start
 * position scans the same long run again (V8 takes seconds on 50 000 characters for each of these).
 */
const RESTART_QUADRATIC: readonly [string, string][] = [
  ['\\n+$', ''],
  ['a+b', ''],
  ['\\beyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*', 'g'],
]

describe('static rules', () => {
  it.each(EXPONENTIAL)('flags /%s/ as %s', (source, rule) => {
    expect(analyze(parseRegex(source).root).map((finding) => finding.rule)).toContain(rule)
  })

  it.each(POLYNOMIAL)('flags /%s/ as adjacent-overlap', (source) => {
    expect(analyze(parseRegex(source).root).map((finding) => finding.rule)).toContain('adjacent-overlap')
  })

  it.each(LINEAR)('leaves /%s/%s alone', (source, flags) => {
    expect(analyze(parseRegex(source, flags).root)).toEqual([])
  })

  it('needs many rounds for a nested quantifier to matter: (\\d{1,3}\\.){3} is fine, (.*a){12} is not', () => {
    expect(analyze(parseRegex('^(\\d{1,3}\\.){3}\\d{1,3}$').root)).toEqual([])
    expect(analyze(parseRegex('(.*a){12}').root).map((finding) => finding.rule)).toContain('nested-quantifier')
  })

  it('reads the i flag: /[a-z]+[A-Z]+!/i overlaps, without i it does not', () => {
    expect(analyze(parseRegex('[a-z]+[A-Z]+!', 'i').root).map((finding) => finding.rule)).toEqual(['adjacent-overlap'])
    expect(analyze(parseRegex('[a-z]+[A-Z]+!').root)).toEqual([])
  })
})

describe('step probe', () => {
  it.each([...EXPONENTIAL.map(([source]) => source), ...POLYNOMIAL])('measures /%s/ growing faster than linear', (source) => {
    const growth = measureGrowth(parseRegex(source))
    expect(growth?.exploded === true || (growth?.ratio ?? 0) > LINEAR_RATIO).toBe(true)
  })

  it.each(RESTART_QUADRATIC)('finds the restart-quadratic /%s/%s', (source, flags) => {
    const growth = measureGrowth(parseRegex(source, flags))
    expect(growth?.ratio).toBeGreaterThan(LINEAR_RATIO)
    expect(growth?.ratio).toBeLessThan(4.5) // quadratic, not worse: four times the steps for twice the text
  })

  it.each(LINEAR)('measures /%s/%s growing linearly', (source, flags) => {
    const growth = measureGrowth(parseRegex(source, flags))
    expect(growth?.exploded).toBe(false)
    expect(growth?.ratio).toBeLessThanOrEqual(LINEAR_RATIO)
  })

  it('does not model back references', () => {
    expect(measureGrowth(parseRegex('(a)\\1'))).toBeUndefined()
  })
})

describe('the step-counting matcher finds the same first match as V8', () => {
  const patterns: [string, string][] = [
    ...LINEAR,
    ...RESTART_QUADRATIC,
    ['a*b?a*c', ''],
    ['(?:ab|a)c', ''],
    ['x(?=y)', ''],
    ['(?<!a)b', ''],
    ['^b$', 'm'],
    ['\\Bb', ''],
    ['a{2,3}?b', ''],
    ['[^\\s\\d-]+', ''],
    ['.', 's'],
    ['[a-c]+', 'i'],
  ]
  it.each(patterns)('/%s/%s', (source, flags) => {
    const parsed = parseRegex(source, flags)
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'b', 'c', 'x', 'y', 'A', '-', ' ', '\n', '.', '0', '"', "'", 'e', 'J'),
          maxLength: 30,
        }),
        (text) => {
          const expected = new RegExp(source, flags.replace('g', '')).exec(text)?.index ?? -1
          expect(search(parsed, text, 1_000_000)?.index).toBe(expected)
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('collecting patterns from TypeScript', () => {
  it('finds literals and RegExp calls, and never takes a division or a string for a pattern', () => {
    const source = [
      'const half = total / 2 / count',
      "const url = 'https://example.com/a/b'",
      '// a comment with /slashes/ in it',
      'const re = /^\\s+at /g',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source text for the collector, not a template
      'const built = new RegExp(`"${key}"(\\\\s*:\\\\s*)`, "i")',
      'const plain = RegExp("a+b")',
      'const unknown = new RegExp(name)',
      'type T = Array</*not a regex*/ string>',
    ].join('\n')
    expect(patternsIn(source, 'x.ts')).toEqual([
      { file: 'x.ts', line: 4, source: '^\\s+at ', flags: 'g', dynamic: 'no' },
      { file: 'x.ts', line: 5, source: '"x"(\\s*:\\s*)', flags: 'i', dynamic: 'template' },
      { file: 'x.ts', line: 6, source: 'a+b', flags: '', dynamic: 'no' },
      { file: 'x.ts', line: 7, source: '', flags: '', dynamic: 'unknown' },
    ])
  })
})

describe('parser', () => {
  it('reads a literal { that starts no quantifier, escapes in classes, and ranges', () => {
    const parsed = parseRegex('\\{(\\w{1,20})\\}[\\]\\-a-c]')
    expect(parsed.root.kind).toBe('seq')
    expect(search(parsed, '{ab_1}-', 1000)?.index).toBe(0)
    expect(search(parsed, '{ab_1}d', 1000)?.index).toBe(-1)
  })

  it('rejects what it cannot read', () => {
    expect(() => parseRegex('(a')).toThrow(SyntaxError)
    expect(() => parseRegex('[a')).toThrow(SyntaxError)
  })
})
