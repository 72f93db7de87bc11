/** The allowlist: what a path, a URL, a header and a body keep, and what they mask. */
import { describe, expect, it } from 'vitest'
import { isSafeHeader, maskOpaqueTokens, maskPath, maskReplyBody, maskRequestBody, maskUrl } from '../../src/output/mask.ts'
import { redactText, redactUrl } from '../../src/output/redact.ts'

describe('maskPath', () => {
  it.each([
    ['/prod/v1/items', '/prod/v1/items'],
    ['/prod/missing-authentication-token-route', '/prod/missing-authentication-token-route'],
    ['/items/my%20file', '/items/my%20file'],
    ['/cb%3Faccess_token%3Dabc', '/cb?[REDACTED]'],
    ['/cb%253Fcode%253Dabc/more', '/cb?[REDACTED]'],
    ['/cb%23frag/x', '/cb#[REDACTED]'],
    ['/items;jsessionid=abc/x', '/items;[REDACTED]/x'],
    ['/items;sig=abc?x=1', '/items;[REDACTED]?[REDACTED]'],
    ['/token=abc/x', '/token=[REDACTED]/x'],
    ['/https:\\\\u:p@host/x', '/https:\\\\[REDACTED]@host/x'],
    ['/u:p@host/x', '/[REDACTED]@host/x'],
    ['/reset/9f8e7d6c5b4a39281706', '/reset/[REDACTED]'],
    ['/k/CanaryBearerTokenabcdefghijklmnopq', '/k/[REDACTED]'],
    ['/k/%43%61%6e%61%72%79%30%31%32%33%34%35%36%37%38%39', '/k/[REDACTED]'],
    ['/dev/%40connections/asnFYeJtCGYCEZQ%3D', '/dev/%40connections/asnFYeJtCGYCEZQ%3D'],
    ['/a?b=c', '/a?[REDACTED]'],
    ['/a#b', '/a#[REDACTED]'],
    ['/bad%E0%A4%A', '/bad%E0%A4%A'],
    ['/latin%FF%3Fx', '/latin\u00ff?[REDACTED]'],
    ['', ''],
  ])('%s → %s', (path, masked) => {
    expect(maskPath(path)).toBe(masked)
  })
})

describe('maskUrl and redactUrl', () => {
  it.each([
    ['https://u:p@api.example.com/prod/x?y=1#z', 'https://api.example.com/prod/x?[REDACTED]'],
    ['https:\\\\u:p@api.example.com/prod/x', 'https:\\\\api.example.com/prod/x'],
    ['//u:p@api.example.com/x', '//api.example.com/x'],
    ['u:p@api.example.com/x', '[REDACTED]@api.example.com/x'],
    ['https://api.example.com', 'https://api.example.com'],
    ['/relative;sig=abc', '/relative;[REDACTED]'],
  ])('maskUrl(%s) → %s', (url, masked) => {
    expect(maskUrl(url)).toBe(masked)
  })

  it('redactUrl drops a literal query and fragment whole, and masks an encoded one', () => {
    expect(redactUrl('https://u:p@api.example.com/prod/x?token=abc#frag')).toBe('https://api.example.com/prod/x')
    expect(redactUrl('https://api.example.com/cb%3Ftoken%3Dabc')).toBe('https://api.example.com/cb?[REDACTED]')
  })

  it('redactText masks URLs written with backslashes and user info without a scheme', () => {
    expect(redactText('cannot fetch https:\\\\u:secret1@host/x;sig=abc now')).toBe('cannot fetch https:\\\\host/x;[REDACTED] now')
    expect(redactText('see u:secret2@host/x')).toBe('see [REDACTED]@host/x')
    expect(redactText('mail joe@example.com about 10:30')).toBe('mail joe@example.com about 10:30')
  })
})

describe('isSafeHeader', () => {
  it('keeps AWS identifiers and transport facts, and nothing else', () => {
    for (const name of ['x-amzn-RequestId', 'x-amzn-ErrorType', 'Server', 'x-amzn-Remapped-Date', 'sec-fetch-mode'])
      expect(isSafeHeader(name), name).toBe(true)
    for (const name of ['authorization', 'x-auth-token', 'x-access-token', 'x-amzn-Remapped-Authorization', 'x-anything'])
      expect(isSafeHeader(name), name).toBe(false)
  })
})

describe('bodies', () => {
  it('a request body keeps its field names only', () => {
    expect(maskRequestBody({ user: 'me', pwd: 'x' })).toEqual({ user: '[REDACTED]', pwd: '[REDACTED]' })
    expect(maskRequestBody('{"password":"pa\\"ss-x"}')).toEqual({ password: '[REDACTED]' })
    expect(maskRequestBody('a=1&b=2')).toEqual({ a: '[REDACTED]', b: '[REDACTED]' })
    expect(maskRequestBody(new URLSearchParams('a=1&a=2&b=3'))).toEqual({ a: '[REDACTED]', b: '[REDACTED]' })
    expect(maskRequestBody('free text with spaces')).toBe('[REDACTED]')
    expect(maskRequestBody('{broken')).toBe('[REDACTED]')
    expect(maskRequestBody(['a'])).toBe('[REDACTED]')
    expect(maskRequestBody(undefined)).toBeUndefined()
  })

  it('a reply body keeps the fields that name the error', () => {
    const keep = (text: string) => text
    expect(maskReplyBody('{"message":"Forbidden","code":403,"type":null,"token":"x","deep":{"a":1}}', keep)).toBe(
      '{"message":"Forbidden","code":403,"type":null,"token":"[REDACTED]","deep":"[REDACTED]"}',
    )
    expect(maskReplyBody('{"message":{"nested":"x"}}', keep)).toBe('{"message":"[REDACTED]"}')
    expect(maskReplyBody('{"cut', keep)).toBe('[REDACTED]')
    expect(maskReplyBody('["x"]', keep)).toBe('[REDACTED]')
    expect(maskReplyBody('error=invalid&token=x', keep)).toBe('error=[REDACTED]&token=[REDACTED]')
    expect(maskReplyBody('<html>Forbidden</html>', (text) => text.toUpperCase())).toBe('<HTML>FORBIDDEN</HTML>')
    expect(maskReplyBody('"just a string"', keep)).toBe('"just a string"')
  })

  it('a page or plain text keeps what reads as words and masks every long opaque run, of any kind', () => {
    // CloudFront's 503 page as a browser rendered it, quoted in test/field/cases/edge.json
    // (edge-lambda-edge-exec-timeout-rendered-1): sentences stay, the Request ID is an opaque run.
    const page = [
      '503 ERROR',
      'The request could not be satisfied.',
      "The Lambda function associated with the CloudFront distribution is invalid or doesn't have the required permissions. We can't connect to the server for this app or website at this time. There might be too much traffic or a configuration error. Try again later, or contact the app or website owner.",
      'If you provide content to customers through CloudFront, you can find steps to troubleshoot and help prevent this error by reviewing the CloudFront documentation.',
      'Generated by cloudfront (CloudFront)',
      'Request ID: k7kgIufjD4o3341WbhMqhzROQuaottYXer8h--dpFs9qvDxSXKmFww==',
    ].join('\n')
    expect(maskReplyBody(page, (text) => text)).toBe(page.replace(/Request ID: \S+/, 'Request ID: [REDACTED]'))
    // A documentation URL reads as words (the patterns send URLs through the URL allowlist first).
    const link = 'See https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-bad-gateway.html'
    expect(maskOpaqueTokens(link)).toBe(link)
    // A debug page that echoes what no pattern knows: a session value, a hex key, letters-only noise.
    const echoed = 'session: Zm9vYmFyYmF6cXV4MTIzNDU2 key 9f86d081884c7d659a2feaa0c55ad015 id AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEf'
    expect(maskOpaqueTokens(echoed)).toBe('session: [REDACTED] key [REDACTED] id [REDACTED]')
    // Words, dates, compound names and short mixed values stay.
    for (const kept of ['2025-03-10T12:00:01Z', 'internationalization-and-localization', 'x-amz-apigw-id', 'v1.2.3 build 4567'])
      expect(maskOpaqueTokens(kept)).toBe(kept)
  })
})
