import { describe, expect, it } from 'vitest'
import { parseCurl } from '../../src/cli/parse-curl.ts'
import type { Exchange, FoundReply } from '../../src/cli/types.ts'
import { bodyText, replyHeaders } from './helpers.ts'

const HOST = 'abc123defg.execute-api.eu-west-1.amazonaws.com'
const MISSING = '{"message":"Missing Authentication Token"}'

function replies(text: string): FoundReply[] {
  return parseCurl(text).exchanges.filter((e: Exchange): e is FoundReply => e.kind === 'reply')
}

/** A curl 8 HTTP/2 exchange; `after` is what follows the blank `<` line. */
function exchange(path: string, status: string, headers: string[], after: string): string {
  return [
    `* Connected to ${HOST} (3.248.0.1) port 443`,
    '* ALPN: server accepted h2',
    `> GET ${path} HTTP/2`,
    `> Host: ${HOST}`,
    '> User-Agent: curl/8.5.0',
    '> Accept: */*',
    '> ',
    `< HTTP/2 ${status} `,
    ...headers.map((h) => `< ${h}`),
    '< ',
    after,
  ].join('\n')
}

describe('parseCurl', () => {
  it('reads a pasted capture with only reply lines and the body, as in the seed memo', () => {
    const text = [
      '< HTTP/2 403',
      '< date: Wed, 22 May 2019 08:31:54 GMT',
      '< content-type: application/json',
      '< x-amzn-errortype: MissingAuthenticationTokenException',
      MISSING,
    ].join('\n')
    const [reply, ...rest] = replies(text)
    expect(rest).toEqual([])
    expect(reply?.input.status).toBe(403)
    expect(replyHeaders(reply).get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException')
    expect(bodyText(reply)).toBe(MISSING)
    expect(reply?.input.request).toBeUndefined()
    expect(reply?.url).toBeUndefined()
  })

  it('reads CRLF and LF line ends alike', () => {
    const lf = exchange('/prod/x', '403', ['x-amzn-errortype: MissingAuthenticationTokenException'], MISSING)
    const crlf = lf.replaceAll('\n', '\r\n')
    expect(replies(crlf)).toEqual(replies(lf))
    expect(bodyText(replies(crlf)[0])).toBe(MISSING)
  })

  it('builds the URL from the request line, the Host header and the connection', () => {
    const [reply] = replies(exchange('/prod/items?limit=5', '403', [], MISSING))
    expect(reply?.url).toBe(`https://${HOST}/prod/items?limit=5`)
    expect(reply?.method).toBe('GET')
    expect(reply?.input.request?.method).toBe('GET')
    expect(reply?.schemeAssumed).toBeUndefined()
  })

  it('uses http for a plain connection on port 80', () => {
    const text = [
      '* Connected to example.com (93.184.0.1) port 80 (#0)',
      '> GET / HTTP/1.1',
      '> Host: example.com',
      '>',
      '< HTTP/1.1 404 Not Found',
      '<',
    ].join('\n')
    expect(replies(text)[0]?.url).toBe('http://example.com/')
  })

  it('assumes https, and says so, when the transcript shows no connection', () => {
    const [reply] = replies(
      ['> GET /prod/x HTTP/1.1', `> Host: ${HOST}`, '>', '< HTTP/1.1 403 Forbidden', '<', MISSING].join('\n'),
    )
    expect(reply?.url).toBe(`https://${HOST}/prod/x`)
    expect(reply?.schemeAssumed).toBe(true)
    expect(reply?.input.statusText).toBe('Forbidden')
  })

  it('keeps the request headers for the ranking (Authorization scheme, names sent)', () => {
    const text = exchange('/prod/x', '403', [], MISSING).replace(
      '> Accept: */*',
      '> Accept: */*\n> Authorization: Bearer abc.def.ghi',
    )
    const headers = replies(text)[0]?.input.request?.headers as Array<[string, string]>
    expect(headers).toContainEqual(['Authorization', 'Bearer abc.def.ghi'])
    expect(headers.map(([name]) => name)).toEqual(['Host', 'User-Agent', 'Accept', 'Authorization'])
  })

  it('separates a body glued to curl 8 and curl 7 closing lines', () => {
    for (const closing of [
      `* Connection #0 to host ${HOST} left intact`,
      '* Closing connection 0',
      '* shutting down connection #0',
    ]) {
      const [reply] = replies(exchange('/p', '403', [], `${MISSING}${closing}`))
      expect(bodyText(reply)).toBe(MISSING)
    }
  })

  it('finds the body after the closing line when stdout was buffered', () => {
    const text = `${exchange('/p', '403', ['content-length: 42'], '{ [42 bytes data]')}\n* Connection #0 to host ${HOST} left intact\n${MISSING}\n`
    expect(bodyText(replies(text)[0])).toBe(MISSING)
  })

  it('splits bodies that arrived together at the end by Content-Length, then by the byte counts curl reported', () => {
    const first = exchange('/a', '401', ['content-length: 26'], `* Connection #0 to host ${HOST} left intact`)
    const second = exchange('/b', '403', [], `{ [42 bytes data]\n* Connection #0 to host ${HOST} left intact`)
    const third = exchange('/c', '404', [], `* Connection #0 to host ${HOST} left intact`)
    const text = `${first}\n${second}\n${third}\n{"message":"Unauthorized"}${MISSING}{"message":"Not Found"}`
    expect(replies(text).map(bodyText)).toEqual(['{"message":"Unauthorized"}', MISSING, '{"message":"Not Found"}'])
  })

  it('counts Content-Length in UTF-8 bytes when splitting', () => {
    const body = '{"message":"Ünïcödé"}'
    const length = new TextEncoder().encode(body).byteLength
    const first = exchange('/a', '400', [`content-length: ${length}`], `* Connection #0 to host ${HOST} left intact`)
    const second = exchange('/b', '403', [], `* Connection #0 to host ${HOST} left intact`)
    expect(replies(`${first}\n${second}\n${body}${MISSING}`).map(bodyText)).toEqual([body, MISSING])
  })

  it('gives all late text to one reply whose length is unknown', () => {
    const first = exchange('/a', '500', [], `* Connection #0 to host ${HOST} left intact`)
    const second = exchange('/b', '502', [], `* Connection #0 to host ${HOST} left intact`)
    expect(replies(`${first}\n${second}\nAB`).map(bodyText)).toEqual(['AB', undefined])
  })

  it('does not count TLS records reported after the headers as body bytes', () => {
    const head = exchange(
      '/a',
      '401',
      [],
      '* TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):\n{ [265 bytes data]\n{ [26 bytes data]',
    )
    const second = exchange('/b', '403', [], '{ [42 bytes data]')
    const text = `${head}\n* Connection #0 to host ${HOST} left intact\n${second}\n* Connection #0 to host ${HOST} left intact\n{"message":"Unauthorized"}${MISSING}`
    expect(replies(text).map(bodyText)).toEqual(['{"message":"Unauthorized"}', MISSING])
  })

  it('skips interim 100 Continue replies', () => {
    const text = [
      '> POST /prod/upload HTTP/1.1',
      `> Host: ${HOST}`,
      '> Expect: 100-continue',
      '>',
      '< HTTP/1.1 100 Continue',
      '<',
      '< HTTP/1.1 413 Request Entity Too Large',
      '< Content-Type: application/json',
      '<',
      '{"message":"Request Too Long"}',
    ].join('\n')
    const found = replies(text)
    expect(found.map((r) => r.input.status)).toEqual([413])
    expect(bodyText(found[0])).toBe('{"message":"Request Too Long"}')
    expect(found[0]?.method).toBe('POST')
  })

  it("ignores a proxy's answer to CONNECT and keeps the tunnelled exchange", () => {
    const text = [
      '* Connected to proxy.internal (10.0.0.5) port 3128 (#0)',
      `> CONNECT ${HOST}:443 HTTP/1.1`,
      `> Host: ${HOST}:443`,
      '>',
      '< HTTP/1.1 200 Connection established',
      '<',
      '* Proxy replied 200 to CONNECT request',
      '* TLSv1.3 (OUT), TLS handshake, Client hello (1):',
      '> GET /prod/x HTTP/1.1',
      `> Host: ${HOST}`,
      '>',
      '< HTTP/1.1 403 Forbidden',
      '<',
      MISSING,
    ].join('\n')
    const found = replies(text)
    expect(found.map((r) => [r.input.status, r.url])).toEqual([[403, `https://${HOST}/prod/x`]])
  })

  it('follows redirects: skips the redirect body and takes the next URL curl announced', () => {
    const text = [
      '* Connected to d111111abcdef8.cloudfront.net (13.35.0.21) port 80',
      '> GET /prod/x HTTP/1.1',
      '> Host: d111111abcdef8.cloudfront.net',
      '>',
      '< HTTP/1.1 301 Moved Permanently',
      '< Location: https://d111111abcdef8.cloudfront.net/prod/x',
      '<',
      '* Ignoring the response-body',
      "* Issue another request to this URL: 'https://d111111abcdef8.cloudfront.net/prod/x'",
      '* Connected to d111111abcdef8.cloudfront.net (13.35.0.21) port 443',
      '> GET /prod/x HTTP/2',
      '> Host: d111111abcdef8.cloudfront.net',
      '>',
      '< HTTP/2 403',
      '<',
      MISSING,
    ].join('\n')
    const found = replies(text)
    expect(found.map((r) => [r.input.status, r.url, bodyText(r)])).toEqual([
      [301, 'http://d111111abcdef8.cloudfront.net/prod/x', undefined],
      [403, 'https://d111111abcdef8.cloudfront.net/prod/x', MISSING],
    ])
  })

  it('takes the URL curl 8 announces for an HTTP/2 stream, and not a stale one', () => {
    const text = [
      `* [HTTP/2] [1] OPENED stream for https://${HOST}:8443/prod/x`,
      '> GET /prod/x HTTP/2',
      `> Host: ${HOST}:8443`,
      '>',
      '< HTTP/2 403',
      '<',
      `* [HTTP/2] [3] OPENED stream for https://${HOST}/elsewhere`,
      '> GET /prod/y HTTP/2',
      `> Host: ${HOST}`,
      '>',
      '< HTTP/2 404',
      '<',
    ].join('\n')
    expect(replies(text).map((r) => r.url)).toEqual([`https://${HOST}:8443/prod/x`, `https://${HOST}/prod/y`])
  })

  it('drops the head that curl -v -i also writes to stdout', () => {
    const text = exchange(
      '/p',
      '403',
      ['content-type: application/json'],
      `HTTP/2 403 \ncontent-type: application/json\n\n${MISSING}`,
    )
    expect(bodyText(replies(text)[0])).toBe(MISSING)
  })

  it('reads through the progress meter, even when curl glued its next line to it', () => {
    const meter =
      '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n'
    const row = '\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0'
    const end = '\r100    42  100    42    0     0    280      0 --:--:-- --:--:-- --:--:--   281\n'
    const text = `${meter}${row}${exchange('/p', '403', ['content-length: 42'], `${end}* Connection #0 to host ${HOST} left intact`)}\n${MISSING}`
    const [reply] = replies(text)
    expect(reply?.url).toBe(`https://${HOST}/p`)
    expect(bodyText(reply)).toBe(MISSING)
  })

  it('leaves no body for HEAD, 204 and 304 replies', () => {
    const head = ['> HEAD /p HTTP/1.1', `> Host: ${HOST}`, '>', '< HTTP/1.1 403 Forbidden', '< Content-Length: 42', '<'].join(
      '\n',
    )
    expect(replies(`${head}\n* Connection #0 to host x left intact\nstray`)[0]?.input.body).toBeUndefined()
    const noContent = exchange('/p', '204', [], 'stray text')
    expect(replies(noContent)[0]?.input.body).toBeUndefined()
  })

  it('reads HTTP/3 status lines', () => {
    const text = [
      '* using HTTP/3',
      '> GET /prod/x HTTP/3',
      `> Host: ${HOST}`,
      '>',
      '< HTTP/3 429',
      '<',
      '{"message":"Too Many Requests"}',
    ].join('\n')
    const [reply] = replies(text)
    expect(reply?.input.status).toBe(429)
    expect(reply?.url).toBe(`https://${HOST}/prod/x`)
  })

  it("says why there is no reply when curl failed, quoting curl's error line", () => {
    const text = [
      '* Could not resolve host: abc123defg.execute-api.eu-west-1.amazonaws.com',
      '* Closing connection',
      'curl: (6) Could not resolve host: abc123defg.execute-api.eu-west-1.amazonaws.com',
    ].join('\n')
    const result = parseCurl(text)
    expect(result.exchanges).toEqual([])
    expect(result.emptyReason).toBe('curl: (6) Could not resolve host: abc123defg.execute-api.eu-west-1.amazonaws.com')
    expect(parseCurl('> GET / HTTP/1.1\n>\n').emptyReason).toMatch(/no reply line/)
  })

  it('starts a new reply for each status line of a capture without requests', () => {
    const text = [
      '< HTTP/1.1 502 Bad Gateway',
      '< Server: awselb/2.0',
      '<',
      '<html>502</html>',
      '< HTTP/1.1 503 Service Unavailable',
      '< Server: awselb/2.0',
      '<',
      '<html>503</html>',
    ].join('\n')
    expect(replies(text).map((r) => [r.input.status, bodyText(r)])).toEqual([
      [502, '<html>502</html>'],
      [503, '<html>503</html>'],
    ])
  })

  it('keeps blank lines inside a body', () => {
    const [reply] = replies(exchange('/p', '502', [], '<html>\n\n<body>x</body></html>'))
    expect(bodyText(reply)).toBe('<html>\n\n<body>x</body></html>')
  })
})
