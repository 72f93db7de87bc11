import { DEFAULT_MAX_BODY_BYTES } from '../reading/body.ts'
import type { DiagnoseInput, RequestInput } from '../types.ts'
import { decodeBase64 } from './base64.ts'
import { mayBeAnError } from './error-statuses.ts'
import { isRecord, own, ownNumber, ownString, toHeaderPairs } from './json-shapes.ts'
import { type Exchange, newCounter, type ParseResult, type WorkCounter } from './types.ts'

/** Enough base64 characters to decode one byte more than the engine reads, so it still sees the cut. */
const MAX_BASE64_CHARS = Math.ceil((DEFAULT_MAX_BODY_BYTES + 1) / 3) * 4

/**
 * `log.creator.name` of the browsers' own HAR exports: Chrome and Edge, Safari, Firefox. Proxies (Charles,
 * Proxyman, mitmproxy) record any client, so their HARs say nothing about one.
 */
const BROWSER_CREATORS: ReadonlySet<string> = new Set(['webinspector', 'webkit web inspector', 'firefox'])

/** Request headers that Chrome's default ("sanitized") HAR export removes. */
const SANITIZED_REQUEST_HEADERS: ReadonlySet<string> = new Set(['authorization', 'cookie'])

/**
 * Reads the entries of a HAR 1.2 log (Chrome, Edge, Firefox, Safari, Charles, Proxyman), already parsed
 * from JSON: `log.entries[]`, each with its `request` (method, URL, headers), `response` (status, headers,
 * `content.text`, base64 when `content.encoding` says so) and `time`. An entry with status 0 got no reply
 * (CORS failure, blocked, network error). Work is one pass over the entries plus one over their headers;
 * base64 bodies are decoded only up to what the engine reads. A browser's own export is marked as such, so
 * that causes are ranked for a browser client.
 */
export function parseHar(root: unknown, work: WorkCounter = newCounter()): ParseResult {
  const log = own(root, 'log')
  const entries = own(log, 'entries')
  if (!Array.isArray(entries))
    return { format: 'har', exchanges: [], notes: [], emptyReason: 'not a HAR file: it has no log.entries list' }
  const notes: string[] = []
  const sanitized = looksSanitized(log, entries, work)
  if (sanitized)
    notes.push(
      "No request in this HAR carries an Authorization or Cookie header, as in Chrome's default (sanitized) export, which removes them: causes are ranked without assuming they were not sent.",
    )
  const exchanges: Exchange[] = []
  for (const entry of entries) {
    work.steps++
    exchanges.push(readEntry(entry, sanitized))
  }
  const result: ParseResult = { format: 'har', exchanges, notes }
  if (exchanges.length === 0) result.emptyReason = 'the HAR file has no entries'
  if (capturedInBrowser(log)) result.browser = true
  return result
}

/** A browser exported this HAR: its creator is a browser's, or it names the browser (HAR 1.2 `log.browser`). */
function capturedInBrowser(log: unknown): boolean {
  const creator = ownString(own(log, 'creator'), 'name')?.trim().toLowerCase()
  return (creator !== undefined && BROWSER_CREATORS.has(creator)) || ownString(own(log, 'browser'), 'name') !== undefined
}

function readEntry(entry: unknown, sanitized: boolean): Exchange {
  const request = own(entry, 'request')
  const response = own(entry, 'response')
  const method = ownString(request, 'method')?.toUpperCase().slice(0, 32)
  const url = ownString(request, 'url')
  const label: { method?: string; url?: string } = {}
  if (method !== undefined) label.method = method
  if (url !== undefined) label.url = url
  const status = ownNumber(response, 'status')
  if (status === undefined || !Number.isInteger(status) || status < 100 || status > 599) {
    const error = ownString(response, '_error') ?? ownString(entry, '_error') ?? ownString(response, 'statusText')
    return { kind: 'no-reply', ...label, error: error === undefined || error === '' ? 'no response' : error.slice(0, 200) }
  }
  const input: DiagnoseInput = { status, headers: toHeaderPairs(own(response, 'headers')) ?? [] }
  const statusText = ownString(response, 'statusText')
  if (statusText !== undefined && statusText !== '') input.statusText = statusText
  // Most of a HAR is successful traffic, which is listed and never diagnosed: its body (often base64) and
  // request headers are left unread.
  const diagnosed = mayBeAnError(status)
  const body = diagnosed ? readContent(own(response, 'content')) : undefined
  if (body !== undefined) input.body = body
  const requestInput: RequestInput = {}
  if (method !== undefined) requestInput.method = method
  if (url !== undefined) requestInput.url = url
  if (!sanitized && diagnosed) {
    const headers = toHeaderPairs(own(request, 'headers'))
    if (headers !== undefined) requestInput.headers = headers
  }
  if (Object.keys(requestInput).length > 0) input.request = requestInput
  const time = ownNumber(entry, 'time') ?? totalTimings(own(entry, 'timings'))
  if (time !== undefined && time >= 0) input.elapsedMs = time
  return { kind: 'reply', ...label, input }
}

/** `content.text`, decoded from base64 when `encoding` says so (only as far as the engine reads). */
function readContent(content: unknown): string | Uint8Array | undefined {
  const text = ownString(content, 'text')
  if (text === undefined) return undefined
  if (ownString(content, 'encoding')?.toLowerCase() !== 'base64') return text
  const head = text.length > MAX_BASE64_CHARS ? text.slice(0, MAX_BASE64_CHARS) : text
  return decodeBase64(head)
}

/** The sum of the non-negative HAR timings (-1 means "does not apply"). */
function totalTimings(timings: unknown): number | undefined {
  if (!isRecord(timings)) return undefined
  let total = 0
  let any = false
  for (const key of ['blocked', 'dns', 'connect', 'send', 'wait', 'receive'] as const) {
    const value = ownNumber(timings, key)
    if (value !== undefined && value >= 0) {
      total += value
      any = true
    }
  }
  return any ? total : undefined
}

/**
 * Chrome (creator "WebInspector") exports without Authorization and Cookie headers by default. When no
 * request of such a HAR carries either, their absence says nothing about what was sent.
 */
function looksSanitized(log: unknown, entries: readonly unknown[], work: WorkCounter): boolean {
  if (ownString(own(log, 'creator'), 'name') !== 'WebInspector') return false
  for (const entry of entries) {
    const headers = own(own(entry, 'request'), 'headers')
    if (!Array.isArray(headers)) continue
    for (const header of headers) {
      work.steps++
      const name = ownString(header, 'name')
      if (name !== undefined && SANITIZED_REQUEST_HEADERS.has(name.toLowerCase())) return false
    }
  }
  return entries.length > 0
}
