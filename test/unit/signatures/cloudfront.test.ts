import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fitSignature } from '../../../src/engine/match.ts'
import { readSignals } from '../../../src/engine/signals.ts'
import {
  type CatalogSignature,
  type DiagnoseInput,
  type Diagnosis,
  diagnose,
  type Signature,
  signatures,
} from '../../../src/index.ts'
import { takeSnapshot } from '../../../src/reading/snapshot.ts'

const bodies = join(import.meta.dirname, '..', '..', 'fixtures', 'bodies')
const file = (name: string): string => readFileSync(join(bodies, name), 'utf8')

const SEED_PAGE = file('seed-cloudfront-502.html')
const TIMEOUT_PAGE = file('cloudfront-504-origin-timeout.html')
const LAMBDA_PAGE = file('cloudfront-503-lambda-edge-execution.html')
const BLACKLISTED_HEADER_PAGE = file('cloudfront-502-lambda-edge-blacklisted-header.html')
const BAD_REQUEST_403_PAGE = file('cloudfront-403-bad-request.html')
const REQUEST_BLOCKED_PAGE = file('cloudfront-403-request-blocked.html')
const MISDIRECTED_PAGE = file('cloudfront-421-misdirected.html')
const UNKNOWN_SENTENCE_TEXT = file('cloudfront-502-unknown-sentence.txt')

/** Headers CloudFront puts on a reply it authored. */
const EDGE = {
  Server: 'CloudFront',
  'Content-Type': 'text/html',
  'X-Cache': 'Error from cloudfront',
  Via: '1.1 2b3c4d5e6f708192a3b4c5d6e7f8091a.cloudfront.net (CloudFront)',
  'X-Amz-Cf-Pop': 'KIX56-P1',
  'X-Amz-Cf-Id': 'Vq3Nn7Ss1Zz5Xx9Cc3Bb7Mm1Ll5Kk9Jj3Hh7Gg1Ff5Dd-Ss9Aa3Qq==',
}
/** The same headers with another X-Cache value. */
const edge = (xCache: string): Record<string, string> => ({ ...EDGE, 'X-Cache': xCache })

const SITE = 'https://www.example.com'

const top = (d: Diagnosis | undefined): string | undefined => d?.causes[0]?.id
const likelihood = (d: Diagnosis | undefined, id: string): number => d?.causes.find((c) => c.id === id)?.likelihood ?? Number.NaN

function signature(code: string): CatalogSignature {
  const found = signatures.find((s) => s.code === code)
  if (found === undefined) throw new Error(`no signature ${code}`)
  return found
}

/** The signature's own example with some fields replaced. */
function variant(code: string, change: Partial<DiagnoseInput>): Diagnosis | undefined {
  return diagnose({ ...signature(code).example, ...change })
}

/** The score a signature gets on a reply, or undefined when it does not fit. */
function score(sig: Signature, input: DiagnoseInput): number | undefined {
  const reply = takeSnapshot(input)
  return fitSignature(sig, reply, readSignals(reply))?.score
}

describe('the seed page: CloudFront could not connect to an API Gateway origin', () => {
  it.each([502, 503])('diagnoses the page alone (no headers) with status %i as the http-only origin', (status) => {
    const d = diagnose({ status, body: SEED_PAGE })
    expect(d?.code).toBe('CLOUDFRONT_ORIGIN_CONNECTION_FAILED')
    expect(d?.layer).toBe('cloudfront')
    expect(d?.confidence).toBe('medium')
    expect(top(d)).toBe('origin-protocol-http-only')
    expect(d?.causes[0]?.summary).toBe(
      'CloudFront reaches the origin over http while API Gateway is HTTPS-only: set the Origin Protocol Policy to HTTPS Only',
    )
    expect(d?.cloudfrontId).toBe('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')
  })

  it('keys on the sentence, not the status: the same page with 504 is the timeout', () => {
    expect(diagnose({ status: 504, body: SEED_PAGE })?.code).toBe('CLOUDFRONT_ORIGIN_TIMEOUT')
    expect(diagnose({ status: 502, body: TIMEOUT_PAGE })?.code).toBe('CLOUDFRONT_ORIGIN_CONNECTION_FAILED')
  })

  it('is sure of it when CloudFront headers are visible, and takes their request ID over the page', () => {
    const d = diagnose({ status: 502, headers: EDGE, body: SEED_PAGE })
    expect(d?.confidence).toBe('high')
    expect(d?.cloudfrontId).toBe(EDGE['X-Amz-Cf-Id'])
  })

  it('does not depend on the footer: the old footer gives the same diagnosis', () => {
    const oldFooter = SEED_PAGE.replace(
      "We can't connect to the server for this app or website at this time. There might be too much traffic or a configuration error. Try again later, or contact the app or website owner.",
      'If you received this error while trying to use an app or access a website, please contact the provider or website owner for assistance.',
    ).replace(
      'you can find steps to troubleshoot and help prevent this error by reviewing the CloudFront documentation.',
      'you can find steps to troubleshoot and help prevent this error by following steps in the CloudFront documentation (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-bad-gateway.html).',
    )
    expect(oldFooter).not.toBe(SEED_PAGE)
    expect(diagnose({ status: 502, body: oldFooter })?.code).toBe('CLOUDFRONT_ORIGIN_CONNECTION_FAILED')
  })

  it.each(['https://api.example.com/v1/items', 'https://d111111abcdef8.cloudfront.net/v1/items'])(
    'keeps the http-only origin first for a request to %s when nothing else is known',
    (url) => {
      const d = diagnose({ status: 502, headers: EDGE, body: SEED_PAGE, request: { method: 'GET', url } })
      expect(top(d)).toBe('origin-protocol-http-only')
      expect(d?.causes[1]?.id).toBe('origin-refuses-connection')
    },
  )

  it('demotes the protocol cause on an edge-optimized execute-api host, whose distribution AWS manages', () => {
    const custom = diagnose({
      status: 502,
      body: SEED_PAGE,
      request: { method: 'GET', url: 'https://api.example.com/prod/items' },
    })
    const edgeOptimized = diagnose({
      status: 502,
      body: SEED_PAGE,
      request: { method: 'GET', url: 'https://abc123defg.execute-api.us-east-1.amazonaws.com/prod/items' },
    })
    expect(likelihood(edgeOptimized, 'origin-protocol-http-only')).toBeLessThan(likelihood(custom, 'origin-protocol-http-only'))
    expect(top(edgeOptimized)).toBe('origin-refuses-connection')
  })

  it('ranks a refused or dropped connection first when the reply took many seconds, the protocol first when it was instant', () => {
    const slow = diagnose({ status: 502, body: SEED_PAGE, elapsedMs: 30200 })
    const fast = diagnose({ status: 502, body: SEED_PAGE, elapsedMs: 140 })
    expect(top(slow)).toBe('origin-refuses-connection')
    expect(top(fast)).toBe('origin-protocol-http-only')
    expect(likelihood(slow, 'origin-protocol-http-only')).toBeLessThan(likelihood(fast, 'origin-protocol-http-only'))
  })

  it('makes a closed connection (origin-side limits) more likely for uploads than for reads', () => {
    const post = diagnose({ status: 502, body: SEED_PAGE, request: { method: 'POST', url: `${SITE}/upload` } })
    const get = diagnose({ status: 502, body: SEED_PAGE, request: { method: 'GET', url: `${SITE}/upload` } })
    expect(likelihood(post, 'origin-closed-connection')).toBeGreaterThan(likelihood(get, 'origin-closed-connection'))
  })
})

describe('origin timeout (504)', () => {
  it('ranks a slow origin first when nothing else is known', () => {
    const d = diagnose({ status: 504, body: TIMEOUT_PAGE })
    expect(top(d)).toBe('origin-response-timeout')
    expect(d?.causes[1]?.id).toBe('origin-unreachable')
  })

  it('reads a wait of a minute or more as retried read timeouts', () => {
    const long = diagnose({ status: 504, body: TIMEOUT_PAGE, elapsedMs: 61000 })
    const usual = diagnose({ status: 504, body: TIMEOUT_PAGE, elapsedMs: 30500 })
    expect(likelihood(long, 'origin-response-timeout')).toBeGreaterThan(likelihood(usual, 'origin-response-timeout'))
  })

  it('reads a 504 within seconds as shortened origin timeouts, not as the defaults running out', () => {
    const quick = diagnose({ status: 504, body: TIMEOUT_PAGE, elapsedMs: 2100 })
    const usual = diagnose({ status: 504, body: TIMEOUT_PAGE, elapsedMs: 30500 })
    expect(top(quick)).toBe('short-timeouts-configured')
    expect(top(usual)).toBe('origin-response-timeout')
    expect(likelihood(quick, 'origin-unreachable')).toBeLessThan(likelihood(usual, 'origin-unreachable'))
  })
})

describe('origin TLS failure', () => {
  it("weighs a certificate name mismatch more on the distribution's own cloudfront.net name", () => {
    const cf = variant('CLOUDFRONT_ORIGIN_TLS_FAILED', {
      request: { method: 'GET', url: 'https://d111111abcdef8.cloudfront.net/api' },
    })
    const custom = variant('CLOUDFRONT_ORIGIN_TLS_FAILED', { request: { method: 'GET', url: 'https://app.example.com/api' } })
    expect(cf?.code).toBe('CLOUDFRONT_ORIGIN_TLS_FAILED')
    expect(likelihood(cf, 'origin-cert-name-mismatch')).toBeGreaterThan(likelihood(custom, 'origin-cert-name-mismatch'))
  })
})

describe('pages for requests CloudFront refuses', () => {
  it('names the CORS preflight for OPTIONS on a GET/HEAD-only behavior, the missing API behavior for POST', () => {
    const options = variant('CLOUDFRONT_METHOD_NOT_ALLOWED', { request: { method: 'OPTIONS', url: `${SITE}/api/orders` } })
    const post = variant('CLOUDFRONT_METHOD_NOT_ALLOWED', { request: { method: 'POST', url: `${SITE}/api/orders` } })
    expect(top(options)).toBe('preflight-not-allowed')
    expect(top(post)).toBe('request-falls-to-static-behavior')
  })

  it("tells 403 'Bad request.' (host not served) from 400 'Bad request.' (malformed) by the status", () => {
    expect(diagnose({ status: 403, body: BAD_REQUEST_403_PAGE })?.code).toBe('CLOUDFRONT_HOST_NOT_SERVED')
    expect(diagnose({ status: 400, body: BAD_REQUEST_403_PAGE })?.code).toBe('CLOUDFRONT_BAD_REQUEST_400')
  })

  it("doubts a missing alternate domain name on the distribution's own cloudfront.net name", () => {
    const cf = diagnose({
      status: 403,
      headers: EDGE,
      body: BAD_REQUEST_403_PAGE,
      request: { method: 'GET', url: 'https://d111111abcdef8.cloudfront.net/api' },
    })
    const custom = diagnose({
      status: 403,
      headers: EDGE,
      body: BAD_REQUEST_403_PAGE,
      request: { method: 'GET', url: 'https://api.example.com/api' },
    })
    expect(top(custom)).toBe('alias-not-configured')
    expect(top(cf)).not.toBe('alias-not-configured')
    expect(likelihood(cf, 'alias-not-configured')).toBeLessThan(likelihood(custom, 'alias-not-configured'))
  })

  it('blames an explicit Host header when the request set one', () => {
    const withHost = diagnose({
      status: 403,
      body: BAD_REQUEST_403_PAGE,
      request: { method: 'GET', url: `${SITE}/api`, headers: { Host: 'other.example.com' } },
    })
    const without = diagnose({
      status: 403,
      body: BAD_REQUEST_403_PAGE,
      request: { method: 'GET', url: `${SITE}/api`, headers: { accept: '*/*' } },
    })
    expect(top(withHost)).toBe('host-header-overridden')
    expect(top(without)).toBe('alias-not-configured')
  })

  it('blames a GET that carries a body, not a POST that does', () => {
    const getWithBody = diagnose({
      status: 403,
      body: BAD_REQUEST_403_PAGE,
      request: { method: 'GET', url: `${SITE}/api`, headers: { 'content-length': '27' } },
    })
    const chunkedGet = diagnose({
      status: 403,
      body: BAD_REQUEST_403_PAGE,
      request: { method: 'GET', url: `${SITE}/api`, headers: { 'transfer-encoding': 'chunked' } },
    })
    const post = diagnose({
      status: 403,
      body: BAD_REQUEST_403_PAGE,
      request: { method: 'POST', url: `${SITE}/api`, headers: { 'content-length': '27' } },
    })
    expect(top(getWithBody)).toBe('get-with-body')
    expect(top(chunkedGet)).toBe('get-with-body')
    expect(top(post)).toBe('alias-not-configured')
  })

  it('weighs a malformed request more when the path holds unencoded characters', () => {
    const raw = variant('CLOUDFRONT_BAD_REQUEST_400', { request: { method: 'GET', url: `${SITE}/search/a b{c}` } })
    const clean = variant('CLOUDFRONT_BAD_REQUEST_400', { request: { method: 'GET', url: `${SITE}/search/abc` } })
    expect(likelihood(raw, 'malformed-request')).toBeGreaterThan(likelihood(clean, 'malformed-request'))
  })

  it('considers field-level encryption only for POST bodies', () => {
    const post = variant('CLOUDFRONT_BAD_REQUEST_400', { request: { method: 'POST', url: `${SITE}/pay` } })
    const get = variant('CLOUDFRONT_BAD_REQUEST_400', { request: { method: 'GET', url: `${SITE}/pay` } })
    const unknown = variant('CLOUDFRONT_BAD_REQUEST_400', { request: undefined })
    expect(likelihood(post, 'field-level-encryption')).toBeGreaterThan(likelihood(unknown, 'field-level-encryption'))
    expect(likelihood(get, 'field-level-encryption')).toBeLessThan(likelihood(unknown, 'field-level-encryption'))
  })

  it("recognises CloudFront's nginx-style 400 page, and leaves the load balancer's to the ALB signature", () => {
    const nginx400 = (footer: string): string =>
      `<html>\r\n<head><title>400 Bad Request</title></head>\r\n<body>\r\n<center><h1>400 Bad Request</h1></center>\r\n<hr><center>${footer}</center>\r\n</body>\r\n</html>\r\n`
    expect(diagnose({ status: 400, body: nginx400('cloudfront') })?.code).toBe('CLOUDFRONT_BAD_REQUEST_400')
    expect(diagnose({ status: 400, headers: { server: 'CloudFront' }, body: nginx400('CloudFront') })?.code).toBe(
      'CLOUDFRONT_BAD_REQUEST_400',
    )
    const alb = diagnose({
      status: 400,
      headers: { server: 'awselb/2.0', 'content-type': 'text/html' },
      body: nginx400('awselb/2.0'),
    })
    expect(alb?.code).toBe('ALB_400_BAD_REQUEST')
  })

  it('weighs large headers over a long URL when cookies or a bearer token were sent (413)', () => {
    const cookie = variant('CLOUDFRONT_REQUEST_TOO_LARGE', {
      request: { method: 'GET', url: `${SITE}/a`, headers: { cookie: 'x' } },
    })
    const bearer = variant('CLOUDFRONT_REQUEST_TOO_LARGE', {
      request: { method: 'GET', url: `${SITE}/a`, headers: { authorization: 'Bearer x' } },
    })
    const bare = variant('CLOUDFRONT_REQUEST_TOO_LARGE', {
      request: { method: 'GET', url: `${SITE}/a`, headers: { accept: '*/*' } },
    })
    expect(likelihood(cookie, 'headers-too-large')).toBeGreaterThan(likelihood(bare, 'headers-too-large'))
    expect(likelihood(bearer, 'headers-too-large')).toBeGreaterThan(likelihood(bare, 'headers-too-large'))
    expect(likelihood(bare, 'url-too-long')).toBeGreaterThan(likelihood(cookie, 'url-too-long'))
  })

  it('claims at most medium confidence where the reference is unsure of the mapping (403 "Bad request.", 494)', () => {
    expect(diagnose({ status: 403, headers: EDGE, body: BAD_REQUEST_403_PAGE })?.confidence).toBe('medium')
    expect(variant('CLOUDFRONT_REQUEST_HEADER_TOO_LARGE', {})?.confidence).toBe('medium')
    expect(variant('CLOUDFRONT_GEO_RESTRICTED', {})?.confidence).toBe('high')
  })

  it('reads a 494 from CloudFront by cookies sent or not, and ignores a 494 from anyone else', () => {
    const cookies = variant('CLOUDFRONT_REQUEST_HEADER_TOO_LARGE', {
      request: { method: 'GET', url: `${SITE}/`, headers: { cookie: 'x', authorization: 'Bearer t' } },
    })
    const token = variant('CLOUDFRONT_REQUEST_HEADER_TOO_LARGE', {
      request: { method: 'GET', url: `${SITE}/`, headers: { authorization: 'Bearer t' } },
    })
    expect(top(cookies)).toBe('oversized-cookies')
    expect(top(token)).toBe('oversized-auth-header')
    expect(diagnose({ status: 494, headers: { server: 'Vercel' }, body: 'REQUEST_HEADER_TOO_LARGE' })).toBeUndefined()
  })

  it('blames a deliberate Host override for a 421, connection reuse otherwise', () => {
    const host = diagnose({
      status: 421,
      body: MISDIRECTED_PAGE,
      request: { method: 'GET', url: `${SITE}/`, headers: { host: 'b.example.org' } },
    })
    const reuse = diagnose({
      status: 421,
      body: MISDIRECTED_PAGE,
      request: { method: 'GET', url: `${SITE}/`, headers: { accept: '*/*' } },
    })
    expect(host?.code).toBe('CLOUDFRONT_MISDIRECTED_REQUEST')
    expect(top(host)).toBe('host-header-override')
    expect(top(reuse)).toBe('connection-coalescing')
  })

  it("does not take Apache's 421 page for CloudFront's", () => {
    const apache =
      '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>421 Misdirected Request</title>\n</head><body>\n<h1>Misdirected Request</h1>\n<hr>\n<address>Apache Server at docs.ros.org Port 443</address>\n</body></html>'
    expect(diagnose({ status: 421, headers: { server: 'Apache' }, body: apache })).toBeUndefined()
  })
})

describe('Lambda@Edge and CloudFront Functions, by X-Cache', () => {
  it.each([
    ['LambdaExecutionError from cloudfront', 503, 'CLOUDFRONT_LAMBDA_EDGE_EXECUTION_ERROR'],
    ['LambdaLimitExceeded from cloudfront', 503, 'CLOUDFRONT_LAMBDA_EDGE_THROTTLED'],
    ['LambdaValidationError from cloudfront', 502, 'CLOUDFRONT_LAMBDA_EDGE_VALIDATION_FAILED'],
    ['FunctionExecutionError from cloudfront', 503, 'CLOUDFRONT_FUNCTION_EXECUTION_ERROR'],
    ['FunctionThrottledError from cloudfront', 503, 'CLOUDFRONT_FUNCTION_THROTTLED'],
    ['FunctionValidationError from CloudFront', 502, 'CLOUDFRONT_FUNCTION_VALIDATION_ERROR'],
    ['FunctionGeneratedResponse from cloudfront', 403, 'CLOUDFRONT_EDGE_FUNCTION_GENERATED_ERROR'],
    ['LambdaGeneratedResponse from cloudfront', 404, 'CLOUDFRONT_EDGE_FUNCTION_GENERATED_ERROR'],
  ])('works without a body (HEAD): X-Cache %s, status %i -> %s', (xCache, status, code) => {
    const d = diagnose({ status, headers: edge(xCache), request: { method: 'HEAD', url: `${SITE}/` } })
    expect(d?.code).toBe(code)
    expect(d?.layer).toBe('cloudfront')
    // FunctionValidationError is capped: no captured reply shows the whole of it.
    expect(d?.confidence).toBe(code === 'CLOUDFRONT_FUNCTION_VALIDATION_ERROR' ? 'medium' : 'high')
    expect(d?.hints).toEqual([])
  })

  it('prefers the X-Cache value to the page sentence when both are there', () => {
    const d = diagnose({ status: 503, headers: edge('LambdaExecutionError from cloudfront'), body: LAMBDA_PAGE })
    expect(d?.code).toBe('CLOUDFRONT_LAMBDA_EDGE_EXECUTION_ERROR')
    expect(d?.cloudfrontId).toBe(EDGE['X-Amz-Cf-Id'])
  })

  it("names the edge function's failure from its page's sentence when the headers are missing", () => {
    const lambda = diagnose({ status: 503, body: LAMBDA_PAGE })
    expect(lambda?.code).toBe('CLOUDFRONT_LAMBDA_EDGE_EXECUTION_ERROR')
    expect(lambda?.confidence).toBe('medium')
    expect(lambda?.cloudfrontId).toBe('3Ibv7uyyHp5s-gaTbJTx4DqfdTQMU9hkeC4haV-rG6fmh3mqmtlllw==')
    const fn = diagnose({
      status: 503,
      body: LAMBDA_PAGE.replace(
        "The Lambda function associated with the CloudFront distribution is invalid or doesn't have the required permissions.",
        'The CloudFront function associated with the CloudFront distribution is invalid or could not run.',
      ),
    })
    expect(fn?.code).toBe('CLOUDFRONT_FUNCTION_EXECUTION_ERROR')
    // A page whose sentence is none of theirs still falls back to the generic page.
    const other = diagnose({ status: 503, body: LAMBDA_PAGE.replace('The Lambda function associated', 'Something associated') })
    expect(other?.code).toBe('CLOUDFRONT_ERROR_PAGE_GENERIC')
  })

  it('suspects a function timeout when the reply came after several seconds, not when it was immediate', () => {
    const slow = variant('CLOUDFRONT_LAMBDA_EDGE_EXECUTION_ERROR', { elapsedMs: 5200 })
    const quick = variant('CLOUDFRONT_LAMBDA_EDGE_EXECUTION_ERROR', { elapsedMs: 90 })
    const unknown = variant('CLOUDFRONT_LAMBDA_EDGE_EXECUTION_ERROR', { elapsedMs: undefined })
    expect(top(slow)).toBe('function-timeout')
    expect(top(quick)).toBe('function-threw')
    expect(likelihood(quick, 'function-timeout')).toBeLessThan(likelihood(unknown, 'function-timeout'))
  })

  describe('LambdaValidationError: the sub-reason on the page ranks the causes', () => {
    const validation = (body: string): Diagnosis | undefined =>
      diagnose({ status: 502, headers: edge('LambdaValidationError from cloudfront'), body })

    it('read-only or disallowed ("blacklisted") header', () => {
      expect(top(validation(BLACKLISTED_HEADER_PAGE))).toBe('read-only-header')
      expect(
        top(
          validation(
            'The Lambda function result failed validation: The function tried to add, delete, or change a read-only header.',
          ),
        ),
      ).toBe('read-only-header')
    })

    it('body not a string or too big', () => {
      const d = validation(
        'The Lambda function result failed validation: The body is not a string, is not an object, or exceeds the maximum size.',
      )
      expect(top(d)).toBe('body-invalid')
    })

    it('invalid JSON when only the sentence (not the page) came through', () => {
      expect(top(validation('The Lambda function returned invalid json: The json output is not parsable.'))).toBe('invalid-json')
    })

    it('invalid origin configuration', () => {
      const d = validation(
        'The Lambda function returned an invalid origin configuration: One or more HeaderName or HeaderValue values are invalid.',
      )
      expect(d?.code).toBe('CLOUDFRONT_LAMBDA_EDGE_VALIDATION_FAILED')
      expect(top(d)).toBe('invalid-origin-override')
    })

    it('a header entry of the wrong shape: the message names the headers object', () => {
      // As a Lambda@Edge function's log line reported it (quoted in test/field/cases/edge.json).
      const d = validation(
        'ERROR Validation error: The Lambda function returned an invalid entry in the headers object, the value of each header value must be of string or array of string type, header :cookieSettings has one or more entries whose value is neither string nor array of strings.',
      )
      expect(d?.code).toBe('CLOUDFRONT_LAMBDA_EDGE_VALIDATION_FAILED')
      expect(top(d)).toBe('invalid-header-value')
    })

    it('read-only header first when there is no body to say', () => {
      expect(top(validation(''))).toBe('read-only-header')
    })
  })

  it('names truncation for unparsable JSON, a non-object result for "must be an object type"', () => {
    const page = (sentence: string): string => LAMBDA_PAGE.replace(/The Lambda function associated[^\n]*/, sentence)
    const parse = diagnose({
      status: 502,
      body: page('The Lambda function returned invalid json: The json output is not parsable.'),
    })
    const object = diagnose({
      status: 502,
      body: page('The Lambda function returned invalid JSON: The JSON output must be an object type.'),
    })
    expect(parse?.code).toBe('CLOUDFRONT_LAMBDA_EDGE_INVALID_JSON')
    expect(top(parse)).toBe('response-truncated')
    expect(top(object)).toBe('handler-returned-non-object')
    // With the header it comes with, the page still decides.
    expect(
      diagnose({
        status: 502,
        headers: edge('LambdaValidationError from cloudfront'),
        body: page('The Lambda function returned invalid JSON: The JSON output must be an object type.'),
      })?.code,
    ).toBe('CLOUDFRONT_LAMBDA_EDGE_INVALID_JSON')
  })

  it('ranks the causes of an edge-generated error by its status', () => {
    const generated = (status: number): Diagnosis | undefined =>
      diagnose({
        status,
        headers: edge('FunctionGeneratedResponse from cloudfront'),
        body: '',
        request: { method: 'GET', url: `${SITE}/admin` },
      })
    expect(top(generated(401))).toBe('edge-auth-rejected')
    expect(top(generated(403))).toBe('edge-auth-rejected')
    expect(top(generated(404))).toBe('edge-routing-rejected')
    expect(top(generated(429))).toBe('edge-rate-limited')
    expect(top(generated(500))).toBe('edge-code-error-response')
    expect(likelihood(generated(404), 'edge-auth-rejected')).toBeLessThan(likelihood(generated(401), 'edge-auth-rejected'))
  })

  it("keeps a function's own 429 apart from a WAF rule's custom 429", () => {
    const fn = diagnose({ status: 429, headers: edge('FunctionGeneratedResponse from cloudfront'), body: 'slow down' })
    expect(fn?.code).toBe('CLOUDFRONT_EDGE_FUNCTION_GENERATED_ERROR')
    expect(fn?.confidence).toBe('high')
    expect(diagnose({ status: 429, headers: EDGE, body: '' })?.code).toBe('WAF_CUSTOM_RESPONSE')
  })

  it('does not treat a successful edge-generated reply as an error', () => {
    expect(
      diagnose({
        status: 302,
        headers: { 'x-cache': 'FunctionGeneratedResponse from cloudfront', location: '/login' },
        body: '',
      }),
    ).toBeUndefined()
  })
})

describe('signed URLs and signed cookies', () => {
  const missingKey = (headers: Record<string, string>): Diagnosis | undefined =>
    variant('CLOUDFRONT_SIGNED_URL_MISSING_KEY', { request: { method: 'GET', url: 'https://media.example.com/v.m3u8', headers } })

  it('suspects unsent cookies when the request carried none, a private behavior when it carried some', () => {
    expect(top(missingKey({ accept: '*/*' }))).toBe('signed-cookies-not-sent')
    expect(top(missingKey({ cookie: 'CloudFront-Policy=x' }))).toBe('path-under-private-behavior')
  })

  it('tells expiry or policy problems from malformed signatures and policies', () => {
    const denied = variant('CLOUDFRONT_SIGNED_URL_ACCESS_DENIED', {})
    const sig = variant('CLOUDFRONT_SIGNED_URL_ACCESS_DENIED', {
      body: '<?xml version="1.0" encoding="UTF-8"?><Error><Code>MalformedSignature</Code><Message>Could not unencode Signature</Message></Error>',
    })
    const policy = variant('CLOUDFRONT_SIGNED_URL_ACCESS_DENIED', {
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error>\n    <Code>MalformedPolicy</Code>\n    <Message>Malformed Policy</Message>\n</Error>',
    })
    expect(top(denied)).toBe('signature-expired')
    expect(top(sig)).toBe('signature-malformed')
    expect(top(policy)).toBe('policy-malformed')
    expect(likelihood(sig, 'signature-expired')).toBeLessThan(likelihood(denied, 'signature-expired'))
    expect(likelihood(sig, 'policy-mismatch')).toBeLessThan(likelihood(denied, 'policy-mismatch'))
  })

  it("tells CloudFront's 'Access denied' from S3's 'Access Denied'", () => {
    const s3 = diagnose({
      status: 403,
      headers: { ...EDGE, Server: 'AmazonS3', 'Content-Type': 'application/xml' },
      body: '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>EF61VPCTA9EWTNJE</RequestId><HostId>HztIok5/OhFCakvtwsuQ8j10y6gvEKBL+vTiLANg7Q0Z0WYcaN3L2s8A9W4/Jba8FNp6IUHy2TM=</HostId></Error>',
    })
    expect(s3?.code).toBe('S3_ORIGIN_ACCESS_DENIED')
    expect(variant('CLOUDFRONT_SIGNED_URL_ACCESS_DENIED', {})?.code).toBe('CLOUDFRONT_SIGNED_URL_ACCESS_DENIED')
  })

  it('never repeats the signature or policy of a signed URL', () => {
    const d = variant('CLOUDFRONT_SIGNED_URL_UNKNOWN_KEY', {
      request: {
        method: 'GET',
        url: 'https://media.example.com/v.m3u8?Policy=c2VjcmV0cG9saWN5&Signature=SIGNATUREVALUE123&Key-Pair-Id=K2JCJMDEHXQW5F',
      },
    })
    expect(d?.code).toBe('CLOUDFRONT_SIGNED_URL_UNKNOWN_KEY')
    const text = JSON.stringify(d)
    expect(text).not.toContain('SIGNATUREVALUE123')
    expect(text).not.toContain('c2VjcmV0cG9saWN5')
  })
})

describe('S3 origins behind CloudFront', () => {
  const accessDenied = (request: DiagnoseInput['request']): Diagnosis | undefined =>
    variant('S3_ORIGIN_ACCESS_DENIED', { request })

  it('suspects an API call that fell through to the S3 behavior when it carried credentials or wrote', () => {
    const api = accessDenied({ method: 'GET', url: `${SITE}/v1/orders`, headers: { authorization: 'Bearer t' } })
    const write = accessDenied({ method: 'DELETE', url: `${SITE}/v1/orders/7`, headers: { accept: '*/*' } })
    const asset = accessDenied({ method: 'GET', url: `${SITE}/img/logo.png`, headers: { accept: 'image/png' } })
    expect(top(api)).toBe('request-fell-to-s3-behavior')
    expect(top(write)).toBe('request-fell-to-s3-behavior')
    expect(likelihood(asset, 'request-fell-to-s3-behavior')).toBeLessThan(likelihood(api, 'request-fell-to-s3-behavior'))
  })

  it('names the missing default root object for the root path only', () => {
    expect(top(accessDenied({ method: 'GET', url: `${SITE}/` }))).toBe('no-default-root-object')
    expect(top(accessDenied({ method: 'GET', url: `${SITE}/index.html` }))).not.toBe('no-default-root-object')
  })

  it('suspects the client signature for a Region mismatch only when the request was SigV4-signed', () => {
    const signed = variant('S3_ORIGIN_REGION_MISMATCH', {
      request: { method: 'GET', url: `${SITE}/a.js`, headers: { authorization: 'AWS4-HMAC-SHA256 Credential=x' } },
    })
    const plain = variant('S3_ORIGIN_REGION_MISMATCH', {
      request: { method: 'GET', url: `${SITE}/a.js`, headers: { accept: '*/*' } },
    })
    expect(top(signed)).toBe('client-signed-wrong-region')
    expect(top(plain)).toBe('bucket-recreated-in-other-region')
  })

  it('blames forwarded cookies for an oversized header section when cookies were sent, other headers when none were', () => {
    const cookies = variant('S3_ORIGIN_REQUEST_HEADER_TOO_LARGE', {})
    const none = variant('S3_ORIGIN_REQUEST_HEADER_TOO_LARGE', {
      request: { method: 'GET', url: `${SITE}/a.js`, headers: { 'x-telemetry': 'x' } },
    })
    expect(top(cookies)).toBe('cookies-forwarded-to-s3')
    expect(top(none)).toBe('large-headers-forwarded')
  })

  it('leaves an S3 error without any CloudFront sign undiagnosed', () => {
    const s3 = signature('S3_ORIGIN_ACCESS_DENIED').example
    expect(
      diagnose({ status: 403, headers: { server: 'AmazonS3', 'content-type': 'application/xml' }, body: s3.body }),
    ).toBeUndefined()
  })
})

describe('fallbacks', () => {
  it('ranks the generic page by status and by what the page names', () => {
    const generic = (status: number, body = UNKNOWN_SENTENCE_TEXT): Diagnosis | undefined => diagnose({ status, body })
    expect(generic(502)?.code).toBe('CLOUDFRONT_ERROR_PAGE_GENERIC')
    expect(top(generic(502))).toBe('origin-unreachable')
    expect(top(generic(503))).toBe('edge-capacity-exceeded')
    expect(top(generic(403))).toBe('request-refused')
    expect(top(generic(494))).toBe('request-headers-too-large')
    expect(top(generic(500))).toBe('cloudfront-refused-or-failed')
  })

  it('keeps the generic page below every specific signature', () => {
    const generic = signature('CLOUDFRONT_ERROR_PAGE_GENERIC')
    const fullyHeaded = { status: 403, headers: EDGE, body: REQUEST_BLOCKED_PAGE }
    // The most the fallback can score: any body fragment (5), its status (5), the layer from Server (8).
    expect(score(generic, fullyHeaded)).toBe(18)
    // A specific signature with a single sentence fragment and nothing else scores more.
    const oneSentence: Signature = {
      ...generic,
      code: 'ONE_SENTENCE',
      layer: 'waf',
      match: { bodyIncludes: ['Request blocked.'] },
    }
    expect(score(oneSentence, { ...fullyHeaded, headers: {} })).toBeGreaterThan(18)
  })

  it('leaves "Request blocked." pages to AWS WAF, with or without headers', () => {
    for (const headers of [EDGE, {}]) {
      const d = diagnose({ status: 403, headers, body: REQUEST_BLOCKED_PAGE })
      expect(d?.code).toBe('WAF_BLOCK_CLOUDFRONT')
    }
  })

  it('reads an empty reply with Server: CloudFront by its status', () => {
    const noBody = (status: number): Diagnosis | undefined => diagnose({ status, headers: EDGE, body: '' })
    expect(noBody(403)?.code).toBe('CLOUDFRONT_ERROR_NO_BODY')
    expect(top(noBody(403))).toBe('edge-refused')
    expect(top(noBody(502))).toBe('origin-connection')
    expect(top(noBody(503))).toBe('edge-function-or-capacity')
    expect(top(noBody(504))).toBe('origin-timeout')
    expect(top(noBody(413))).toBe('request-rejected')
    expect(top(noBody(500))).toBe('unknown-edge-error')
  })

  it('leaves empty WAF replies under Server: CloudFront to the WAF signatures (429 custom response, CAPTCHA)', () => {
    expect(diagnose({ status: 429, headers: EDGE, body: '' })?.code).toBe('WAF_CUSTOM_RESPONSE')
    const captcha = diagnose({
      status: 405,
      headers: { ...EDGE, 'x-amzn-waf-action': 'captcha' },
      body: '',
      request: { method: 'HEAD', url: `${SITE}/` },
    })
    expect(captcha?.code).toBe('WAF_CAPTCHA')
  })

  it('keeps the body-less fallback below the edge-function and 494 signatures that name the failure', () => {
    const noBody = signature('CLOUDFRONT_ERROR_NO_BODY')
    const lambdaHead = { status: 503, headers: edge('LambdaExecutionError from cloudfront'), body: '' }
    expect(score(noBody, lambdaHead)).toBe(30)
    expect(score(signature('CLOUDFRONT_LAMBDA_EDGE_EXECUTION_ERROR'), lambdaHead)).toBeGreaterThan(30)
    const head494 = { status: 494, headers: EDGE, body: '' }
    expect(score(signature('CLOUDFRONT_REQUEST_HEADER_TOO_LARGE'), head494)).toBeGreaterThan(
      score(noBody, head494) ?? Number.POSITIVE_INFINITY,
    )
  })

  it('takes an empty reply from another server behind CloudFront for a relayed origin error', () => {
    const d = diagnose({ status: 502, headers: { ...EDGE, Server: 'nginx/1.25.3' }, body: '' })
    expect(d?.code).toBe('CLOUDFRONT_ORIGIN_ERROR_PASSTHROUGH')
    expect(d?.layer).toBe('unknown')
  })

  it('does not let the relayed-origin fallback take a CloudFront page with its headers', () => {
    const d = diagnose({ status: 502, headers: EDGE, body: UNKNOWN_SENTENCE_TEXT })
    expect(d?.code).toBe('CLOUDFRONT_ERROR_PAGE_GENERIC')
    expect(d?.confidence).toBe('high')
  })

  it('leaves an API Gateway reply relayed by CloudFront to the API Gateway signature', () => {
    const relayed = {
      status: 403,
      headers: {
        'content-type': 'application/json',
        'x-amzn-requestid': '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        'x-amzn-errortype': 'MissingAuthenticationTokenException',
        'x-amz-apigw-id': 'Zm9vYmFyYmF6cXV4PQ=',
        'x-cache': 'Error from cloudfront',
        via: '1.1 4d5e6f708192a3b4c5d6e7f8091a2b3c.cloudfront.net (CloudFront)',
        'x-amz-cf-pop': 'CDG50-C1',
        'x-amz-cf-id': 'Rl4Ay8Yy2Ee6Dd0Ee4Pp8Oo2Ii6Nn0Tt4Ee8Dd2Aa6Pp-Ii0Gg4Ww==',
      },
      body: '{"message":"Missing Authentication Token"}',
      request: { method: 'GET', url: 'https://api.example.com/prod/v1/itemz' },
    }
    const d = diagnose(relayed)
    expect(d?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(d?.confidence).toBe('high')
    expect(d?.hints.some((h) => h.includes('equally well'))).toBe(false)
    const passthrough = score(signature('CLOUDFRONT_ORIGIN_ERROR_PASSTHROUGH'), relayed) ?? 0
    expect(score(signature('MISSING_AUTHENTICATION_TOKEN'), relayed)).toBeGreaterThan(passthrough)
  })

  it('ranks a cached error first when the reply carries Age, a custom error response for a 200', () => {
    const relayed = (status: number, extra: Record<string, string> = {}): Diagnosis | undefined =>
      variant('CLOUDFRONT_ORIGIN_ERROR_PASSTHROUGH', {
        status,
        headers: { ...signature('CLOUDFRONT_ORIGIN_ERROR_PASSTHROUGH').example.headers, ...extra } as Record<string, string>,
      })
    expect(top(relayed(500))).toBe('origin-returned-error')
    expect(top(relayed(500, { age: '7' }))).toBe('cached-error')
    expect(top(relayed(200))).toBe('custom-error-response')
  })
})
