import { afterEach, describe, expect, it, vi } from 'vitest'
import { diagnose, signatures } from '../../../src/index.ts'
import type { DiagnoseInput, Diagnosis, RequestInput } from '../../../src/types.ts'

const HOST = 'https://p4w8e2r6ty.execute-api.us-east-2.amazonaws.com'

/** Headers of a REST gateway response, as API Gateway sends them. */
function rest(errorType?: string): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'x-amzn-RequestId': '2d7c9e41-6a3b-4f0e-8c15-b94e0a7f3d26',
    'x-amz-apigw-id': 'Tb8mWGh4IAMEr9Q=',
  }
  if (errorType !== undefined) headers['x-amzn-ErrorType'] = errorType
  return headers
}

function run(input: DiagnoseInput): Diagnosis {
  const diagnosis = diagnose(input)
  if (diagnosis === undefined) throw new Error('expected a diagnosis')
  return diagnosis
}

const topCause = (input: DiagnoseInput): string | undefined => run(input).causes[0]?.id

function likelihood(diagnosis: Diagnosis, id: string): number {
  const cause = diagnosis.causes.find((c) => c.id === id)
  if (cause === undefined) throw new Error(`no cause ${id} in ${diagnosis.code}`)
  return cause.likelihood
}

function rank(diagnosis: Diagnosis, id: string): number {
  return diagnosis.causes.findIndex((c) => c.id === id)
}

/** Diagnoses with one signature of this slice only, to test its own match criteria in isolation. */
function onlyWith(code: string, input: DiagnoseInput): Diagnosis | undefined {
  const signature = signatures.find((s) => s.code === code)
  if (signature === undefined) throw new Error(`no signature ${code}`)
  return diagnose(input, { signatures: [signature] })
}

describe('BAD_REQUEST_BODY', () => {
  const reply = (request: RequestInput): DiagnoseInput => ({
    status: 400,
    headers: rest('BadRequestException'),
    body: '{"message":"Invalid request body"}',
    request: { url: `${HOST}/v2/customers`, ...request },
  })

  it('blames the model when a JSON body was sent with a write method', () => {
    const d = run(reply({ method: 'POST', headers: { 'Content-Type': 'application/json' } }))
    expect(d.code).toBe('BAD_REQUEST_BODY')
    expect(d.confidence).toBe('high')
    expect(d.causes[0]?.id).toBe('body-does-not-match-model')
  })

  it('suspects a missing or non-JSON body when no Content-Type was sent', () => {
    expect(topCause(reply({ method: 'POST', headers: { accept: '*/*' } }))).toBe('body-missing-or-not-json')
  })

  it('suspects a missing body for methods that carry none, even with a Content-Type', () => {
    expect(topCause(reply({ method: 'GET', headers: { 'content-type': 'application/json' } }))).toBe('body-missing-or-not-json')
    expect(topCause(reply({ method: 'PUT', headers: { 'content-type': 'application/json' } }))).toBe('body-does-not-match-model')
  })
})

describe('BAD_REQUEST_PARAMETERS', () => {
  const reply = (method: string): DiagnoseInput => ({
    status: 400,
    headers: rest('BadRequestException'),
    body: '{"message":"Missing required request parameters: [Authorization-Context, limit]"}',
    request: { method, url: `${HOST}/v2/ledger` },
  })

  it('names the missing parameters in its evidence', () => {
    const d = run(reply('GET'))
    expect(d.code).toBe('BAD_REQUEST_PARAMETERS')
    expect(d.causes[0]?.id).toBe('required-parameter-missing')
    expect(d.evidence.join('\n')).toContain('Missing required request parameters: [Authorization-Context, limit]')
  })

  it('recognises a CORS preflight that hit a validated method', () => {
    expect(topCause(reply('OPTIONS'))).toBe('cors-preflight-validated')
    expect(rank(run(reply('GET')), 'cors-preflight-validated')).toBe(2)
  })

  it('is not told apart from BAD_REQUEST_BODY by the error type alone: a customised body leaves the two tied', () => {
    const d = run({ status: 400, headers: rest('BadRequestException'), body: '{"error":"validation failed"}' })
    // On a tie the earlier signature wins: BAD_REQUEST_BODY comes first in the catalog.
    expect(d.code).toBe('BAD_REQUEST_BODY')
    expect(d.confidence).toBe('low')
    expect(d.hints.join('\n')).toContain('fits BAD_REQUEST_PARAMETERS equally well')
  })
})

describe('UNSUPPORTED_MEDIA_TYPE', () => {
  const reply = (headers: Record<string, string>): DiagnoseInput => ({
    status: 415,
    headers: rest(),
    body: '{"message":"Unsupported Media Type"}',
    request: { method: 'POST', url: `${HOST}/v2/imports`, headers },
  })

  it('blames the missing template for the Content-Type that was sent', () => {
    const d = run(reply({ 'content-type': 'application/x-www-form-urlencoded' }))
    expect(d.code).toBe('UNSUPPORTED_MEDIA_TYPE')
    expect(d.causes[0]?.id).toBe('content-type-has-no-template')
  })

  it('explains the application/json default when no Content-Type was sent', () => {
    const d = run(reply({ accept: 'application/json' }))
    expect(d.causes[0]?.id).toBe('no-template-for-default-json')
    expect(likelihood(d, 'no-template-for-default-json')).toBeGreaterThan(0.8)
  })
})

describe('REQUEST_TOO_LARGE and PAYLOAD_TOO_LARGE', () => {
  it("tells Lambda's 6 MB limit (JSON) from API Gateway's 10 MB limit (plain text)", () => {
    const lambda = run({ status: 413, headers: rest('BadRequestException'), body: '{"message":"Request Too Long"}' })
    expect(lambda.code).toBe('REQUEST_TOO_LARGE')
    expect(lambda.causes[0]?.id).toBe('lambda-invoke-payload-limit')

    const gateway = run({
      status: 413,
      headers: { 'content-type': 'text; charset=utf-8', 'x-amz-cf-id': 'q1W2e3R4t5Y6u7I8o9P0a1S2d3F4g5H6j7K8l9Z0x1C2v3B4n5M6==' },
      body: 'HTTP content length exceeded 10485760 bytes.',
    })
    expect(gateway.code).toBe('PAYLOAD_TOO_LARGE')
    expect(gateway.layer).toBe('api-gateway-rest')
  })

  it('recognises the 10 MB reply with every header hidden, as a browser sees it on a custom domain', () => {
    const d = run({
      status: 413,
      body: 'HTTP content length exceeded 10485760 bytes.',
      request: { method: 'POST', url: 'https://api.example.org/upload' },
    })
    expect(d.code).toBe('PAYLOAD_TOO_LARGE')
    expect(d.confidence).toBe('medium')
  })

  it('lists no gateway response type for the 10 MB reply, which gateway responses cannot change', () => {
    expect(signatures.find((s) => s.code === 'PAYLOAD_TOO_LARGE')?.gatewayResponseTypes).toBeUndefined()
  })

  it('leaves a load balancer 413 page alone', () => {
    const d = diagnose({
      status: 413,
      headers: { server: 'awselb/2.0', 'content-type': 'text/html' },
      body: '<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n<center><h1>413 Request Entity Too Large</h1></center>\r\n</body>\r\n</html>',
    })
    expect(d?.code).not.toBe('REQUEST_TOO_LARGE')
    expect(d?.code).not.toBe('PAYLOAD_TOO_LARGE')
  })
})

describe('THROTTLED', () => {
  const reply = (headers: Record<string, string>): DiagnoseInput => ({
    status: 429,
    headers: rest('TooManyRequestsException'),
    body: '{"message":"Too Many Requests"}',
    request: { method: 'GET', url: `${HOST}/v2/rates`, headers },
  })
  const withKey = reply({ 'x-api-key': 'k-7f3a9c1e5b2d8f4a6c0e' })
  const withoutKey = reply({ accept: 'application/json' })

  it("puts the usage plan's throttle first when an API key was sent", () => {
    const d = run(withKey)
    expect(d.code).toBe('THROTTLED')
    expect(d.causes[0]?.id).toBe('usage-plan-throttle')
    expect(likelihood(d, 'usage-plan-throttle')).toBeGreaterThan(0.75)
    expect(likelihood(d, 'stage-or-method-throttle')).toBeLessThan(0.15)
  })

  it('puts stage and account throttling before the usage plan when no API key was sent', () => {
    const d = run(withoutKey)
    expect(d.causes[0]?.id).toBe('stage-or-method-throttle')
    expect(likelihood(d, 'stage-or-method-throttle')).toBeGreaterThan(0.6)
    expect(rank(d, 'account-throttle')).toBeLessThan(rank(d, 'usage-plan-throttle'))
    expect(likelihood(d, 'usage-plan-throttle')).toBeLessThan(likelihood(run(withKey), 'usage-plan-throttle'))
  })

  it('mentions Retry-After in the remedy', () => {
    expect(run(withKey).remedy).toContain('Retry-After')
  })

  it('never repeats the API key', () => {
    expect(JSON.stringify(run(withKey))).not.toContain('k-7f3a9c1e5b2d8f4a6c0e')
  })

  it("does not claim an HTTP API's identical 429", () => {
    const httpApi: DiagnoseInput = {
      status: 429,
      headers: { 'content-type': 'application/json', 'apigw-requestid': 'Yx2kQhT5oAMEbWg=' },
      body: '{"message":"Too Many Requests"}',
    }
    expect(diagnose(httpApi)?.code).not.toBe('THROTTLED')
    expect(onlyWith('THROTTLED', httpApi)?.code).not.toBe('THROTTLED')
  })
})

describe('QUOTA_EXCEEDED', () => {
  const reply = (headers: Record<string, string>): DiagnoseInput => ({
    status: 429,
    headers: rest('LimitExceededException'),
    body: '{"message":"Limit Exceeded"}',
    request: { method: 'POST', url: `${HOST}/v2/geocode`, headers },
  })

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('is told apart from THROTTLED by its message', () => {
    expect(run(reply({})).code).toBe('QUOTA_EXCEEDED')
  })

  it("blames the key's quota when x-api-key was sent", () => {
    expect(topCause(reply({ 'x-api-key': 'k-0b1c2d3e4f5a6b7c8d9e' }))).toBe('usage-plan-quota')
  })

  it('points at a key assigned by a Lambda authorizer when no x-api-key was sent', () => {
    expect(topCause(reply({ authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x' }))).toBe('authorizer-supplied-key')
  })

  it('weighs a key shared by many clients higher in a browser', () => {
    const inNode = likelihood(run(reply({ 'x-api-key': 'k' })), 'shared-api-key')
    vi.stubGlobal('window', {})
    vi.stubGlobal('document', {})
    const inBrowser = likelihood(run(reply({ 'x-api-key': 'k' })), 'shared-api-key')
    expect(inBrowser).toBeGreaterThan(inNode)
  })
})

describe('INTEGRATION_TIMEOUT', () => {
  const reply = (elapsedMs?: number): DiagnoseInput => ({
    status: 504,
    headers: rest(),
    body: '{"message": "Endpoint request timed out"}',
    request: { method: 'POST', url: `${HOST}/v2/exports` },
    elapsedMs,
  })

  it('blames a backend slower than 29 s when the reply came after about 29 s', () => {
    const d = run(reply(29_230))
    expect(d.code).toBe('INTEGRATION_TIMEOUT')
    expect(d.causes[0]?.id).toBe('backend-slower-than-timeout')
    expect(likelihood(d, 'backend-slower-than-timeout')).toBeGreaterThan(0.75)
    expect(rank(d, 'needs-more-than-29s')).toBeLessThan(rank(d, 'low-integration-timeout'))
    expect(likelihood(d, 'needs-more-than-29s')).toBeGreaterThan(0.1)
  })

  it('demotes the 29 s explanation for a fast reply in favour of a lower configured timeout', () => {
    const d = run(reply(2_400))
    expect(d.causes[0]?.id).toBe('low-integration-timeout')
    expect(likelihood(d, 'backend-slower-than-timeout')).toBeLessThan(0.05)
    const midway = run(reply(12_000))
    expect(midway.causes[0]?.id).toBe('low-integration-timeout')
    expect(likelihood(midway, 'backend-slower-than-timeout')).toBeLessThan(0.15)
  })

  it('falls back on the usual cause when the elapsed time is unknown', () => {
    expect(topCause(reply())).toBe('backend-slower-than-timeout')
  })

  it('is recognised from the body alone on a custom domain', () => {
    const d = run({
      status: 504,
      body: '{"message":"Endpoint request timed out"}',
      request: { url: 'https://api.example.net/reports' },
    })
    expect(d.code).toBe('INTEGRATION_TIMEOUT')
    expect(d.confidence).toBe('medium')
  })

  it("does not claim an HTTP API's 503 timeout", () => {
    const d = diagnose({
      status: 503,
      headers: { 'apigw-requestid': 'Yx2mBjL0IAMEV3w=' },
      body: '{"message":"Service Unavailable"}',
    })
    expect(d?.code).not.toBe('INTEGRATION_TIMEOUT')
  })
})

describe('INTEGRATION_FAILURE', () => {
  const reply = (elapsedMs: number): DiagnoseInput => ({
    status: 504,
    headers: rest('InternalServerErrorException'),
    body: '{"message": "Network error communicating with endpoint"}',
    request: { method: 'GET', url: `${HOST}/v2/inventory` },
    elapsedMs,
  })

  it('keeps a TLS failure high for a fast failure and drops it when the reply took long', () => {
    const fast = run(reply(310))
    const slow = run(reply(15_000))
    expect(fast.code).toBe('INTEGRATION_FAILURE')
    expect(fast.causes[0]?.id).toBe('backend-unreachable')
    expect(rank(fast, 'backend-tls-error')).toBe(1)
    expect(rank(slow, 'backend-tls-error')).toBeGreaterThan(rank(slow, 'vpc-link-target-unhealthy'))
    expect(likelihood(slow, 'backend-unreachable')).toBeGreaterThan(likelihood(fast, 'backend-unreachable'))
    expect(likelihood(slow, 'backend-unreachable')).toBeGreaterThan(0.6)
  })
})

describe('INTERNAL_SERVER_ERROR', () => {
  const reply = (status: number, elapsedMs?: number, body = '{"message": "Internal server error"}'): DiagnoseInput => ({
    status,
    headers: rest('InternalServerErrorException'),
    body,
    request: { method: 'POST', url: `${HOST}/v2/payments` },
    elapsedMs,
  })

  it('covers the Lambda, configuration and default 5xx gateway responses in one signature', () => {
    const types = signatures.find((s) => s.code === 'INTERNAL_SERVER_ERROR')?.gatewayResponseTypes
    expect(types).toEqual(expect.arrayContaining(['DEFAULT_5XX', 'API_CONFIGURATION_ERROR']))
    expect(signatures.filter((s) => s.gatewayResponseTypes?.includes('DEFAULT_5XX'))).toHaveLength(1)
  })

  it('puts a malformed proxy response first for a 502 of unknown timing', () => {
    const d = run(reply(502))
    expect(d.code).toBe('INTERNAL_SERVER_ERROR')
    expect(d.causes[0]?.id).toBe('malformed-proxy-response')
    expect(d.causes[1]?.id).toBe('lambda-function-error')
  })

  it.each([3_050, 6_200, 15_400])(
    'blames a function error or timeout for a 502 after %i ms, a usual function timeout',
    (elapsed) => {
      const d = run(reply(502, elapsed))
      expect(d.causes[0]?.id).toBe('lambda-function-error')
      expect(likelihood(d, 'lambda-function-error')).toBeGreaterThan(0.8)
    },
  )

  it('does not promote a function timeout for a 502 far from any usual timeout', () => {
    expect(topCause(reply(502, 12_000))).toBe('malformed-proxy-response')
    expect(topCause(reply(502, 450))).toBe('malformed-proxy-response')
  })

  it('puts the invocation causes first for a 500 of unknown timing', () => {
    const d = run(reply(500))
    expect(d.causes[0]?.id).toBe('invoke-permission-missing')
    expect(
      d.causes
        .slice(0, 3)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['integration-misconfigured', 'invoke-permission-missing', 'lambda-throttled'])
    expect(likelihood(d, 'lambda-throttled')).toBeGreaterThan(0.15)
  })

  it('blames a missing invoke permission for a fast 500', () => {
    const d = run(reply(500, 85))
    expect(d.causes[0]?.id).toBe('invoke-permission-missing')
    expect(likelihood(d, 'lambda-function-error') + likelihood(d, 'malformed-proxy-response')).toBeLessThan(0.05)
    expect(likelihood(d, 'invoke-permission-missing')).toBeGreaterThan(likelihood(run(reply(500)), 'invoke-permission-missing'))
  })

  it('prefers a misconfigured integration for a slow 500', () => {
    const d = run(reply(500, 5_200))
    expect(d.causes[0]?.id).toBe('integration-misconfigured')
    expect(rank(d, 'invoke-permission-missing')).toBeGreaterThan(0)
  })

  it('keeps the invocation causes out of the way for a 502', () => {
    const d = run(reply(502, 85))
    expect(likelihood(d, 'invoke-permission-missing')).toBeLessThan(0.02)
  })

  it('matches the compact spelling and a body already parsed by the client', () => {
    expect(run(reply(502, undefined, '{"message":"Internal server error"}')).code).toBe('INTERNAL_SERVER_ERROR')
    expect(run({ ...reply(502), body: { message: 'Internal server error' } }).code).toBe('INTERNAL_SERVER_ERROR')
  })

  it('says so when the owner remapped the status, and when only the error type is left of the default body', () => {
    const remapped = run(reply(503))
    expect(remapped.code).toBe('INTERNAL_SERVER_ERROR')
    expect(remapped.hints.join('\n')).toMatch(/maps it to 503/)

    const customised = run(reply(502, undefined, '{"error":{"code":"UPSTREAM","retryable":true}}'))
    expect(customised.code).toBe('INTERNAL_SERVER_ERROR')
    expect(customised.confidence).toBe('medium')
    expect(customised.hints.join('\n')).toMatch(/customises the gateway response/)
  })

  it("does not claim an HTTP API's 500 (capital S and E)", () => {
    const d = diagnose({
      status: 500,
      headers: { 'content-type': 'application/json', 'apigw-requestid': 'Yx3aRhP7oAMEJxQ=' },
      body: '{"message":"Internal Server Error"}',
    })
    expect(d?.code).not.toBe('INTERNAL_SERVER_ERROR')
  })

  it("does not claim a function URL's plain-text 502", () => {
    const d = diagnose({
      status: 502,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'x-amzn-RequestId': '91c0e2f4-3b6d-4a8e-b1f7-5d3c9e0a2b48' },
      body: 'Internal Server Error',
      request: { url: 'https://abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws/' },
    })
    expect(d?.code).not.toBe('INTERNAL_SERVER_ERROR')
  })

  it("does not take a NestJS app's own 500 passed through a Lambda proxy for API Gateway's", () => {
    const d = diagnose({
      status: 500,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'x-amzn-RequestId': '6e2b8d4f-0c1a-4f9e-a3b5-7d9f1e3c5a70',
        'x-amz-apigw-id': 'Tb9kQFm1IAMEpXw=',
      },
      body: '{"statusCode":500,"message":"Internal server error"}',
      request: { url: `${HOST}/v2/payments` },
    })
    expect(d?.code).not.toBe('INTERNAL_SERVER_ERROR')
  })
})

describe('RESOURCE_NOT_FOUND', () => {
  it('needs an API Gateway header and a not-found error type', () => {
    const d = run({ status: 404, headers: rest('NotFoundException'), request: { method: 'GET', url: `${HOST}/v2/tenants/9` } })
    expect(d.code).toBe('RESOURCE_NOT_FOUND')
    expect(d.causes[0]?.id).toBe('resource-not-found')
  })

  it('leaves an AWS service API 404 without x-amz-apigw-id alone (AWS IoT shadow)', () => {
    const iot: DiagnoseInput = {
      status: 404,
      headers: {
        'content-type': 'application/json',
        'x-amzn-RequestId': '47e0eda8-5cad-1dd8-0a56-28ab96535910',
        'x-amzn-ErrorType': 'ResourceNotFoundException:',
      },
      body: '{"message":"Not Found","traceId":"47e0eda8-5cad-1dd8-0a56-28ab96535910"}',
    }
    expect(diagnose(iot)?.code).not.toBe('RESOURCE_NOT_FOUND')
    expect(onlyWith('RESOURCE_NOT_FOUND', iot)?.code).not.toBe('RESOURCE_NOT_FOUND')
  })

  it("leaves the backend's own 404 passed through a proxy integration alone", () => {
    const d = diagnose({
      status: 404,
      headers: rest(),
      body: '{"error":"order not found"}',
      request: { url: `${HOST}/v2/orders/1` },
    })
    expect(d?.code).not.toBe('RESOURCE_NOT_FOUND')
  })

  it('leaves a Missing Authentication Token remapped to 404 to its own signature', () => {
    const d = diagnose({
      status: 404,
      headers: rest('MissingAuthenticationTokenException'),
      body: '{"message":"Missing Authentication Token"}',
    })
    expect(d?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
  })
})
