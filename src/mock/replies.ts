/**
 * `gatewayReply()`: the reply AWS sends for a signature, rebuilt from its `example` with fresh request IDs,
 * for tests and mocks. Client-agnostic: the msw adapter (`apigw-doctor/msw`) wraps it in an `HttpResponse`.
 * @module
 */

import { signatures } from '../catalog/index.ts'
import type { BodyLike, CatalogSignature, HeadersLike, Signature } from '../types.ts'
import {
  newApigwId,
  newCloudFrontId,
  newCloudFrontVia,
  newRequestId,
  newS3HostId,
  newS3RequestId,
  newTraceId,
} from './reply-ids.ts'

/**
 * Changes to the reply, as an API owner's customised gateway response (or a test) would make them.
 */
export interface GatewayReplyOverrides {
  /** Another status (a gateway response remapped to another code, e.g. 403 → 404). Between 200 and 599. */
  status?: number
  /**
   * A new value for the JSON body's `message` (or `Message`) field; the rest of the body keeps AWS's
   * exact bytes. Throws when the reply has no such field (CloudFront and ALB pages, plain-text bodies).
   */
  message?: string | null
  /**
   * Headers to set (any casing; replaces a header of the same name) or, with `null`, to remove. Applied
   * last, so they win over generated IDs and `Content-Length`.
   */
  headers?: Readonly<Record<string, string | null>>
}

/** One reply exactly as AWS sends it. */
export interface GatewayReply {
  /** The signature this reply belongs to. */
  code: string
  status: number
  /** The reason phrase, when the signature's reply has a telling one (Classic Load Balancer). */
  statusText?: string
  /** Header names in AWS's casing and order, mapped to their values. */
  headers: Record<string, string>
  /** The body text (empty when AWS sends none). */
  body: string
}

/**
 * Builds the reply AWS sends for a signature: status, headers and body bytes from the signature's
 * `example`, with fresh request IDs in AWS's formats on every call (`x-amzn-RequestId`, `x-amz-apigw-id`,
 * `apigw-requestid`, `X-Amz-Cf-Id` and the matching "Request ID:" line of a CloudFront page,
 * `X-Amzn-Trace-Id`, an S3 origin's `<RequestId>`/`<HostId>`), the headers the answering layer always
 * sets, and a correct `Content-Length`.
 *
 * @param code a code of the built-in catalog (`signatures`), or a signature object of your own.
 * @throws RangeError for an unknown code (the message lists the closest codes), or bad overrides.
 * @example
 * ```ts
 * const reply = gatewayReply('MISSING_AUTHENTICATION_TOKEN')
 * reply.status                          // 403
 * reply.headers['x-amzn-ErrorType']     // 'MissingAuthenticationTokenException'
 * reply.body                            // '{"message":"Missing Authentication Token"}'
 * gatewayReply('MISSING_AUTHENTICATION_TOKEN', { status: 404, message: 'Not here' }) // a customised one
 * ```
 */
export function gatewayReply(code: string | Signature, overrides: GatewayReplyOverrides = {}): GatewayReply {
  const custom = typeof code === 'string' ? undefined : withExample(code)
  if (typeof code !== 'string' && custom === undefined)
    throw new RangeError(
      `gatewayReply: expected a signature code or a signature object with an example, got ${code === null ? 'null' : typeof code}`,
    )
  if (overrides === null || typeof overrides !== 'object')
    throw new RangeError(`gatewayReply: overrides must be an object, got ${overrides === null ? 'null' : typeof overrides}`)
  const signature = custom ?? findSignature(String(code))
  const example = signature.example
  let body = bodyText(example.body)
  const headers = new HeaderList(example.headers)

  const status = overrides.status ?? example.status
  if (!Number.isInteger(status) || status < 200 || status > 599)
    throw new RangeError(`gatewayReply(${signature.code}): status must be an integer from 200 to 599, got ${status}`)
  if (overrides.message !== undefined) body = rewriteMessage(body, overrides.message, signature.code)

  refreshIds(headers)
  completeLayerHeaders(headers, signature, body)
  body = refreshBodyIds(body, headers)
  // The body is sent whole, with its length: a chunked encoding copied from a capture would contradict it.
  headers.delete('transfer-encoding')
  headers.put('Content-Length', String(new TextEncoder().encode(body).byteLength))
  for (const [name, value] of Object.entries(overrides.headers ?? {})) {
    if (value === null) headers.delete(name)
    else headers.set(name, value)
  }

  const reply: GatewayReply = { code: signature.code, status, headers: headers.toRecord(), body }
  if (example.statusText !== undefined && example.statusText !== '' && overrides.status === undefined)
    reply.statusText = example.statusText
  return reply
}

/** The signature itself when it carries an example object (callers may pass anything at run time). */
function withExample(signature: Signature | null): CatalogSignature | undefined {
  if (typeof signature !== 'object' || signature === null) return undefined
  const example: unknown = signature.example
  return typeof example === 'object' && example !== null ? (signature as CatalogSignature) : undefined
}

/** The built-in signature with this code; throws a RangeError naming the closest codes otherwise. */
export function findSignature(code: string): CatalogSignature {
  const found = signatures.find((s) => s.code === code)
  if (found !== undefined) return found
  const close = closestCodes(
    code,
    signatures.map((s) => s.code),
  )
  const hint = close.length > 0 ? ` Closest codes: ${close.join(', ')}.` : ' The catalog is empty.'
  throw new RangeError(
    `Unknown signature code "${code}".${hint} All codes: \`signatures.map((s) => s.code)\` from 'apigw-doctor'.`,
  )
}

/** Up to five codes nearest to `wanted`: edit distance on the normalised code, shared words first. */
function closestCodes(wanted: string, codes: readonly string[]): string[] {
  const target = wanted
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_')
  const words = new Set(target.split('_').filter((w) => w.length > 2))
  return codes
    .map((code) => {
      const shared = code.split('_').filter((w) => words.has(w)).length
      return { code, rank: editDistance(target, code) - 4 * shared }
    })
    .sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code))
    .slice(0, 5)
    .map((entry) => entry.code)
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost))
    }
    previous = row
  }
  return previous[b.length] ?? 0
}

/** Replaces every request ID, trace ID and date the example carries with a fresh one. */
function refreshIds(headers: HeaderList): void {
  for (const name of headers.names()) {
    switch (name.toLowerCase()) {
      case 'x-amzn-requestid':
      case 'x-amzn-request-id':
        headers.set(name, newRequestId())
        break
      case 'x-amz-apigw-id':
      case 'apigw-requestid':
        headers.set(name, newApigwId())
        break
      case 'x-amz-cf-id':
        headers.set(name, newCloudFrontId())
        break
      case 'x-amz-request-id':
        headers.set(name, newS3RequestId())
        break
      case 'x-amz-id-2':
        headers.set(name, newS3HostId())
        break
      case 'x-amzn-trace-id':
        headers.set(name, newTraceId())
        break
      case 'date':
        headers.set(name, new Date().toUTCString())
        break
    }
  }
}

/**
 * Replaces the request IDs printed in the body, keeping them equal to the headers as AWS does: the
 * "Request ID:" line of a CloudFront page (= `X-Amz-Cf-Id`), and `<RequestId>`/`<HostId>` of an S3 error
 * relayed by CloudFront (= `x-amz-request-id`/`x-amz-id-2` when the reply carries them).
 */
function refreshBodyIds(body: string, headers: HeaderList): string {
  let text = body
  const cloudfrontId = headers.get('x-amz-cf-id')
  if (cloudfrontId !== undefined && text.includes('Generated by cloudfront'))
    text = text.replace(/(Request ID: )[A-Za-z0-9_=-]+/g, (_all, label: string) => `${label}${cloudfrontId}`)
  if (text.includes('<RequestId>')) {
    const id = headers.get('x-amz-request-id') ?? newS3RequestId()
    text = text.replace(/<RequestId>[^<]*<\/RequestId>/g, `<RequestId>${id}</RequestId>`)
  }
  if (text.includes('<HostId>')) {
    const id = headers.get('x-amz-id-2') ?? newS3HostId()
    text = text.replace(/<HostId>[^<]*<\/HostId>/g, `<HostId>${id}</HostId>`)
  }
  return text
}

/**
 * Adds the headers the answering layer sets on every reply when the example left them out: API Gateway's
 * request IDs, CloudFront's `Via`/`X-Cache`/`X-Amz-Cf-*` (on anything CloudFront relayed or wrote),
 * `Server` on CloudFront's and ALB's own pages, and `Date`.
 */
function completeLayerHeaders(headers: HeaderList, signature: Signature, body: string): void {
  headers.add('Date', () => new Date().toUTCString(), true)
  switch (signature.layer) {
    case 'api-gateway-rest':
      headers.add('x-amzn-RequestId', newRequestId)
      headers.add('x-amz-apigw-id', newApigwId)
      break
    case 'api-gateway-http':
      headers.add('apigw-requestid', newApigwId)
      break
    case 'lambda-url':
      headers.add('x-amzn-RequestId', newRequestId)
      break
  }
  const cloudfrontPage = body.includes('Generated by cloudfront (CloudFront)') || body.includes('<center>CloudFront</center>')
  const viaCloudFront =
    signature.layer === 'cloudfront' ||
    cloudfrontPage ||
    headers.has('x-amz-cf-id') ||
    /\(cloudfront\)/i.test(headers.get('via') ?? '') ||
    /from cloudfront/i.test(headers.get('x-cache') ?? '') ||
    /^cloudfront$/i.test(headers.get('server') ?? '')
  if (cloudfrontPage) headers.add('Server', () => 'CloudFront')
  if (viaCloudFront) {
    headers.add('X-Cache', () => 'Error from cloudfront')
    headers.add('Via', newCloudFrontVia)
    headers.add('X-Amz-Cf-Pop', () => 'FRA56-P5')
    headers.add('X-Amz-Cf-Id', newCloudFrontId)
  }
  if (body.includes('<center>awselb/2.0</center>')) headers.add('Server', () => 'awselb/2.0')
}

/** Rewrites the JSON `message`/`Message` value in place, keeping every other byte of AWS's body. */
function rewriteMessage(body: string, message: string | null, code: string): string {
  const parsed = parseObject(body)
  const key = parsed === undefined ? undefined : (['message', 'Message'] as const).find((k) => Object.hasOwn(parsed, k))
  if (parsed === undefined || key === undefined)
    throw new RangeError(
      `gatewayReply(${code}): this reply has no JSON "message" field to rewrite; override the headers or build the body yourself.`,
    )
  const expected = JSON.stringify({ ...parsed, [key]: message })
  // A JSON string is `"` then escapes or non-quote characters then `"`; the alternatives are disjoint.
  const pattern = new RegExp(`"${key}"(\\s*:\\s*)(?:"(?:[^"\\\\]|\\\\.)*"|null)`)
  const rewritten = body.replace(pattern, (_all, separator: string) => `"${key}"${separator}${JSON.stringify(message)}`)
  // Keep AWS's spacing when the in-place edit hit the top-level field; otherwise fall back to a re-encoding.
  return JSON.stringify(parseObject(rewritten)) === expected ? rewritten : expected
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** The example's body as the text AWS sends. */
function bodyText(body: BodyLike): string {
  if (body === undefined || body === null) return ''
  if (typeof body === 'string') return body
  if (body instanceof ArrayBuffer) return new TextDecoder().decode(body)
  if (ArrayBuffer.isView(body)) return new TextDecoder().decode(new Uint8Array(body.buffer, body.byteOffset, body.byteLength))
  return JSON.stringify(body)
}

/** An ordered header list that keeps each name's casing and looks names up case-insensitively. */
class HeaderList {
  private readonly entries: Array<[string, string]> = []
  private readonly lowerCaseStyle: boolean

  constructor(input: HeadersLike | undefined) {
    for (const [name, value] of headerPairs(input)) this.set(name, value)
    // A capture over HTTP/2 has lower-case names; headers we add follow the capture's style.
    this.lowerCaseStyle = this.entries.length > 0 && this.entries.every(([name]) => name === name.toLowerCase())
  }

  names(): string[] {
    return this.entries.map(([name]) => name)
  }

  has(name: string): boolean {
    return this.index(name) !== -1
  }

  get(name: string): string | undefined {
    return this.entries[this.index(name)]?.[1]
  }

  /** Sets a header, keeping the position and casing of an existing one of the same name. */
  set(name: string, value: string): void {
    const at = this.index(name)
    const existing = this.entries[at]
    if (existing !== undefined) existing[1] = value
    else this.entries.push([name, value])
  }

  /** Sets a header; a new one takes the list's naming style. */
  put(name: string, value: string): void {
    if (this.has(name)) this.set(name, value)
    else this.add(name, () => value)
  }

  /** Adds a header in the list's naming style when it is missing. */
  add(name: string, value: () => string, first = false): void {
    if (this.has(name)) return
    const entry: [string, string] = [this.lowerCaseStyle ? name.toLowerCase() : name, value()]
    if (first) this.entries.unshift(entry)
    else this.entries.push(entry)
  }

  delete(name: string): void {
    const at = this.index(name)
    if (at !== -1) this.entries.splice(at, 1)
  }

  toRecord(): Record<string, string> {
    return Object.fromEntries(this.entries)
  }

  private index(name: string): number {
    const lower = name.toLowerCase()
    return this.entries.findIndex(([n]) => n.toLowerCase() === lower)
  }
}

/** Header pairs of any `HeadersLike` shape, with their original casing where the shape keeps it. */
function headerPairs(input: HeadersLike | undefined): Array<[string, string]> {
  if (input === undefined || input === null || typeof input !== 'object') return []
  const pairs: Array<[string, string]> = []
  const push = (name: unknown, value: unknown): void => {
    if (typeof name !== 'string') return
    if (typeof value === 'string' || typeof value === 'number') pairs.push([name, String(value)])
    else if (Array.isArray(value)) pairs.push([name, value.join(', ')])
  }
  if (Array.isArray(input)) {
    for (const pair of input as ReadonlyArray<readonly [string, unknown]>) push(pair[0], pair[1])
    return pairs
  }
  const candidate = input as Record<string, unknown>
  if (typeof candidate.forEach === 'function' && typeof candidate.get === 'function') {
    ;(candidate.forEach as (cb: (value: unknown, name: unknown) => void) => void)((value, name) => push(name, value))
    return pairs
  }
  const plain = typeof candidate.toJSON === 'function' ? (candidate.toJSON as () => unknown)() : candidate
  if (typeof plain === 'object' && plain !== null) for (const [name, value] of Object.entries(plain)) push(name, value)
  return pairs
}
