import { describe, expect, it } from 'vitest'
import { parseRaw } from '../../src/cli/parse-raw.ts'
import type { FoundReply } from '../../src/cli/types.ts'
import { bodyText, replyHeaders } from './helpers.ts'

const MISSING = '{"message":"Missing Authentication Token"}'
const HEAD_403 = [
  'HTTP/1.1 403 Forbidden',
  'Content-Type: application/json',
  'x-amzn-ErrorType: MissingAuthenticationTokenException',
]

function replies(text: string): FoundReply[] {
  return parseRaw(text).exchanges.filter((e): e is FoundReply => e.kind === 'reply')
}

describe('parseRaw', () => {
  it('reads a status line, headers, a blank line and the body', () => {
    const [reply, ...rest] = replies([...HEAD_403, '', MISSING].join('\r\n'))
    expect(rest).toEqual([])
    expect(reply?.input.status).toBe(403)
    expect(reply?.input.statusText).toBe('Forbidden')
    expect(replyHeaders(reply).get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException')
    expect(bodyText(reply)).toBe(MISSING)
    expect(reply?.input.request).toBeUndefined()
  })

  it('skips text before the first message, such as the command that printed it', () => {
    const [reply] = replies(
      ['$ curl -i https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod', ...HEAD_403, '', MISSING].join('\n'),
    )
    expect(reply?.input.status).toBe(403)
  })

  it('uses a request printed before the reply as its context', () => {
    const text = [
      'POST /prod/orders?key=1 HTTP/1.1',
      'Host: api.example.com',
      'Authorization: Bearer x.y.z',
      '',
      '{"order":1}',
      ...HEAD_403,
      '',
      MISSING,
    ].join('\n')
    const [reply] = replies(text)
    expect(reply?.method).toBe('POST')
    expect(reply?.url).toBe('https://api.example.com/prod/orders?key=1')
    expect(reply?.schemeAssumed).toBe(true)
    expect(reply?.input.request?.headers).toContainEqual(['Authorization', 'Bearer x.y.z'])
    expect(bodyText(reply)).toBe(MISSING)
  })

  it('reads every hop of curl -i -L and skips interim replies', () => {
    const text = [
      'HTTP/1.1 100 Continue',
      '',
      'HTTP/1.1 301 Moved Permanently',
      'Location: https://example.com/',
      '',
      'HTTP/2 403 ',
      'content-type: application/json',
      '',
      MISSING,
    ].join('\n')
    expect(replies(text).map((r) => [r.input.status, bodyText(r)])).toEqual([
      [301, undefined],
      [403, MISSING],
    ])
  })

  it('splits a body without a final newline from the next status line (curl -i URL1 URL2)', () => {
    const text = [
      'HTTP/2 401 ',
      'content-type: application/json',
      '',
      '{"message":"Unauthorized"}HTTP/2 403 ',
      'content-type: application/json',
      '',
      MISSING,
    ].join('\n')
    expect(replies(text).map((r) => [r.input.status, bodyText(r)])).toEqual([
      [401, '{"message":"Unauthorized"}'],
      [403, MISSING],
    ])
  })

  it('does not split a body that merely mentions a status line', () => {
    const body = '<p>The upstream said HTTP/1.1 502 Bad Gateway</p>\n<p>retry later</p>'
    const [reply, ...rest] = replies(['HTTP/1.1 502 Bad Gateway', 'Content-Type: text/html', '', body].join('\n'))
    expect(rest).toEqual([])
    expect(bodyText(reply)).toBe(body)
  })

  it('joins folded header lines and accepts a paste without the blank line', () => {
    const [reply] = replies(
      ['HTTP/1.1 403 Forbidden', 'x-amzn-ErrorType: MissingAuthentication', '  TokenException', MISSING].join('\n'),
    )
    expect(replyHeaders(reply).get('x-amzn-errortype')).toBe('MissingAuthentication TokenException')
    expect(bodyText(reply)).toBe(MISSING)
  })

  it('finds nothing in text without a status line', () => {
    expect(parseRaw('hello\nworld').exchanges).toEqual([])
  })
})
