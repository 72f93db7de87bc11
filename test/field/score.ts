/**
 * Scores a diagnose function on the field corpus: the right layer, the right code, the thread's cause
 * first or among the first three, and how often a look-alike from another server is called AWS.
 */
import type { Confidence, DiagnoseInput, DiagnoseOptions, Diagnosis } from '../../src/types.ts'
import { carriesEvidence, type FieldCase, isAwsCase } from './corpus.ts'

export type DiagnoseFn = (input: DiagnoseInput, options?: DiagnoseOptions) => Diagnosis | undefined

/** How one case came out. */
export interface CaseOutcome {
  id: string
  aws: boolean
  evidence: boolean
  layer?: string
  code?: string
  confidence?: Confidence
  /** The first three cause ids. */
  causes: string[]
  layerRight?: boolean
  codeRight?: boolean
  causeAt1?: boolean
  causeAt3?: boolean
}

/** A share: how many of how many. */
export interface Share {
  hit: number
  of: number
}

export interface FieldScore {
  cases: number
  awsCases: number
  evidenceBearing: number
  layer: Share
  code: Share
  causeAt1: Share
  causeAt3: Share
  byLayer: Record<string, { layer: Share; code: Share; causeAt3: Share }>
  lookalikes: { total: number; mediumOrHigh: number; low: number }
  outcomes: CaseOutcome[]
}

/** Runs every case through `diagnose` and scores it. */
export function scoreCorpus(corpus: readonly FieldCase[], diagnose: DiagnoseFn): FieldScore {
  const score: FieldScore = {
    cases: corpus.length,
    awsCases: 0,
    evidenceBearing: 0,
    layer: { hit: 0, of: 0 },
    code: { hit: 0, of: 0 },
    causeAt1: { hit: 0, of: 0 },
    causeAt3: { hit: 0, of: 0 },
    byLayer: {},
    lookalikes: { total: 0, mediumOrHigh: 0, low: 0 },
    outcomes: [],
  }
  for (const entry of corpus) {
    const diagnosis = diagnose({ status: 0, ...entry.input } as DiagnoseInput, { ...entry.options })
    const outcome: CaseOutcome = {
      id: entry.id,
      aws: isAwsCase(entry),
      evidence: carriesEvidence(entry),
      layer: diagnosis?.layer,
      code: diagnosis?.code,
      confidence: diagnosis?.confidence,
      causes: (diagnosis?.causes ?? []).slice(0, 3).map((cause) => cause.id),
    }
    score.outcomes.push(outcome)
    if (!isAwsCase(entry)) {
      score.lookalikes.total++
      if (diagnosis?.confidence === 'low') score.lookalikes.low++
      else if (diagnosis !== undefined) score.lookalikes.mediumOrHigh++
      continue
    }
    score.awsCases++
    if (!outcome.evidence) continue
    score.evidenceBearing++
    const expected = entry.expect
    const perLayer = score.byLayer[expected.layer] ?? {
      layer: { hit: 0, of: 0 },
      code: { hit: 0, of: 0 },
      causeAt3: { hit: 0, of: 0 },
    }
    score.byLayer[expected.layer] = perLayer
    outcome.layerRight = diagnosis?.layer === expected.layer
    count(score.layer, outcome.layerRight)
    count(perLayer.layer, outcome.layerRight)
    if (expected.code === null) continue
    outcome.codeRight = diagnosis?.code === expected.code
    count(score.code, outcome.codeRight)
    count(perLayer.code, outcome.codeRight)
    if (expected.cause === null) continue
    outcome.causeAt1 = outcome.codeRight && outcome.causes[0] === expected.cause
    outcome.causeAt3 = outcome.codeRight && outcome.causes.includes(expected.cause)
    count(score.causeAt1, outcome.causeAt1)
    count(score.causeAt3, outcome.causeAt3)
    count(perLayer.causeAt3, outcome.causeAt3)
  }
  return score
}

function count(share: Share, hit: boolean): void {
  share.of++
  if (hit) share.hit++
}

/** `87.5 % (140/160)` */
export function percent(share: Share): string {
  if (share.of === 0) return 'n/a'
  return `${((100 * share.hit) / share.of).toFixed(1)} % (${share.hit}/${share.of})`
}

/** The share as a fraction (1 for an empty share). */
export function ratio(share: Share): number {
  return share.of === 0 ? 1 : share.hit / share.of
}
