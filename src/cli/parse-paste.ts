/**
 * Reads whatever a person pasted when it is none of the capture formats: a bare reply body or message
 * (`{"message":"Internal server error"}`, `Missing Authentication Token`, a CloudFront page copied from the
 * screen), DevTools' "Copy as cURL" / "Copy as fetch" followed by the reply's text, the Headers panel copied
 * as text, and browser console error lines. The body is handed to the engine as it is (its tolerant reader
 * reads JSON fragments, XML, plain text and page text); this module only pulls out the request, the
 * status and the headers.
 * @module
 */
import type { DiagnoseInput, RequestInput } from '../types.ts'
import { type ConsoleFailure, readConsoleLines } from './console-lines.ts'
import { detectFormat } from './detect.ts'
import { readHeaderLine } from './http-message.ts'
import { splitLines } from './lines.ts'
import { systemCodeOf } from './net-errors.ts'
import { parseCurlLines } from './parse-curl.ts'
import { parseRawLines } from './parse-raw.ts'
import { type CopiedRequest, readRequestCopy } from './request-copy.ts'
import { type Exchange, type FoundReply, newCounter, type ParseResult, type PasteFacts, type WorkCounter } from './types.ts'

/** The lines of DevTools' Headers panel ("General" section) copied as text. */
const PANEL_LINE = /^(Request URL|Request Method|Status Code|Remote Address|Referrer Policy):?\s{0,8}(\S[^\n]{0,4096})?$/i

/** Parses a paste (see the module comment); `facts` are what the command line adds (`--status`, `--url`, `--method`). */
export function parsePaste(text: string, work: WorkCounter = newCounter(), facts: PasteFacts = {}): ParseResult {
  const copy = readRequestCopy(text)
  const request = copy?.request
  const rest = copy === undefined ? text : copy.rest
  if (copy !== undefined && rest.trim() !== '') {
    // A reply pasted after the command: a curl -v transcript or raw HTTP keeps its own parser.
    const inner = detectFormat(rest, work)
    if ('format' in inner && (inner.format === 'curl' || inner.format === 'raw')) {
      const parsed = inner.format === 'curl' ? parseCurlLines(inner.lines, work) : parseRawLines(inner.lines, work)
      if (parsed.exchanges.length > 0) return { ...parsed, exchanges: parsed.exchanges.map((e) => withCopiedRequest(e, request)) }
    }
  }
  const lines = splitLines(rest, work)
  const reading = readConsoleLines(lines)
  work.steps += lines.length
  const result: ParseResult = { format: 'paste', exchanges: [], notes: [] }
  // Console lines say a browser made the request: causes are ranked for a browser.
  if (reading.failures.length > 0) result.browser = true
  const blocked = reading.failures.filter((failure) => failure.blocked)
  const reply = readReply(reading.others, work)
  const replyPasted = reply.body !== '' || reply.headers.length > 0 || reply.status !== undefined
  // The console hid the reply; with the reply from the Network panel pasted after it, that reply is read.
  if (blocked.length > 1 || (blocked.length === 1 && !replyPasted)) {
    result.exchanges = blocked.map((failure) => missingReply(failure, request, facts))
    return result
  }
  const seen = blocked[0] ?? reading.failures[0]
  const input: DiagnoseInput = { status: facts.status ?? seen?.status ?? reply.status ?? 0 }
  const statusText = seen?.statusText ?? reply.statusText
  if (statusText !== undefined && facts.status === undefined) input.statusText = statusText
  if (reply.headers.length > 0) input.headers = reply.headers
  if (reply.body !== '') input.body = reply.body
  // A console status line alone (`Failed to load resource: … 503 (Service Unavailable: Back-end server is at
  // capacity)`) still says something: the engine reads the line itself.
  else if (seen !== undefined) input.body = trimBlank(lines).join('\n')
  const requestInput = requestOf(request, facts, seen?.url ?? reply.url, seen?.method ?? reply.method)
  if (
    reply.body === '' &&
    reply.headers.length === 0 &&
    facts.status === undefined &&
    seen?.status === undefined &&
    reply.status === undefined
  ) {
    result.emptyReason =
      request === undefined
        ? 'nothing to diagnose was found in the paste'
        : `the ${request.kind === 'curl' ? 'cURL' : 'fetch'} copy holds the request but no reply: paste the reply's text after it, or run the request with curl -sv and pipe its output in`
    return result
  }
  const exchange: FoundReply = { kind: 'reply', input }
  if (requestInput !== undefined) {
    input.request = requestInput
    if (requestInput.method !== undefined) exchange.method = requestInput.method
    if (typeof requestInput.url === 'string') exchange.url = requestInput.url
  }
  result.exchanges.push(exchange)
  return result
}

/** The request facts: the command line wins over the copy, the copy over what a console line says. */
function requestOf(
  copy: CopiedRequest | undefined,
  facts: PasteFacts,
  seenUrl: string | undefined,
  seenMethod: string | undefined,
): RequestInput | undefined {
  const request: RequestInput = {}
  const url = facts.url ?? copy?.url ?? seenUrl
  const method = facts.method ?? copy?.method ?? seenMethod
  if (url !== undefined) request.url = url
  if (method !== undefined) request.method = method.toUpperCase()
  if (copy !== undefined && copy.headers.length > 0) request.headers = copy.headers
  return Object.keys(request).length > 0 ? request : undefined
}

function missingReply(failure: ConsoleFailure, copy: CopiedRequest | undefined, facts: PasteFacts): Exchange {
  const request = requestOf(copy, facts, failure.url, failure.method)
  const error = failure.status === undefined ? failure.error : `${failure.error} (status ${failure.status})`
  const exchange: Exchange = { kind: 'no-reply', error: error.slice(0, 300), console: {} }
  if (failure.status !== undefined) exchange.console = { status: failure.status }
  const code = failure.netError === undefined ? undefined : systemCodeOf(failure.netError)
  if (code !== undefined) exchange.console = { ...exchange.console, errorCode: code }
  if (request?.method !== undefined) exchange.method = request.method
  if (typeof request?.url === 'string') exchange.url = request.url
  return exchange
}

/** A reply found after a copied request gets the copy's request when its transcript had none. */
function withCopiedRequest(exchange: Exchange, copy: CopiedRequest | undefined): Exchange {
  if (copy === undefined || exchange.kind !== 'reply' || exchange.input.request !== undefined) return exchange
  const request = requestOf(copy, {}, undefined, undefined)
  if (request === undefined) return exchange
  const out: FoundReply = { ...exchange, input: { ...exchange.input, request } }
  if (request.method !== undefined) out.method = request.method
  if (typeof request.url === 'string') {
    out.url = request.url
    delete out.schemeAssumed
  }
  return out
}

interface PastedReply {
  status?: number
  statusText?: string
  url?: string
  method?: string
  headers: Array<[string, string]>
  body: string
}

/**
 * The reply in the remaining lines: the Headers panel's "General" lines (Request URL, Request Method, Status
 * Code), then `name: value` header lines, then the body. Code fences from chat and issue pastes are dropped.
 */
function readReply(lines: readonly string[], work: WorkCounter): PastedReply {
  const reply: PastedReply = { headers: [], body: '' }
  const kept = lines.filter((line) => !/^\s{0,3}(?:```|~~~)[\w-]{0,20}\s*$/.test(line))
  let i = 0
  while (i < kept.length && (kept[i] ?? '').trim() === '') i++
  for (; i < kept.length; i++) {
    work.steps++
    const line = (kept[i] ?? '').trim()
    const panel = PANEL_LINE.exec(line)
    if (panel === null) break
    const name = (panel[1] ?? '').toLowerCase()
    // Chrome puts the value on the next line when the panel is copied as a whole.
    let value = panel[2]
    if (value === undefined && i + 1 < kept.length) value = (kept[++i] ?? '').trim()
    if (value === undefined) continue
    if (name === 'request url' && /^https?:\/\//i.test(value)) reply.url = value
    else if (name === 'request method' && /^[A-Za-z]{1,32}$/.test(value)) reply.method = value.toUpperCase()
    else if (name === 'status code') {
      const status = /^([1-5]\d\d)\b\s*(.{0,80})/.exec(value)
      if (status !== null) {
        reply.status = Number(status[1])
        const text = (status[2] ?? '').replace(/^\(|\)$/g, '').trim()
        if (text !== '') reply.statusText = text
      }
    }
  }
  // Header lines follow only where they look like headers: a body line such as `Error: x` is not one.
  const start = i
  for (; i < kept.length; i++) {
    work.steps++
    const line = kept[i] ?? ''
    const header = line.length > 16_500 ? undefined : readHeaderLine(line.trim())
    if (header === undefined || !/^[a-z][a-z0-9-]{0,255}$/i.test(header[0]) || !/-|^(?:server|via|date|age)$/i.test(header[0]))
      break
    reply.headers.push(header)
  }
  if (reply.headers.length === 0) i = start
  reply.body = trimBlank(kept.slice(i)).join('\n')
  return reply
}

function trimBlank(lines: readonly string[]): string[] {
  let start = 0
  let end = lines.length
  while (start < end && (lines[start] ?? '').trim() === '') start++
  while (end > start && (lines[end - 1] ?? '').trim() === '') end--
  return lines.slice(start, end)
}
