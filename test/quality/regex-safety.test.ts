/**
 * Every regular expression in src/ and adapters/ is checked for backtracking-prone shapes (static rules of
 * regex/analyze.ts) and probed: its backtracking work on adversarial texts must grow linearly with their
 * length (counted in matcher steps, not timed), and V8 must get through a 50 000-character adversarial text
 * (a catastrophic pattern never would, and the test would time out).
 *
 * KNOWN lists the patterns found unsafe that belong to other files' owners: they are reported with a fix,
 * and this test fails if a new one appears or when a listed one is fixed (remove it from KNOWN then).
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze, type Finding } from './regex/analyze.ts'
import { collectPatterns, type FoundPattern } from './regex/collect.ts'
import { type ParsedRegex, parseRegex } from './regex/parse.ts'
import { type Growth, LINEAR_RATIO, measureGrowth } from './regex/probe.ts'

interface Known {
  file: string
  source: string
  /** Why it is unsafe and how to fix it. */
  note: string
}

const KNOWN: readonly Known[] = []

const root = join(import.meta.dirname, '..', '..')
const patterns: FoundPattern[] = collectPatterns(root, ['src', 'adapters'])

interface Checked {
  pattern: FoundPattern
  parsed: ParsedRegex
  findings: Finding[]
  growth: Growth | undefined
}

const checked: Checked[] = patterns.map((pattern) => {
  const parsed = parseRegex(pattern.source, pattern.flags)
  return { pattern, parsed, findings: analyze(parsed.root), growth: measureGrowth(parsed) }
})

const label = (p: FoundPattern): string => `${p.file}:${p.line} /${p.source}/${p.flags}`
const isKnown = (p: FoundPattern): boolean => KNOWN.some((known) => known.file === p.file && known.source === p.source)
const superLinear = (growth: Growth | undefined): boolean =>
  growth !== undefined && (growth.exploded || growth.ratio > LINEAR_RATIO)

describe('regular expressions in src/ and adapters/', () => {
  it('are all found and parsed', () => {
    // The library has dozens of patterns; a collector that finds none would make every check below vacuous.
    expect(patterns.length).toBeGreaterThan(40)
    expect(patterns.some((p) => p.file.startsWith('adapters/'))).toBe(true)
    expect(patterns.some((p) => p.file.startsWith('src/cli/'))).toBe(true)
  })

  it('are never built from values the checker cannot see', () => {
    expect(patterns.filter((p) => p.dynamic === 'unknown').map(label)).toEqual([])
  })

  it('have no backtracking-prone shape (nested quantifiers, overlapping alternatives, adjacent overlaps)', () => {
    const unexpected = checked.filter((c) => c.findings.length > 0 && !isKnown(c.pattern))
    expect(unexpected.map((c) => `${label(c.pattern)}: ${c.findings.map((f) => `${f.rule}: ${f.detail}`).join('; ')}`)).toEqual(
      [],
    )
  })

  it('need backtracking steps that grow linearly with adversarial texts', () => {
    const modelled = checked.filter((c) => c.growth !== undefined)
    expect(modelled.length).toBe(checked.length) // no back references in the library's patterns
    const unexpected = modelled.filter((c) => superLinear(c.growth) && !isKnown(c.pattern))
    expect(
      unexpected.map(
        (c) =>
          `${label(c.pattern)}: steps ${c.growth?.steps.join(' → ')} for ${c.growth?.length} → ${(c.growth?.length ?? 0) * 2} chars of ${c.growth?.attack.label}`,
      ),
    ).toEqual([])
    // The linear ones: at most a few dozen steps per character of text.
    for (const c of modelled.filter((m) => !isKnown(m.pattern)))
      expect(c.growth?.steps[1] ?? 0).toBeLessThan(200 * 2 * (c.growth?.length ?? 0))
  })

  it('list in KNOWN only patterns that are still there and still unsafe', () => {
    const stale = KNOWN.filter((known) => {
      const match = checked.find((c) => c.pattern.file === known.file && c.pattern.source === known.source)
      return match === undefined || !(match.findings.length > 0 || superLinear(match.growth))
    })
    expect(stale.map((known) => `${known.file} /${known.source}/ is fixed or gone: remove it from KNOWN`)).toEqual([])
  })

  // A catastrophic pattern would not finish here, and vitest's timeout would fail the test.
  it.each(checked.map((c) => [label(c.pattern), c] as const))(
    'V8 completes %s on a 50 000-character adversarial text',
    (_name, c) => {
      const text = c.growth?.attack.build(50_000) ?? 'a'.repeat(50_000)
      expect(text.length).toBeGreaterThanOrEqual(49_999)
      const regex = new RegExp(c.pattern.source, c.pattern.flags)
      const started = performance.now()
      if (regex.global) text.replace(regex, '')
      else regex.exec(text)
      // Linear patterns take milliseconds here; a quadratic one takes seconds, a catastrophic one forever.
      expect(performance.now() - started).toBeLessThan(1000)
    },
    30_000,
  )
})
