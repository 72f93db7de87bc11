import { isDeepStrictEqual } from 'node:util'
import { sanitizeErrorType } from '../../src/engine/signals.ts'
import type { GatewayReply } from '../../src/mock/replies.ts'
import { normalizeHeaders } from '../../src/reading/headers.ts'
import type { Layer } from '../../src/types.ts'
import type { Fixture } from '../helpers/fixtures.ts'

/** Headers that identify the answering layer: a reply AWS sends with them must carry them too. */
const IDENTIFYING_HEADERS = [
  'content-type',
  'x-amzn-errortype',
  'x-amzn-requestid',
  'x-amzn-request-id',
  'x-amz-apigw-id',
  'apigw-requestid',
  'x-amz-cf-id',
  'x-amz-cf-pop',
  'via',
  'x-cache',
  'server',
  'x-amzn-waf-action',
  'www-authenticate',
] as const

/** Headers CloudFront adds to whatever it relays, error or not. */
const CLOUDFRONT_RELAY: ReadonlySet<string> = new Set(['x-amz-cf-id', 'x-amz-cf-pop', 'via', 'x-cache'])
const API_LAYERS: ReadonlySet<Layer> = new Set(['api-gateway-rest', 'api-gateway-http', 'lambda-url'])

/**
 * Whether a fixture header tells where the capture was taken rather than which error it is: CloudFront's
 * relay headers on a capture taken behind a distribution (an edge-optimized API, CloudFront before an ALB)
 * when our reply is the origin's own, and `Server` for the API layers (API Gateway sends none; a proxy in
 * between does).
 */
function incidental(name: string, layer: Layer, ours: ReadonlyMap<string, string>): boolean {
  if (CLOUDFRONT_RELAY.has(name)) return layer !== 'cloudfront' && ![...CLOUDFRONT_RELAY].some((relay) => ours.has(relay))
  return name === 'server' && API_LAYERS.has(layer)
}

/** Of those, the ones whose value (not only presence) identifies the reply. */
const VALUE_HEADERS: ReadonlySet<string> = new Set(['content-type', 'x-amzn-errortype', 'x-cache', 'server', 'x-amzn-waf-action'])

/**
 * How a generated reply differs from an independent capture of the same error: status, body wording and
 * shape (request IDs aside), and the identifying headers. An empty list means they agree.
 */
export function disagreements(reply: GatewayReply, layer: Layer, fixture: Fixture): string[] {
  const found: string[] = []
  if (reply.status !== fixture.input.status) found.push(`status ${reply.status} ≠ ${fixture.input.status}`)
  const theirs =
    typeof fixture.input.body === 'string'
      ? fixture.input.body
      : fixture.input.body === undefined
        ? ''
        : JSON.stringify(fixture.input.body)
  if (!sameBody(reply.body, theirs)) found.push(`body ${shorten(reply.body)} ≠ ${shorten(theirs)}`)
  const ours = normalizeHeaders(reply.headers)
  const expected = normalizeHeaders(fixture.input.headers)
  for (const name of IDENTIFYING_HEADERS) {
    const want = expected.get(name)
    if (want === undefined || incidental(name, layer, ours)) continue
    const have = ours.get(name)
    if (have === undefined) found.push(`header ${name} missing`)
    else if (VALUE_HEADERS.has(name) && headerValue(name, have) !== headerValue(name, want))
      found.push(`header ${name}: ${have} ≠ ${want}`)
  }
  return found
}

/**
 * The same wording and shape, once the values AWS fills in are set aside (request IDs, ARNs, quoted or
 * bracketed values, timestamps, hashes, numbers) and whitespace is folded:
 * - JSON bodies: the same keys and the same texts;
 * - pages and documents (HTML by its visible text, XML without its declaration): one holds the other whole,
 *   because captures quote pages partly (cut short, or as a browser renders them without the title);
 *   CloudFront pages are compared with and without their footer, which changed over the years (captures
 *   from ~2016-2019 carry another footer and no status in the heading); the reference says to match on the
 *   explanatory sentence, never on the footer;
 * - an empty body agrees only with an empty body (a HEAD reply).
 */
function sameBody(a: string, b: string): boolean {
  const x = parseJson(a)
  const y = parseJson(b)
  if (x !== undefined || y !== undefined) return isDeepStrictEqual(mapStrings(x, wording), mapStrings(y, wording))
  return documentViews(a).some((p, i) => {
    const q = documentViews(b)[i] ?? ''
    if (p === '' || q === '') return p === q
    return p.includes(q) || q.includes(p)
  })
}

/** Normalised views of a page or document: as it is, and (for CloudFront pages) without the footer. */
function documentViews(body: string): string[] {
  if (/<(?:!DOCTYPE|html)\b/i.test(body) || body.includes('The request could not be satisfied')) {
    const text = pageWording(body.replace(/<[^>]*>/g, ' '))
    return [text, pageWording(withoutFooter(text).replace(/\b\d{3} ERROR\b/g, 'ERROR'))]
  }
  if (body.trimStart().startsWith('<')) {
    // An XML error document as its elements, sorted: captures leave out <RequestId>/<HostId> at times.
    const elements = [...body.matchAll(/<([A-Za-z]+)>([^<]*)<\/\1>/g)]
      .filter(([, name]) => name !== 'RequestId' && name !== 'HostId')
      .map(
        ([, name, value]) =>
          `<${name}>${wording((value ?? '').replace(/\b(?:us|eu|ap|sa|ca|me|af|il|mx|cn)-[a-z]+-\d\b/g, 'REGION'))}`,
      )
    return [elements.sort().join('')]
  }
  return [pageWording(body)]
}

/** Cuts a CloudFront page's footer: from its first sentence to "Generated by cloudfront" (or the end). */
function withoutFooter(text: string): string {
  const starts = ["We can't connect", 'If you received', 'If you provide', 'For more information']
    .map((s) => text.indexOf(s))
    .filter((i) => i !== -1)
  if (starts.length === 0) return text
  const from = Math.min(...starts)
  const to = text.indexOf('Generated by cloudfront', from)
  return `${text.slice(0, from)} ${to === -1 ? '' : text.slice(to)}`
}

/** A page or document with its request IDs set aside and whitespace folded. */
function pageWording(text: string): string {
  return text
    .replace(/Request ID: \S+/g, 'Request ID: <id>')
    .replace(/<RequestId>[^<]*</g, '<RequestId><id><')
    .replace(/<HostId>[^<]*</g, '<HostId><id><')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A JSON text with the values AWS fills in set aside. Linear: each pattern is a prefix and one class. */
function wording(text: string): string {
  return text
    .replace(/arn:aws[^\s"']*/g, '<arn>')
    .replace(/'[^']*'/g, "'<value>'")
    .replace(/\[[^\]]*\]/g, '[<values>]')
    .replace(/[A-Za-z0-9+/_-]{20,}=*/g, '<token>')
    .replace(/\d+/g, '<n>')
    .replace(/\s+/g, ' ')
    .trim()
}

function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value)
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map))
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, map)]))
  return value
}

function headerValue(name: string, value: string): string {
  if (name === 'x-amzn-errortype') return (sanitizeErrorType(value) ?? '').toLowerCase()
  if (name === 'content-type') return (value.split(';')[0] ?? '').trim().toLowerCase()
  return value.trim().toLowerCase()
}

function parseJson(text: string): unknown {
  if (!/^\s*[{[]/.test(text)) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function shorten(text: string): string {
  const flat = JSON.stringify(text)
  return flat.length > 90 ? `${flat.slice(0, 87)}...` : flat
}
