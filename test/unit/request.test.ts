import { describe, expect, it } from 'vitest'
import { classifyHost, isDeclaredAwsHost } from '../../src/reading/hosts.ts'
import { authScheme, readRequest } from '../../src/reading/request.ts'

describe('classifyHost', () => {
  it.each([
    ['abc123defg.execute-api.eu-west-1.amazonaws.com', 'execute-api'],
    ['ABC123DEFG.execute-api.cn-north-1.amazonaws.com.cn', 'execute-api'],
    ['abc123defg-vpce-0123456789abcdef0.execute-api.us-east-1.amazonaws.com', 'execute-api-private'],
    ['vpce-0123456789abcdef0-abcd1234.execute-api.us-east-1.vpce.amazonaws.com', 'execute-api-private'],
    ['abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-2.on.aws', 'lambda-url'],
    ['d111111abcdef8.cloudfront.net', 'cloudfront'],
    ['my-alb-1234567890.eu-west-1.elb.amazonaws.com', 'elb'],
    ['abcdefghijklmnopqrstuvwxyz.appsync-api.eu-west-1.amazonaws.com', 'appsync'],
    ['xxxxx.execute-api.ap-northeast-1.amazonaws.com', 'execute-api'],
    ['d-abcdef1234.execute-api.eu-west-1.amazonaws.com', 'execute-api'],
    ['api.example.com', 'custom-domain'],
    ['localhost', 'local'],
    ['127.0.0.1', 'local'],
    ['[::1]', 'local'],
    ['dev.localhost', 'local'],
    ['execute-api.eu-west-1.amazonaws.com.evil.example', 'custom-domain'],
  ])('%s is %s', (host, kind) => {
    expect(classifyHost(host).kind).toBe(kind)
  })

  it('reads the API id and region of execute-api hosts', () => {
    expect(classifyHost('abc123defg.execute-api.ap-northeast-1.amazonaws.com')).toEqual({
      kind: 'execute-api',
      apiId: 'abc123defg',
      region: 'ap-northeast-1',
    })
    expect(classifyHost(undefined).kind).toBe('unknown')
    expect(classifyHost('a'.repeat(300)).kind).toBe('custom-domain')
  })

  it('matches declared hosts exactly or by wildcard', () => {
    expect(isDeclaredAwsHost('api.example.com', ['api.example.com'])).toBe(true)
    expect(isDeclaredAwsHost('eu.api.example.com', ['*.example.com'])).toBe(true)
    expect(isDeclaredAwsHost('example.org', ['*.example.com'])).toBe(false)
    expect(isDeclaredAwsHost(undefined, ['*.example.com'])).toBe(false)
  })
})

describe('authScheme', () => {
  it.each([
    [undefined, 'none'],
    ['  ', 'none'],
    ['Bearer eyJhbGciOi.x.y', 'bearer'],
    ['basic dXNlcjpwYXNz', 'basic'],
    ['AWS4-HMAC-SHA256 Credential=AKIA/20260101/eu-west-1/execute-api/aws4_request, SignedHeaders=host, Signature=ab', 'sigv4'],
    ['eyJhbGciOiJIUzI1NiJ9.e30.sig', 'raw'],
    ['Token abc', 'other'],
  ] as const)('%s → %s', (value, scheme) => {
    expect(authScheme(value)).toBe(scheme)
  })
})

describe('readRequest', () => {
  it('keeps header names and the auth scheme, never values', () => {
    const facts = readRequest(
      {
        method: 'get',
        url: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/x?token=secret',
        headers: { Authorization: 'Bearer secret-token', 'X-Api-Key': 'k' },
      },
      [],
    )
    expect(facts.method).toBe('GET')
    expect(facts.path).toBe('/prod/x')
    expect(facts.firstSegment).toBe('prod')
    expect(facts.auth).toBe('bearer')
    expect([...(facts.headerNames ?? [])]).toEqual(['authorization', 'x-api-key'])
    expect(
      JSON.stringify({ ...facts, headerNames: [...(facts.headerNames ?? [])], pathTraits: [...facts.pathTraits] }),
    ).not.toContain('secret')
  })

  it('leaves the auth scheme unknown when no headers were given', () => {
    expect(readRequest({ url: '/prod/x' }, []).auth).toBe('unknown')
    expect(readRequest({ url: '/prod/x', headers: {} }, []).auth).toBe('none')
  })

  it.each([
    ['https://h.example/', ['root']],
    ['https://h.example', ['root']],
    ['https://h.example/prod', ['stage-only', 'stage-name-first']],
    ['https://h.example/prod/', ['stage-only', 'stage-name-first', 'trailing-slash']],
    ['https://h.example/api/v1', []],
    ['https://h.example/Prod/items', ['stage-not-lowercase', 'stage-name-first']],
    ['https://h.example/prod/items#frag', ['fragment', 'stage-name-first']],
    ['https://h.example/prod/items/a b', ['unencoded', 'stage-name-first']],
    ['https://h.example/prod/items/%zz', ['unencoded', 'stage-name-first']],
    ['https://h.example/prod//items', ['double-slash', 'stage-name-first']],
    ['https://h.example/prod/items/%20ok', ['stage-name-first']],
  ] as const)('path traits of %s', (url, traits) => {
    expect([...readRequest({ url }, []).pathTraits].sort()).toEqual([...traits].sort())
  })

  it('reads relative URLs and URL objects', () => {
    expect(readRequest({ url: 'prod/items?x=1' }, []).path).toBe('/prod/items')
    const facts = readRequest({ url: new URL('https://api.example.com/v1/x') }, ['api.example.com'])
    expect(facts.host).toBe('api.example.com')
    expect(facts.declaredAwsHost).toBe(true)
  })

  it('reads a protocol-relative URL as absolute, so its user info never becomes the path', () => {
    const facts = readRequest({ url: '//user:s3cr3t-pass@abc123defg.execute-api.eu-west-1.amazonaws.com/prod/x' }, [])
    expect(facts.host).toBe('abc123defg.execute-api.eu-west-1.amazonaws.com')
    expect(facts.path).toBe('/prod/x')
    expect(facts.firstSegment).toBe('prod')
    expect(JSON.stringify({ ...facts, pathTraits: [...facts.pathTraits] })).not.toContain('s3cr3t')
  })

  it('survives malformed input', () => {
    expect(readRequest(undefined, []).hostFacts.kind).toBe('unknown')
    expect(readRequest({ url: 'https://[bad' }, []).host).toBe('xbad')
    expect(readRequest({ url: 'https://a b/%' }, []).host).toBe('axb')
    expect(readRequest({ method: 'X'.repeat(100), url: 42 as unknown as string }, []).method).toBeUndefined()
    expect(readRequest(JSON.parse('{"__proto__":{"url":"https://x"}}'), []).host).toBeUndefined()
  })
})

describe('readRequest on URLs as people paste them', () => {
  it('reads a host written with a placeholder', () => {
    const facts = readRequest({ url: 'https://<api-id>.execute-api.us-east-1.amazonaws.com/dev/items/PARTNER#1' }, [])
    expect(facts.hostFacts.kind).toBe('execute-api')
    expect(facts.path).toBe('/dev/items/PARTNER')
    expect(facts.pathTraits.has('fragment')).toBe(true)
    expect(readRequest({ url: 'https://{restapi_id}.execute-api.eu-west-1.amazonaws.com/prod' }, []).hostFacts.kind).toBe(
      'execute-api',
    )
  })

  it('reads a URL without its scheme as a host and a path, and a relative one as a path only', () => {
    const bare = readRequest({ url: 'abc123defg.execute-api.eu-west-1.amazonaws.com/prod/v1/x' }, [])
    expect(bare.hostFacts).toMatchObject({ kind: 'execute-api', apiId: 'abc123defg' })
    expect(bare.path).toBe('/prod/v1/x')
    const relative = readRequest({ url: 'v1/items' }, [])
    expect(relative.host).toBeUndefined()
    expect(relative.path).toBe('/v1/items')
  })

  it('takes a stage URL with a trailing slash for the bare stage, and notices doubled slashes', () => {
    expect([...readRequest({ url: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/' }, []).pathTraits]).toEqual(
      expect.arrayContaining(['stage-only', 'trailing-slash']),
    )
    expect(readRequest({ url: 'https://api.example.com/v1//items' }, []).pathTraits.has('double-slash')).toBe(true)
  })
})

describe('readRequest: a "#" the app put in the path', () => {
  it('notices it raw (the rest was cut), not percent-encoded (sent as meant)', () => {
    expect(
      readRequest({ url: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/dev/partners/PARTNER#1' }, []).pathTraits.has(
        'fragment',
      ),
    ).toBe(true)
    expect(
      readRequest({ url: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/dev/partners/PARTNER%231' }, []).pathTraits.has(
        'fragment',
      ),
    ).toBe(false)
    expect(
      readRequest({ url: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/dev/partners/PARTNER-1' }, []).pathTraits.has(
        'fragment',
      ),
    ).toBe(false)
  })
})

describe('readRequest host cache', () => {
  // The host is read once per scheme and authority; every URL must still give URL()'s own answer. (White space
  // and backslashes in a host are placeholders, masked before: see 'reads a host written with a placeholder'.)
  const urls = [
    'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/x',
    'https://ABC123DEFG.Execute-Api.eu-west-1.amazonaws.com/prod/x',
    'https://abc123defg.execute-api.eu-west-1.amazonaws.com?x=1',
    'https://abc123defg.execute-api.eu-west-1.amazonaws.com#x',
    'https:///abc123defg.execute-api.eu-west-1.amazonaws.com/prod',
    'https://user:pass@abc123defg.execute-api.eu-west-1.amazonaws.com/prod',
    'https://api.example.com:99999/prod',
    'https://api.example.com:8443/prod',
    'http://0x7f.1/x',
    'http://127.1/x',
    'https://api.example.123/x',
    'https://xn--nxasmq6b.com/x',
    'https://bücher.example/x',
    'https://[::1]:3000/x',
    'HTTPS://Example.COM./x',
  ]
  it.each(urls)('reads the host of %s as URL() does', (url) => {
    let expected: string | undefined
    try {
      expected = new URL(url).hostname
    } catch {
      expected = undefined
    }
    // Twice: the first read fills the cache, the second reads it.
    expect(readRequest({ url }, []).host).toBe(expected)
    expect(readRequest({ url }, []).host).toBe(expected)
  })
})
