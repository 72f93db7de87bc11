import { describe, expect, it } from 'vitest'
import { type DiagnoseInput, type Diagnosis, diagnose, type Signature, signatures } from '../../../src/index.ts'
import { call, likelihood, reply, top } from '../../helpers/diagnosis.ts'

const EXEC = 'https://k7m2p9q4r1.execute-api.eu-west-1.amazonaws.com'
const CUSTOM = 'https://api.example.org'
const LAMBDA_URL = 'https://a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6.lambda-url.eu-west-1.on.aws'

const SIGV4 =
  'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260105/eu-west-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123456789abcdef'

/** An HTTP API's gateway reply headers: apigw-requestid and nothing REST-specific. */
const HTTP_HEADERS = { 'content-type': 'application/json', 'apigw-requestid': 'Jb7Yt0qKIAMEbWg=' }

/** A REST API's gateway reply headers. */
const restHeaders = (errorType: string): Record<string, string> => ({
  'content-type': 'application/json',
  'x-amzn-RequestId': '0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f',
  'x-amzn-ErrorType': errorType,
  'x-amz-apigw-id': 'Tz4Ux5Vy6WAMEa7b=',
})

function signature(code: string): Signature {
  const found = signatures.find((s) => s.code === code)
  if (found === undefined) throw new Error(`no signature ${code}`)
  return found
}

/**
 * Diagnoses with this signature as the only custom one, so that its cause ranking is tested apart from
 * look-alikes. When it does not fit, the engine falls back to the built-in catalog.
 */
function only(code: string, input: DiagnoseInput, awsHosts?: string[]): Diagnosis | undefined {
  return diagnose(input, awsHosts === undefined ? { signatures: [signature(code)] } : { signatures: [signature(code)], awsHosts })
}

describe('HTTP_API_NOT_FOUND', () => {
  const body = '{"message":"Not Found"}'

  it('is recognised from apigw-requestid alone, with the request ID', () => {
    const d = diagnose(reply(404, body, HTTP_HEADERS))
    expect(d?.code).toBe('HTTP_API_NOT_FOUND')
    expect(d?.layer).toBe('api-gateway-http')
    expect(d?.requestId).toBe('Jb7Yt0qKIAMEbWg=')
    expect(d?.evidence).toContain('apigw-requestid: Jb7Yt0qKIAMEbWg=')
  })

  it('is recognised in body-only mode on an execute-api host, with a hint to expose the headers', () => {
    const d = diagnose(reply(404, body, undefined, call(`${EXEC}/orders`)))
    expect(d?.code).toBe('HTTP_API_NOT_FOUND')
    expect(d?.confidence).toBe('medium')
    expect(d?.hints.join(' ')).toContain('apigw-requestid')
  })

  it('is not a REST integration answering 404 itself (x-amz-apigw-id)', () => {
    const d = diagnose(
      reply(
        404,
        body,
        {
          'content-type': 'application/json',
          'x-amzn-RequestId': 'f1e2d3c4-0000-4000-8000-000000000001',
          'x-amz-apigw-id': 'Ab1Cd2Ef3GAMEh4=',
        },
        call(`${EXEC}/prod/orders/9`),
      ),
    )
    expect(d?.code).not.toBe('HTTP_API_NOT_FOUND')
  })

  it('is not claimed for a function URL or an unknown host without AWS headers', () => {
    expect(diagnose(reply(404, body, undefined, call(`${LAMBDA_URL}/orders`)))?.code).not.toBe('HTTP_API_NOT_FOUND')
    // On an unknown host the bare body is only characteristic of AWS: low, with what would confirm it.
    expect(
      diagnose(reply(404, body, { 'content-type': 'application/json' }, call('https://api.example.com/orders')))?.confidence,
    ).toBe('low')
  })

  it('ranks a missing route first for an ordinary path', () => {
    const d = diagnose(reply(404, body, HTTP_HEADERS, call(`${EXEC}/orders/42`)))
    expect(top(d)).toBe('no-route')
  })

  it('makes a wrong route more likely when the path has a doubled slash', () => {
    const doubled = diagnose(reply(404, body, HTTP_HEADERS, call(`${EXEC}/orders//42`)))
    const clean = diagnose(reply(404, body, HTTP_HEADERS, call(`${EXEC}/orders/42`)))
    expect(likelihood(doubled, 'no-route')).toBeGreaterThan(likelihood(clean, 'no-route'))
  })

  it('suspects the stage prefix when the first segment has capitals, not when it is lower-case', () => {
    const capital = diagnose(reply(404, body, HTTP_HEADERS, call(`${EXEC}/Prod/orders`)))
    expect(top(capital)).toBe('stage-prefix')
    expect(capital?.causes[0]?.summary).toContain('"Prod"')
    const lower = diagnose(reply(404, body, HTTP_HEADERS, call(`${EXEC}/prod/orders`)))
    expect(top(lower)).toBe('no-route')
  })

  it('points at the API mapping on a custom domain, and away from it on execute-api', () => {
    const custom = diagnose(reply(404, body, HTTP_HEADERS, call(`${CUSTOM}/v2/users`)))
    expect(top(custom)).toBe('api-mapping-path')
    expect(likelihood(custom, 'stage-prefix')).toBeLessThan(
      likelihood(diagnose(reply(404, body, HTTP_HEADERS, call(`${EXEC}/v2/users`))), 'stage-prefix'),
    )
    const exec = diagnose(reply(404, body, HTTP_HEADERS, call(`${EXEC}/v2/users`)))
    expect(likelihood(exec, 'api-mapping-path')).toBeLessThan(0.02)
  })

  it('blames the missing CORS configuration for a preflight, not for a GET', () => {
    const preflight = diagnose(
      reply(404, body, HTTP_HEADERS, call(`${EXEC}/orders`, { origin: 'https://app.example.com' }, 'OPTIONS')),
    )
    expect(top(preflight)).toBe('cors-not-configured')
    const get = diagnose(reply(404, body, HTTP_HEADERS, call(`${EXEC}/orders`)))
    expect(likelihood(get, 'cors-not-configured')).toBeLessThan(0.01)
  })
})

describe('HTTP_API_UNAUTHORIZED', () => {
  const body = '{"message":"Unauthorized"}'
  const wwwAuth = { 'www-authenticate': 'Bearer scope="" error="invalid_token" error_description="the token has expired"' }

  it('says the identity source is missing when no Authorization header was sent', () => {
    const d = diagnose(reply(401, body, HTTP_HEADERS, call(`${EXEC}/orders`)))
    expect(d?.code).toBe('HTTP_API_UNAUTHORIZED')
    expect(top(d)).toBe('identity-source-missing')
  })

  it('says the token was rejected when one was sent', () => {
    const d = diagnose(reply(401, body, HTTP_HEADERS, call(`${EXEC}/orders`, { authorization: 'Bearer abc.def.ghi' })))
    expect(top(d)).toBe('token-rejected')
    expect(likelihood(d, 'identity-source-missing')).toBeLessThan(0.1)
  })

  it('trusts a www-authenticate reply header as a JWT rejection', () => {
    const request = call(`${EXEC}/orders`, { authorization: 'Bearer abc.def.ghi' })
    const withHeader = diagnose(reply(401, body, { ...HTTP_HEADERS, ...wwwAuth }, request))
    const without = diagnose(reply(401, body, HTTP_HEADERS, request))
    expect(likelihood(withHeader, 'token-rejected')).toBeGreaterThan(likelihood(without, 'token-rejected'))
  })

  it('recognises a preflight blocked by the authorizer, and not a GET', () => {
    const preflight = diagnose(
      reply(
        401,
        body,
        HTTP_HEADERS,
        call(`${EXEC}/orders`, { origin: 'https://app.example.com', 'access-control-request-method': 'POST' }, 'OPTIONS'),
      ),
    )
    expect(top(preflight)).toBe('preflight-blocked')
    expect(preflight?.causes[0]?.remedy).toContain('cors-configuration')
    const get = diagnose(reply(401, body, HTTP_HEADERS, call(`${EXEC}/orders`)))
    expect(likelihood(get, 'preflight-blocked')).toBeLessThan(0.05)
  })

  it('wins over the REST look-alike when apigw-requestid is visible, on any host', () => {
    expect(diagnose(reply(401, body, HTTP_HEADERS))?.code).toBe('HTTP_API_UNAUTHORIZED')
    expect(diagnose(reply(401, body, HTTP_HEADERS, call(`${EXEC}/orders`)))?.code).toBe('HTTP_API_UNAUTHORIZED')
    expect(diagnose(reply(401, body, HTTP_HEADERS, call(`${CUSTOM}/orders`)))?.code).toBe('HTTP_API_UNAUTHORIZED')
  })

  it('loses to the REST signature when x-amz-apigw-id is visible', () => {
    const d = diagnose(reply(401, body, restHeaders('UnauthorizedException'), call(`${EXEC}/prod/orders`)))
    expect(d?.layer).toBe('api-gateway-rest')
    const noErrorType = diagnose(
      reply(
        401,
        body,
        { 'content-type': 'application/json', 'x-amz-apigw-id': 'Tz4Ux5Vy6WAMEa7b=' },
        call(`${EXEC}/prod/orders`),
      ),
    )
    expect(noErrorType?.layer).toBe('api-gateway-rest')
    // Even with no REST signature to lose to, an HTTP API never sends x-amz-apigw-id.
    expect(only('HTTP_API_UNAUTHORIZED', reply(401, body, { 'x-amz-apigw-id': 'Tz4Ux5Vy6WAMEa7b=' }))?.code).not.toBe(
      'HTTP_API_UNAUTHORIZED',
    )
  })

  it('ties with the REST signature in body-only mode on an execute-api host, and says so', () => {
    const d = diagnose(reply(401, body, undefined, call(`${EXEC}/prod/orders`)))
    // On a tie the earlier signature wins, and the catalog lists the REST signatures before the HTTP API ones.
    expect(d?.code).toBe('UNAUTHORIZED')
    expect(d?.confidence).toBe('low')
    expect(d?.hints.join(' ')).toContain('fits HTTP_API_UNAUTHORIZED equally well')
  })
})

describe('HTTP API against a REST look-alike, in a controlled catalog', () => {
  // A REST signature shaped as CONTRIBUTING.md asks: same body, its own error type, and apigw-requestid excluded.
  const restLike: Signature = {
    code: 'REST_LOOKALIKE',
    layer: 'api-gateway-rest',
    title: 'REST look-alike',
    match: {
      status: [403],
      customizable: true,
      errorType: ['ForbiddenException'],
      message: ['Forbidden'],
      absentHeaders: ['apigw-requestid'],
    },
    causes: [{ id: 'rest', weight: 1, cause: 'REST cause', remedy: 'REST remedy', summary: 'REST summary' }],
    docs: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html'],
    example: { status: 403, body: '{"message":"Forbidden"}' },
  }
  const catalog = { signatures: [restLike, signature('HTTP_API_FORBIDDEN')] }
  const body = '{"message":"Forbidden"}'

  it('picks the HTTP API with apigw-requestid, REST with x-amz-apigw-id', () => {
    expect(diagnose(reply(403, body, HTTP_HEADERS, call(`${EXEC}/orders`)), catalog)?.code).toBe('HTTP_API_FORBIDDEN')
    expect(diagnose(reply(403, body, restHeaders('ForbiddenException'), call(`${EXEC}/prod/orders`)), catalog)?.code).toBe(
      'REST_LOOKALIKE',
    )
  })

  it('ties with every header hidden: the earlier one wins at lowered confidence and the hint names the other', () => {
    const d = diagnose(reply(403, body, undefined, call(`${EXEC}/orders`)), catalog)
    expect(d?.code).toBe('REST_LOOKALIKE')
    expect(d?.confidence).toBe('low')
    expect(d?.hints.join(' ')).toContain('fits HTTP_API_FORBIDDEN equally well')
  })
})

describe('HTTP_API_FORBIDDEN', () => {
  const body = '{"message":"Forbidden"}'

  it('suspects missing scopes when a Bearer token was sent', () => {
    const d = diagnose(reply(403, body, HTTP_HEADERS, call(`${EXEC}/admin`, { authorization: 'Bearer id.token.here' })))
    expect(d?.code).toBe('HTTP_API_FORBIDDEN')
    expect(top(d)).toBe('jwt-scope-missing')
  })

  it('suspects IAM when the request was SigV4-signed, and not scopes', () => {
    const d = diagnose(
      reply(403, body, HTTP_HEADERS, call(`${EXEC}/admin`, { authorization: SIGV4, 'x-amz-date': '20260105T101010Z' })),
    )
    expect(top(d)).toBe('iam-denied')
    expect(likelihood(d, 'jwt-scope-missing')).toBeLessThan(0.02)
  })

  it('suspects an unsigned call of an AWS_IAM route when nothing was sent', () => {
    const unsigned = diagnose(reply(403, body, HTTP_HEADERS, call(`${EXEC}/admin`)))
    expect(top(unsigned)).toBe('iam-denied')
    const token = diagnose(reply(403, body, HTTP_HEADERS, call(`${EXEC}/admin`, { authorization: 'Bearer id.token.here' })))
    expect(likelihood(token, 'iam-denied')).toBeLessThan(likelihood(unsigned, 'iam-denied'))
  })

  it('keeps the Lambda authorizer for token requests and lowers it without an Authorization header', () => {
    const token = diagnose(reply(403, body, HTTP_HEADERS, call(`${EXEC}/admin`, { authorization: 'opaque-session-token' })))
    const none = diagnose(reply(403, body, HTTP_HEADERS, call(`${EXEC}/admin`)))
    expect(likelihood(token, 'lambda-authorizer-denied')).toBeGreaterThan(likelihood(none, 'lambda-authorizer-denied'))
  })

  it('raises a domain-level refusal on a custom domain without apigw-requestid, lowers it with one', () => {
    const request = call(`${CUSTOM}/orders`)
    const domainLevel = only('HTTP_API_FORBIDDEN', reply(403, body, { 'content-type': 'application/json' }, request), [
      'api.example.org',
    ])
    const routeLevel = only('HTTP_API_FORBIDDEN', reply(403, body, HTTP_HEADERS, request))
    expect(likelihood(domainLevel, 'domain-refused')).toBeGreaterThan(5 * likelihood(routeLevel, 'domain-refused'))
  })

  it('recognises a blocked preflight, not for a POST', () => {
    const preflight = diagnose(
      reply(403, body, HTTP_HEADERS, call(`${EXEC}/orders`, { origin: 'https://app.example.com' }, 'OPTIONS')),
    )
    expect(top(preflight)).toBe('preflight-blocked')
    const post = diagnose(reply(403, body, HTTP_HEADERS, call(`${EXEC}/orders`, { origin: 'https://app.example.com' }, 'POST')))
    expect(top(post)).not.toBe('preflight-blocked')
  })

  it('leaves the domain-level 403 that carries x-amzn-ErrorType to the REST catalog', () => {
    const d = diagnose(
      reply(
        403,
        body,
        {
          'content-type': 'application/json',
          'x-amzn-errortype': 'ForbiddenException',
          'x-amzn-requestid': 'b1c2d3e4-0000-4000-8000-000000000002',
        },
        call(`${CUSTOM}/unmapped`),
      ),
    )
    expect(d?.code).toBe('FORBIDDEN')
    expect(d?.layer).toBe('api-gateway-rest')
  })
})

describe('HTTP_API_INTERNAL_SERVER_ERROR', () => {
  const body = '{"message":"Internal Server Error"}'

  it('suspects the invoke permission for an instant failure and the function for a slow one', () => {
    const instant = diagnose(reply(500, body, HTTP_HEADERS, call(`${EXEC}/orders`), 60))
    expect(instant?.code).toBe('HTTP_API_INTERNAL_SERVER_ERROR')
    expect(top(instant)).toBe('invoke-permission-missing')
    const slow = diagnose(reply(500, body, HTTP_HEADERS, call(`${EXEC}/orders`), 6010))
    expect(top(slow)).toBe('function-error')
  })

  it('suspects the authorizer near its 10 s timeout when a token was sent, not without one', () => {
    const withToken = diagnose(
      reply(500, body, HTTP_HEADERS, call(`${EXEC}/orders`, { authorization: 'Bearer abc.def.ghi' }), 10004),
    )
    expect(top(withToken)).toBe('authorizer-error')
    const withoutToken = diagnose(reply(500, body, HTTP_HEADERS, call(`${EXEC}/orders`), 10004))
    expect(top(withoutToken)).not.toBe('authorizer-error')
    const earlier = diagnose(
      reply(500, body, HTTP_HEADERS, call(`${EXEC}/orders`, { authorization: 'Bearer abc.def.ghi' }), 2000),
    )
    expect(top(earlier)).not.toBe('authorizer-error')
  })

  it("is told apart from REST's lower-case wording and the function URL's plain text", () => {
    const rest = diagnose(
      reply(
        502,
        '{"message": "Internal server error"}',
        restHeaders('InternalServerErrorException'),
        call(`${EXEC}/prod/orders`),
      ),
    )
    expect(rest?.code).not.toBe('HTTP_API_INTERNAL_SERVER_ERROR')
    const functionUrl = diagnose(reply(502, 'Internal Server Error', { 'content-type': 'text/plain' }, call(`${LAMBDA_URL}/`)))
    expect(functionUrl?.code).not.toBe('HTTP_API_INTERNAL_SERVER_ERROR')
  })
})

describe('HTTP_API_SERVICE_UNAVAILABLE', () => {
  const body = '{"message":"Service Unavailable"}'

  it('calls a 503 after seconds an integration timeout, and a fast one the integration answering itself', () => {
    const slow = diagnose(reply(503, body, HTTP_HEADERS, call(`${EXEC}/reports`), 6520))
    expect(slow?.code).toBe('HTTP_API_SERVICE_UNAVAILABLE')
    expect(top(slow)).toBe('integration-timeout')
    expect(likelihood(slow, 'integration-timeout')).toBeGreaterThan(0.95)
    const fast = diagnose(reply(503, body, HTTP_HEADERS, call(`${EXEC}/reports`), 140))
    expect(top(fast)).toBe('integration-reply')
  })

  it('keeps the timeout first when the elapsed time is unknown', () => {
    expect(top(diagnose(reply(503, body, HTTP_HEADERS, call(`${EXEC}/reports`))))).toBe('integration-timeout')
  })

  it('is not a REST reply (x-amz-apigw-id)', () => {
    const d = diagnose(
      reply(
        503,
        body,
        { 'content-type': 'application/json', 'x-amz-apigw-id': 'Tz4Ux5Vy6WAMEa7b=' },
        call(`${EXEC}/prod/reports`),
      ),
    )
    expect(d?.code).not.toBe('HTTP_API_SERVICE_UNAVAILABLE')
  })
})

describe('HTTP_API_TOO_MANY_REQUESTS', () => {
  const body = '{"message":"Too Many Requests"}'

  it('is the HTTP API throttle with apigw-requestid, and the REST one with REST headers', () => {
    const http = diagnose(reply(429, body, HTTP_HEADERS, call(`${CUSTOM}/search`)))
    expect(http?.code).toBe('HTTP_API_TOO_MANY_REQUESTS')
    expect(top(http)).toBe('route-throttle')
    const rest = diagnose(reply(429, body, restHeaders('TooManyRequestsException'), call(`${EXEC}/prod/search`)))
    expect(rest?.layer).toBe('api-gateway-rest')
  })
})
