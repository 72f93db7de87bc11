import { describe, expect, it } from 'vitest'
import { diagnose } from '../../src/index.ts'
import { loadCorpus } from './corpus.ts'
import record from './record.json' with { type: 'json' }
import { type CaseOutcome, ratio, scoreCorpus } from './score.ts'

/**
 * The field corpus as a regression suite: every case keeps the answer recorded in record.json (refresh it
 * with `npm run field -- --record` after a deliberate change, and say why in the commit), and the totals keep
 * their floors. The floors are the targets of issue #13: they hold on this corpus and must keep holding.
 */
const corpus = loadCorpus()
const score = scoreCorpus(corpus, diagnose)
const recorded = record as Record<string, Omit<CaseOutcome, 'id'>>

describe('the field corpus', () => {
  it('holds at least 150 real replies, 40 of them from other servers, each recorded', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150)
    expect(score.lookalikes.total).toBeGreaterThanOrEqual(40)
    expect(Object.keys(recorded).sort()).toEqual(corpus.map((entry) => entry.id).sort())
  })

  it.each(score.outcomes.map((outcome) => [outcome.id, outcome] as const))('%s keeps its recorded answer', (id, outcome) => {
    const { id: _id, ...now } = outcome
    expect(now).toEqual(recorded[id])
  })

  it('meets the floors on AWS replies that carry evidence', () => {
    expect(ratio(score.layer)).toBeGreaterThanOrEqual(0.95)
    expect(ratio(score.code)).toBeGreaterThanOrEqual(0.9)
    expect(ratio(score.causeAt3)).toBeGreaterThanOrEqual(0.75)
  })

  it('calls no look-alike AWS above low, and at most 10 % of them at low', () => {
    expect(score.lookalikes.mediumOrHigh).toBe(0)
    expect(score.lookalikes.low / score.lookalikes.total).toBeLessThanOrEqual(0.1)
  })
})
