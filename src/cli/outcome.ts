import { diagnose } from '../engine/diagnose.ts'
import { diagnoseNoResponse } from '../engine/no-response.ts'
import type { DiagnoseOptions, Diagnosis } from '../types.ts'
import { mayBeAnError } from './error-statuses.ts'
import { isNetworkFailure, systemCodeOf } from './net-errors.ts'
import type { PasteWordKey } from './paste-words.ts'
import type { Exchange, InputFormat, ParseResult } from './types.ts'

/** One exchange of one input and what the engine concluded about it. */
export interface Outcome {
  /** The input's name as given on the command line (`-` for stdin). */
  source: string
  format: InputFormat
  /** Position of the exchange in its input, from 1. */
  index: number
  exchange: Exchange
  /** The diagnosis; `undefined` when there was no reply or nothing says AWS produced it. */
  diagnosis?: Diagnosis
}

/** The outcomes of one input, with what its parser remarked. */
export interface InputOutcomes {
  source: string
  format: InputFormat
  outcomes: Outcome[]
  notes: string[]
  /** For a paste that could not be told well: what would help, as word keys (see `advice.ts`). */
  advice?: Advice[]
}

/** One thing that would help diagnose a paste: a key of the paste words and its values. */
export interface Advice {
  key: AdviceKey
  values?: Readonly<Record<string, string>>
}

/** The word keys of {@link Advice}. */
export type AdviceKey = Extract<PasteWordKey, `help.${string}`>

/**
 * Diagnoses every reply of a parsed input with the library's engine (same catalog, same ranking).
 * Only error replies (4xx, 5xx) are diagnosed, and the few success statuses an AWS error uses (the WAF
 * challenge's 202): a HAR file is mostly successful traffic, and redirects may lack their body (curl -L).
 * Replies a browser captured are diagnosed as received by a browser. A pasted reply whose status is unknown
 * (0) is diagnosed from its text; a request a pasted console line says got no reply, or a browser's HAR
 * entry records as failed without a reply (`net::ERR_FAILED`, not a cancellation), gets the no-reply
 * diagnosis, as a browser's (for AWS hosts only).
 */
export function diagnoseInput(source: string, parsed: ParseResult, options: DiagnoseOptions): InputOutcomes {
  const diagnoseOptions = parsed.browser === undefined ? options : { ...options, browser: parsed.browser }
  // A HAR records each CORS preflight as an entry of its own: the last status each URL's OPTIONS got.
  const preflights = new Map<string, number>()
  const outcomes = parsed.exchanges.map((exchange, i): Outcome => {
    const outcome: Outcome = { source, format: parsed.format, index: i + 1, exchange }
    if (exchange.kind === 'reply' && exchange.method === 'OPTIONS' && exchange.url !== undefined)
      preflights.set(exchange.url, exchange.input.status)
    if (
      exchange.kind === 'reply' &&
      (mayBeAnError(exchange.input.status) || (parsed.format === 'paste' && exchange.input.status === 0))
    ) {
      const diagnosis = diagnose(exchange.input, diagnoseOptions)
      if (diagnosis !== undefined) outcome.diagnosis = diagnosis
    } else if (
      exchange.kind === 'no-reply' &&
      (exchange.console !== undefined || (parsed.format === 'har' && isNetworkFailure(exchange.error)))
    ) {
      const request = exchange.url === undefined ? undefined : { url: exchange.url, method: exchange.method }
      // A console line names the failure; a HAR entry's error does (`net::ERR_FAILED` for a reply hidden by CORS).
      const errorCode = exchange.console?.errorCode ?? systemCodeOf(exchange.error)
      const preflightStatus = exchange.url === undefined ? undefined : preflights.get(exchange.url)
      const diagnosis = diagnoseNoResponse(
        { kind: 'network', request, errorText: exchange.error, errorCode, preflightStatus },
        { awsHosts: options.awsHosts, locale: options.locale, browser: true },
      )
      if (diagnosis !== undefined) outcome.diagnosis = diagnosis
    }
    return outcome
  })
  return { source, format: parsed.format, outcomes, notes: parsed.notes }
}

/** The status of an outcome's reply, 0 when there was none. */
export function statusOf(outcome: Outcome): number {
  return outcome.exchange.kind === 'reply' ? outcome.exchange.input.status : 0
}
