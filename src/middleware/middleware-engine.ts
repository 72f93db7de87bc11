/**
 * The part of the middleware that needs the engine, the catalog and the output code. The adapters never
 * import it statically: src/middleware/engine-loader.ts loads it with `import()` at the first failure (or when the
 * page is idle), so that installing an adapter ships only the light src/middleware/middleware.ts.
 * @module
 */

import { diagnoseWith, type EnglishTexts } from '../engine/diagnose-with.ts'
import { diagnoseNoResponse, type NoResponseInput } from '../engine/no-response.ts'
import { attachDiagnosis } from '../output/attach.ts'
import { GatewayError, gatewayErrorResponse } from '../output/error.ts'
import { logDiagnosis } from '../output/format.ts'
import { readBodyText } from '../reading/body.ts'
import { boundedJson } from '../reading/bounded-json.ts'
import { normalizeHeaders } from '../reading/headers.ts'
import { byteLimit } from '../reading/read-response.ts'
import type { BodyLike, Confidence, Diagnosis } from '../types.ts'
import type { DiagnosisOptions, FailedReply, Finding } from './options.ts'

const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = { low: 0, medium: 1, high: 2 }

/** The diagnosis, when it is at least as confident as `minConfidence` asks. */
function confidentEnough(diagnosis: Diagnosis | undefined, options: DiagnosisOptions): Diagnosis | undefined {
  if (diagnosis === undefined || options.minConfidence === undefined) return diagnosis
  return CONFIDENCE_RANK[diagnosis.confidence] >= (CONFIDENCE_RANK[options.minConfidence] ?? 0) ? diagnosis : undefined
}

/**
 * The built-in English texts, once their chunk has loaded (src/middleware/engine-loader.ts loads them beside
 * this module unless the options ask for Japanese, whose overlay has every text).
 */
let englishTexts: EnglishTexts | undefined

/** Hands over the English texts' chunk. */
export function useEnglishTexts(texts: EnglishTexts): void {
  englishTexts = texts
}

/** Diagnoses a failed reply (status ≥ 400) with the user's options. */
export function diagnoseReply(reply: FailedReply, options: DiagnosisOptions): Diagnosis | undefined {
  return confidentEnough(
    diagnoseWith(
      reply,
      {
        signatures: options.signatures,
        maxBodyBytes: options.maxBodyBytes,
        awsHosts: options.awsHosts,
        locale: options.locale,
        routes: options.routes,
      },
      englishTexts,
    ),
    options,
  )
}

/**
 * The finding for a failed reply, or `undefined` when it is not diagnosed. `GatewayError.response` will be
 * `response` when given (fetch), otherwise a redacted copy of status, headers and the body's beginning.
 */
export function replyFinding(reply: FailedReply, options: DiagnosisOptions, response?: Response): Finding | undefined {
  const diagnosis = diagnoseReply(reply, options)
  if (diagnosis === undefined) return undefined
  if (options.throwEnriched !== true) return { diagnosis }
  const copy =
    response ??
    gatewayErrorResponse(
      reply.status,
      reply.statusText ?? '',
      normalizeHeaders(reply.headers),
      bodyPreview(reply.body, byteLimit(options.maxBodyBytes)),
    )
  return { diagnosis, response: copy }
}

/** Diagnoses a request that got no reply, as far as `networkErrors` allows. */
export function diagnoseNoReply(input: NoResponseInput, options: DiagnosisOptions): Diagnosis | undefined {
  const mode = options.networkErrors ?? 'aws'
  if (mode === 'off') return undefined
  return confidentEnough(
    diagnoseNoResponse(input, { awsHosts: options.awsHosts, anyHost: mode === 'all', locale: options.locale }),
    options,
  )
}

/**
 * Reports a finding (log, callback) and hands back what the client should throw or return: a
 * `GatewayError` with `throwEnriched`, otherwise `target` with `diagnosis` attached (all or nothing).
 * Throws when logging or the callback throws; the caller's guard then gives back `target` untouched.
 */
export function deliver<T extends object>(target: T, finding: Finding, options: DiagnosisOptions): T | GatewayError {
  report(finding.diagnosis, target, options)
  if (options.throwEnriched === true)
    return new GatewayError(finding.diagnosis, { cause: target, response: finding.response, locale: options.locale })
  attachDiagnosis(target, finding.diagnosis)
  return target
}

/** Logs and calls back; a throw from either aborts the enrichment (the caller's guard catches it). */
function report(diagnosis: Diagnosis, target: unknown, options: DiagnosisOptions): void {
  if (options.log === true) logDiagnosis(diagnosis, options.logger ?? console, options.locale)
  if (options.onDiagnosis !== undefined) {
    const result: unknown = options.onDiagnosis(diagnosis, target)
    // An async callback is not awaited (the error must not wait for it) and its rejection is not ours.
    if (typeof result === 'object' && result !== null && typeof (result as { catch?: unknown }).catch === 'function')
      (result as Promise<unknown>).catch(() => undefined)
  }
}

/** The beginning of a body as text, for `GatewayError.response.body`; `undefined` when it is not text. */
export function bodyPreview(body: BodyLike, maxBytes: number): string | undefined {
  const read = readBodyText(body, maxBytes)
  if (read.text !== undefined) return read.text
  if (read.kind !== 'json') return undefined
  // Serialising all of a parsed body to keep its beginning would cost as much as the body is large.
  return boundedJson(read.parsed, maxBytes).text
}
