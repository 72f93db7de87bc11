import { readRequestLine, readStatusLine } from './http-message.ts'
import { own } from './json-shapes.ts'
import { splitLines } from './lines.ts'
import { startsWithRequestCopy } from './request-copy.ts'
import type { InputFormat, WorkCounter } from './types.ts'

/** What the input looks like, with what was already computed to tell (parsed JSON, split lines). */
export type Detection =
  | { format: 'har' | 'json'; value: unknown }
  | { format: 'curl' | 'raw'; lines: string[] }
  | { format: 'paste'; text: string }
  | { error: string }

/**
 * Tells the format of an input: JSON (a HAR log or replies), a `curl -v` transcript, raw HTTP, or else a
 * paste (a bare body or message, a DevTools request copy, console lines: see `parse-paste.ts`). `forced`
 * skips the guess (`--format`). Parses JSON and splits lines once; the parsers reuse the result.
 */
export function detectFormat(text: string, work: WorkCounter, forced?: InputFormat): Detection {
  const start = firstNonSpace(text)
  if (start === -1) return { error: 'the input is empty' }
  if (forced === 'paste') return { format: 'paste', text }
  const looksJson = text[start] === '{' || text[start] === '['
  if (forced === 'har' || forced === 'json' || (forced === undefined && looksJson)) return detectJson(text, start, forced)

  const lines = tidyPaste(splitLines(text, work), work)
  if (forced === 'curl' || forced === 'raw') return { format: forced, lines }
  const first = lines.find((line) => line.trim() !== '') ?? ''
  if (readStatusLine(first.trim()) !== undefined || readRequestLine(first.trim()) !== undefined) return { format: 'raw', lines }
  let curlish = false
  for (const line of lines) {
    work.steps++
    if (line.startsWith('< HTTP/')) return { format: 'curl', lines }
    if (!curlish && isCurlLine(line)) curlish = true
  }
  if (curlish) return { format: 'curl', lines }
  // DevTools' "Copy as cURL" / "Copy as fetch", whatever follows it: the paste parser keeps its request.
  if (startsWithRequestCopy(text)) return { format: 'paste', text }
  // `curl -i` output after the command that produced it, or a reply after some notes.
  for (const line of lines) if (readStatusLine(line) !== undefined) return { format: 'raw', lines }
  return { format: 'paste', text }
}

function detectJson(text: string, start: number, forced: InputFormat | undefined): Detection {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    // The engine's message may quote the input, which can hold credentials: say only what went wrong.
    const head = text.slice(start, start + 200)
    const har = forced === 'har' || /^\{\s{0,64}"log"/.test(head)
    // A body fragment pasted from a console (`{message: "Forbidden"}`, a cut-off reply) is a paste; a damaged
    // file of replies or a HAR is an error.
    if (forced === undefined && !har && !/"(?:status|fixtures|entries)"\s{0,8}:/.test(head)) return { format: 'paste', text }
    return { error: har ? 'not valid JSON: the HAR file is truncated or damaged' : 'not valid JSON (truncated or damaged?)' }
  }
  if (forced === 'json') return { format: 'json', value }
  if (own(value, 'log') !== undefined || forced === 'har') return { format: 'har', value }
  if (!holdsReplies(value)) return { format: 'paste', text }
  return { format: 'json', value }
}

/**
 * JSON the CLI reads as replies: `{ status, headers?, body?, … }`, a list holding one, or a fixture file. A
 * reply body that happens to carry a `status` field (`{"status":"error","message":"…"}`,
 * `{"message":"Forbidden","status":403}`) is a paste.
 */
function holdsReplies(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(isReplyObject)
  return own(value, 'fixtures') !== undefined || isReplyObject(value)
}

const REPLY_KEYS: ReadonlySet<string> = new Set([
  'status',
  'statusText',
  'headers',
  'body',
  'request',
  'elapsedMs',
  'name',
  'source',
  'expect',
])

function isReplyObject(item: unknown): boolean {
  if (own(item, 'status') === undefined || typeof item !== 'object' || item === null) return false
  return Object.keys(item).every((key) => REPLY_KEYS.has(key))
}

/**
 * Undoes what pasting into an issue or a chat does to a capture: drops Markdown code fences and the
 * indentation every line shares.
 */
function tidyPaste(lines: string[], work: WorkCounter): string[] {
  const kept = lines.filter((line) => !/^\s{0,3}(?:```|~~~)[\w-]{0,20}\s*$/.test(line))
  let indent = Number.POSITIVE_INFINITY
  for (const line of kept) {
    work.steps++
    if (line.trim() === '') continue
    const width = line.length - line.trimStart().length
    if (width < indent) indent = width
    if (indent === 0) return kept
  }
  return Number.isFinite(indent) ? kept.map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length))) : kept
}

/** curl's own lines that start a transfer or say why there was no reply. */
const CURL_INFO =
  /^(?:\*\s{1,3}(?:Trying|Connected to|Could not resolve|Host |IPv[46]|Failed to connect|Closing connection)|curl: \(\d{1,3}\))/

function isCurlLine(line: string): boolean {
  if (line.startsWith('> ')) return readRequestLine(line.slice(2)) !== undefined
  return CURL_INFO.test(line)
}

function firstNonSpace(text: string): number {
  const match = /\S/.exec(text)
  return match === null ? -1 : match.index
}
