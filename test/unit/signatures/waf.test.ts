import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { type DiagnoseInput, type Diagnosis, diagnose } from '../../../src/index.ts'

const bodies = join(import.meta.dirname, '..', '..', 'fixtures', 'bodies')
const page = (name: string): string => readFileSync(join(bodies, name), 'utf8')

const REQUEST_BLOCKED = page('waf-cloudfront-request-blocked-2025.html')
const BAD_REQUEST_PAGE = page('waf-cloudfront-bad-request-lookalike.html')
const ALB_403 = page('waf-alb-403.html')
const CHALLENGE_PAGE = page('waf-challenge-page.html')

/** Headers CloudFront puts on a page it generated itself. */
const CLOUDFRONT_PAGE_HEADERS = {
  Server: 'CloudFront',
  'Content-Type': 'text/html',
  'X-Cache': 'Error from cloudfront',
  Via: '1.1 1a2b3c4d5e6f708192a3b4c5d6e7f809.cloudfront.net (CloudFront)',
  'X-Amz-Cf-Pop': 'HIO52-P4',
  'X-Amz-Cf-Id': 'LKv1nZoEB-d7dwJ0ZN5aSTtjUX5pf0LX75YLkfh6GywLwbM4SUIXUg==',
}
const ALB_HEADERS = { Server: 'awselb/2.0', 'Content-Type': 'text/html', 'Content-Length': '118' }
const API = 'https://api.example.com'

const likelihood = (d: Diagnosis | undefined, id: string): number => d?.causes.find((c) => c.id === id)?.likelihood ?? Number.NaN
const top = (d: Diagnosis | undefined): string | undefined => d?.causes[0]?.id

/** Runs `fn` as if in a browser (the engine reads `window` and `document`). */
function inBrowser<T>(fn: () => T): T {
  vi.stubGlobal('window', {})
  vi.stubGlobal('document', {})
  try {
    return fn()
  } finally {
    vi.unstubAllGlobals()
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('WAF Challenge and CAPTCHA (x-amzn-waf-action)', () => {
  const challenge = (extra: Partial<DiagnoseInput> = {}): DiagnoseInput => ({
    status: 202,
    headers: { 'x-amzn-waf-action': 'challenge', 'content-length': '0' },
    body: '',
    ...extra,
  })

  it('reports a 202 with x-amzn-waf-action: challenge as a failure, on every kind of host', () => {
    const hosts = [
      {
        headers: { 'x-amzn-waf-action': 'challenge', server: 'awselb/2.0' },
        url: 'https://my-alb-1.eu-west-1.elb.amazonaws.com/api',
      },
      {
        headers: { 'x-amzn-waf-action': 'challenge', server: 'CloudFront', 'x-amz-cf-id': 'abcDEF123==' },
        url: 'https://d111111abcdef8.cloudfront.net/api',
      },
      {
        headers: { 'x-amzn-waf-action': 'challenge', 'x-amzn-requestid': '3c1f0e6a-0000-4b1c-9d1e-5f3b8f1e2a7d' },
        url: 'https://abc123defg.execute-api.us-east-1.amazonaws.com/prod/items',
      },
    ]
    for (const { headers, url } of hosts) {
      const d = diagnose({ status: 202, headers, body: '', request: { method: 'GET', url } })
      expect(d?.code, url).toBe('WAF_CHALLENGE')
      expect(d?.layer).toBe('waf')
      expect(d?.confidence).toBe('high')
    }
  })

  it('also recognises the HTML interstitial', () => {
    expect(
      diagnose(challenge({ body: CHALLENGE_PAGE, headers: { 'x-amzn-waf-action': 'challenge', 'content-type': 'text/html' } }))
        ?.code,
    ).toBe('WAF_CHALLENGE')
  })

  it('does not take a 202 without the header, or with another action value, for a challenge', () => {
    expect(diagnose({ status: 202, headers: { server: 'awselb/2.0' }, body: '' })).toBeUndefined()
    expect(diagnose({ status: 202, headers: { 'x-amzn-waf-action': 'captcha' }, body: '' })?.code).not.toBe('WAF_CHALLENGE')
    expect(diagnose({ status: 405, headers: { 'x-amzn-waf-action': 'challenge' }, body: '' })?.code).not.toBe('WAF_CHALLENGE')
  })

  it('ranks a missing token first when no x-aws-waf-token was sent, an expired one when it was', () => {
    const without = diagnose(
      challenge({ request: { method: 'POST', url: `${API}/v1/orders`, headers: { 'content-type': 'application/json' } } }),
    )
    const withToken = diagnose(
      challenge({ request: { method: 'POST', url: `${API}/v1/orders`, headers: { 'x-aws-waf-token': 'abc:def:ghi' } } }),
    )
    expect(top(without)).toBe('no-token')
    expect(top(withToken)).toBe('token-expired')
    expect(likelihood(withToken, 'no-token')).toBeLessThan(likelihood(without, 'no-token'))
  })

  it('suspects a dropped token cookie more in a browser and behind CloudFront', () => {
    const request = { method: 'GET', url: `${API}/v1/me`, headers: { accept: 'application/json' } }
    const server = diagnose(challenge({ request }))
    const browser = inBrowser(() => diagnose(challenge({ request })))
    expect(likelihood(browser, 'token-cookie-dropped')).toBeGreaterThan(likelihood(server, 'token-cookie-dropped'))
    const viaCloudFront = diagnose(
      challenge({ request, headers: { 'x-amzn-waf-action': 'challenge', server: 'awselb/2.0', 'x-amz-cf-id': 'abcDEF123==' } }),
    )
    expect(likelihood(viaCloudFront, 'token-cookie-dropped')).toBeGreaterThan(likelihood(server, 'token-cookie-dropped'))
  })

  it('reports a 405 with x-amzn-waf-action: captcha as a CAPTCHA, not as ALB refusing the method', () => {
    const d = diagnose({
      status: 405,
      headers: { 'x-amzn-waf-action': 'captcha', server: 'awselb/2.0' },
      body: '',
      request: { method: 'POST', url: `${API}/login` },
    })
    expect(d?.code).toBe('WAF_CAPTCHA')
    // Even an ALB page under the header stays WAF's: the header is the evidence.
    const withPage = diagnose({
      status: 405,
      headers: { 'x-amzn-waf-action': 'captcha', server: 'awselb/2.0' },
      body: '<html>\r\n<head><title>405 Method Not Allowed</title></head>\r\n<body>\r\n<center><h1>405 Method Not Allowed</h1></center>\r\n</body>\r\n</html>\r\n',
    })
    expect(withPage?.code).toBe('WAF_CAPTCHA')
  })

  it('ranks the CAPTCHA causes with the method and the token', () => {
    const captcha = (method: string, headers: Record<string, string> = {}): Diagnosis | undefined =>
      diagnose({
        status: 405,
        headers: { 'x-amzn-waf-action': 'captcha' },
        body: '',
        request: { method, url: `${API}/login`, headers },
      })
    expect(likelihood(captcha('POST'), 'no-captcha-token')).toBeGreaterThan(likelihood(captcha('GET'), 'no-captcha-token'))
    expect(top(captcha('GET'))).toBe('no-captcha-token')
    expect(top(captcha('GET', { 'x-aws-waf-token': 'abc:def:ghi' }))).toBe('captcha-expired')
  })
})

describe('WAF default Block on CloudFront', () => {
  it("recognises the 'Request blocked.' page with CloudFront's headers", () => {
    const d = diagnose({
      status: 403,
      headers: CLOUDFRONT_PAGE_HEADERS,
      body: REQUEST_BLOCKED,
      request: { method: 'POST', url: `${API}/comments` },
    })
    expect(d).toMatchObject({
      code: 'WAF_BLOCK_CLOUDFRONT',
      layer: 'waf',
      confidence: 'high',
      cloudfrontId: CLOUDFRONT_PAGE_HEADERS['X-Amz-Cf-Id'],
    })
    expect(d?.evidence).toContain('body contains "Request blocked."')
  })

  it('recognises the page from its body alone (headers hidden), with less confidence', () => {
    const d = diagnose({ status: 403, headers: { 'content-type': 'text/html' }, body: REQUEST_BLOCKED })
    expect(d?.code).toBe('WAF_BLOCK_CLOUDFRONT')
    expect(d?.confidence).toBe('medium')
    expect(d?.cloudfrontId).toBe('LKv1nZoEB-d7dwJ0ZN5aSTtjUX5pf0LX75YLkfh6GywLwbM4SUIXUg==')
  })

  it("does not take CloudFront's 'Bad request.' page, which shares everything but the sentence, for a WAF block", () => {
    const d = diagnose({ status: 403, headers: CLOUDFRONT_PAGE_HEADERS, body: BAD_REQUEST_PAGE })
    expect(d?.code).not.toBe('WAF_BLOCK_CLOUDFRONT')
    expect(d?.layer).not.toBe('waf')
  })

  it('does not take the sentence alone, outside the CloudFront page, for a WAF block', () => {
    const d = diagnose({ status: 403, headers: { 'content-type': 'application/json' }, body: '{"error":"Request blocked."}' })
    expect(d).toBeUndefined()
  })
})

describe('WAF default Block on an Application Load Balancer', () => {
  it('reads the 403 page with Server: awselb/2.0 as WAF', () => {
    const d = diagnose({ status: 403, headers: ALB_HEADERS, body: ALB_403 })
    expect(d).toMatchObject({ code: 'WAF_BLOCK_ALB', layer: 'waf', confidence: 'high' })
  })

  it('does not diagnose the same nginx-style 403 page without awselb/2.0', () => {
    expect(diagnose({ status: 403, headers: { Server: 'nginx', 'Content-Type': 'text/html' }, body: ALB_403 })).toBeUndefined()
    expect(diagnose({ status: 403, headers: { 'Content-Type': 'text/html' }, body: ALB_403 })).toBeUndefined()
  })

  it('reads a 403 from awselb/2.0 with another body as a fixed or custom response, not a default Block', () => {
    const d = diagnose({ status: 403, headers: { Server: 'awselb/2.0', 'Content-Type': 'text/plain' }, body: 'Routing error' })
    expect(d?.code).toBe('ALB_FIXED_RESPONSE')
    expect(d?.causes.map((c) => c.id)).toContain('waf-custom-response')
  })
})

describe('ranking the causes of a WAF Block', () => {
  const block = (request: DiagnoseInput['request']): Diagnosis | undefined =>
    diagnose({ status: 403, headers: ALB_HEADERS, body: ALB_403, request })

  it('puts a managed rule on the payload first for requests with a body, the caller first for bodyless ones', () => {
    const post = block({
      method: 'POST',
      url: `${API}/comments`,
      headers: { 'content-type': 'application/json', 'user-agent': 'my-app/1.0' },
    })
    const get = block({ method: 'GET', url: `${API}/comments`, headers: { 'user-agent': 'my-app/1.0' } })
    expect(top(post)).toBe('managed-rule-match')
    expect(top(get)).toBe('ip-geo-or-bot-rule')
    expect(likelihood(post, 'managed-rule-match')).toBeGreaterThan(likelihood(get, 'managed-rule-match'))
  })

  it('suspects the missing User-Agent only when none was sent, and never in a browser', () => {
    const noAgent = block({ method: 'GET', url: `${API}/x`, headers: { accept: '*/*' } })
    const withAgent = block({ method: 'GET', url: `${API}/x`, headers: { accept: '*/*', 'user-agent': 'my-app/1.0' } })
    const unknownHeaders = block({ method: 'GET', url: `${API}/x` })
    expect(likelihood(noAgent, 'no-user-agent')).toBeGreaterThan(likelihood(unknownHeaders, 'no-user-agent'))
    expect(likelihood(withAgent, 'no-user-agent')).toBeLessThan(likelihood(unknownHeaders, 'no-user-agent'))
    const browser = inBrowser(() => block({ method: 'GET', url: `${API}/x`, headers: { accept: '*/*' } }))
    expect(likelihood(browser, 'no-user-agent')).toBeLessThan(likelihood(noAgent, 'no-user-agent'))
  })

  it('weighs IP, geo and bot rules more for server-side callers than in a browser', () => {
    const request = { method: 'GET', url: `${API}/x`, headers: { 'user-agent': 'my-app/1.0' } }
    const server = block(request)
    const browser = inBrowser(() => block(request))
    expect(likelihood(server, 'ip-geo-or-bot-rule')).toBeGreaterThan(likelihood(browser, 'ip-geo-or-bot-rule'))
  })

  it('ranks the CloudFront page the same way', () => {
    const d = diagnose({
      status: 403,
      headers: CLOUDFRONT_PAGE_HEADERS,
      body: REQUEST_BLOCKED,
      request: { method: 'PUT', url: `${API}/profile` },
    })
    expect(top(d)).toBe('managed-rule-match')
  })
})

describe('WAF custom 429 responses', () => {
  const limited = (headers: Record<string, string>): Diagnosis | undefined =>
    diagnose({ status: 429, headers: { 'content-type': 'application/json', ...headers }, body: '{"code":"RATE_LIMITED"}' })

  it('reads a 429 written by an ALB or by CloudFront as a WAF rate-based rule', () => {
    expect(limited({ server: 'awselb/2.0' })?.code).toBe('WAF_CUSTOM_RESPONSE')
    expect(limited({ server: 'CloudFront', 'x-amz-cf-id': 'abcDEF123==' })?.code).toBe('WAF_CUSTOM_RESPONSE')
    expect(top(limited({ server: 'awselb/2.0' }))).toBe('rate-based-rule')
  })

  it('is surer of a rate-based rule when the response carries Retry-After', () => {
    expect(likelihood(limited({ server: 'awselb/2.0', 'retry-after': '30' }), 'rate-based-rule')).toBeGreaterThan(
      likelihood(limited({ server: 'awselb/2.0' }), 'rate-based-rule'),
    )
  })

  it("does not claim a 429 that neither the ALB nor CloudFront wrote (an API's or a target's)", () => {
    const apiGateway = diagnose({
      status: 429,
      headers: { 'x-amzn-requestid': '0f7e6d5c-0000-4a1b-8c2d-3e4f5a6b7c8d', 'x-amzn-errortype': 'TooManyRequestsException' },
      body: '{"message":"Too Many Requests"}',
    })
    expect(apiGateway?.code).not.toBe('WAF_CUSTOM_RESPONSE')
    expect(limited({ server: 'nginx' })).toBeUndefined()
  })
})
