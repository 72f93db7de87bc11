/**
 * What every adapter shares, independent of any HTTP client: the options, diagnosing a failed reply or a
 * missing one, reporting (log, callback), and handing back either the original error with its diagnosis
 * attached or a `GatewayError`. Everything runs under a guard: whatever fails in here, the client's
 * original error or response passes through untouched.
 *
 * This module is what an adapter ships at install time, so it stays light: the diagnosis itself (engine,
 * catalog, texts, `GatewayError`, formatting, redaction) lives in src/middleware/middleware-engine.ts, which
 * src/middleware/engine-loader.ts loads at the first failure. Hence the async `diagnoseReply`, `replyFinding` and
 * `diagnoseNoReply`: they wait for that code.
 * @module
 */

import type { NoResponseInput } from '../engine/no-response.ts'
import type { GatewayError } from '../output/error.ts'
import { isDiagnosed } from '../output/marks.ts'
import type { Diagnosis } from '../types.ts'
import { loadEngine, prefetchWhenIdle } from './engine-loader.ts'
import type { DiagnosisOptions, FailedReply, Finding } from './options.ts'

export type { DiagnosisOptions, FailedReply, Finding } from './options.ts'

/**
 * Called by each adapter's `withDiagnosis` (or hook factory): in a browser, loads the diagnosis code once
 * the page is idle, so that a failure that comes with no network can still be diagnosed. Never throws.
 */
export function prepareDiagnosis(options: DiagnosisOptions): void {
  let locale: DiagnosisOptions['locale']
  try {
    locale = options.locale
  } catch {
    return // a throwing getter: the code loads at the first failure instead
  }
  prefetchWhenIdle(locale)
}

/** A failed reply (status ≥ 400); a custom fetch may resolve with anything, even a throwing getter. */
export function isFailedResponse(response: Response): boolean {
  try {
    return typeof response === 'object' && response !== null && response.status >= 400
  } catch {
    return false
  }
}

/** Whether the URL is one to diagnose; a throwing `filter` means "no". */
export function inScope(url: string | undefined, options: DiagnosisOptions): boolean {
  if (options.filter === undefined) return true
  try {
    return options.filter(url ?? '') === true
  } catch {
    return false
  }
}

/**
 * The options with the client's base URL as a witness: its host joins `awsHosts` unless `baseUrlIsAws` is
 * `false`. A base URL that is not absolute (or not a string) names no host and changes nothing.
 */
export function withBaseUrl(options: DiagnosisOptions, baseUrl: unknown): DiagnosisOptions {
  if (options.baseUrlIsAws === false || typeof baseUrl !== 'string' || baseUrl === '') return options
  const host = hostOf(options, baseUrl)
  if (host === undefined || host === '' || options.awsHosts?.includes(host) === true) return options
  return { ...options, awsHosts: [...(options.awsHosts ?? []), host] }
}

/**
 * The host of a client's base URL (`undefined` when URL() rejects it). A base URL is the client's
 * configuration, the same on every failure: the last one each options object was given is kept with its host,
 * for no longer than the options live, as parsing it was a good part of the adapter's own work.
 */
function hostOf(options: DiagnosisOptions, baseUrl: string): string | undefined {
  const known = baseUrlHosts.get(options)
  if (known?.baseUrl === baseUrl) return known.host
  let host: string | undefined
  try {
    host = new URL(baseUrl).hostname
  } catch {
    host = undefined
  }
  baseUrlHosts.set(options, { baseUrl, host })
  return host
}

const baseUrlHosts = new WeakMap<DiagnosisOptions, { baseUrl: string; host: string | undefined }>()

/** Diagnoses a failed reply (status ≥ 400) with the user's options, once the diagnosis code is loaded. */
export async function diagnoseReply(reply: FailedReply, options: DiagnosisOptions): Promise<Diagnosis | undefined> {
  return (await loadEngine(options.locale)).diagnoseReply(reply, options)
}

/**
 * The finding for a failed reply, or `undefined` when it is not diagnosed. `GatewayError.response` will be
 * `response` when given (fetch), otherwise a redacted copy of status, headers and the body's beginning.
 * Rejects when the diagnosis code cannot be loaded (`handleFailure` then passes the original on).
 */
export async function replyFinding(
  reply: FailedReply,
  options: DiagnosisOptions,
  response?: Response,
): Promise<Finding | undefined> {
  return (await loadEngine(options.locale)).replyFinding(reply, options, response)
}

/** Diagnoses a request that got no reply, as far as `networkErrors` allows (`'off'` loads nothing). */
export async function diagnoseNoReply(input: NoResponseInput, options: DiagnosisOptions): Promise<Diagnosis | undefined> {
  if (options.networkErrors === 'off') return undefined
  return (await loadEngine(options.locale)).diagnoseNoReply(input, options)
}

/**
 * Runs `work` (which diagnoses `target`) and hands back what the client should throw or return: the
 * `GatewayError` with `throwEnriched`, otherwise `target` itself with `diagnosis` attached. An already
 * diagnosed target, no finding, or any failure in loading the diagnosis code, diagnosis, logging, the
 * callback or attaching gives back `target` untouched.
 */
export async function handleFailure<T extends object>(
  target: T,
  work: () => Promise<Finding | undefined> | Finding | undefined,
  options: DiagnosisOptions,
): Promise<T | GatewayError> {
  if (isDiagnosed(target)) return target
  try {
    const finding = await work()
    if (finding === undefined) return target
    // Loaded already: a finding comes from this code.
    const engine = await loadEngine(options.locale)
    return engine.deliver(target, finding, options)
  } catch {
    // Never make a failing request worse: the original goes on as it was.
  }
  return target
}

/** The system error code (`ECONNREFUSED`, `ENOTFOUND`…) Node puts on the `cause` of a failed request. */
export function causeCode(error: unknown): string | undefined {
  try {
    const code = (error as { cause?: { code?: unknown } } | null | undefined)?.cause?.code
    return typeof code === 'string' ? code : undefined
  } catch {
    return undefined // a throwing getter on a hostile error
  }
}
