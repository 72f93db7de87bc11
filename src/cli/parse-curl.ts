import {
  hasNoBody,
  headerValue,
  type RequestLine,
  readHeaderLine,
  readRequestLine,
  readStatusLine,
  requestUrl,
  type StatusLine,
} from './http-message.ts'
import { splitLines } from './lines.ts'
import { type Exchange, type FoundReply, newCounter, type ParseResult, type WorkCounter } from './types.ts'

/** One request/reply exchange being read from the transcript. */
interface Draft {
  request?: RequestLine
  requestHeaders: Array<[string, string]>
  /** Scheme of the connection the request went over, when the transcript tells. */
  scheme?: 'http' | 'https'
  /** The full URL curl announced for this request (HTTP/2 stream, redirect). */
  announcedUrl?: string
  status?: StatusLine
  responseHeaders: Array<[string, string]>
  phase: 'request' | 'sent' | 'headers' | 'body'
  body: string[]
  /** curl did not write this reply's body (a redirect it followed). */
  skipBody: boolean
  /** Bytes curl reported receiving after the headers (`{ [42 bytes data]`). */
  dataBytes: number
  /** curl finished the transfer (`* Connection #0 to host … left intact`). */
  ended: boolean
}

interface Connection {
  port?: number
  tls: boolean
}

/**
 * curl's informational lines, searched for inside other lines: with `2>&1`, a body without a final newline
 * runs into the next line curl writes to stderr.
 */
const GLUE_MARKERS = [
  '* Connection #',
  '* Closing connection',
  '* shutting down connection',
  '* Connection died',
  '* Issue another request',
  '* Ignoring the response-body',
  '* Found bundle',
  '* Re-using existing connection',
  '* Reusing existing',
  '* Hostname ',
  '* Host ',
  '*   Trying',
  '*  Trying',
  '* Trying',
  '* Connected to',
  '* Could not resolve',
  '* Excess found',
  '* Leftovers after chunking',
  '* Mark bundle',
  '* Request completely sent off',
  '* TLSv1',
  '* [HTTP/2]',
  '* [HTTP/3]',
  '* HTTP/2 stream',
  '* Connection state changed',
  '* old SSL session',
  '* Remove',
  '* Failed writing',
  '* Recv failure',
  '* Operation timed out',
  '< HTTP/',
  'curl: (',
] as const

// The progress meter curl prints when its output is redirected. Numbers and spaces alternate, so the
// pattern cannot backtrack.
const METER_ROW =
  /^ {0,3}\d{1,3} +[\d.]{1,6}[kMGTP]? +\d{1,3} +[\d.]{1,6}[kMGTP]? +\d{1,3} +[\d.]{1,6}[kMGTP]? +[\d.]{1,6}[kMGTP]? +[\d.]{1,6}[kMGTP]? +[\d:-]{8} +[\d:-]{8} +[\d:-]{8} +[\d.]{1,6}[kMGTP]?/
const CONNECTED = /^Connected to (\S{1,255}) \([^)]{0,80}\) port (\d{1,5})/
const TLS_INFO =
  /^(?:SSL connection using|ALPN|TLSv1|\(\d{1,6}\) \((?:IN|OUT)\), TLS|Server certificate|SSL certificate verify|using HTTP\/[23])/
const TRANSFER_END = /^(?:Connection #\d{1,9} to host |Closing connection|shutting down connection|Connection died)/
const DATA_NOTE = /^\{ \[(\d{1,12}) bytes data\]/
const GLUED_DATA_NOTE = /[{}] \[\d{1,12} bytes data\]/

/**
 * Parses a `curl -v` transcript (curl 7 and 8; HTTP/1.1, HTTP/2 and HTTP/3): `> ` request lines, `< `
 * reply lines, `* ` information, the body wherever stdout put it (right after the headers, glued to curl's
 * next line, or after the closing `* Connection … left intact` when stdout was buffered), several exchanges
 * (redirects followed with `-L`, `--next`, several URLs). A pasted capture with only `< ` lines and the
 * body works too. One pass over the lines.
 */
export function parseCurl(text: string, work: WorkCounter = newCounter()): ParseResult {
  return parseCurlLines(splitLines(text, work), work)
}

/** {@link parseCurl} over lines already split. */
export function parseCurlLines(lines: readonly string[], work: WorkCounter): ParseResult {
  const drafts: Draft[] = []
  const late: string[] = []
  const conn: Connection = { tls: false }
  let current: Draft | undefined
  let bodyTarget: Draft | undefined
  let announcedUrl: string | undefined
  let curlError: string | undefined
  let afterTlsInfo = false

  const startDraft = (): Draft => {
    const draft: Draft = {
      requestHeaders: [],
      responseHeaders: [],
      phase: 'request',
      body: [],
      skipBody: false,
      dataBytes: 0,
      ended: false,
    }
    drafts.push(draft)
    current = draft
    return draft
  }

  const addBodyText = (text: string): void => {
    if (current?.phase === 'headers' && current.status !== undefined && current.status.status >= 200) {
      // A capture pasted without the blank `<` line: the body ends the headers.
      current.phase = 'body'
      bodyTarget = current
    }
    if (bodyTarget === undefined) return // text before any reply, such as the command line
    if (bodyTarget.ended) late.push(text)
    else bodyTarget.body.push(text)
  }

  const onRequestSide = (rest: string): void => {
    const request = readRequestLine(rest)
    if (request !== undefined) {
      const draft = startDraft()
      draft.request = request
      if (conn.port !== undefined || conn.tls) draft.scheme = conn.tls || conn.port === 443 ? 'https' : 'http'
      else if (request.version.startsWith('2') || request.version.startsWith('3')) draft.scheme = 'https'
      draft.announcedUrl = announcedUrl
      announcedUrl = undefined
      return
    }
    if (current?.phase !== 'request') return
    if (rest.trim() === '') {
      current.phase = 'sent'
      return
    }
    const header = readHeaderLine(rest)
    if (header !== undefined) current.requestHeaders.push(header)
  }

  const onReplySide = (rest: string): void => {
    const status = readStatusLine(rest)
    if (status !== undefined) {
      let draft = current
      if (draft === undefined || (draft.status !== undefined && draft.status.status >= 200)) draft = startDraft()
      draft.status = status
      draft.responseHeaders = []
      draft.phase = 'headers'
      return
    }
    if (current?.phase !== 'headers') return
    if (rest.trim() === '') {
      // After an interim reply (100 Continue) the final one follows.
      current.phase = current.status !== undefined && current.status.status >= 200 ? 'body' : 'sent'
      if (current.phase === 'body') bodyTarget = current
      return
    }
    const header = readHeaderLine(rest)
    if (header !== undefined) current.responseHeaders.push(header)
  }

  const onInfo = (rest: string): void => {
    const info = rest.trimStart()
    const connected = CONNECTED.exec(info)
    if (connected !== null) {
      conn.port = Number(connected[2])
      conn.tls = false
    } else if (TLS_INFO.test(info)) {
      conn.tls = true
      afterTlsInfo = info.startsWith('TLSv1') || info.startsWith('(')
      return
    } else if (info.startsWith('[HTTP/2] [') || info.startsWith('[HTTP/3] [')) {
      const at = info.indexOf('OPENED stream for ')
      if (at !== -1) announcedUrl = info.slice(at + 'OPENED stream for '.length).trim()
    } else if (info.startsWith('Issue another request to this URL: ')) {
      announcedUrl = info.slice('Issue another request to this URL: '.length).trim().replace(/^'|'$/g, '')
      if (current !== undefined) current.skipBody = true
    } else if (info.startsWith('Ignoring the response-body')) {
      if (current !== undefined) current.skipBody = true
    } else if (TRANSFER_END.test(info)) {
      if (current !== undefined) current.ended = true
    }
    afterTlsInfo = false
  }

  const onDataNote = (line: string): void => {
    const note = DATA_NOTE.exec(line)
    // TLS records (session tickets) are reported the same way right after a TLS line: not body bytes.
    if (note !== null && !afterTlsInfo && current !== undefined && current.phase === 'body' && !current.ended)
      current.dataBytes += Number(note[1])
    afterTlsInfo = false
  }

  /** Handles one line; returns what was glued after curl's own line, to be handled next. */
  const onSegment = (line: string): string | undefined => {
    work.steps++
    if (line.startsWith('> ') || line === '>') onRequestSide(line.slice(2))
    else if (line.startsWith('< ') || line === '<') onReplySide(line.slice(2))
    else if (line.startsWith('* ') || line === '*') onInfo(line.slice(2))
    else if (line.startsWith('{ [') || line.startsWith('} [')) onDataNote(line)
    else if (line.startsWith('curl: (')) curlError ??= line.slice(0, 300)
    else {
      const meter = METER_ROW.exec(line)
      if (meter !== null) return line.slice(meter[0].length).replace(/^ {1,3}/, '')
      const trimmed = line.trimStart()
      if (trimmed.startsWith('% Total') || trimmed.startsWith('Dload  Upload')) return undefined
      const glued = findGlue(line)
      addBodyText(glued === -1 ? line : line.slice(0, glued))
      if (glued !== -1) return line.slice(glued)
    }
    return undefined
  }

  const onLine = (raw: string): void => {
    if (raw === '') {
      addBodyText('')
      return
    }
    // A line may hold several of curl's lines glued together; a bounded number of turns handles them.
    let rest: string | undefined = raw
    for (let turn = 0; turn < 64 && rest !== undefined && rest !== ''; turn++) rest = onSegment(rest)
  }

  for (const line of lines) onLine(line)
  distributeLateBodies(drafts, late, work)

  const exchanges: Exchange[] = []
  for (const draft of drafts) {
    work.steps++
    const reply = toReply(draft)
    if (reply !== undefined) exchanges.push(reply)
  }
  const result: ParseResult = { format: 'curl', exchanges, notes: [] }
  if (exchanges.length === 0) result.emptyReason = curlError ?? 'the curl transcript holds no reply line (`< HTTP/…`)'
  return result
}

/** Where one of curl's own lines starts inside a longer line, or -1. */
function findGlue(line: string): number {
  if (!line.includes('* ') && !line.includes(' [') && !line.includes('< HTTP/') && !line.includes('curl: (')) return -1
  let best = -1
  for (const marker of GLUE_MARKERS) {
    const at = line.indexOf(marker, 1)
    if (at > 0 && (best === -1 || at < best)) best = at
  }
  const note = GLUED_DATA_NOTE.exec(line)
  if (note !== null && note.index > 0 && (best === -1 || note.index < best)) best = note.index
  return best
}

/**
 * With stdout buffered (`curl -v URL > out.txt 2>&1`), bodies come after everything curl wrote to stderr.
 * They are handed, in order, to the replies whose body is missing, split by `Content-Length` (or the byte
 * counts curl reported) when several are waiting.
 */
function distributeLateBodies(drafts: Draft[], late: string[], work: WorkCounter): void {
  if (late.length === 0) return
  let text = late.join('\n')
  const waiting = drafts.filter((d) => d.phase === 'body' && d.body.length === 0 && !d.skipBody && !noBody(d))
  if (waiting.length === 0) {
    const last = drafts.filter((d) => d.phase === 'body').at(-1)
    last?.body.push(text)
    return
  }
  for (let i = 0; i < waiting.length; i++) {
    work.steps++
    const draft = waiting[i] as Draft
    const expected = expectedLength(draft)
    if (i === waiting.length - 1 || expected === undefined) {
      draft.body.push(text)
      return
    }
    const cut = utf8Offset(text, expected)
    draft.body.push(text.slice(0, cut))
    text = text.slice(cut).replace(/^\n/, '')
  }
}

function noBody(draft: Draft): boolean {
  return draft.status === undefined || hasNoBody(draft.status.status, draft.request?.method)
}

function expectedLength(draft: Draft): number | undefined {
  const declared = Number(headerValue(draft.responseHeaders, 'content-length'))
  if (Number.isInteger(declared) && declared >= 0) return declared
  return draft.dataBytes > 0 ? draft.dataBytes : undefined
}

/** The string index at which `bytes` UTF-8 bytes of `text` end. */
function utf8Offset(text: string, bytes: number): number {
  let count = 0
  let i = 0
  while (i < text.length && count < bytes) {
    const code = text.charCodeAt(i)
    if (code < 0x80) count += 1
    else if (code < 0x800) count += 2
    else if (code >= 0xd800 && code <= 0xdbff) {
      count += 4
      i++
    } else count += 3
    i++
  }
  return i
}

function toReply(draft: Draft): FoundReply | undefined {
  const status = draft.status
  if (status === undefined || status.status < 200) return undefined
  const method = draft.request?.method
  // The proxy's answer to CONNECT only opens the tunnel; the real exchange follows.
  if (method === 'CONNECT' && status.status < 300) return undefined
  const reply: FoundReply = { kind: 'reply', input: { status: status.status, headers: draft.responseHeaders } }
  if (status.statusText !== '') reply.input.statusText = status.statusText
  if (!draft.skipBody && !hasNoBody(status.status, method)) {
    const body = stripHeaderBlocks(draft.body.join('\n'))
    if (body !== '') reply.input.body = body
  }
  if (draft.request !== undefined) {
    const target = draft.request.target
    const announced = draft.announcedUrl
    const location =
      announced !== undefined && pathOf(announced) === target
        ? { url: announced }
        : requestUrl(target, headerValue(draft.requestHeaders, 'host'), draft.scheme)
    reply.method = draft.request.method
    Object.assign(reply, location)
    reply.input.request = { method: draft.request.method, headers: draft.requestHeaders }
    if (location.url !== undefined) reply.input.request.url = location.url
  }
  return reply
}

/** The path and query of an absolute URL, as a request line carries them. */
function pathOf(url: string): string | undefined {
  const scheme = url.indexOf('://')
  if (scheme === -1) return undefined
  const slash = url.indexOf('/', scheme + 3)
  return slash === -1 ? '/' : url.slice(slash)
}

/**
 * `curl -v -i` also writes the reply's head to stdout, before the body: drop those status and header
 * lines (one block per hop when redirects were followed).
 */
function stripHeaderBlocks(body: string): string {
  let rest = body.replace(/^\n+/, '')
  for (let hop = 0; hop < 50; hop++) {
    const end = rest.indexOf('\n')
    const first = end === -1 ? rest : rest.slice(0, end)
    if (readStatusLine(first) === undefined) break
    const blank = rest.search(/\n[ \t]*\n/)
    rest = blank === -1 ? '' : rest.slice(blank).replace(/^\n[ \t]*\n/, '')
  }
  let end = rest.length
  while (end > 0 && rest[end - 1] === '\n') end--
  return rest.slice(0, end)
}
