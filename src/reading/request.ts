import { readSigning, type SigningFacts } from '../sigv4/facts.ts'
import type { AuthScheme, PathTrait, RequestInput } from '../types.ts'
import { normalizeHeaders } from './headers.ts'
import { classifyHost, type HostFacts, isDeclaredAwsHost } from './hosts.ts'

/** What is known about the request. Holds no header value and no query string. */
export interface RequestFacts {
  /** Upper-case method, when known. */
  method?: string
  /** Host name, when the URL was absolute. */
  host?: string
  /** The path as sent (without query or fragment), when the URL was given. */
  path?: string
  hostFacts: HostFacts
  /** The host was declared as fronting AWS through the `awsHosts` option. */
  declaredAwsHost: boolean
  /** Lower-case names of the request headers, or `undefined` when the headers are not known. */
  headerNames?: ReadonlySet<string>
  auth: AuthScheme
  pathTraits: ReadonlySet<PathTrait>
  /** The first path segment (the stage on an execute-api host). */
  firstSegment?: string
  /**
   * A SigV4-signed request's non-secret facts (query, `x-amz-date`, credential scope, signed header names, a
   * few header values), to compare with the canonical request a signature-mismatch message quotes.
   */
  signing?: SigningFacts
}

/** Stage names teams commonly use; on a custom domain such a first segment is often a stage the mapping already picks. */
const STAGE_NAMES =
  /^(?:prod|production|prd|dev|develop|development|stage|staging|stg|test|testing|qa|uat|sandbox|beta|live|v\d{1,2})$/i

/** Longest URL we look at; longer ones are cut before parsing. */
const MAX_URL_LENGTH = 8192

/** Reads request facts. Never throws; unknown facts stay unknown. */
export function readRequest(input: RequestInput | undefined, awsHosts: readonly string[]): RequestFacts {
  const facts: RequestFacts = { hostFacts: { kind: 'unknown' }, declaredAwsHost: false, auth: 'unknown', pathTraits: new Set() }
  if (input === null || typeof input !== 'object') return facts
  try {
    if (typeof input.method === 'string' && input.method.length <= 32) facts.method = input.method.toUpperCase()
    const query = readUrl(input.url, facts, awsHosts)
    if (input.headers !== undefined && input.headers !== null) {
      const headers = normalizeHeaders(input.headers)
      const names = new Set<string>()
      for (const name of headers.keys()) names.add(name)
      facts.headerNames = names
      facts.auth = authScheme(headers.get('authorization'))
      if (facts.auth === 'sigv4') facts.signing = readSigning(headers, query)
    }
  } catch {
    // Keep what was read.
  }
  return facts
}

/** Reads host and path into `facts`; returns the raw query string (without `?`), kept only for SigV4. */
function readUrl(url: unknown, facts: RequestFacts, awsHosts: readonly string[]): string | undefined {
  const raw = typeof url === 'string' ? url : url instanceof URL ? url.href : undefined
  if (raw === undefined || raw === '') return undefined
  // A protocol-relative URL ("//user:pass@host/path") names a host, and may carry user info: read it as absolute.
  const full = raw.startsWith('//') ? `https:${raw}` : raw
  const scheme = SCHEME.test(full)
  const absolute = scheme || BARE_HOST.test(full)
  const text = (scheme || !absolute ? full : `https://${full}`).slice(0, MAX_URL_LENGTH)
  const traits = facts.pathTraits as Set<PathTrait>
  let rawPath: string
  if (absolute) {
    const parsed = hostOf(maskHostPlaceholders(text))
    if (parsed === null) return undefined
    facts.host = parsed.hostname
    facts.hostFacts = parsed.facts
    facts.declaredAwsHost = isDeclaredAwsHost(parsed.hostname, awsHosts)
    // The raw path as the caller wrote it: URL() would percent-encode what we want to notice.
    const afterScheme = text.slice(text.indexOf('//') + 2)
    const slash = afterScheme.search(/[/?#]/)
    rawPath = slash === -1 ? '' : afterScheme.slice(slash)
  } else {
    rawPath = text
  }
  const hashAt = rawPath.indexOf('#')
  if (hashAt !== -1) traits.add('fragment')
  const withoutFragment = hashAt === -1 ? rawPath : rawPath.slice(0, hashAt)
  const queryAt = withoutFragment.indexOf('?')
  const path = (queryAt === -1 ? withoutFragment : withoutFragment.slice(0, queryAt)) || '/'
  facts.path = path.startsWith('/') ? path : `/${path}`
  addPathTraits(facts, traits)
  return queryAt === -1 ? undefined : withoutFragment.slice(queryAt + 1)
}

/** A URL's host name and what it says. */
interface ParsedHost {
  hostname: string
  /** Shared by every request to the host: never changed. */
  facts: HostFacts
}

/**
 * Parsed hosts by the URL's scheme and authority: an app calls few hosts, and parsing a URL and classifying
 * its host were a fifth of a diagnosis. Cleared when full.
 */
const parsedHosts = new Map<string, ParsedHost | null>()
const MAX_PARSED_HOSTS = 64

/** The host of an absolute URL, or `null` when URL() rejects it. */
function hostOf(url: string): ParsedHost | null {
  const key = authorityOf(url)
  if (key === undefined) return parseHost(url)
  let parsed = parsedHosts.get(key)
  if (parsed === undefined) {
    parsed = parseHost(key)
    if (parsedHosts.size >= MAX_PARSED_HOSTS) parsedHosts.clear()
    parsedHosts.set(key, parsed)
  }
  return parsed
}

function parseHost(url: string): ParsedHost | null {
  try {
    const hostname = new URL(url).hostname
    return { hostname, facts: classifyHost(hostname) }
  } catch {
    return null
  }
}

/**
 * The URL up to the end of its authority, when URL() reads the same host (or the same failure) from it as
 * from the whole URL: an http or https URL, whose path, query and fragment never make URL() fail, with no
 * white space or control character in the authority (URL() would strip or reject them), no extra slash
 * before it (URL() would skip it), and no user info. Otherwise `undefined`.
 */
function authorityOf(url: string): string | undefined {
  const start = /^https?:\/\/(?![/\\])/i.exec(url)?.[0].length
  if (start === undefined) return undefined
  for (let end = start; end < url.length; end++) {
    const code = url.charCodeAt(end)
    // "/", "?", "#" and, in an http(s) URL, a backslash end the authority.
    if (code === 0x2f || code === 0x3f || code === 0x23 || code === 0x5c) return url.slice(0, end)
    // User info is a credential, never kept in the cache.
    if (code <= 0x20 || code === 0x7f || code === 0x40) return undefined
  }
  return url
}

/**
 * A host written with a placeholder, as people paste it (`https://<api-id>.execute-api…`, `https://{id}.…`,
 * `https://[omitted].…`): the placeholder becomes one letter, so the rest of the host still says what it is.
 */
function maskHostPlaceholders(url: string): string {
  if (!/[<{[\s"'|^`\\]/.test(url)) return url
  return url.replace(/^([a-z][a-z0-9+.-]{0,20}:\/\/)([^/?#]{1,300})/i, (whole, scheme: string, host: string) => {
    if (/^[\w.:@%-]*$/.test(host) || /^\[[0-9a-f:.]{2,45}\](?::\d{1,5})?$/i.test(host)) return whole
    return `${scheme}${host.replace(/<[^<>]{0,64}>|\{[^{}]{0,64}\}|\[[^[\]]{0,64}\]/g, 'x').replace(/[^\w.:@%-]/g, 'x')}`
  })
}

/** An absolute URL: a scheme and "//". */
const SCHEME = /^[a-z][a-z0-9+.-]{0,20}:\/\//i
/** A URL pasted without its scheme (`abc123.execute-api.eu-west-1.amazonaws.com/prod/x`) names a host. */
const BARE_HOST = /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,24}(?::\d{1,5})?(?:[/?#]|$)/i

/** Sets the first segment of `facts.path` and the traits of the path. */
function addPathTraits(facts: RequestFacts, traits: Set<PathTrait>): void {
  const path = facts.path as string
  // The non-empty segments, counted up to two, without splitting the path.
  let first: string | undefined
  let count = 0
  for (let start = 0; start < path.length && count < 2; ) {
    let end = path.indexOf('/', start)
    if (end === -1) end = path.length
    if (end > start) {
      if (count === 0) first = path.slice(start, end)
      count++
    }
    start = end + 1
  }
  facts.firstSegment = first
  if (count === 0) traits.add('root')
  if (count === 1) traits.add('stage-only')
  if (first !== undefined && first !== first.toLowerCase()) traits.add('stage-not-lowercase')
  if (first !== undefined && STAGE_NAMES.test(first)) traits.add('stage-name-first')
  if (path.length > 1 && path.endsWith('/')) traits.add('trailing-slash')
  if (path.includes('//')) traits.add('double-slash')
  // RFC 3986 pchar plus "/": anything else (spaces, braces, quotes, non-ASCII) should have been encoded,
  // and a "%" must start a valid escape.
  if (/[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]/.test(path) || (path.includes('%') && /%(?![0-9A-Fa-f]{2})/.test(path)))
    traits.add('unencoded')
}

/** Classifies an `Authorization` value by its shape. The value itself is not kept. */
export function authScheme(value: string | undefined): AuthScheme {
  if (value === undefined) return 'none'
  const trimmed = value.trim()
  if (trimmed === '') return 'none'
  const space = trimmed.indexOf(' ')
  if (space === -1) return 'raw'
  const scheme = trimmed.slice(0, space).toLowerCase()
  if (scheme === 'bearer') return 'bearer'
  if (scheme === 'basic') return 'basic'
  if (scheme === 'aws4-hmac-sha256') return 'sigv4'
  return 'other'
}
