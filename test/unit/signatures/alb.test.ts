import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type DiagnoseInput, type Diagnosis, diagnose } from '../../../src/index.ts'

const bodies = join(import.meta.dirname, '..', '..', 'fixtures', 'bodies')
const page = (name: string): string => readFileSync(join(bodies, name), 'utf8')

const ALB = { Server: 'awselb/2.0', 'Content-Type': 'text/html' }
const ALB_HOST = 'https://my-app-alb-1234567890.eu-west-1.elb.amazonaws.com'
const CLB_HOST = 'http://legacy-web-1234567890.us-east-1.elb.amazonaws.com'
const SITE = 'https://shop.example.com'
const CLOUDFRONT_RELAY = {
  'X-Cache': 'Error from cloudfront',
  Via: '1.1 7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d.cloudfront.net (CloudFront)',
  'X-Amz-Cf-Id': 'p0O9i8U7y6T5r4E3w2Q1aZsXdCfVgBhNjMkL-p0O9i8U7y6T5r4E3w==',
}

const likelihood = (d: Diagnosis | undefined, id: string): number => d?.causes.find((c) => c.id === id)?.likelihood ?? Number.NaN
const top = (d: Diagnosis | undefined): string | undefined => d?.causes[0]?.id

/** An ALB-generated reply: its page for the status (when it has one) and `Server: awselb/2.0`. */
function alb(status: number, body: string, request?: DiagnoseInput['request'], elapsedMs?: number): Diagnosis | undefined {
  const input: DiagnoseInput = { status, headers: ALB, body }
  if (request !== undefined) input.request = request
  if (elapsedMs !== undefined) input.elapsedMs = elapsedMs
  return diagnose(input)
}

const PAGE_502 = page('alb-502-bgcolor.html')
const PAGE_503 = page('alb-503.html')
const PAGE_504 = page('alb-504.html')
const PAGE_400 = page('alb-400.html')
const PAGE_500 = page('alb-500.html')

describe('ALB pages are told by Server: awselb/2.0, never by the nginx-style body alone', () => {
  it('maps each page to its status', () => {
    expect(alb(502, PAGE_502)?.code).toBe('ALB_502_BAD_GATEWAY')
    expect(alb(503, PAGE_503)?.code).toBe('ALB_503_NO_TARGETS')
    expect(alb(504, PAGE_504)?.code).toBe('ALB_504_GATEWAY_TIMEOUT')
    expect(alb(400, PAGE_400)?.code).toBe('ALB_400_BAD_REQUEST')
    expect(alb(500, PAGE_500)?.code).toBe('ALB_500_INTERNAL')
    expect(alb(502, PAGE_502)).toMatchObject({ layer: 'alb', confidence: 'high' })
  })

  it("does not diagnose nginx's own 502 page, nor the identical page without awselb/2.0", () => {
    const nginx = page('alb-lookalike-nginx-502.html')
    expect(
      diagnose({ status: 502, headers: { Server: 'nginx/1.24.0', 'Content-Type': 'text/html' }, body: nginx }),
    ).toBeUndefined()
    expect(diagnose({ status: 502, headers: { Server: 'nginx', 'Content-Type': 'text/html' }, body: PAGE_502 })).toBeUndefined()
    expect(diagnose({ status: 502, headers: { 'Content-Type': 'text/html' }, body: PAGE_502 })).toBeUndefined()
    // The target's own nginx 502 relayed through the ALB, on the ALB's host name: still not the ALB's error.
    expect(
      diagnose({
        status: 502,
        headers: { Server: 'nginx/1.24.0' },
        body: nginx,
        request: { method: 'GET', url: `${ALB_HOST}/api` },
      }),
    ).toBeUndefined()
  })

  it('classifies an ALB page relayed by CloudFront by its origin, the ALB', () => {
    const d = diagnose({
      status: 502,
      headers: { ...ALB, ...CLOUDFRONT_RELAY },
      body: PAGE_502,
      request: { method: 'GET', url: `${SITE}/api` },
    })
    expect(d?.code).toBe('ALB_502_BAD_GATEWAY')
    expect(d?.cloudfrontId).toBe(CLOUDFRONT_RELAY['X-Amz-Cf-Id'])
  })

  it("does not take another status's page for this status's error", () => {
    expect(alb(502, PAGE_503)?.code).not.toBe('ALB_503_NO_TARGETS')
    expect(alb(502, PAGE_503)?.code).not.toBe('ALB_502_BAD_GATEWAY')
  })

  it('matches statuses whose body was never captured on status and awselb/2.0 alone', () => {
    for (const [status, code] of [
      [463, 'ALB_463_XFF_TOO_MANY_IPS'],
      [464, 'ALB_464_PROTOCOL_VERSION_MISMATCH'],
      [505, 'ALB_505_VERSION_NOT_SUPPORTED'],
      [507, 'ALB_507_REDIRECT_URL_TOO_LONG'],
      [561, 'ALB_561_IDP_ERROR'],
      [401, 'ALB_401_AUTH_DENIED'],
      [408, 'ALB_408_REQUEST_TIMEOUT'],
      [413, 'ALB_413_PAYLOAD_TOO_LARGE'],
      [414, 'ALB_414_URI_TOO_LONG'],
    ] as const) {
      expect(diagnose({ status, headers: { server: 'awselb/2.0' } })?.code, String(status)).toBe(code)
      expect(diagnose({ status, headers: { server: 'nginx' } }), String(status)).toBeUndefined()
    }
  })

  it('never diagnoses a success or a redirect written by the ALB', () => {
    expect(diagnose({ status: 200, headers: { server: 'awselb/2.0' }, body: 'OK' })).toBeUndefined()
    expect(diagnose({ status: 301, headers: { server: 'awselb/2.0', location: 'https://shop.example.com/' } })).toBeUndefined()
  })
})

describe('ALB 502 and 504 ranked with the time to the reply', () => {
  it('502: a keep-alive race answers at once; a Lambda target that fails does so after running', () => {
    const fast = alb(502, PAGE_502, { method: 'GET', url: `${SITE}/api` }, 40)
    const slow = alb(502, PAGE_502, { method: 'GET', url: `${SITE}/api` }, 29_000)
    expect(top(fast)).toBe('keep-alive-race')
    expect(top(slow)).toBe('lambda-target-error')
    expect(likelihood(slow, 'keep-alive-race')).toBeLessThan(likelihood(fast, 'keep-alive-race'))
    expect(likelihood(slow, 'target-unreachable')).toBeLessThan(likelihood(fast, 'target-unreachable'))
  })

  it('504: near the 60 s idle timeout the target was slow; near 10 s the connection failed', () => {
    const idle = alb(504, PAGE_504, { method: 'POST', url: `${SITE}/api/report` }, 60_050)
    const connect = alb(504, PAGE_504, { method: 'POST', url: `${SITE}/api/report` }, 10_020)
    const early = alb(504, PAGE_504, { method: 'POST', url: `${SITE}/api/report` }, 3_000)
    expect(top(idle)).toBe('target-too-slow')
    expect(top(connect)).toBe('connect-timeout')
    expect(likelihood(idle, 'connect-timeout')).toBeLessThan(likelihood(connect, 'connect-timeout'))
    // A 504 before 10 s cannot be the connect timeout: a lowered idle timeout fits better.
    expect(top(early)).toBe('target-too-slow')
    expect(likelihood(early, 'connect-timeout')).toBeLessThan(likelihood(alb(504, PAGE_504), 'connect-timeout'))
  })
})

describe('ALB 503: an empty target group', () => {
  it('ranks no registered targets first', () => {
    expect(top(alb(503, PAGE_503, { method: 'GET', url: `${ALB_HOST}/health` }))).toBe('no-registered-targets')
  })

  it('tells the 503 page apart from a fixed 503 response of a listener rule', () => {
    const fixed = diagnose({ status: 503, headers: { server: 'awselb/2.0', 'content-type': 'text/plain' }, body: 'Unknown Host' })
    expect(fixed?.code).toBe('ALB_FIXED_RESPONSE')
    expect(top(fixed)).toBe('no-matching-rule')
  })
})

describe('context rules of the other ALB errors', () => {
  it('400: large headers when cookies are sent, a malformed request when the URL holds unencoded characters', () => {
    const cookie = alb(400, PAGE_400, { method: 'GET', url: `${SITE}/account`, headers: { cookie: 'a=b' } })
    const noCookie = alb(400, PAGE_400, { method: 'GET', url: `${SITE}/account`, headers: { accept: '*/*' } })
    const unencoded = alb(400, PAGE_400, { method: 'GET', url: `${SITE}/search/red shoes"`, headers: { accept: '*/*' } })
    expect(top(cookie)).toBe('headers-too-large')
    expect(likelihood(cookie, 'headers-too-large')).toBeGreaterThan(likelihood(noCookie, 'headers-too-large'))
    expect(top(unencoded)).toBe('malformed-request')
    expect(likelihood(alb(400, PAGE_400, { method: 'POST', url: `${SITE}/x` }), 'body-cut-short')).toBeGreaterThan(
      likelihood(alb(400, PAGE_400, { method: 'GET', url: `${SITE}/x` }), 'body-cut-short'),
    )
  })

  it('401: no session cookie when none was sent, an expired session when one was', () => {
    const noCookie = diagnose({
      status: 401,
      headers: { server: 'awselb/2.0' },
      request: { method: 'GET', url: `${SITE}/api/me`, headers: { accept: 'application/json' } },
    })
    const withCookie = diagnose({
      status: 401,
      headers: { server: 'awselb/2.0' },
      request: { method: 'GET', url: `${SITE}/api/me`, headers: { cookie: 'AWSELBAuthSessionCookie-0=x' } },
    })
    expect(top(noCookie)).toBe('no-session-cookie')
    expect(top(withCookie)).toBe('session-expired')
  })

  it('408: a stalled upload for long requests with a body, an incomplete request otherwise', () => {
    const upload = diagnose({
      status: 408,
      headers: { server: 'awselb/2.0' },
      request: { method: 'PUT', url: `${SITE}/files/a.bin` },
      elapsedMs: 61_000,
    })
    const get = diagnose({
      status: 408,
      headers: { server: 'awselb/2.0' },
      request: { method: 'GET', url: `${SITE}/files/a.bin` },
    })
    expect(top(upload)).toBe('slow-upload')
    expect(likelihood(get, 'incomplete-request')).toBeGreaterThan(likelihood(upload, 'incomplete-request'))
  })

  it('413: the Lambda body limit for requests with a body, header limits for bodyless ones', () => {
    const post = diagnose({
      status: 413,
      headers: { server: 'awselb/2.0' },
      request: { method: 'POST', url: `${SITE}/api/upload` },
    })
    const get = diagnose({
      status: 413,
      headers: { server: 'awselb/2.0' },
      request: { method: 'GET', url: `${SITE}/api/items`, headers: { cookie: 'a=b' } },
    })
    expect(top(post)).toBe('lambda-body-limit')
    expect(top(get)).toBe('header-limits')
  })

  it('464: CloudFront in front talks HTTP/1.1 to the origin; a direct call points at the target group', () => {
    const viaCloudFront = diagnose({
      status: 464,
      headers: { server: 'awselb/2.0', ...CLOUDFRONT_RELAY },
      request: { method: 'GET', url: `${SITE}/api` },
    })
    const direct = diagnose({
      status: 464,
      headers: { server: 'awselb/2.0' },
      request: { method: 'GET', url: `${ALB_HOST}/api` },
    })
    expect(top(viaCloudFront)).toBe('cloudfront-http1-to-origin')
    expect(top(direct)).toBe('protocol-version-mismatch')
  })

  it('500: a slow reply points at the identity provider, a fast one at WAF evaluation', () => {
    const slow = alb(500, PAGE_500, { method: 'GET', url: `${SITE}/` }, 5_200)
    const fast = alb(500, PAGE_500, { method: 'GET', url: `${SITE}/` }, 90)
    expect(top(slow)).toBe('authenticate-action-failed')
    expect(top(fast)).toBe('waf-evaluation-error')
  })
})

describe('ALB fixed responses (the fallback for other awselb/2.0 bodies)', () => {
  const fixed = (status: number, url: string, headers: Record<string, string> = {}): Diagnosis | undefined =>
    diagnose({
      status,
      headers: { Server: 'awselb/2.0', 'Content-Type': 'text/plain', ...headers },
      body: 'Access denied',
      request: { method: 'GET', url },
    })

  it('blames a bypassed CloudFront when the ALB host was called directly', () => {
    const d = fixed(403, `${ALB_HOST}/api`)
    expect(d?.code).toBe('ALB_FIXED_RESPONSE')
    expect(top(d)).toBe('cloudfront-bypassed')
  })

  it('claims at most medium confidence: awselb/2.0 proves the ALB answered, not which of its features did', () => {
    expect(fixed(403, `${ALB_HOST}/api`)?.confidence).toBe('medium')
    // A page the ALB is documented to send keeps its high confidence.
    expect(alb(503, PAGE_503)?.confidence).toBe('high')
  })

  it('blames the secret origin header when the reply came through CloudFront', () => {
    const d = fixed(403, `${SITE}/api`, CLOUDFRONT_RELAY)
    expect(top(d)).toBe('cloudfront-secret-header-mismatch')
    expect(likelihood(d, 'cloudfront-bypassed')).toBeLessThan(likelihood(fixed(403, `${SITE}/api`), 'cloudfront-bypassed'))
  })

  it('blames a missing listener rule for a 404 on a custom domain', () => {
    expect(top(fixed(404, `${SITE}/v2/new-route`))).toBe('no-matching-rule')
  })

  it('loses to every specific signature, and leaves WAF interstitials and gRPC errors alone', () => {
    expect(alb(502, PAGE_502)?.code).toBe('ALB_502_BAD_GATEWAY')
    expect(diagnose({ status: 463, headers: { server: 'awselb/2.0' }, body: 'x' })?.code).toBe('ALB_463_XFF_TOO_MANY_IPS')
    expect(diagnose({ status: 429, headers: { server: 'awselb/2.0' }, body: 'slow down' })?.code).toBe('WAF_CUSTOM_RESPONSE')
    expect(diagnose({ status: 405, headers: { server: 'awselb/2.0', 'x-amzn-waf-action': 'captcha' }, body: '' })?.code).toBe(
      'WAF_CAPTCHA',
    )
    expect(
      diagnose({
        status: 502,
        headers: { server: 'awselb/2.0', 'grpc-status': '14', 'grpc-message': 'unavailable', 'content-type': 'application/grpc' },
        body: '',
      }),
    ).toBeUndefined()
  })
})

describe('Classic Load Balancer: empty replies told apart by their reason phrase', () => {
  const clb = (
    status: number,
    statusText: string,
    url = `${CLB_HOST}/index.php`,
    extra: Partial<DiagnoseInput> = {},
  ): Diagnosis | undefined =>
    diagnose({ status, statusText, headers: { 'Content-Length': '0' }, body: '', request: { method: 'GET', url }, ...extra })

  it("needs the CLB's reason phrase: an empty 503 is far too common to mean a CLB", () => {
    expect(clb(503, 'Service Unavailable: Back-end server is at capacity')?.code).toBe('CLB_503_BACKEND_AT_CAPACITY')
    expect(clb(503, 'Service Unavailable')).toBeUndefined()
    expect(clb(503, '')).toBeUndefined()
    expect(clb(504, 'GATEWAY_TIMEOUT')?.code).toBe('CLB_504_GATEWAY_TIMEOUT')
    expect(clb(504, 'Gateway Timeout')).toBeUndefined()
  })

  it('refuses the phrase when a Server header says someone else answered, or when the body is not empty', () => {
    expect(
      clb(503, 'Service Unavailable: Back-end server is at capacity', undefined, { headers: { Server: 'Apache' } }),
    ).toBeUndefined()
    expect(
      clb(503, 'Service Unavailable: Back-end server is at capacity', undefined, { body: '<h1>Maintenance</h1>' }),
    ).toBeUndefined()
  })

  it('needs AWS evidence besides the phrase: the ELB host name, or a host declared in awsHosts', () => {
    const input: DiagnoseInput = {
      status: 503,
      statusText: 'Service Unavailable: Back-end server is at capacity',
      headers: { 'Content-Length': '0' },
      body: '',
      request: { method: 'GET', url: 'https://www.example.com/' },
    }
    expect(diagnose(input)).toBeUndefined()
    expect(diagnose(input, { awsHosts: ['www.example.com'] })?.code).toBe('CLB_503_BACKEND_AT_CAPACITY')
  })

  it('diagnoses an empty 502 only on the ELB host name, since its reason phrase is the standard one', () => {
    expect(clb(502, 'Bad Gateway')?.code).toBe('CLB_502_BAD_GATEWAY')
    expect(
      clb(502, 'Bad Gateway', 'https://www.example.com/', { request: { method: 'GET', url: 'https://www.example.com/' } }),
    ).toBeUndefined()
    expect(diagnose({ status: 502, statusText: 'Bad Gateway', headers: { 'Content-Length': '0' }, body: '' })).toBeUndefined()
  })

  it('504: the instance was slow near the idle timeout, closed the connection when the error came early', () => {
    expect(top(clb(504, 'GATEWAY_TIMEOUT', undefined, { elapsedMs: 60_010 }))).toBe('instance-too-slow')
    expect(top(clb(504, 'GATEWAY_TIMEOUT', undefined, { elapsedMs: 1_200 }))).toBe('instance-closed-connection')
  })

  it('4xx: the cause follows the status', () => {
    expect(top(clb(400, 'BAD_REQUEST'))).toBe('malformed-request')
    expect(top(clb(405, 'METHOD_NOT_ALLOWED'))).toBe('method-name-too-long')
    expect(top(clb(408, 'REQUEST_TIMEOUT'))).toBe('incomplete-request')
    expect(clb(400, 'Bad Request')).toBeUndefined()
  })
})
