import { describe, expect, it } from 'vitest'
import { diagnose } from '../../../src/index.ts'
import { call, likelihood, reply, top } from '../../helpers/diagnosis.ts'

const URL_HOST = 'https://a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6.lambda-url.eu-west-1.on.aws'
const DISTRIBUTION = 'https://d1a2b3c4d5e6f7.cloudfront.net'
const CUSTOM = 'https://app.example.com'
const EXEC = 'https://k7m2p9q4r1.execute-api.eu-west-1.amazonaws.com'

const SIGV4 =
  'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260105/eu-west-1/lambda/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123456789abcdef'

const FORBIDDEN_BODY =
  '{"Message":"Forbidden. For troubleshooting Function URL authorization issues, see: https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html"}'

/** A function URL's authorization-error headers. */
const DENIED = {
  'content-type': 'application/json',
  'x-amzn-RequestId': '5d1c9e2a-7b3f-4c8d-a6e0-9f2b4d1c3e5a',
  'x-amzn-ErrorType': 'AccessDeniedException',
}

/** CloudFront's headers on a reply relayed from its origin. */
const VIA_CLOUDFRONT = {
  'x-cache': 'Error from cloudfront',
  via: '1.1 0a1b2c3d4e5f60718293a4b5c6d7e8f9.cloudfront.net (CloudFront)',
  'x-amz-cf-id': 'Zp1Xo2Wn3Vm4Ul5Tk6Sj7Ri8Qh9Pg0Of1Ne2Md3Lc4Kb5Ja6Iz7==',
}

describe('FUNCTION_URL_FORBIDDEN', () => {
  it('is recognised with high confidence from its headers and body', () => {
    const d = diagnose(reply(403, FORBIDDEN_BODY, DENIED, call(`${URL_HOST}/`)))
    expect(d?.code).toBe('FUNCTION_URL_FORBIDDEN')
    expect(d?.layer).toBe('lambda-url')
    expect(d?.confidence).toBe('high')
    expect(d?.requestId).toBe('5d1c9e2a-7b3f-4c8d-a6e0-9f2b4d1c3e5a')
  })

  it('is recognised from the body alone: only Lambda writes that sentence', () => {
    const d = diagnose(reply(403, FORBIDDEN_BODY, undefined))
    expect(d?.code).toBe('FUNCTION_URL_FORBIDDEN')
    expect(d?.confidence).toBe('medium')
  })

  it('ranks the missing public permissions first for an unsigned call, and IAM signing second', () => {
    const d = diagnose(reply(403, FORBIDDEN_BODY, DENIED, call(`${URL_HOST}/`)))
    expect(d?.causes.slice(0, 2).map((c) => c.id)).toEqual(['public-permission-missing', 'iam-unsigned'])
    expect(d?.cause).toContain('lambda:InvokeFunction')
  })

  it('makes an unsigned call of an AWS_IAM URL more likely without SigV4 than with it', () => {
    const unsigned = diagnose(reply(403, FORBIDDEN_BODY, DENIED, call(`${URL_HOST}/`)))
    const signed = diagnose(
      reply(403, FORBIDDEN_BODY, DENIED, call(`${URL_HOST}/`, { authorization: SIGV4, 'x-amz-date': '20260105T101010Z' })),
    )
    expect(likelihood(unsigned, 'iam-unsigned')).toBeGreaterThan(10 * likelihood(signed, 'iam-unsigned'))
    const bearer = diagnose(
      reply(403, FORBIDDEN_BODY, DENIED, call(`${URL_HOST}/`, { authorization: 'Bearer app.session.token' })),
    )
    expect(likelihood(unsigned, 'iam-unsigned')).toBeGreaterThan(likelihood(bearer, 'iam-unsigned'))
  })

  it('leans further to a public URL when the client sends its own application token', () => {
    const bearer = diagnose(
      reply(403, FORBIDDEN_BODY, DENIED, call(`${URL_HOST}/`, { authorization: 'Bearer app.session.token' })),
    )
    const none = diagnose(reply(403, FORBIDDEN_BODY, DENIED, call(`${URL_HOST}/`)))
    expect(top(bearer)).toBe('public-permission-missing')
    expect(likelihood(bearer, 'public-permission-missing')).toBeGreaterThan(likelihood(none, 'public-permission-missing'))
  })

  it('blames the signing principal or scope for a SigV4-signed call', () => {
    const d = diagnose(
      reply(403, FORBIDDEN_BODY, DENIED, call(`${URL_HOST}/`, { authorization: SIGV4, 'x-amz-date': '20260105T101010Z' })),
    )
    expect(top(d)).toBe('iam-principal-denied')
    expect(likelihood(d, 'public-permission-missing')).toBeLessThan(0.05)
  })

  it('points at CloudFront OAC behind a distribution, not on the function URL host', () => {
    const viaCustom = diagnose(reply(403, FORBIDDEN_BODY, { ...DENIED, ...VIA_CLOUDFRONT }, call(`${CUSTOM}/`)))
    expect(top(viaCustom)).toBe('cloudfront-oac')
    const viaDistribution = diagnose(reply(403, FORBIDDEN_BODY, DENIED, call(`${DISTRIBUTION}/`)))
    expect(top(viaDistribution)).toBe('cloudfront-oac')
    const direct = diagnose(reply(403, FORBIDDEN_BODY, DENIED, call(`${URL_HOST}/`)))
    expect(likelihood(direct, 'cloudfront-oac')).toBeLessThan(0.1)
  })

  it('does not ask the client to sign when CloudFront sits in front (OAC signs)', () => {
    const viaProxy = diagnose(reply(403, FORBIDDEN_BODY, DENIED, call(`${DISTRIBUTION}/`)))
    const direct = diagnose(reply(403, FORBIDDEN_BODY, DENIED, call(`${URL_HOST}/`)))
    expect(likelihood(viaProxy, 'iam-unsigned')).toBeLessThan(likelihood(direct, 'iam-unsigned') / 4)
  })

  it("leaves capital-M look-alikes alone: the unverified short form, ASP.NET, and REST's policy denials", () => {
    // On an unknown host the short form is no more than API Gateway-shaped JSON: low, never a function URL.
    const short = diagnose(
      reply(403, '{"Message":"Forbidden"}', { 'content-type': 'application/json' }, call('https://api.example.com/x')),
    )
    expect(short?.code).not.toBe('FUNCTION_URL_FORBIDDEN')
    expect(short?.confidence ?? 'low').toBe('low')
    const rest = diagnose(
      reply(
        403,
        '{"Message":"User is not authorized to access this resource with an explicit deny"}',
        {
          ...DENIED,
          'x-amz-apigw-id': 'Tz4Ux5Vy6WAMEa7b=',
        },
        call(`${EXEC}/prod/orders`),
      ),
    )
    expect(rest?.layer).toBe('api-gateway-rest')
  })
})

describe('FUNCTION_URL_NOT_FOUND', () => {
  const body = '{"Message":null}'

  it('says the URL id does not exist on the function URL host', () => {
    const d = diagnose(reply(403, body, DENIED, call(`${URL_HOST}/`)))
    expect(d?.code).toBe('FUNCTION_URL_NOT_FOUND')
    expect(d?.confidence).toBe('high')
    expect(top(d)).toBe('url-not-found')
    expect(d?.title).toContain('a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6.lambda-url.eu-west-1.on.aws')
  })

  it('suspects the forwarded Host header behind CloudFront, not on the function URL host', () => {
    const viaCustom = diagnose(reply(403, body, { ...DENIED, ...VIA_CLOUDFRONT }, call(`${CUSTOM}/api/hello`)))
    expect(top(viaCustom)).toBe('host-header-forwarded')
    expect(viaCustom?.causes[0]?.remedy).toContain('AllViewerExceptHostHeader')
    const direct = diagnose(reply(403, body, DENIED, call(`${URL_HOST}/`)))
    expect(likelihood(direct, 'host-header-forwarded')).toBeLessThan(0.02)
  })

  it('needs AWS evidence for more than low: the bare body on an unknown host is only characteristic', () => {
    expect(diagnose(reply(403, body, { 'content-type': 'application/json' }, call('https://api.example.com/')))?.confidence).toBe(
      'low',
    )
    expect(diagnose(reply(403, body, undefined, call(`${URL_HOST}/`)))?.code).toBe('FUNCTION_URL_NOT_FOUND')
  })

  it("is not REST's authorizer configuration error (lower-case message, 500)", () => {
    const d = diagnose(
      reply(
        500,
        '{"message":null}',
        {
          'content-type': 'application/json',
          'x-amzn-ErrorType': 'AuthorizerConfigurationException',
          'x-amz-apigw-id': 'Tz4Ux5Vy6WAMEa7b=',
        },
        call(`${EXEC}/prod/orders`),
      ),
    )
    expect(d?.code).not.toBe('FUNCTION_URL_NOT_FOUND')
  })
})

describe('FUNCTION_URL_FUNCTION_ERROR', () => {
  const body = 'Internal Server Error'
  const headers = { 'content-type': 'text/plain; charset=utf-8', 'x-amzn-RequestId': '9c2d7a41-3e6f-4b8a-b0c5-71e2d4f8a6c3' }

  it('calls a fast failure an unhandled error and a slow one a timeout', () => {
    const fast = diagnose(reply(502, body, headers, call(`${URL_HOST}/`, {}, 'POST'), 45))
    expect(fast?.code).toBe('FUNCTION_URL_FUNCTION_ERROR')
    expect(top(fast)).toBe('unhandled-error')
    const slow = diagnose(reply(502, body, headers, call(`${URL_HOST}/`, {}, 'POST'), 3012))
    expect(top(slow)).toBe('function-timeout')
  })

  it('is recognised on the function URL host with every header hidden', () => {
    expect(diagnose(reply(502, body, undefined, call(`${URL_HOST}/`)))?.code).toBe('FUNCTION_URL_FUNCTION_ERROR')
  })

  it('is not claimed on an execute-api host, next to API Gateway headers, or on an unknown host', () => {
    expect(diagnose(reply(502, body, undefined, call(`${EXEC}/prod/x`)))?.code).not.toBe('FUNCTION_URL_FUNCTION_ERROR')
    expect(diagnose(reply(502, body, { 'apigw-requestid': 'Jb7Yt0qKIAMEbWg=' }))?.code).not.toBe('FUNCTION_URL_FUNCTION_ERROR')
    expect(
      diagnose(reply(502, body, { 'content-type': 'text/plain', server: 'uvicorn' }, call('https://api.example.com/'))),
    ).toBeUndefined()
  })

  it('does not take a JSON body for the plain-text reply', () => {
    expect(diagnose(reply(502, '{"message":"Internal Server Error"}', headers, call(`${URL_HOST}/`)))?.code).not.toBe(
      'FUNCTION_URL_FUNCTION_ERROR',
    )
  })
})
