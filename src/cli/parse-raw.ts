import {
  hasNoBody,
  headerValue,
  type RequestLine,
  readHeaderLine,
  readRequestLine,
  readStatusLine,
  requestUrl,
} from './http-message.ts'
import { splitLines } from './lines.ts'
import { type Exchange, newCounter, type ParseResult, type WorkCounter } from './types.ts'

interface PendingRequest {
  line: RequestLine
  headers: Array<[string, string]>
}

/**
 * Parses raw HTTP as proxies, `curl -i` and "copy response" features print it: a status line, headers, a
 * blank line and the body. Several messages may follow each other (`curl -i -L` prints every hop; interim
 * `100 Continue` replies are skipped), and a request printed before a reply (Burp, Fiddler) becomes its
 * request context. One pass over the lines.
 */
export function parseRaw(text: string, work: WorkCounter = newCounter()): ParseResult {
  return parseRawLines(splitLines(text, work), work)
}

/** {@link parseRaw} over lines already split. */
export function parseRawLines(lines: string[], work: WorkCounter): ParseResult {
  const exchanges: Exchange[] = []
  let pending: PendingRequest | undefined
  let i = 0
  while (i < lines.length) {
    work.steps++
    const line = lines[i] ?? ''
    const request = readRequestLine(line)
    if (request !== undefined) {
      const headers: Array<[string, string]> = []
      i = readHeaders(lines, i + 1, headers, work)
      // A request body may follow; it ends where the reply starts.
      while (i < lines.length && !startsMessage(lines, i)) {
        work.steps++
        i++
      }
      pending = { line: request, headers }
      continue
    }
    const status = readStatusLine(line)
    if (status === undefined) {
      i++ // text before the first message, such as the command that was run
      continue
    }
    const headers: Array<[string, string]> = []
    i = readHeaders(lines, i + 1, headers, work)
    if (status.status < 200) continue // interim reply; the final one follows
    const body: string[] = []
    while (i < lines.length && !startsMessage(lines, i)) {
      work.steps++
      const glued = gluedStatusLine(lines, i)
      if (glued > 0) {
        // `curl -i URL1 URL2`: a body without a final newline runs into the next status line.
        const current = lines[i] ?? ''
        body.push(current.slice(0, glued))
        lines[i] = current.slice(glued)
        break
      }
      body.push(lines[i] ?? '')
      i++
    }
    const method = pending?.line.method
    const reply: Exchange = {
      kind: 'reply',
      input: { status: status.status, headers },
    }
    if (status.statusText !== '') reply.input.statusText = status.statusText
    if (body.length > 0 && !hasNoBody(status.status, method)) reply.input.body = trimTrailingBlank(body).join('\n')
    if (pending !== undefined) {
      const target = requestUrl(pending.line.target, headerValue(pending.headers, 'host'), undefined)
      reply.method = pending.line.method
      Object.assign(reply, target)
      reply.input.request = { method: pending.line.method, headers: pending.headers }
      if (target.url !== undefined) reply.input.request.url = target.url
    }
    pending = undefined
    exchanges.push(reply)
  }
  return { format: 'raw', exchanges, notes: [] }
}

/** Reads header lines from `start` up to the blank line that ends them; returns the index after it. */
function readHeaders(lines: string[], start: number, headers: Array<[string, string]>, work: WorkCounter): number {
  let i = start
  while (i < lines.length) {
    work.steps++
    const line = lines[i] ?? ''
    if (line.trim() === '') return i + 1
    const header = readHeaderLine(line)
    if (header !== undefined) {
      headers.push(header)
    } else if ((line.startsWith(' ') || line.startsWith('\t')) && headers.length > 0) {
      const last = headers[headers.length - 1]
      if (last !== undefined) last[1] = `${last[1]} ${line.trim()}`.slice(0, 8192) // obsolete line folding
    } else {
      return i // a sloppy paste without the blank line: the body starts here
    }
    i++
  }
  return i
}

/** A status or request line followed by a header line (or the end) starts a new message. */
function startsMessage(lines: string[], i: number): boolean {
  const line = lines[i] ?? ''
  if (readStatusLine(line) === undefined && readRequestLine(line) === undefined) return false
  const next = lines[i + 1]
  return next === undefined || readHeaderLine(next) !== undefined
}

/** Where a status line starts inside a body line (after a body with no final newline), or -1. */
function gluedStatusLine(lines: string[], i: number): number {
  const line = lines[i] ?? ''
  const at = line.lastIndexOf('HTTP/')
  if (at < 1 || readStatusLine(line.slice(at)) === undefined) return -1
  const next = lines[i + 1]
  return next !== undefined && readHeaderLine(next) !== undefined ? at : -1
}

function trimTrailingBlank(lines: string[]): string[] {
  let end = lines.length
  while (end > 0 && (lines[end - 1] ?? '').trim() === '') end--
  return lines.slice(0, end)
}
