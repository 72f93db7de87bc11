/**
 * A large HAR for the CLI's and the playground's size tests: every tenth entry a REST 403 (Missing
 * Authentication Token with its headers), every tenth a 502 page, every tenth a request without a reply;
 * the rest are 200s padded with `fillerLength` characters. 10 000 entries of 6 300 make about 50 MB.
 */
export function bigHar(entries: number, fillerLength: number): string {
  const api = 'https://abc123defg.execute-api.eu-west-1.amazonaws.com'
  const filler = 'x'.repeat(fillerLength)
  const list = Array.from({ length: entries }, (_, i) => {
    const kind = i % 10
    const status = kind === 0 ? 403 : kind === 1 ? 502 : kind === 2 ? 0 : 200
    const text =
      kind === 0 ? '{"message":"Missing Authentication Token"}' : kind === 1 ? '<html>bad gateway</html>' : `{"data":"${filler}"}`
    const headers = [{ name: 'content-type', value: 'application/json' }]
    if (kind === 0)
      headers.push(
        { name: 'x-amzn-errortype', value: 'MissingAuthenticationTokenException' },
        { name: 'x-amzn-requestid', value: `req-${i}` },
      )
    return {
      startedDateTime: '2024-05-22T08:31:54.120Z',
      time: 80 + (i % 40),
      request: {
        method: 'GET',
        url: `${api}/prod/items/${i}?page=${i}`,
        headers: [{ name: 'Authorization', value: 'Bearer a.b.c' }],
      },
      response: {
        status,
        statusText: '',
        headers: status === 0 ? [] : headers,
        content: { size: text.length, mimeType: 'application/json', text },
      },
      timings: { blocked: 1, dns: -1, connect: -1, send: 0, wait: 78, receive: 1 },
    }
  })
  return JSON.stringify({ log: { version: '1.2', creator: { name: 'Firefox', version: '128.0' }, entries: list } })
}
