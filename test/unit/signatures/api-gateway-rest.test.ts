import { describe, expect, it } from 'vitest'
import { type DiagnoseInput, type Diagnosis, diagnose, signatures } from '../../../src/index.ts'
import type { RequestInput } from '../../../src/types.ts'

const EXEC = 'https://k7m2p9q4r1.execute-api.eu-west-1.amazonaws.com'
const PRIVATE = 'https://k7m2p9q4r1-vpce-0a1b2c3d4e5f67890.execute-api.eu-west-1.amazonaws.com'
const CUSTOM = 'https://api.example.com'
const CLOUDFRONT = 'https://d1a2b3c4d5e6f7.cloudfront.net'

/** CloudFront's headers on a relayed reply (an edge-optimized API carries them too). */
const CF_HEADERS = {
  'x-cache': 'Error from cloudfront',
  via: '1.1 0a1b2c3d4e5f60718293a4b5c6d7e8f9.cloudfront.net (CloudFront)',
  'x-amz-cf-id': 'Zp1Xo2Wn3Vm4Ul5Tk6Sj7Ri8Qh9Pg0Of1Ne2Md3Lc4Kb5Ja6Iz7==',
}

const SIGV4 =
  'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260105/eu-west-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=0123456789abcdef'

function reply(
  errorType: string,
  body: string,
  request?: RequestInput,
  extra: Record<string, string> = {},
  status = 403,
): DiagnoseInput {
  const headers = {
    'content-type': 'application/json',
    'x-amzn-RequestId': '0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f',
    'x-amzn-ErrorType': errorType,
    'x-amz-apigw-id': 'Tz4Ux5Vy6WAMEa7b=',
    ...extra,
  }
  const input: DiagnoseInput = { status, headers, body }
  if (request !== undefined) input.request = request
  return input
}

const get = (url: string, headers: Record<string, string> = { accept: 'application/json' }, method = 'GET'): RequestInput => ({
  method,
  url,
  headers,
})

function ids(d: Diagnosis | undefined): string[] {
  return d?.causes.map((c) => c.id) ?? []
}

function likelihood(d: Diagnosis | undefined, id: string): number {
  const cause = d?.causes.find((c) => c.id === id)
  if (cause === undefined) throw new Error(`no cause ${id}`)
  return cause.likelihood
}

/** How likely `id` is against `reference`, a cause the compared contexts leave alone. */
function ratio(d: Diagnosis | undefined, id: string, reference: string): number {
  return likelihood(d, id) / likelihood(d, reference)
}

/** Likelihoods are rounded to three decimals: compare factors within 10 %. */
function expectFactor(actual: number, expected: number): void {
  expect(actual).toBeGreaterThan(expected * 0.9)
  expect(actual).toBeLessThan(expected * 1.1)
}

describe('MISSING_AUTHENTICATION_TOKEN', () => {
  const MAT = '{"message":"Missing Authentication Token"}'
  const mat = (request?: RequestInput, extra: Record<string, string> = {}) =>
    diagnose(reply('MissingAuthenticationTokenException', MAT, request, extra))

  it('ranks a missing route first on a normal path', () => {
    const d = mat(get(`${EXEC}/prod/v1/items`))
    expect(d?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(ids(d)[0]).toBe('no-route')
  })

  it('puts an unsigned AWS_IAM call next when no Authorization was sent, and drops it when one was', () => {
    expect(ids(mat(get(`${EXEC}/prod/v1/items`))).slice(0, 2)).toEqual(['no-route', 'iam-auth-unsigned'])
    const bearer = mat(get(`${EXEC}/prod/v1/items`, { authorization: 'Bearer abc.def.ghi' }))
    expect(ids(bearer).indexOf('iam-auth-unsigned')).toBeGreaterThan(2)
    // X-Amz-Date without Authorization: a presigned or half-signed call, not an unsigned one.
    const dated = mat(get(`${EXEC}/prod/v1/items`, { 'x-amz-date': '20260105T101500Z' }))
    expect(ids(dated)[1]).toBe('wrong-method')
  })

  it('doubles a missing route for a doubled slash', () => {
    const plain = mat(get(`${EXEC}/prod/v1/items`))
    const doubled = mat(get(`${EXEC}/prod//v1/items`))
    expectFactor(ratio(doubled, 'no-route', 'wrong-method'), 2 * ratio(plain, 'no-route', 'wrong-method'))
  })

  it('blames the bare stage URL only on execute-api hosts with a single segment', () => {
    expect(ids(mat(get(`${EXEC}/prod`)))[0]).toBe('bare-stage-url')
    expect(ids(mat(get(`${EXEC}/prod/`)))[0]).toBe('bare-stage-url')
    expect(likelihood(mat(get(`${EXEC}/prod/v1/items`)), 'bare-stage-url')).toBeLessThan(0.02)
    expect(ids(mat(get(`${CUSTOM}/orders`)))[0]).not.toBe('bare-stage-url')
  })

  it('blames an unencoded "#" or character in the path, not a percent-encoded one', () => {
    expect(ids(mat(get(`${EXEC}/prod/files/report#2.pdf`)))[0]).toBe('unencoded-path')
    expect(ids(mat(get(`${EXEC}/prod/files/my report.pdf`)))[0]).toBe('unencoded-path')
    expect(ids(mat(get(`${EXEC}/prod/files/report%232.pdf`)))[0]).toBe('no-route')
  })

  it('points a custom domain at its base path mapping, and not an execute-api host', () => {
    expect(ids(mat(get(`${CUSTOM}/prod/orders`)))[0]).toBe('custom-domain-base-path')
    expect(likelihood(mat(get(`${EXEC}/prod/orders`)), 'custom-domain-base-path')).toBeLessThan(0.01)
  })

  it('blames the CloudFront path when CloudFront is in front, not for an edge-optimized API', () => {
    expect(ids(mat(get(`${CLOUDFRONT}/api/token`), CF_HEADERS))[0]).toBe('cloudfront-path-mismatch')
    const customViaCf = mat(get(`${CUSTOM}/api/token`), CF_HEADERS)
    expect(ids(customViaCf).indexOf('cloudfront-path-mismatch')).toBeLessThan(ids(customViaCf).indexOf('no-route'))
    const customDirect = mat(get(`${CUSTOM}/api/token`))
    expect(ids(customDirect).indexOf('cloudfront-path-mismatch')).toBeGreaterThan(ids(customDirect).indexOf('no-route'))
    // Edge-optimized APIs answer through CloudFront on their own execute-api host.
    expect(likelihood(mat(get(`${EXEC}/prod/token`), CF_HEADERS), 'cloudfront-path-mismatch')).toBeLessThan(0.01)
  })

  it('names a CORS preflight for OPTIONS only', () => {
    expect(ids(mat(get(`${EXEC}/prod/profile`, { origin: 'https://app.example.com' }, 'OPTIONS')))[0]).toBe('cors-preflight')
    expect(ids(mat(get(`${EXEC}/prod/profile`, { origin: 'https://app.example.com' }, 'PUT')))[0]).not.toBe('cors-preflight')
  })
})

describe('INCOMPLETE_SIGNATURE', () => {
  const HASHED = `{"message":"Invalid key=value pair (missing equal-sign) in Authorization header (hashed with SHA-256 and encoded with Base64): 'c2hhMjU2LW9mLXRoZS1oZWFkZXI='."}`
  const credential = (echo: string) =>
    `{"message":"Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=${echo}"}`
  const incomplete = (body: string, request?: RequestInput) => diagnose(reply('IncompleteSignatureException', body, request))

  it('blames the route first and AWS_IAM next for a Bearer token: a token is not a SigV4 signature', () => {
    const d = incomplete(HASHED, get(`${EXEC}/prod/v1/itemz`, { authorization: 'Bearer abc.def.ghi' }))
    expect(d?.code).toBe('INCOMPLETE_SIGNATURE')
    expect(d?.confidence).toBe('high')
    expect(ids(d).slice(0, 2)).toEqual(['no-route', 'iam-method-with-token'])
  })

  it("does the same for Basic credentials and a raw token ('requires Credential')", () => {
    for (const authorization of ['Basic dXNlcjpwYXNzd29yZA==', 'eyJraWQiOiJrIn0.eyJzdWIiOiJ1In0.c2ln']) {
      const d = incomplete(credential('x'), get(`${EXEC}/prod/v1/items`, { authorization }))
      expect(d?.code).toBe('INCOMPLETE_SIGNATURE')
      expect(ids(d).slice(0, 2)).toEqual(['no-route', 'iam-method-with-token'])
    }
  })

  it('blames a malformed SigV4 header when a SigV4 header was sent, and only then', () => {
    expect(
      ids(
        incomplete(credential('AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE'), get(`${EXEC}/prod/v1/items`, { authorization: SIGV4 })),
      )[0],
    ).toBe('malformed-sigv4')
    expect(
      likelihood(incomplete(HASHED, get(`${EXEC}/prod/v1/items`, { authorization: 'Bearer t' })), 'malformed-sigv4'),
    ).toBeLessThan(0.01)
  })

  it('doubles a missing route for a doubled slash, and drops the route and AWS_IAM causes for a SigV4 header', () => {
    const bearer = { authorization: 'Bearer t' }
    const plain = incomplete(HASHED, get(`${EXEC}/prod/v1/items`, bearer))
    expectFactor(
      ratio(incomplete(HASHED, get(`${EXEC}/prod//v1/items`, bearer)), 'no-route', 'iam-method-with-token'),
      2 * ratio(plain, 'no-route', 'iam-method-with-token'),
    )
    const signed = incomplete(credential('AWS4-HMAC-SHA256'), get(`${EXEC}/prod/v1/items`, { authorization: SIGV4 }))
    expectFactor(
      ratio(signed, 'no-route', 'private-api-endpoint-policy'),
      0.3 * ratio(plain, 'no-route', 'private-api-endpoint-policy'),
    )
    expectFactor(
      ratio(signed, 'iam-method-with-token', 'private-api-endpoint-policy'),
      0.1 * ratio(plain, 'iam-method-with-token', 'private-api-endpoint-policy'),
    )
  })

  it('blames the VPC endpoint policy on a private API host only', () => {
    expect(ids(incomplete(HASHED, get(`${PRIVATE}/internal/reports`, { authorization: 'Bearer t' })))[0]).toBe(
      'private-api-endpoint-policy',
    )
    expect(
      likelihood(incomplete(HASHED, get(`${EXEC}/prod/reports`, { authorization: 'Bearer t' })), 'private-api-endpoint-policy'),
    ).toBeLessThan(0.02)
  })

  it('points a custom domain at its base path mapping, and CloudFront at its path', () => {
    expect(ids(incomplete(HASHED, get(`${CUSTOM}/prod/orders`, { authorization: 'Bearer t' })))[0]).toBe(
      'custom-domain-base-path',
    )
    expect(
      ids(incomplete(HASHED, get(`${EXEC}/prod/orders`, { authorization: 'Bearer t' }))).indexOf('custom-domain-base-path'),
    ).toBeGreaterThan(2)
    expect(
      ids(
        diagnose(
          reply('IncompleteSignatureException', HASHED, get(`${CLOUDFRONT}/api/x`, { authorization: 'Bearer t' }), CF_HEADERS),
        ),
      )[0],
    ).toBe('cloudfront-path-mismatch')
    expect(
      likelihood(incomplete(HASHED, get(`${EXEC}/prod/orders`, { authorization: 'Bearer t' })), 'cloudfront-path-mismatch'),
    ).toBeLessThan(0.01)
  })

  it('recognises the older form that echoed the token, from the body alone', () => {
    const body = `{"message":"'tok' not a valid key=value pair (missing equal-sign) in Authorization header: 'Bearer tok'."}`
    expect(diagnose({ status: 403, body })?.code).toBe('INCOMPLETE_SIGNATURE')
  })

  describe('never leaks the caller token echoed by AWS', () => {
    const CANARY = 'CanaryTok3n.s3cr3t-Zq9'
    const forms = {
      'older missing equal-sign form': `{"message":"'${CANARY}' not a valid key=value pair (missing equal-sign) in Authorization header: 'Bearer ${CANARY}'."}`,
      'Authorization= echo of a raw token': credential(CANARY),
      'Authorization= echo of Basic credentials': credential(`Basic ${CANARY}`),
      'hashed form quoting a hash': `{"message":"Invalid key=value pair (missing equal-sign) in Authorization header (hashed with SHA-256 and encoded with Base64): '${CANARY}'."}`,
    }
    it.each(Object.entries(forms))('%s', (_name, body) => {
      const d = diagnose(
        reply(
          'IncompleteSignatureException',
          body,
          get(`${EXEC}/prod/x?access_token=${CANARY}`, { authorization: `Bearer ${CANARY}` }),
        ),
      )
      expect(d?.code).toBe('INCOMPLETE_SIGNATURE')
      expect(JSON.stringify(d)).not.toContain(CANARY)
    })
  })
})

describe('INVALID_SIGNATURE', () => {
  const MISMATCH =
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.'
  const mismatch = (request: RequestInput, extra: Record<string, string> = {}, message = MISMATCH) =>
    diagnose(reply('InvalidSignatureException', JSON.stringify({ message }), request, extra))

  it('blames a request changed after signing on the execute-api host', () => {
    const d = mismatch(get(`${EXEC}/prod/orders?limit=5`, { authorization: SIGV4 }))
    expect(d?.code).toBe('INVALID_SIGNATURE')
    expect(ids(d)[0]).toBe('request-changed-after-signing')
  })

  it('suspects the signed host on a custom domain, not on execute-api', () => {
    const custom = mismatch(get(`${CUSTOM}/orders`, { authorization: SIGV4 }))
    const direct = mismatch(get(`${EXEC}/prod/orders`, { authorization: SIGV4 }))
    expectFactor(
      ratio(custom, 'signed-for-other-host', 'wrong-secret-key'),
      4 * ratio(direct, 'signed-for-other-host', 'wrong-secret-key'),
    )
  })

  it('blames CloudFront when it is in front (CLOUDFRONT_ORIGIN_SIGV4_MISMATCH), not for an edge-optimized API', () => {
    expect(ids(mismatch(get(`${CLOUDFRONT}/reports`, { authorization: SIGV4 }), CF_HEADERS))[0]).toBe(
      'cloudfront-changed-request',
    )
    const customViaCf = mismatch(get(`${CUSTOM}/reports`, { authorization: SIGV4 }), CF_HEADERS)
    const customDirect = mismatch(get(`${CUSTOM}/reports`, { authorization: SIGV4 }))
    expectFactor(
      ratio(customViaCf, 'cloudfront-changed-request', 'wrong-secret-key'),
      10 * ratio(customDirect, 'cloudfront-changed-request', 'wrong-secret-key'),
    )
    expect(ids(mismatch(get(`${EXEC}/prod/reports`, { authorization: SIGV4 }), CF_HEADERS)).at(-1)).toBe(
      'cloudfront-changed-request',
    )
  })

  it('matches a message followed by the canonical request, without quoting what follows', () => {
    const canary = 'IQoJb3JpZ2luX2VjCanarySessionToken'
    const message = `${MISMATCH}\n\nThe Canonical String for this request should have been\n'GET\n/prod/orders\n\nhost:k7m2p9q4r1.execute-api.eu-west-1.amazonaws.com\nx-amz-security-token:${canary}\n'`
    const d = mismatch(get(`${EXEC}/prod/orders`, { authorization: SIGV4 }), {}, message)
    expect(d?.code).toBe('INVALID_SIGNATURE')
    expect(JSON.stringify(d)).not.toContain(canary)
  })
})

describe('SIGNATURE_EXPIRED', () => {
  const expired = (message: string) =>
    diagnose(
      reply('InvalidSignatureException', JSON.stringify({ message }), get(`${EXEC}/prod/orders`, { authorization: SIGV4 })),
    )

  it('blames the clock first and a re-sent request next for "Signature expired"', () => {
    const d = expired('Signature expired: 20260105T101500Z is now earlier than 20260105T103312Z (20260105T103812Z - 5 min.)')
    expect(d?.code).toBe('SIGNATURE_EXPIRED')
    expect(ids(d)).toEqual(['clock-skew', 'signed-request-resent'])
    expect(likelihood(d, 'signed-request-resent')).toBeGreaterThan(0.2)
  })

  it('rules out a re-sent request when the signature is dated in the future', () => {
    const d = expired(
      'Signature not yet current: 20260105T111500Z is still later than 20260105T100312Z (20260105T095812Z + 5 min.)',
    )
    expect(d?.code).toBe('SIGNATURE_EXPIRED')
    expect(ids(d)[0]).toBe('clock-skew')
    expect(likelihood(d, 'signed-request-resent')).toBeLessThan(0.01)
  })
})

describe('CREDENTIAL_SCOPE_INVALID', () => {
  const scope = (message: string) =>
    diagnose(
      reply('InvalidSignatureException', JSON.stringify({ message }), get(`${EXEC}/prod/orders`, { authorization: SIGV4 })),
    )

  it.each([
    ['Credential should be scoped to a valid region. ', 'wrong-region'],
    ["Credential should be scoped to correct service: 'execute-api'. ", 'wrong-service'],
    [
      'Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: 20260104 != 20260105',
      'scope-date-mismatch',
    ],
  ])('%s → %s', (message, top) => {
    const d = scope(message)
    expect(d?.code).toBe('CREDENTIAL_SCOPE_INVALID')
    expect(ids(d)[0]).toBe(top)
    expect(likelihood(d, top)).toBeGreaterThan(0.8)
  })

  it('accepts the IncompleteSignatureException type too (the execute-api type is unverified)', () => {
    const body = '{"message":"Credential should be scoped to a valid region. "}'
    expect(diagnose(reply('IncompleteSignatureException', body))?.code).toBe('CREDENTIAL_SCOPE_INVALID')
  })
})

describe('INVALID_SECURITY_TOKEN and EXPIRED_TOKEN', () => {
  const INVALID = '{"message":"The security token included in the request is invalid."}'

  it('blames a missing session token when X-Amz-Security-Token was not sent', () => {
    const d = diagnose(reply('AccessDeniedException', INVALID, get(`${EXEC}/prod/orders`, { authorization: SIGV4 })))
    expect(d?.code).toBe('INVALID_SECURITY_TOKEN')
    expect(ids(d)[0]).toBe('session-token-missing')
    expect(ids(d).at(-1)).toBe('session-token-mismatch')
  })

  it('blames a token from other credentials when X-Amz-Security-Token was sent', () => {
    const d = diagnose(
      reply(
        'UnrecognizedClientException',
        INVALID,
        get(`${EXEC}/prod/orders`, { authorization: SIGV4, 'x-amz-security-token': 'tok' }),
      ),
    )
    expect(ids(d)[0]).toBe('session-token-mismatch')
    expect(ids(d).at(-1)).toBe('session-token-missing')
  })

  it('does not take an AWS service endpoint reply (status 400) for API Gateway', () => {
    const dynamo = {
      status: 400,
      headers: { 'x-amzn-RequestId': 'R1', 'x-amzn-ErrorType': 'UnrecognizedClientException' },
      body: INVALID,
    }
    expect(diagnose(dynamo)?.code).not.toBe('INVALID_SECURITY_TOKEN')
  })

  it('tells expired credentials from invalid ones', () => {
    const d = diagnose(
      reply(
        'ExpiredTokenException',
        '{"message":"The security token included in the request is expired"}',
        get(`${EXEC}/prod/x`, { authorization: SIGV4 }),
      ),
    )
    expect(d?.code).toBe('EXPIRED_TOKEN')
    expect(signatures.find((s) => s.code === 'EXPIRED_TOKEN')?.gatewayResponseTypes).toEqual(['EXPIRED_TOKEN'])
  })
})

describe('403 access denied: authorizer, resource policy or IAM (capital-M Message)', () => {
  const denied = (message: string, request?: RequestInput, key = 'Message') =>
    diagnose(reply('AccessDeniedException', JSON.stringify({ [key]: message }), request))
  const ARN = 'arn:aws:execute-api:eu-west-1:111122223333:k7m2p9q4r1/prod/GET/orders'

  it.each([
    ['User is not authorized to access this resource with an explicit deny', 'AUTHORIZER_DENY', 'authorizer-returned-deny'],
    [
      'User is not authorized to access this resource with an explicit deny in an identity-based policy',
      'AUTHORIZER_DENY',
      'authorizer-returned-deny',
    ],
    ['User is not authorized to access this resource', 'AUTHORIZER_POLICY_MISMATCH', 'cached-policy-method-scoped'],
    [
      `User: anonymous is not authorized to perform: execute-api:Invoke on resource: ${ARN}`,
      'RESOURCE_POLICY_DENY',
      'source-ip-not-allowed',
    ],
    [
      `User: arn:aws:iam::111122223333:user/bot is not authorized to perform: execute-api:Invoke on resource: ${ARN}`,
      'IAM_NOT_AUTHORIZED',
      'missing-invoke-permission',
    ],
  ])('%s', (message, code, top) => {
    const d = denied(message, get(`${EXEC}/prod/orders`, { authorization: 'Bearer t' }))
    expect(d?.code).toBe(code)
    expect(ids(d)[0]).toBe(top)
    expect(signatures.find((s) => s.code === code)?.gatewayResponseTypes).toEqual(['ACCESS_DENIED'])
  })

  it('still recognises the denials written with a lower-case key (customised DEFAULT_4XX)', () => {
    expect(denied('User is not authorized to access this resource with an explicit deny', undefined, 'message')?.code).toBe(
      'AUTHORIZER_DENY',
    )
    expect(
      denied(`User: anonymous is not authorized to perform: execute-api:Invoke on resource: ${ARN}`, undefined, 'message')?.code,
    ).toBe('RESOURCE_POLICY_DENY')
  })

  it('needs AWS evidence for more than low on the plain-English policy mismatch, but not for the explicit deny', () => {
    const plain = {
      status: 403,
      body: '{"Message":"User is not authorized to access this resource"}',
      request: { url: 'https://app.example.net/admin' },
    }
    expect(diagnose(plain)?.confidence).toBe('low')
    expect(diagnose({ ...plain, request: { url: `${EXEC}/prod/admin` } })?.code).toBe('AUTHORIZER_POLICY_MISMATCH')
    expect(
      diagnose({ status: 403, body: '{"Message":"User is not authorized to access this resource with an explicit deny"}' })?.code,
    ).toBe('AUTHORIZER_DENY')
  })

  describe('RESOURCE_POLICY_DENY causes', () => {
    const anonymous = (suffix: string, request: RequestInput) =>
      denied(`User: anonymous is not authorized to perform: execute-api:Invoke on resource: ${ARN}${suffix}`, request)

    it('blames the VPC endpoint condition on a private API host, the source IP elsewhere', () => {
      expect(ids(anonymous('', get(`${PRIVATE}/prod/orders`)))[0]).toBe('vpc-endpoint-not-allowed')
      expect(ids(anonymous('', get(`${EXEC}/prod/orders`)))[0]).toBe('source-ip-not-allowed')
    })

    it('weighs the source IP up when a Deny matched', () => {
      const plain = anonymous('', get(`${EXEC}/prod/orders`))
      const deny = anonymous(' with an explicit deny', get(`${EXEC}/prod/orders`))
      expectFactor(
        ratio(deny, 'source-ip-not-allowed', 'policy-not-redeployed'),
        1.5 * ratio(plain, 'source-ip-not-allowed', 'policy-not-redeployed'),
      )
    })

    it('blames a principal-only policy for a signed request evaluated as anonymous, not when a Deny matched', () => {
      expect(ids(anonymous('', get(`${EXEC}/prod/orders`, { authorization: SIGV4 })))[0]).toBe('principal-only-policy')
      expect(ids(anonymous(' with an explicit deny', get(`${EXEC}/prod/orders`, { authorization: 'Bearer t' }))).at(-1)).toBe(
        'principal-only-policy',
      )
      const noAllow = anonymous(
        ' because no resource-based policy allows the execute-api:Invoke action',
        get(`${EXEC}/prod/orders`),
      )
      const plain = anonymous('', get(`${EXEC}/prod/orders`))
      expectFactor(
        ratio(noAllow, 'principal-only-policy', 'policy-not-redeployed'),
        3 * ratio(plain, 'principal-only-policy', 'policy-not-redeployed'),
      )
    })
  })

  describe('IAM_NOT_AUTHORIZED causes', () => {
    const iam = (suffix: string) =>
      denied(
        `User: arn:aws:sts::111122223333:assumed-role/app/s1 is not authorized to perform: execute-api:Invoke on resource: ${ARN}${suffix}`,
        get(`${EXEC}/prod/orders`, { authorization: SIGV4 }),
      )

    it('follows the wording: explicit deny, no identity-based Allow, no resource-based Allow', () => {
      expect(ids(iam(' with an explicit deny'))[0]).toBe('explicit-deny')
      expect(ids(iam(''))[0]).toBe('missing-invoke-permission')
      expect(ids(iam(' because no identity-based policy allows the execute-api:Invoke action'))[0]).toBe(
        'missing-invoke-permission',
      )
      expect(ids(iam(' because no resource-based policy allows the execute-api:Invoke action'))[0]).toBe(
        'cross-account-no-resource-allow',
      )
    })

    it('weighs the missing permission by the wording', () => {
      const plain = iam('')
      expectFactor(
        ratio(
          iam(' because no identity-based policy allows the execute-api:Invoke action'),
          'missing-invoke-permission',
          'explicit-deny',
        ),
        2 * ratio(plain, 'missing-invoke-permission', 'explicit-deny'),
      )
      expect(ids(iam(' with an explicit deny')).at(-1)).not.toBe('explicit-deny')
      expect(likelihood(iam(' with an explicit deny'), 'missing-invoke-permission')).toBeLessThan(0.05)
      expect(likelihood(iam(' with an explicit deny'), 'cross-account-no-resource-allow')).toBeLessThan(0.05)
    })
  })
})

describe('FORBIDDEN: the one {"message":"Forbidden"} reply', () => {
  const FORB = '{"message":"Forbidden"}'
  const forbidden = (request?: RequestInput, extra: Record<string, string> = {}) =>
    diagnose(reply('ForbiddenException', FORB, request, extra))

  it('covers the INVALID_API_KEY and WAF_FILTERED gateway responses', () => {
    expect(signatures.find((s) => s.code === 'FORBIDDEN')?.gatewayResponseTypes).toEqual(['INVALID_API_KEY', 'WAF_FILTERED'])
  })

  it('blames a missing API key when no x-api-key was sent, and a key not valid for the stage when one was', () => {
    const without = forbidden(get(`${EXEC}/prod/items`))
    expect(without?.code).toBe('FORBIDDEN')
    expect(ids(without)[0]).toBe('api-key-missing')
    expect(likelihood(without, 'api-key-not-valid')).toBeLessThan(0.01)
    const withKey = forbidden(get(`${EXEC}/prod/items`, { 'x-api-key': 'k' }))
    expect(ids(withKey)[0]).toBe('api-key-not-valid')
    expect(likelihood(withKey, 'api-key-missing')).toBeLessThan(0.02)
  })

  it('weighs a missing key up for a preflight that also requires one', () => {
    const options = forbidden(get(`${EXEC}/prod/items`, { origin: 'https://app.example.com' }, 'OPTIONS'))
    const getReq = forbidden(get(`${EXEC}/prod/items`, { origin: 'https://app.example.com' }))
    expectFactor(ratio(options, 'api-key-missing', 'waf-blocked'), 2 * ratio(getReq, 'api-key-missing', 'waf-blocked'))
  })

  it('blames the stage for the bare host or a stage with capitals, not for a lower-case one or on a custom domain', () => {
    expect(ids(forbidden(get(`${EXEC}/`)))[0]).toBe('wrong-stage')
    expect(ids(forbidden(get(`${EXEC}/Prod/items`)))[0]).toBe('wrong-stage')
    expect(ids(forbidden(get(`${EXEC}/prod/items`)))[0]).not.toBe('wrong-stage')
    const onCustom = forbidden(get(`${CUSTOM}/Prod/items`))
    const onExec = forbidden(get(`${EXEC}/Prod/items`))
    expectFactor(ratio(onCustom, 'wrong-stage', 'waf-blocked'), 0.05 * ratio(onExec, 'wrong-stage', 'waf-blocked'))
    expect(forbidden(get(`${EXEC}/Prod/items`))?.causes[0]?.summary).toContain('/Prod/items')
  })

  it('blames the private endpoint on a private API host, and not on a public one', () => {
    expect(ids(forbidden(get(`${PRIVATE}/internal/reports`)))[0]).toBe('private-api-endpoint')
    expect(
      ids(forbidden(get('https://vpce-0123456789abcdef0-abcd1234.execute-api.eu-west-1.vpce.amazonaws.com/internal/reports')))[0],
    ).toBe('private-api-endpoint')
    expect(likelihood(forbidden(get(`${EXEC}/prod/reports`)), 'private-api-endpoint')).toBeLessThan(0.01)
  })

  it('suspects private DNS capturing a public API host only on the public execute-api name', () => {
    // No rule on the public name: the prior weights alone (1 against WAF's 1.5).
    expectFactor(ratio(forbidden(get(`${EXEC}/prod/reports`)), 'public-api-via-private-dns', 'waf-blocked'), 1 / 1.5)
    for (const url of [`${PRIVATE}/prod/reports`, `${CUSTOM}/reports`, `${CLOUDFRONT}/prod/reports`]) {
      expect(likelihood(forbidden(get(url)), 'public-api-via-private-dns')).toBeLessThan(0.01)
    }
  })

  it('suspects a disabled default endpoint on execute-api, never on a custom domain', () => {
    expectFactor(ratio(forbidden(get(`${EXEC}/prod/reports`)), 'default-endpoint-disabled', 'waf-blocked'), (0.5 * 2) / 1.5)
    expect(likelihood(forbidden(get(`${CUSTOM}/reports`)), 'default-endpoint-disabled')).toBeLessThan(0.002)
  })

  it('blames an unmapped custom domain on a custom domain, and not on execute-api', () => {
    expect(ids(forbidden(get(`${CUSTOM}/v2/customers`)))[0]).toBe('custom-domain-unmapped')
    expect(likelihood(forbidden(get(`${EXEC}/prod/customers`)), 'custom-domain-unmapped')).toBeLessThan(0.01)
  })

  it('considers mutual TLS on a custom domain only', () => {
    expectFactor(ratio(forbidden(get(`${CUSTOM}/v2/customers`)), 'mutual-tls', 'waf-blocked'), (0.3 * 2) / 1.5)
    expect(likelihood(forbidden(get(`${EXEC}/prod/customers`)), 'mutual-tls')).toBeLessThan(0.002)
  })

  it('blames CloudFront forwarding the Host header when CloudFront is in front, not for an edge-optimized API', () => {
    expect(ids(forbidden(get(`${CLOUDFRONT}/prod/items`), CF_HEADERS))[0]).toBe('cloudfront-host-header-forwarded')
    expect(ids(forbidden(get(`${CUSTOM}/items`), CF_HEADERS))[0]).toBe('cloudfront-host-header-forwarded')
    expect(ids(forbidden(get(`${CUSTOM}/items`)))[0]).toBe('custom-domain-unmapped')
    expect(likelihood(forbidden(get(`${EXEC}/prod/items`), CF_HEADERS), 'cloudfront-host-header-forwarded')).toBeLessThan(0.01)
  })

  it('leaves an HTTP API reply (apigw-requestid) and a non-AWS reply alone', () => {
    const httpApi = {
      status: 403,
      headers: { 'apigw-requestid': 'Yq3kHGbZjoEFXyQ=', 'content-type': 'application/json' },
      body: FORB,
    }
    expect(diagnose(httpApi)?.code).not.toBe('FORBIDDEN')
    expect(
      diagnose({ status: 403, headers: { 'x-powered-by': 'Express' }, body: FORB, request: get(`${CUSTOM}/x`) }),
    ).toBeUndefined()
  })

  it('recognises a customised WAF_FILTERED or INVALID_API_KEY response by its error type', () => {
    const d = diagnose(
      reply('ForbiddenException', '{"message":"Blocked by WAF","code":"WAF_FILTERED"}', get(`${EXEC}/prod/items`)),
    )
    expect(d?.code).toBe('FORBIDDEN')
    expect(d?.hints.join(' ')).toContain('customises the gateway response')
  })
})

describe('UNAUTHORIZED', () => {
  const unauthorized = (request?: RequestInput, extra: Record<string, string> = {}) =>
    diagnose(reply('UnauthorizedException', '{"message":"Unauthorized"}', request, extra, 401))

  it('blames the missing identity source when neither Authorization nor Cookie was sent (the seed case)', () => {
    const d = unauthorized(get(`${EXEC}/stage/api/v1/items`, { accept: '*/*', 'user-agent': 'curl/7.54.0' }))
    expect(d?.code).toBe('UNAUTHORIZED')
    expect(ids(d)[0]).toBe('identity-source-missing')
    expect(likelihood(d, 'token-rejected')).toBeLessThan(0.05)
  })

  it('blames the rejected token when an Authorization header or a Cookie was sent', () => {
    const sent: Record<string, string>[] = [{ authorization: 'Bearer a.b.c' }, { cookie: 'session_id=s' }]
    for (const headers of sent) {
      const d = unauthorized(get(`${EXEC}/stage/api/v1/items`, headers))
      expect(ids(d)[0]).toBe('token-rejected')
      expect(likelihood(d, 'identity-source-missing')).toBeLessThan(0.1)
    }
  })

  it('keeps both identity causes level when the request headers are unknown', () => {
    const d = unauthorized({ url: `${EXEC}/stage/api/v1/items` })
    expect(likelihood(d, 'identity-source-missing')).toBe(likelihood(d, 'token-rejected'))
  })

  it('suspects the validation expression for a raw token, the Cognito token type for a Bearer one', () => {
    const raw = unauthorized(get(`${EXEC}/prod/me`, { authorization: 'eyJraWQiOiJrIn0.eyJzdWIiOiJ1In0.c2ln' }))
    expect(ids(raw)[1]).toBe('token-format-mismatch')
    const bearer = unauthorized(get(`${EXEC}/prod/me`, { authorization: 'Bearer eyJraWQiOiJrIn0.eyJzdWIiOiJ1In0.c2ln' }))
    expect(ids(bearer)[1]).toBe('cognito-token-type')
    const none = unauthorized(get(`${EXEC}/prod/me`))
    expect(likelihood(none, 'token-format-mismatch')).toBeLessThan(0.01)
    expect(likelihood(none, 'cognito-token-type')).toBeLessThan(0.01)
  })

  it('names a preflight hitting the authorizer for OPTIONS only', () => {
    expect(ids(unauthorized(get(`${EXEC}/prod/me`, { origin: 'https://app.example.com' }, 'OPTIONS')))[0]).toBe(
      'preflight-authorizer',
    )
    expect(ids(unauthorized(get(`${EXEC}/prod/me`, { origin: 'https://app.example.com' })))[0]).not.toBe('preflight-authorizer')
  })

  it('leaves the HTTP API and non-AWS look-alikes alone', () => {
    const httpApi = {
      status: 401,
      headers: { 'apigw-requestid': 'Yq3kHGbZjoEFXyQ=', 'www-authenticate': 'Bearer' },
      body: '{"message":"Unauthorized"}',
    }
    expect(diagnose(httpApi)?.code).not.toBe('UNAUTHORIZED')
    expect(
      diagnose({
        status: 401,
        headers: { server: 'nginx' },
        body: '{"message":"Unauthorized"}',
        request: get('https://auth.example.net/x'),
      }),
    ).toBeUndefined()
  })
})

describe('AUTHORIZER_CONFIGURATION_ERROR and AUTHORIZER_FAILURE', () => {
  const config = (elapsedMs?: number) => {
    const input = reply(
      'AuthorizerConfigurationException',
      '{"message":null}',
      get(`${EXEC}/prod/x`, { authorization: 'Bearer t' }),
      {},
      500,
    )
    return diagnose(elapsedMs === undefined ? input : { ...input, elapsedMs })
  }

  it('blames the authorizer throwing, and a timeout when the reply was slow', () => {
    expect(config(200)?.code).toBe('AUTHORIZER_CONFIGURATION_ERROR')
    expect(ids(config(200))[0]).toBe('authorizer-threw')
    expect(ids(config(200)).at(-1)).toBe('authorizer-timeout')
    expect(ids(config(6000))[0]).toBe('authorizer-timeout')
    expect(ids(config(undefined))[0]).toBe('authorizer-threw')
  })

  it('does not take a function URL\'s {"Message":null} for it', () => {
    const d = diagnose({
      status: 500,
      headers: { 'x-amzn-RequestId': 'r' },
      body: '{"Message":null}',
      request: get(`${EXEC}/prod/x`),
    })
    expect(d?.code).not.toBe('AUTHORIZER_CONFIGURATION_ERROR')
  })

  it('recognises AUTHORIZER_FAILURE by its error type only', () => {
    expect(diagnose(reply('AuthorizerFailureException', '{"message":null}', undefined, {}, 500))?.code).toBe('AUTHORIZER_FAILURE')
    const noType = { status: 500, headers: { 'x-amzn-RequestId': 'r', 'x-amz-apigw-id': 'a' }, body: '{"message":null}' }
    expect(diagnose(noType)?.code).toBe('AUTHORIZER_CONFIGURATION_ERROR')
    const otherBody = { status: 500, headers: { 'x-amzn-RequestId': 'r', 'x-amz-apigw-id': 'a' }, body: '{"error":"boom"}' }
    expect(diagnose(otherBody)?.code).not.toBe('AUTHORIZER_FAILURE')
  })
})
