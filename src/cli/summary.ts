import { type Outcome, statusOf } from './outcome.ts'

/** Counts of one input's exchanges. */
export interface Summary {
  total: number
  diagnosed: number
  /** Diagnosed replies by code, most frequent first. */
  byCode: Map<string, number>
  /** Undiagnosed replies with status 400 or more. */
  otherErrors: number
  /** Those by status, most frequent first. */
  byStatus: Map<string, number>
  /** Replies below 400 that were not diagnosed. */
  ok: number
  /** Requests that got no reply. */
  noReply: number
}

/** Counts exchanges by diagnosis code and, for undiagnosed errors, by status. One pass. */
export function summarize(outcomes: readonly Outcome[]): Summary {
  const byCode = new Map<string, number>()
  const byStatus = new Map<string, number>()
  let ok = 0
  let noReply = 0
  let otherErrors = 0
  for (const outcome of outcomes) {
    if (outcome.diagnosis !== undefined) bump(byCode, outcome.diagnosis.code)
    else if (outcome.exchange.kind === 'no-reply') noReply++
    else if (statusOf(outcome) >= 400) {
      otherErrors++
      bump(byStatus, String(statusOf(outcome)))
    } else ok++
  }
  const diagnosed = outcomes.length - ok - noReply - otherErrors
  return { total: outcomes.length, diagnosed, byCode: sorted(byCode), otherErrors, byStatus: sorted(byStatus), ok, noReply }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1)
}

function sorted(map: Map<string, number>): Map<string, number> {
  return new Map([...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))
}
