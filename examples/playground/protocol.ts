/**
 * The messages between the playground page and its worker. Everything the worker sends back was redacted
 * by the CLI's own report code: the page prints nothing else that came from the paste.
 */
import type { JsonEntry } from '../../src/cli/report-json.ts'

/** The languages of the page (and of the report). */
export type PageLocale = 'en' | 'ja'

/** What the page asks the worker to read. */
export interface DiagnoseRequest {
  id: number
  locale: PageLocale
  /** Pasted text, or a dropped file (read in the worker, so a 50 MB HAR never blocks the page). */
  input: { text: string } | { file: Blob; name: string }
  /** What the person added: the CLI's `--status`, `--url`, `--method`. */
  facts?: { status?: number; url?: string; method?: string }
}

/** A request of the input that failed: an error status, or no reply. */
export interface FailedCall {
  index: number
  method?: string
  /** Redacted as the CLI prints URLs (no query string). */
  url?: string
  /** 0: no reply. */
  status: number
  code?: string
  error?: string
}

/** The worker's answer. */
export type DiagnoseResponse =
  | {
      id: number
      ok: true
      format: string
      /** The report exactly as `apigw-doctor` prints it (no colour), cut after {@link MAX_BLOCKS} diagnoses. */
      report: string
      /** The diagnosed replies as `apigw-doctor --json` lists them, at most {@link MAX_ENTRIES}. */
      entries: JsonEntry[]
      /** Diagnosed replies in all. */
      diagnosed: number
      /** Failed requests, at most {@link MAX_FAILED}. */
      failed: FailedCall[]
      failedTotal: number
      /** What would help, in one line, when the paste could not be told well. */
      advice?: string
      elapsedMs: number
    }
  | { id: number; ok: false; error: string }

/** Diagnosis blocks of the text report shown at most; the summary line always follows. */
export const MAX_BLOCKS = 20
/** Diagnosis cards shown at most. */
export const MAX_ENTRIES = 20
/** Failed calls listed at most. */
export const MAX_FAILED = 500
