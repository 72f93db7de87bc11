import { isSafeHeader } from '../output/mask.ts'
import { normalizeHeaders } from '../reading/headers.ts'
import type { Exchange } from './types.ts'

const REDACTED = '[REDACTED]'

/** Request headers that hold a URL or a path (HTTP/2's `:path`, a HAR's `referer`). */
const URL_HEADERS: ReadonlySet<string> = new Set([':path', 'referer'])

/** Shorter values are too likely to be ordinary words to be replaced wherever they appear. */
const MIN_SECRET_LENGTH = 8
/** Secrets kept per exchange at most; each costs one pass over that exchange's output. */
const MAX_SECRETS = 64

/**
 * The values one exchange carried that may be credentials, by allowlist: every request and reply header
 * value but those of known-safe headers (request IDs, error type, `server`, `content-type`…), and the
 * query-string and path-parameter values of the URL. The report replaces each of them wherever it appears
 * in that exchange's output, whatever the pattern-based redaction missed; the text of the catalog is never
 * rewritten by patterns, so it stays intact.
 */
export function secretsOf(exchange: Exchange): string[] {
  const found = new Set<string>()
  const request = exchange.kind === 'reply' ? exchange.input.request : undefined
  if (request?.headers !== undefined) {
    for (const [name, value] of normalizeHeaders(request.headers)) {
      // A URL's secrets are its query and path-parameter values; the path itself is printed, masked.
      if (URL_HEADERS.has(name)) addUrlValues(value, found)
      else if (!isSafeHeader(name)) addValueParts(value, found)
    }
  }
  if (exchange.kind === 'reply') {
    for (const [name, value] of normalizeHeaders(exchange.input.headers)) if (!isSafeHeader(name)) addValueParts(value, found)
  }
  if (exchange.url !== undefined) addUrlValues(exchange.url, found)
  return [...found]
    .filter((s) => s.length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b.length - a.length)
    .slice(0, MAX_SECRETS)
}

/** Replaces every occurrence of the secrets (longest first) in `text`. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED)
  return out
}

/** Replaces the secrets in every string of a JSON-like value. */
export function scrubDeep<T>(value: T, secrets: readonly string[]): T {
  return walk(value, secrets, 0) as T
}

function walk(value: unknown, secrets: readonly string[], depth: number): unknown {
  if (typeof value === 'string') return scrub(value, secrets)
  if (depth > 16 || typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map((item) => walk(item, secrets, depth + 1))
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) out[key] = walk(item, secrets, depth + 1)
  return out
}

/** The whole value, what follows a scheme word (`Bearer x`), and each `name=value` part's value. */
function addValueParts(value: string, found: Set<string>): void {
  const whole = value.trim()
  found.add(whole)
  const space = whole.indexOf(' ')
  if (space !== -1) found.add(whole.slice(space + 1).trim())
  // A SigV4 SignedHeaders list names headers (content-type;host;x-amz-date): no secret, and the report
  // names them when it says which signed header differs.
  const parts = whole.replace(/SignedHeaders=[A-Za-z0-9;_-]{0,2048}/g, '').split(/[;,\s]+/)
  for (const part of parts.slice(0, MAX_SECRETS)) {
    const eq = part.indexOf('=')
    found.add(eq === -1 ? part : part.slice(eq + 1))
  }
}

/**
 * Values of the query string and of path parameters (`;jsessionid=…`): the engine quotes the path in its
 * texts, and redactText's patterns do not know every session parameter.
 */
function addUrlValues(url: string, found: Set<string>): void {
  const cut = url.search(/[?#]/)
  const path = cut === -1 ? url : url.slice(0, cut)
  for (const param of path.split(';').slice(1, MAX_SECRETS)) addPair(param.split('/')[0] ?? '', found)
  const query = url.indexOf('?')
  if (query === -1) return
  const end = url.indexOf('#', query)
  const search = url.slice(query + 1, end === -1 ? undefined : end)
  for (const pair of search.split('&').slice(0, MAX_SECRETS)) addPair(pair, found)
}

function addPair(pair: string, found: Set<string>): void {
  const eq = pair.indexOf('=')
  if (eq === -1) return
  const raw = pair.slice(eq + 1)
  found.add(raw)
  try {
    found.add(decodeURIComponent(raw.replace(/\+/g, ' ')))
  } catch {
    // A malformed escape: the raw value is enough.
  }
}
