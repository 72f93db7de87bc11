/**
 * The pieces of an HTTP/1-style message as curl and proxies print them: status lines, request lines and
 * header lines. Every pattern is anchored and built from disjoint character classes, so matching is linear.
 * @module
 */

/** A parsed status line such as `HTTP/1.1 403 Forbidden` or `HTTP/2 403 `. */
export interface StatusLine {
  version: string
  status: number
  statusText: string
}

/** A parsed request line such as `GET /prod/items HTTP/2`. */
export interface RequestLine {
  method: string
  target: string
  version: string
}

const STATUS_LINE = /^HTTP\/(\d(?:\.\d)?) ([1-5]\d\d)(?:[ \t]([^\r\n]*))?$/
const REQUEST_LINE = /^([A-Z][A-Z0-9_-]{0,31}) ([^\s]{1,16384}) HTTP\/(\d(?:\.\d)?)[ \t]?$/
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}$/

/** Lines longer than this are never status, request or header lines; checking them would be wasted work. */
const MAX_START_LINE = 16_500

/** Reads a status line, or `undefined` when the line is not one. */
export function readStatusLine(line: string): StatusLine | undefined {
  if (line.length > MAX_START_LINE || !line.startsWith('HTTP/')) return undefined
  const m = STATUS_LINE.exec(line)
  if (m === null) return undefined
  return { version: m[1] ?? '', status: Number(m[2]), statusText: (m[3] ?? '').trim() }
}

/** Reads a request line, or `undefined` when the line is not one. */
export function readRequestLine(line: string): RequestLine | undefined {
  if (line.length > MAX_START_LINE) return undefined
  const m = REQUEST_LINE.exec(line)
  if (m === null) return undefined
  return { method: m[1] ?? '', target: m[2] ?? '', version: m[3] ?? '' }
}

/** Reads a `Name: value` header line, or `undefined` when the line is not one. */
export function readHeaderLine(line: string): [string, string] | undefined {
  const colon = line.indexOf(':')
  if (colon < 1 || colon > 256) return undefined
  const name = line.slice(0, colon)
  if (!HEADER_NAME.test(name)) return undefined
  return [name, line.slice(colon + 1).trim()]
}

/** The value of a header in a list of pairs (case-insensitive), the first one wins. */
export function headerValue(headers: ReadonlyArray<readonly [string, string]>, name: string): string | undefined {
  const wanted = name.toLowerCase()
  for (const [key, value] of headers) if (key.toLowerCase() === wanted) return value
  return undefined
}

/** Statuses whose replies carry no body. */
export function hasNoBody(status: number, method: string | undefined): boolean {
  return status < 200 || status === 204 || status === 304 || method === 'HEAD'
}

/**
 * Builds the URL of a request from its target and `Host` header. A target in absolute form (sent through
 * a proxy) is the URL itself. Without a known scheme, https is assumed: AWS endpoints answer on https.
 */
export function requestUrl(
  target: string,
  host: string | undefined,
  scheme: 'http' | 'https' | undefined,
): { url?: string; schemeAssumed?: boolean } {
  if (/^https?:\/\//i.test(target)) return { url: target }
  if (host === undefined || host === '' || /[\s/]/.test(host)) return target.startsWith('/') ? { url: target } : {}
  const path = target.startsWith('/') ? target : target === '*' ? '/' : `/${target}`
  return scheme === undefined ? { url: `https://${host}${path}`, schemeAssumed: true } : { url: `${scheme}://${host}${path}` }
}
