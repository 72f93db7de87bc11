import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type CatalogSignature, type Diagnosis, diagnose, type Signature, signatures } from '../../src/index.ts'

const MAT_BODY = '{"message":"Missing Authentication Token"}'
const EXECUTE_API = 'https://abc123defg.execute-api.eu-west-1.amazonaws.com'
const restHeaders = {
  'x-amzn-RequestId': '7f3e2c9a-1b2c-4d5e-8f90-a1b2c3d4e5f6',
  'x-amzn-ErrorType': 'MissingAuthenticationTokenException',
  'x-amz-apigw-id': 'AbCdEfGhIjKlMnO=',
}

/** A custom signature for a reply no built-in one claims. */
const teapot: CatalogSignature = {
  code: 'MY_TEAPOT',
  layer: 'api-gateway-rest',
  title: 'Our gateway answered 418',
  match: { status: [418], message: ['I am a teapot'] },
  causes: [
    {
      id: 'teapot',
      weight: 1,
      cause: 'The route is a teapot.',
      remedy: 'Brew coffee elsewhere.',
      summary: 'teapot: brew elsewhere',
    },
  ],
  docs: ['https://example.com/teapot'],
  example: { status: 418, headers: { 'x-amzn-requestid': 'r-1' }, body: '{"message":"I am a teapot"}' },
}

function isWellFormed(d: Diagnosis): boolean {
  const likelihoods = d.causes.reduce((sum, c) => sum + c.likelihood, 0)
  return (
    typeof d.code === 'string' &&
    ['high', 'medium', 'low'].includes(d.confidence) &&
    d.causes.length > 0 &&
    d.cause === d.causes[0]?.cause &&
    Math.abs(likelihoods - 1) < 0.01 &&
    d.causes.every((c, i, all) => i === 0 || (all[i - 1]?.likelihood ?? 0) >= c.likelihood) &&
    Array.isArray(d.evidence) &&
    Array.isArray(d.hints) &&
    JSON.parse(JSON.stringify(d)).code === d.code
  )
}

describe('diagnose()', () => {
  it('answers the contract example from DESIGN.md', () => {
    const d = diagnose({
      status: 403,
      headers: { 'x-amzn-errortype': 'MissingAuthenticationTokenException' },
      body: MAT_BODY,
      request: { method: 'GET', url: `${EXECUTE_API}/prod/v1/x`, headers: { authorization: 'Bearer abc.def.ghi' } },
      elapsedMs: 120,
    })
    expect(d).toMatchObject({ code: 'MISSING_AUTHENTICATION_TOKEN', layer: 'api-gateway-rest', confidence: 'high', status: 403 })
    expect(d?.causes[0]?.summary).toBe('no route matches GET /prod/v1/x: check the path, stage and method')
    expect(d?.evidence).toContain('x-amzn-errortype: MissingAuthenticationTokenException')
  })

  it('accepts the body as parsed JSON or bytes', () => {
    for (const body of [
      { message: 'Missing Authentication Token' },
      new TextEncoder().encode(MAT_BODY),
      new TextEncoder().encode(MAT_BODY).buffer,
    ]) {
      expect(diagnose({ status: 403, headers: restHeaders, body })?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    }
  })

  it('returns request IDs', () => {
    const d = diagnose({
      status: 403,
      headers: { ...restHeaders, 'X-Amzn-Trace-Id': 'Root=1-5e1b4151-5ac6c58f3375aa3b6d3a1c5e' },
      body: MAT_BODY,
    })
    expect(d).toMatchObject({
      requestId: restHeaders['x-amzn-RequestId'],
      extendedRequestId: 'AbCdEfGhIjKlMnO=',
      traceId: 'Root=1-5e1b4151-5ac6c58f3375aa3b6d3a1c5e',
    })
  })

  describe('body-only mode (headers hidden by CORS)', () => {
    it('still diagnoses from status and body, with lower confidence and the expose-headers hint', () => {
      const d = diagnose({
        status: 403,
        headers: { 'content-type': 'application/json' },
        body: MAT_BODY,
        request: { url: `${EXECUTE_API}/prod/v1/x` },
      })
      expect(d?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
      expect(d?.confidence).toBe('medium')
      expect(d?.requestId).toBeUndefined()
      expect(d?.hints.join(' ')).toContain('Access-Control-Expose-Headers')
    })

    it('gives no expose-headers hint when the headers are visible', () => {
      expect(diagnose({ status: 403, headers: restHeaders, body: MAT_BODY })?.hints.join(' ')).not.toContain(
        'Access-Control-Expose-Headers',
      )
    })
  })

  describe('customised gateway responses', () => {
    it('still recognises a remapped status by its message, and says so', () => {
      const d = diagnose({ status: 404, headers: restHeaders, body: MAT_BODY })
      expect(d?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
      expect(d?.hints.join(' ')).toContain('status 403')
    })

    it('recognises a customised body by its error type, with medium confidence', () => {
      const d = diagnose({ status: 404, headers: restHeaders, body: '{"error":"not found"}' })
      expect(d?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
      expect(d?.confidence).toBe('medium')
      expect(d?.hints.join(' ')).toContain('customises the gateway response')
    })

    it('does not read a success status as a remapped error', () => {
      expect(diagnose({ status: 200, headers: restHeaders, body: MAT_BODY })).toBeUndefined()
    })

    it('does not accept a customised body without the error type', () => {
      expect(diagnose({ status: 404, headers: { 'x-amzn-requestid': 'r' }, body: '{"error":"not found"}' })?.code).not.toBe(
        'MISSING_AUTHENTICATION_TOKEN',
      )
    })

    it('rejects a signature whose error type disagrees with the header', () => {
      expect(diagnose({ status: 403, headers: { 'x-amzn-errortype': 'SomethingElseException' }, body: MAT_BODY })?.code).not.toBe(
        'MISSING_AUTHENTICATION_TOKEN',
      )
    })

    it('reads error types with namespace and suffix as the AWS SDK does', () => {
      const headers = { 'x-amzn-errortype': 'aws.protocols#MissingAuthenticationTokenException:http://internal.amazon.com/' }
      expect(diagnose({ status: 403, headers, body: MAT_BODY })?.evidence).toContain(
        'x-amzn-errortype: MissingAuthenticationTokenException',
      )
    })
  })

  describe('no false alarms', () => {
    it('gives a generic body without AWS evidence no more than low, saying what would confirm it', () => {
      const d = diagnose({ status: 403, body: '{"message":"Forbidden"}', request: { url: 'https://api.example.com/x' } })
      expect(d?.confidence).toBe('low')
      expect(d?.hints.join(' ')).toContain('awsHosts')
      // The same body beside fields of its own is the app's JSON, not API Gateway's default body.
      expect(
        diagnose({ status: 403, body: '{"message":"Forbidden","code":"E42"}', request: { url: 'https://api.example.com/x' } }),
      ).toBeUndefined()
    })

    it('treats a distinctive body as AWS evidence on its own', () => {
      expect(diagnose({ status: 403, body: MAT_BODY })?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    })

    it('keeps replies from local hosts at low confidence: an emulator imitating AWS', () => {
      const d = diagnose({ status: 403, headers: restHeaders, body: MAT_BODY, request: { url: 'http://localhost:3000/dev/x' } })
      expect(d?.confidence).toBe('low')
      expect(d?.hints.join(' ')).toContain('emulator')
    })

    it('trusts a local host the user declared', () => {
      const d = diagnose(
        { status: 403, headers: restHeaders, body: MAT_BODY, request: { url: 'http://127.0.0.1:8080/dev/x' } },
        { awsHosts: ['127.0.0.1'] },
      )
      expect(d?.confidence).toBe('high')
    })
  })

  describe('Missing Authentication Token on custom domains', () => {
    const topCauses = (url: string, options = {}) =>
      diagnose(
        { status: 403, headers: restHeaders, body: MAT_BODY, request: { method: 'GET', url, headers: {} } },
        options,
      )?.causes.map((c) => c.id)

    it('puts the base path mapping first when the path starts with a stage name the mapping already picks', () => {
      expect(topCauses('https://api.example.com/prod/orders')?.[0]).toBe('custom-domain-base-path')
    })

    it('keeps "no route" first, with the mapping next, for other paths', () => {
      expect(topCauses('https://api.example.com/orders/17')?.slice(0, 2)).toEqual(['no-route', 'iam-auth-unsigned'])
      expect(topCauses('https://api.example.com/orders/17')).toContain('custom-domain-base-path')
    })

    it('does not read a declared local test server as a custom domain', () => {
      expect(topCauses('http://127.0.0.1:4174/prod/v1/itmes', { awsHosts: ['127.0.0.1'] })?.[0]).toBe('no-route')
    })
  })

  it("quotes a request path holding $' or $& as it is, never as a replacement pattern", () => {
    const d = diagnose({
      status: 403,
      headers: restHeaders,
      body: MAT_BODY,
      request: { method: 'GET', url: `${EXECUTE_API}/prod/a$'b$&c` },
    })
    expect(d?.title).toBe("API Gateway found no route for GET /prod/a$'b$&c (403 Missing Authentication Token)")
  })

  describe('custom signatures', () => {
    it('are checked before the built-in ones', () => {
      const shadow: Signature = { ...teapot, code: 'MY_MAT', match: { status: [403], message: ['Missing Authentication Token'] } }
      expect(diagnose({ status: 403, headers: restHeaders, body: MAT_BODY }, { signatures: [shadow] })?.code).toBe('MY_MAT')
    })

    it('extend the catalog; the built-ins still apply when none matches', () => {
      expect(diagnose(teapot.example, { signatures: [teapot] })?.code).toBe('MY_TEAPOT')
      expect(diagnose(teapot.example)).toBeUndefined()
      expect(diagnose({ status: 403, headers: restHeaders, body: MAT_BODY }, { signatures: [teapot] })?.code).toBe(
        'MISSING_AUTHENTICATION_TOKEN',
      )
    })

    it('lower the confidence and name the rival when two fit equally', () => {
      const twin: Signature = { ...teapot, code: 'MY_TWIN' }
      const d = diagnose(teapot.example, { signatures: [teapot, twin] })
      expect(d?.code).toBe('MY_TEAPOT')
      expect(d?.confidence).toBe('low')
      expect(diagnose(teapot.example, { signatures: [teapot] })?.confidence).toBe('medium')
      expect(d?.hints.join(' ')).toContain('MY_TWIN')
    })

    it('a malformed custom signature is skipped, not fatal', () => {
      const broken = { ...teapot, match: { status: 403 } } as unknown as Signature
      expect(diagnose({ status: 403, headers: restHeaders, body: MAT_BODY }, { signatures: [broken] })?.code).toBe(
        'MISSING_AUTHENTICATION_TOKEN',
      )
    })
  })

  describe('bad input never throws', () => {
    it.each([
      ['status 0', { status: 0 }],
      ['status NaN', { status: Number.NaN, body: MAT_BODY }],
      ['status 999', { status: 999, body: MAT_BODY }],
      ['no status', {} as { status: number }],
      ['null input', null as unknown as { status: number }],
      ['headers as a string', { status: 403, headers: 'x' as unknown as Record<string, string>, body: MAT_BODY }],
      ['binary body', { status: 502, body: new Uint8Array([0, 1, 2, 255]) }],
      ['malformed JSON', { status: 403, body: '{"message": "Missing Auth' }],
      [
        '__proto__ keys',
        {
          status: 403,
          headers: JSON.parse('{"__proto__":{"x-amzn-errortype":"X"}}'),
          body: '{"__proto__":{"message":"Missing Authentication Token"}}',
        },
      ],
      [
        'a request with odd shapes',
        {
          status: 403,
          body: MAT_BODY,
          request: { url: {} as string, method: 5 as unknown as string, headers: 7 as unknown as Record<string, string> },
        },
      ],
    ])('%s', (_name, input) => {
      expect(() => diagnose(input)).not.toThrow()
      const d = diagnose(input)
      if (d !== undefined) expect(isWellFormed(d)).toBe(true)
    })

    it('does not read a huge body past maxBodyBytes', () => {
      const huge = `${'x'.repeat(5 * 1024 * 1024)}Missing Authentication Token`
      const d = diagnose({ status: 403, headers: restHeaders, body: huge }, { maxBodyBytes: 1024 })
      expect(d?.evidence.join(' ')).not.toContain('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')
    })
  })

  it('property: arbitrary replies never throw and give undefined or a well-formed diagnosis', () => {
    const headerName = fc.constantFrom(
      'x-amzn-errortype',
      'x-amzn-requestid',
      'x-amz-apigw-id',
      'apigw-requestid',
      'server',
      'x-cache',
      'via',
      'content-type',
      'x-amz-cf-id',
      '__proto__',
    )
    const headerValue = fc.oneof(
      fc.string(),
      fc.constantFrom('CloudFront', 'awselb/2.0', 'MissingAuthenticationTokenException', 'Error from cloudfront'),
    )
    const body = fc.oneof(
      fc.string(),
      fc.json(),
      fc.constantFrom(
        MAT_BODY,
        '{"message":"Forbidden"}',
        '{"Message":null}',
        'Internal Server Error',
        ...signatures.map((s) => String(s.example.body ?? '')),
      ),
      fc.uint8Array({ maxLength: 64 }),
      fc.anything(),
    )
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -1, max: 1000 }), fc.double()),
        fc.dictionary(headerName, headerValue),
        body,
        fc.option(
          fc.record({
            method: fc.string(),
            url: fc.oneof(fc.webUrl(), fc.string()),
            headers: fc.dictionary(fc.string(), fc.string()),
          }),
        ),
        (status, headers, generatedBody, request) => {
          const d = diagnose({ status, headers, body: generatedBody as string, request: request ?? undefined })
          return d === undefined || isWellFormed(d)
        },
      ),
      { numRuns: 2000 },
    )
    // 2 000 generated replies: seconds of work on a loaded machine, not a hang.
  }, 60_000)
})
