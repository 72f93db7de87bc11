/**
 * What the CLI's parsers produce: the HTTP exchanges found in one input, each turned into a `diagnose()`
 * input. Parsers keep header values (the engine needs the `Authorization` scheme); nothing here is printed
 * as is: the report prints only redacted URLs and the diagnosis.
 * @module
 */
import type { DiagnoseInput } from '../types.ts'

/** The input formats the CLI reads. */
export type InputFormat = 'curl' | 'raw' | 'har' | 'json' | 'paste'

/** The request side of an exchange, for display. */
export interface RequestLabel {
  /** Upper-case method, when known. */
  method?: string
  /** The URL as captured (it may hold a query string: redact before printing). */
  url?: string
  /** The scheme of `url` was not in the capture and was assumed to be https. */
  schemeAssumed?: boolean
}

/** One HTTP reply found in an input. */
export interface FoundReply extends RequestLabel {
  kind: 'reply'
  /** What `diagnose()` reads. */
  input: DiagnoseInput
}

/** A request that got no HTTP reply (a HAR entry with status 0: CORS failure, blocked, network error). */
export interface MissingReply extends RequestLabel {
  kind: 'no-reply'
  /** What the capture says went wrong, e.g. `net::ERR_FAILED`. */
  error: string
  /**
   * A browser console reported the failure (a pasted CORS or network error line): the request is diagnosed
   * with the no-reply diagnosis, as a browser's.
   */
  console?: {
    /** The status the console reported for the reply it hid from the page (CORS), when it did. */
    status?: number
    /** The console's error name (`net::ERR_NAME_NOT_RESOLVED`) as the system code the engine knows (`ENOTFOUND`). */
    errorCode?: string
  }
}

/** An exchange found in an input: a reply, or a request that got none. */
export type Exchange = FoundReply | MissingReply

/** What a parser found in one input. */
export interface ParseResult {
  format: InputFormat
  exchanges: Exchange[]
  /** Remarks about the whole input, shown once (e.g. "this HAR looks sanitised"). */
  notes: string[]
  /** Why nothing was found, when `exchanges` is empty (e.g. curl's own error line). */
  emptyReason?: string
  /** A browser captured the traffic (its HAR export): the replies are diagnosed as a browser received them. */
  browser?: boolean
}

/** Request facts given on the command line for pasted text (`--status`, `--url`, `--method`). */
export interface PasteFacts {
  status?: number
  url?: string
  method?: string
}

/**
 * Counts the steps a parser takes, so tests can check that work grows linearly with the input
 * (wall-clock time would be flaky).
 */
export interface WorkCounter {
  steps: number
}

/** A counter for callers that do not measure. */
export function newCounter(): WorkCounter {
  return { steps: 0 }
}
