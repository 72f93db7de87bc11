/**
 * The field corpus: real error replies quoted from public threads, exactly as people pasted them, with the
 * answer the thread settled on. Loaded from test/field/cases/*.json; scored by ./score.ts.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DiagnoseInput, DiagnoseOptions, Layer } from '../../src/types.ts'

/** What the thread settled on. Look-alikes (another server answered) say `aws: false`. */
export type FieldExpectation = { aws: false } | { aws?: true; layer: Layer; code: string | null; cause: string | null }

/** One reply as a person received and pasted it. */
export interface FieldCase {
  id: string
  /** The public thread or page it is quoted from. */
  source: string
  lang: 'en' | 'ja'
  /** How it was pasted: json, json-fragment, xml, text, html, rendered-page, headers-only, curl… */
  shape: string
  /** What the thread found, in one sentence. */
  settled: string
  /** Only what the thread shows: a missing status, header or request fact stays missing. */
  input: Partial<DiagnoseInput>
  /** Set only when the reply was seen in a browser. */
  options?: Pick<DiagnoseOptions, 'browser'>
  expect: FieldExpectation
  /** The file it came from. */
  file: string
}

export const CASES_DIR: string = join(import.meta.dirname, 'cases')

/** Every case of the corpus, in file order. */
export function loadCorpus(dir: string = CASES_DIR): FieldCase[] {
  const cases: FieldCase[] = []
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { cases: Omit<FieldCase, 'file'>[] }
    for (const entry of data.cases) cases.push({ ...entry, file })
  }
  return cases
}

/** The reply is from AWS, by what the thread settled on. */
export function isAwsCase(entry: FieldCase): entry is FieldCase & { expect: Exclude<FieldExpectation, { aws: false }> } {
  return entry.expect.aws !== false
}

/** Reason phrases of HTTP statuses (RFC 9110, and nginx's and ELB's wording). */
const REASON =
  '(?:Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Request Timeout|Payload Too Large|Unsupported Media Type|Too Many Requests|Internal Server Error|Bad Gateway|Service (?:Temporarily )?Unavailable|Gateway Time-?out)'
const STATUS_LINE = new RegExp(`^\\(?\\d{3}\\)?[ :(-]{0,3}${REASON}\\)?(?:[ :-]{1,3}${REASON})?$`, 'i')

/** "502 Bad Gateway", "429 (Too Many Requests)": the status, told in words, not a body. */
function isStatusLine(body: string): boolean {
  return STATUS_LINE.test(body.trim())
}

/**
 * The reply carries some evidence a reader could use: a body, a header, or a request to an AWS host.
 * (A thread that only says "I get a 403", or quotes the status line "502 Bad Gateway", carries none.)
 */
export function carriesEvidence(entry: FieldCase): boolean {
  const { body, headers, request } = entry.input
  if (typeof body === 'string' ? body.trim() !== '' && !isStatusLine(body) : body !== undefined && body !== null) return true
  if (headers !== undefined && Object.keys(headers).length > 0) return true
  const url = typeof request?.url === 'string' ? request.url : ''
  return /\.(?:amazonaws\.com|on\.aws|cloudfront\.net)(?:[:/]|$)/i.test(url)
}
