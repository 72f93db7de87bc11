/**
 * Names what differs between the canonical request AWS quotes in a signature-mismatch message and the
 * request that was sent: method, host, path as encoded, query, signed header values, the SignedHeaders list,
 * X-Amz-Date and the credential scope. Only non-secret facts are compared or shown.
 * @module
 */
import type { RequestFacts } from '../reading/request.ts'
import type { CauseFinding } from '../types.ts'
import type { SigningFacts } from './facts.ts'
import { type QuotedSigning, readQuotedSigning } from './quoted.ts'

/** The cause ids a comparison can give (their texts: src/signatures/api-gateway-rest/sigv4-findings.ts). */
type SigningFindingId =
  | 'signed-method-differs'
  | 'signed-host-differs'
  | 'signed-path-encoding'
  | 'signed-path-differs'
  | 'signed-query-differs'
  | 'signed-header-differs'
  | 'signed-header-missing'
  | 'signed-headers-malformed'
  | 'signed-date-differs'
  | 'signed-scope-differs'
  | 'canonical-request-matches'

const MISMATCH = 'signature we calculated does not match'

/** Header differences named at most (the rest follow from the first ones). */
const MAX_HEADER_FINDINGS = 3

/**
 * The findings for a signature-mismatch message: what differs, or that nothing comparable differs. None when
 * the message quotes no canonical request or the request was not SigV4-signed.
 */
export function compareSigning(message: string, request: RequestFacts): CauseFinding[] {
  const signing = request.signing
  if (signing === undefined) return []
  const findings: CauseFinding[] = []
  const add = (id: SigningFindingId, values: Record<string, string>, share = 0.8): void => {
    findings.push({ id, values, share })
  }
  const malformed = malformedNames(signing.signedHeaders)
  const quoted = readQuotedSigning(message)
  if (quoted === undefined) {
    // Without a quote, a malformed SignedHeaders list still explains a mismatch, and only a mismatch.
    if (malformed !== undefined && message.includes(MISMATCH)) add('signed-headers-malformed', { header: malformed })
    return findings
  }
  if (request.method !== undefined && quoted.method !== request.method)
    add('signed-method-differs', { aws: quoted.method, sent: request.method })
  const sentHost = signing.values.get('host') ?? request.host
  const awsHost = quoted.headers.get('host')
  if (sentHost !== undefined && awsHost !== undefined && hostKey(awsHost) !== hostKey(sentHost))
    add('signed-host-differs', { aws: awsHost.trim(), sent: sentHost.trim() })
  if (request.path !== undefined) comparePath(quoted.path, request.path, add)
  const sentQuery = canonicalQuery(signing.query ?? '')
  if (request.path !== undefined && sentQuery !== quoted.query)
    add('signed-query-differs', { aws: quoted.query || '(none)', sent: sentQuery || '(none)' })
  compareHeaders(quoted, signing, add)
  if (malformed !== undefined) add('signed-headers-malformed', { header: malformed })
  if (signing.amzDate !== undefined && quoted.amzDate !== undefined && signing.amzDate !== quoted.amzDate)
    add('signed-date-differs', { aws: quoted.amzDate, sent: signing.amzDate })
  if (signing.scope !== undefined && quoted.scope !== undefined) {
    const scope = (s: typeof quoted.scope) => `${s?.date}/${s?.region}/${s?.service}`
    if (scope(signing.scope) !== scope(quoted.scope))
      add('signed-scope-differs', { aws: scope(quoted.scope), sent: scope(signing.scope) })
  }
  // "Arrived as sent" only when enough was compared: the request line, the host, and the signing facts
  // (SignedHeaders and X-Amz-Date) that say the quote and the request are the same signed request.
  const comparable =
    request.method !== undefined &&
    request.path !== undefined &&
    sentHost !== undefined &&
    awsHost !== undefined &&
    signing.amzDate !== undefined &&
    signing.signedHeaders !== undefined &&
    signing.signedHeaders.join(';') === quoted.signedHeaders?.join(';')
  if (findings.length === 0 && comparable) add('canonical-request-matches', {}, 0.5)
  return findings
}

type Add = (id: SigningFindingId, values: Record<string, string>, share?: number) => void

/** Host names compare case-blind, and a default port is the same host. */
function hostKey(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/:(?:443|80)$/, '')
}

/**
 * For execute-api, AWS's canonical path is the path as received, percent-encoded once more. A path AWS
 * computed from the request sent, encoded once (S3's way) or twice, agrees; anything else changed on the way.
 */
function comparePath(awsPath: string, sentPath: string, add: Add): void {
  const wire = mapSegments(sentPath, (segment) => encode(decode(segment)))
  const twice = mapSegments(wire, encode)
  if (awsPath === wire || awsPath === sentPath) return
  if (awsPath === twice) {
    add('signed-path-encoding', { aws: awsPath, sent: wire }, 0.5)
    return
  }
  add('signed-path-differs', { aws: awsPath, sent: wire })
}

function compareHeaders(quoted: QuotedSigning, signing: SigningFacts, add: Add): void {
  let named = 0
  const signed = new Set(quoted.signedHeaders ?? signing.signedHeaders ?? [])
  for (const [name, awsValue] of quoted.headers) {
    if (named >= MAX_HEADER_FINDINGS) return
    // Host and X-Amz-Date have findings of their own.
    if (name === 'host' || name === 'x-amz-date') continue
    if (awsValue.trim() === '' && signed.has(name)) {
      add('signed-header-missing', { header: name })
      named++
      continue
    }
    const sent = signing.values.get(name)
    if (sent !== undefined && squash(sent) !== squash(awsValue)) {
      add('signed-header-differs', { header: name, aws: squash(awsValue), sent: squash(sent) })
      named++
    }
  }
}

/** SigV4 trims header values and folds runs of spaces. */
function squash(value: string): string {
  return value.trim().replace(/\s+/g, ' ')
}

/** The offending names of a SignedHeaders list that is not sorted, distinct and lower-case; else `undefined`. */
function malformedNames(names: readonly string[] | undefined): string | undefined {
  if (names === undefined || names.length === 0) return undefined
  const bad = new Set<string>()
  const seen = new Set<string>()
  for (const name of names) {
    if (seen.has(name.toLowerCase()) || name !== name.toLowerCase()) bad.add(name)
    seen.add(name.toLowerCase())
  }
  if (bad.size > 0) return [...bad].join(', ')
  const sorted = [...names].sort()
  return sorted.every((name, i) => name === names[i]) ? undefined : names.join(';')
}

/** The canonical form of a query string: parameters sorted by name then value, each part encoded once. */
export function canonicalQuery(query: string): string {
  return query
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=')
      const name = eq === -1 ? pair : pair.slice(0, eq)
      const value = eq === -1 ? '' : pair.slice(eq + 1)
      return [encode(decode(name)), encode(decode(value))] as const
    })
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&')
}

function mapSegments(path: string, change: (segment: string) => string): string {
  return path.split('/').map(change).join('/')
}

/** RFC 3986 encoding as SigV4 wants it: everything but A–Z, a–z, 0–9, `-`, `_`, `.`, `~`. */
function encode(text: string): string {
  try {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  } catch {
    return text // a lone surrogate: compared as written
  }
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
