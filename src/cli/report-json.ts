import { redactText } from '../output/redact.ts'
import type { Diagnosis } from '../types.ts'
import { type Outcome, statusOf } from './outcome.ts'
import { displayUrl } from './redact-output.ts'
import { scrubDeep, secretsOf } from './scrub.ts'
import type { InputFormat } from './types.ts'

/** One entry of `apigw-doctor --json`: where the reply was found, and its diagnosis. */
export interface JsonEntry {
  /** The input as named on the command line (`-` for stdin). */
  source: string
  /** Position of the exchange in its input, from 1. */
  index: number
  format: InputFormat
  method?: string
  /** The request URL without query string, fragment or credentials. */
  url?: string
  /** The reply's status; 0 when the request got no reply, or when pasted text did not give it. */
  status: number
  statusText?: string
  elapsedMs?: number
  /** Why there was no reply, as the capture says (e.g. `net::ERR_FAILED`). */
  error?: string
  /** The diagnosis, or `null` (only listed with `--all`). */
  diagnosis: Diagnosis | null
}

/**
 * The JSON entry of one outcome; `undefined` when it is not listed (not diagnosed, without `all`). Redacted as
 * the text report is: captured strings through `redactText`, URLs through `redactUrl`, and the request's own
 * credential values removed from every string of the entry.
 */
export function jsonEntry(outcome: Outcome, all: boolean): JsonEntry | undefined {
  if (outcome.diagnosis === undefined && !all) return undefined
  const { exchange } = outcome
  const entry: JsonEntry = {
    source: outcome.source,
    index: outcome.index,
    format: outcome.format,
    status: statusOf(outcome),
    diagnosis: null,
  }
  const head: Partial<JsonEntry> = {}
  if (exchange.method !== undefined) head.method = exchange.method
  if (exchange.url !== undefined) head.url = displayUrl(exchange.url)
  if (exchange.kind === 'reply') {
    if (exchange.input.statusText !== undefined) entry.statusText = redactText(exchange.input.statusText.slice(0, 256))
    if (exchange.input.elapsedMs !== undefined) entry.elapsedMs = exchange.input.elapsedMs
  } else {
    entry.error = redactText(exchange.error)
  }
  if (outcome.diagnosis !== undefined) entry.diagnosis = redactCaptured(outcome.diagnosis)
  // Keys in reading order: where the reply is, what it was, then the diagnosis.
  const { source, index, format, diagnosis, ...reply } = entry
  return scrubDeep({ source, index, format, ...head, ...reply, diagnosis }, secretsOf(exchange))
}

/** The diagnosis with the strings that came from the reply (evidence, IDs) redacted. */
function redactCaptured(d: Diagnosis): Diagnosis {
  const out: Diagnosis = { ...d, evidence: d.evidence.map(redactText) }
  if (d.requestId !== undefined) out.requestId = redactText(d.requestId)
  if (d.extendedRequestId !== undefined) out.extendedRequestId = redactText(d.extendedRequestId)
  if (d.cloudfrontId !== undefined) out.cloudfrontId = redactText(d.cloudfrontId)
  if (d.traceId !== undefined) out.traceId = redactText(d.traceId)
  return out
}
