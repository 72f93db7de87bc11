import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type DiagnoseInput, type Diagnosis, diagnose, signatures } from '../../src/index.ts'
import { type Fixture, loadFixtures } from '../helpers/fixtures.ts'

/**
 * The false-alarm suite: replies of servers that are not AWS must not be diagnosed as AWS, and no diagnosis
 * may be `high` without an AWS-specific signal (an AWS reply header, an AWS host, or a body only AWS sends).
 * A body in API Gateway's default shape with nothing else (`{"message":"Forbidden"}`) may be diagnosed, but
 * only `low`, with the hint that says what would confirm it; a header naming another server rules it out.
 */

/** Reply headers only AWS sets (src/engine/signals.ts). Stripping them leaves a reply without AWS header evidence. */
const AWS_HEADER = /^(?:x-amzn-|x-amz-apigw-id$|apigw-requestid$|x-amz-cf-|x-amzn-waf-action$)/i

const LOCAL_HOST = /^https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?\//

const all = loadFixtures()
const nonAws = all.filter((f) => f.file === 'non-aws.json')
const mine = all.filter((f) => f.file === 'api-gateway-http.json' || f.file === 'lambda-url.json')

function isDistinctive(d: Diagnosis): boolean {
  const signature = signatures.find((s) => s.code === d.code)
  return signature !== undefined && [signature.match, ...(signature.alsoMatch ?? [])].some((m) => m.distinctive === true)
}

/** The hint of a diagnosis that rests on the body's wording alone (src/texts/hints.ts, confirmAws). */
const BODY_ONLY_HINT = "Nothing but the body's wording says AWS answered"

/** Not an alarm: no diagnosis, a distinctive body below high, or a low one that says only the wording points at AWS. */
function expectNoAlarm(d: Diagnosis | undefined): void {
  if (d === undefined) return
  expect(d.confidence).not.toBe('high')
  if (isDistinctive(d)) return
  expect(d.confidence).toBe('low')
  expect(d.hints.join(' ')).toContain(BODY_ONLY_HINT)
}

function hasAwsHeader(input: DiagnoseInput): boolean {
  return Object.entries((input.headers ?? {}) as Record<string, string>).some(
    ([name, value]) =>
      AWS_HEADER.test(name) || (/^(server|via|x-cache)$/i.test(name) && /cloudfront|awselb/i.test(String(value))),
  )
}

function requestUrl(fixture: Fixture): string {
  const url = fixture.input.request?.url
  return typeof url === 'string' ? url : ''
}

/** The same reply with every response header removed (the browser's cross-origin view, at worst). */
function withoutHeaders(input: DiagnoseInput): DiagnoseInput {
  const { headers: _dropped, ...rest } = input
  return rest
}

/** The same reply and request, sent to a host that is not AWS. */
function onNonAwsHost(input: DiagnoseInput, url = 'https://api.example.com/v1/resource'): DiagnoseInput {
  const request = { ...(input.request ?? {}), url }
  return { ...withoutHeaders(input), request }
}

describe('replies from servers that are not AWS', () => {
  it('cover at least 20 servers and frameworks, with non-AWS and local hosts', () => {
    expect(nonAws.length).toBeGreaterThanOrEqual(20)
    expect(nonAws.every((f) => f.expect.undiagnosed === true)).toBe(true)
    expect(nonAws.some((f) => requestUrl(f).startsWith('https://api.example.com/'))).toBe(true)
    expect(nonAws.some((f) => LOCAL_HOST.test(requestUrl(f)))).toBe(true)
  })

  it.each(nonAws.map((f) => [f.name, f] as const))('%s: not diagnosed (local emulators: low at most)', (_name, fixture) => {
    const d = diagnose(fixture.input)
    if (LOCAL_HOST.test(requestUrl(fixture)) || hasAwsHeader(fixture.input)) {
      // An emulator on localhost may imitate AWS bodies and headers; the engine caps it at low.
      if (d !== undefined) expect(d.confidence).toBe('low')
    } else {
      expectNoAlarm(d)
    }
  })

  it.each(nonAws.map((f) => [f.name, f] as const))('%s: not diagnosed from the body alone either', (_name, fixture) => {
    expectNoAlarm(diagnose({ ...withoutHeaders(fixture.input), request: undefined }))
  })

  it("a header naming another server keeps a body in API Gateway's shape undiagnosed", () => {
    for (const headers of [
      { server: 'nginx/1.24.0' },
      { 'x-powered-by': 'Express' },
      { via: '1.1 kong/3.4.2' },
      { 'cf-ray': '8a1b2c3d4e5f6a7b-NRT' },
    ])
      expect(diagnose({ status: 403, headers, body: '{"message":"Forbidden"}' }), JSON.stringify(headers)).toBeUndefined()
    const bare = diagnose({ status: 403, body: '{"message":"Forbidden"}' })
    expect(bare?.confidence).toBe('low')
    expect(bare?.hints.join(' ')).toContain(BODY_ONLY_HINT)
  })

  it('an emulator imitating a distinctive AWS body on localhost is low, never more', () => {
    const emulated = nonAws.find((f) => f.input.body === '{"message":"Missing Authentication Token"}')
    expect(emulated).toBeDefined()
    const d = diagnose(emulated?.input ?? { status: 0 })
    expect(d?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(d?.confidence).toBe('low')
    expect(d?.hints.join(' ')).toContain('emulator')
  })
})

describe('never high without an AWS-specific signal', () => {
  it('has HTTP API and function URL fixtures to strip', () => {
    expect(mine.filter((f) => f.file === 'api-gateway-http.json').length).toBeGreaterThan(0)
    expect(mine.filter((f) => f.file === 'lambda-url.json').length).toBeGreaterThan(0)
  })

  it.each(mine.map((f) => [`${f.file}: ${f.name}`, f] as const))('%s, with its reply headers stripped', (_name, fixture) => {
    const stripped = diagnose(withoutHeaders(fixture.input))
    expect(stripped?.confidence).not.toBe('high')
    // Without headers and with a host that is not AWS, only a body AWS alone sends may still be diagnosed.
    expectNoAlarm(diagnose(onNonAwsHost(fixture.input)))
  })

  it('keeps the HTTP API and function URL diagnoses that rest on their host once headers are stripped', () => {
    // Stripping headers must not throw the diagnosis away where the host still proves AWS.
    const onAwsHosts = mine.filter((f) => /execute-api|lambda-url/.test(requestUrl(f)))
    expect(onAwsHosts.length).toBeGreaterThan(5)
    for (const fixture of onAwsHosts) expect(diagnose(withoutHeaders(fixture.input)), fixture.name).toBeDefined()
  })

  const nonAwsHeaderName = fc.constantFrom(
    'server',
    'x-powered-by',
    'cf-ray',
    'x-vercel-id',
    'x-nf-request-id',
    'via',
    'x-request-id',
    'x-kong-response-latency',
    'www-authenticate',
    'content-type',
    'x-cache',
    'x-envoy-upstream-service-time',
    'x-amz-request-id',
    'access-control-allow-origin',
  )
  const nonAwsHeaderValue = fc.oneof(
    fc.constantFrom(
      'nginx/1.24.0',
      'Express',
      'cloudflare',
      '1.1 varnish',
      'Bearer realm="api"',
      'application/json',
      'HIT',
      'MISS',
      'envoy',
      '*',
      'kong/3.4.2',
      'Vercel',
    ),
    fc.string({ maxLength: 40 }).filter((v) => !/cloudfront|awselb/i.test(v)),
  )
  const nonAwsUrl = fc.constantFrom(
    'https://api.example.com/v1/orders',
    'https://gateway.example.com/orders/42',
    'https://my-app.vercel.app/api/x',
    'https://contoso.azure-api.net/api/x',
    'https://service-abc123-uc.a.run.app/',
    'http://localhost:3000/dev/x',
    'http://127.0.0.1:8080/x',
  )
  const bodies = [...new Set(all.map((f) => (typeof f.input.body === 'string' ? f.input.body : '')))]

  it('holds for every fixture body (AWS ones included) behind non-AWS headers and hosts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...bodies),
        fc.integer({ min: 400, max: 599 }),
        fc.dictionary(nonAwsHeaderName, nonAwsHeaderValue, { maxKeys: 6 }),
        fc.option(nonAwsUrl, { nil: undefined }),
        fc.constantFrom('GET', 'POST', 'OPTIONS'),
        (body, status, headers, url, method) => {
          const input: DiagnoseInput = { status, body, headers }
          if (url !== undefined) input.request = { method, url, headers: { accept: 'application/json' } }
          expectNoAlarm(diagnose(input))
        },
      ),
      { numRuns: 400 },
    )
  })

  /** Words API Gateway shares with every JSON API: never evidence of AWS by themselves. */
  const GENERIC_MESSAGES = [
    'Not Found',
    'Unauthorized',
    'Forbidden',
    'Too Many Requests',
    'Internal Server Error',
    'Service Unavailable',
    'Internal server error',
    null,
  ]

  it('holds for arbitrary JSON messages in the API Gateway shape, and generic words are never more than low', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('message', 'Message'),
        fc.oneof(fc.constantFrom(...GENERIC_MESSAGES), fc.string({ maxLength: 60 })),
        fc.constantFrom(401, 403, 404, 429, 500, 502, 503, 504),
        fc.dictionary(nonAwsHeaderName, nonAwsHeaderValue, { maxKeys: 4 }),
        nonAwsUrl,
        (key, message, status, headers, url) => {
          const d = diagnose({ status, headers, body: JSON.stringify({ [key]: message }), request: { method: 'GET', url } })
          expectNoAlarm(d)
          if (d !== undefined && GENERIC_MESSAGES.includes(message)) expect(d.confidence).toBe('low')
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('an application that echoes X-Amzn-Trace-Id', () => {
  // ALB and API Gateway add the header to the request; targets echo it back (the X-Ray SDKs do), so on its
  // own it says the request passed through AWS, not that AWS wrote the reply.
  const trace = { 'x-amzn-trace-id': 'Root=1-67891233-abcdef012345678912345678', 'content-type': 'application/json' }
  it.each([
    [404, 'Not Found'],
    [403, 'Forbidden'],
    [429, 'Too Many Requests'],
    [500, 'Internal Server Error'],
    [500, 'Internal server error'],
    [503, 'Service Unavailable'],
  ])('%i {"message":"%s"} on its own domain is no more than low with that header alone', (status, message) => {
    const input: DiagnoseInput = {
      status,
      headers: trace,
      body: JSON.stringify({ message }),
      request: { method: 'GET', url: 'https://api.example.com/v1/orders' },
    }
    const alone = diagnose(input)
    expect(alone?.confidence).toBe('low')
    expect(alone?.hints.join(' ')).toContain(BODY_ONLY_HINT)
    // Beside an AWS header it is evidence like the others.
    const d = diagnose({ ...input, headers: { ...trace, 'apigw-requestid': 'Yq3kHGbZjoEFXyQ=' } })
    expect(d?.evidence).toContain('x-amzn-trace-id: Root=1-67891233-abcdef012345678912345678')
  })
})

describe("an origin app's JSON error behind CloudFront", () => {
  // CloudFront passes an API's own headers (request IDs, error type) through; without any of them, a body in
  // API Gateway's shape is as likely the origin framework's own {"message": …}.
  const viaCloudFront = {
    'content-type': 'application/json',
    'x-cache': 'Error from cloudfront',
    via: '1.1 6c7e1c3a9b0d4f2e8a5b7c9d1e3f5a7b.cloudfront.net (CloudFront)',
    'x-amz-cf-pop': 'NRT57-P2',
    'x-amz-cf-id': 'q8Yb2mN4kLp0Rz6Tw1Xv3Hs5Jd7Fg9Ac2Be4Ci6Dk8El0Gm1Hn3Jo==',
  }
  it.each([
    [404, 'Not Found', 'HTTP_API_NOT_FOUND'],
    [500, 'Internal Server Error', 'HTTP_API_INTERNAL_SERVER_ERROR'],
    [503, 'Service Unavailable', 'HTTP_API_SERVICE_UNAVAILABLE'],
  ])(
    '%i {"message":"%s"} without an API header is low; with apigw-requestid it is %s at medium or above',
    (status, message, code) => {
      const input: DiagnoseInput = {
        status,
        headers: viaCloudFront,
        body: JSON.stringify({ message }),
        request: { method: 'GET', url: 'https://www.example.com/api/orders' },
      }
      expect(diagnose(input)?.confidence).toBe('low')
      const fromTheApi = diagnose({ ...input, headers: { ...viaCloudFront, 'apigw-requestid': 'Yq3kHGbZjoEFXyQ=' } })
      expect(fromTheApi?.code).toBe(code)
      expect(fromTheApi?.confidence).not.toBe('low')
    },
  )
})
