import { redactText } from '../output/redact.ts'
import { isAwsHostKind } from '../reading/hosts.ts'
import type { ResponseSnapshot } from '../reading/snapshot.ts'
import type { Layer } from '../types.ts'

/** What the reply's headers and the request's host say about AWS. */
export interface AwsSignals {
  /**
   * Evidence lines for the AWS-specific reply headers that are present, quoted (and redacted) only when shown;
   * `redact` may be one that remembers, as request IDs quote the same values (see {@link redactOnce}).
   */
  headerEvidence: Array<(redact?: Redact) => string>
  /**
   * A reply header that AWS itself writes is present. `x-amzn-trace-id` alone is not one: AWS adds it to the
   * request, and applications behind a load balancer or API echo it back (the X-Ray SDKs do).
   */
  awsHeader: boolean
  /**
   * A header that an API layer (API Gateway, a Lambda function URL) writes on its replies is present: a
   * request ID or the error type. CloudFront and load balancers pass these through to the client.
   */
  apiHeader: boolean
  /** Layers the headers or host point at. */
  layers: ReadonlySet<Layer>
  /** The request went to an AWS endpoint host or a host declared in `awsHosts`. */
  awsHost: boolean
  /** The host is local (localhost, a private address): an emulator, not AWS. */
  localHost: boolean
  /**
   * Another server named itself (`server`, `via` or `x-powered-by` naming something other than AWS): a body
   * AWS could have sent is then as likely that server's own.
   */
  foreignServer: boolean
  /** `x-amzn-ErrorType` (or the root element of an XML error document), sanitised as the AWS SDK does. */
  errorType?: string
  /** The error type was read from the text of a paste, not from a header: a body that does not match is not customised. */
  errorTypeFromText: boolean
  /** The same in lower case, as signatures compare it. */
  errorTypeKey?: string
}

/** A redaction of text that leaves the library. */
export type Redact = (text: string) => string

/**
 * A redaction that remembers its answers, for one diagnosis: its evidence lines and its request IDs quote the
 * same header values.
 */
export function redactOnce(): Redact {
  const seen = new Map<string, string>()
  return (text) => {
    let safe = seen.get(text)
    if (safe === undefined) {
      safe = redactText(text)
      seen.set(text, safe)
    }
    return safe
  }
}

/** The request IDs of a reply, redacted. */
export interface RequestIds {
  requestId?: string
  extendedRequestId?: string
  cloudfrontId?: string
  traceId?: string
}

/** Reply headers that API Gateway or a Lambda function URL write on every reply. */
const API_HEADERS = ['x-amzn-errortype', 'x-amzn-requestid', 'x-amzn-request-id', 'x-amz-apigw-id', 'apigw-requestid'] as const

/** Reply headers that only AWS sets. */
const AWS_HEADERS = [...API_HEADERS, 'x-amz-cf-id', 'x-amz-cf-pop', 'x-amzn-waf-action', 'x-amzn-trace-id'] as const

/**
 * Headers that another platform writes on its replies (an app framework, a CDN, a gateway, a PaaS): a body
 * AWS could have sent is then as likely theirs.
 */
const FOREIGN_HEADER =
  /^(?:x-powered-by|cf-ray|cf-cache-status|x-vercel-[\w-]{1,40}|x-nf-[\w-]{1,40}|x-kong-[\w-]{1,40}|x-envoy-[\w-]{1,40}|fly-request-id|x-served-by|x-azure-ref|x-ms-[\w-]{1,40}|x-goog-[\w-]{1,40}|x-cloud-trace-context|x-github-request-id|x-akamai-[\w-]{1,40}|akamai-[\w-]{1,40}|x-sucuri-[\w-]{1,40})$/

const LOCAL_HOST =
  /^(?:localhost|[a-z0-9-]{1,63}\.localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|0\.0\.0\.0|\[::1\]|::1|10\.\d{1,3}\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}|host\.docker\.internal)$/i

/**
 * Reads the AWS signals of a reply. `knownErrorTypes` (lower case) are the error types the catalog knows: a
 * pasted text that names one (`An error occurred (AccessDeniedException)`, an execution log's
 * `AuthorizerConfigurationException`) states the error type when no header does.
 */
export function readSignals(reply: ResponseSnapshot, knownErrorTypes?: ReadonlySet<string>): AwsSignals {
  const h = reply.headers
  const layers = new Set<Layer>()
  const headerEvidence: Array<(redact?: Redact) => string> = []
  for (const name of AWS_HEADERS) {
    const value = h.get(name)
    if (value !== undefined) headerEvidence.push((redact) => `${name}: ${shorten(value, redact)}`)
  }
  const server = h.get('server') ?? ''
  const via = h.get('via') ?? ''
  const xCache = h.get('x-cache') ?? ''
  const cloudfrontServer = /^cloudfront$/i.test(server.trim())
  const albServer = /^awselb\//i.test(server)
  // awselb/ takes any tail: the value is redacted like every other quoted header.
  if (cloudfrontServer || albServer) headerEvidence.push((redact) => `server: ${shorten(server, redact)}`)
  if (via.toLowerCase().includes('(cloudfront)')) headerEvidence.push((redact) => `via: ${shorten(via, redact)}`)
  if (xCache.toLowerCase().includes('from cloudfront')) headerEvidence.push((redact) => `x-cache: ${shorten(xCache, redact)}`)
  for (const name of h.keys()) if (name.startsWith('x-amzn-remapped-')) headerEvidence.push(() => `${name} present`)
  // Every line but the trace header's is a header AWS writes.
  const awsHeader = headerEvidence.length > (h.has('x-amzn-trace-id') ? 1 : 0)

  if (h.has('x-amz-apigw-id')) layers.add('api-gateway-rest')
  if (h.has('apigw-requestid')) layers.add('api-gateway-http')
  if (cloudfrontServer || /^(?:Lambda|Function)\w+ from cloudfront$/i.test(xCache.trim())) layers.add('cloudfront')
  if (albServer) layers.add('alb')
  if (h.has('x-amzn-waf-action')) layers.add('waf')

  const host = reply.request.hostFacts.kind
  if (host === 'execute-api' || host === 'execute-api-private') {
    layers.add('api-gateway-rest')
    layers.add('api-gateway-http')
  }
  if (host === 'lambda-url') layers.add('lambda-url')

  const hostname = reply.request.host ?? ''
  const localHost = hostname !== '' && LOCAL_HOST.test(hostname) && !reply.request.declaredAwsHost
  const headerType = sanitizeErrorType(h.get('x-amzn-errortype') ?? xmlErrorType(reply))
  const textType =
    headerType === undefined && knownErrorTypes !== undefined ? namedErrorType(reply.text, knownErrorTypes) : undefined
  const errorType = headerType ?? textType
  const foreignServer =
    (server !== '' && !cloudfrontServer && !albServer && !/^AmazonS3$/i.test(server.trim())) ||
    (via !== '' && !/cloudfront|amazon/i.test(via)) ||
    hasForeignHeader(h)
  return {
    headerEvidence,
    awsHeader,
    apiHeader: hasAny(h, API_HEADERS),
    layers,
    awsHost: isAwsHostKind(host) || reply.request.declaredAwsHost,
    localHost,
    foreignServer,
    errorType,
    errorTypeKey: errorType?.toLowerCase(),
    errorTypeFromText: textType !== undefined,
  }
}

function hasForeignHeader(headers: ReadonlyMap<string, string>): boolean {
  for (const name of headers.keys()) if (FOREIGN_HEADER.test(name)) return true
  return false
}

function hasAny(headers: ReadonlyMap<string, string>, names: readonly string[]): boolean {
  for (const name of names) if (headers.has(name)) return true
  return false
}

/**
 * Exception names that only repeat an HTTP status: web frameworks throw them too (Spring's
 * AccessDeniedException, NestJS's UnauthorizedException, JAX-RS's NotFoundException), so in free text they
 * say nothing about AWS.
 */
const HTTP_WORD_EXCEPTION =
  /^(?:AccessDenied|BadRequest|Forbidden|NotFound|Unauthorized|Conflict|InternalServerError|TooManyRequests|LimitExceeded|ServiceUnavailable|Validation)Exception$/

/** The first error type of the catalog's that the text names (`…Exception`), read in bounded steps. */
function namedErrorType(text: string | undefined, known: ReadonlySet<string>): string | undefined {
  if (text === undefined || !text.includes('Exception')) return undefined
  let seen = 0
  for (const match of text.matchAll(/\b([A-Z][A-Za-z]{1,60}Exception)\b/g)) {
    const name = match[1] ?? ''
    if (known.has(name.toLowerCase()) && !HTTP_WORD_EXCEPTION.test(name)) return name
    if (++seen >= 32) break
  }
  return undefined
}

/** API Gateway answers a browser's `Accept: application/xml` with `<MissingAuthenticationTokenException>…`. */
function xmlErrorType(reply: ResponseSnapshot): string | undefined {
  return reply.text?.includes('Exception>') === true ? reply.reading.errorType : undefined
}

/** Reads the request IDs of a diagnosed reply (redacting them is wasted on replies nothing matches). */
export function readRequestIds(reply: ResponseSnapshot, redact: Redact = redactText): RequestIds {
  const h = reply.headers
  const optional = (value: string | undefined): string | undefined => (value === undefined ? undefined : redact(value))
  return {
    requestId: optional(h.get('x-amzn-requestid') ?? h.get('x-amzn-request-id') ?? h.get('apigw-requestid')),
    extendedRequestId: optional(h.get('x-amz-apigw-id')),
    cloudfrontId: optional(h.get('x-amz-cf-id')) ?? pageRequestId(reply.text),
    // X-Ray lets callers add their own `key=value` fields to the trace header, which is echoed back.
    traceId: optional(h.get('x-amzn-trace-id')),
  }
}

/** As the AWS SDK: drop what follows `:` or `,`, keep what follows `#`. */
export function sanitizeErrorType(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  let type = value.trim()
  const cut = type.search(/[:,]/)
  if (cut !== -1) type = type.slice(0, cut)
  const hash = type.lastIndexOf('#')
  if (hash !== -1) type = type.slice(hash + 1)
  return type === '' ? undefined : type
}

/** The "Request ID:" line of a CloudFront error page. */
function pageRequestId(text: string | undefined): string | undefined {
  if (text === undefined || !text.includes('Generated by cloudfront')) return undefined
  // CloudFront's IDs are base64url with '=' padding only at the end: anything else on that line is not one.
  const id = /Request ID: ([A-Za-z0-9_-]{8,128}={0,2})(?![A-Za-z0-9_=-])/.exec(text)?.[1]
  return id === undefined ? undefined : redactText(id)
}

/** Redacted before it is cut, so that a cut cannot leave a credential too short for its pattern. */
function shorten(value: string, redact: Redact = redactText): string {
  const safe = redact(value)
  return safe.length > 120 ? `${safe.slice(0, 117)}...` : safe
}
