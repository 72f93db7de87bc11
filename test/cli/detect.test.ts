import { describe, expect, it } from 'vitest'
import { detectFormat } from '../../src/cli/detect.ts'
import { newCounter } from '../../src/cli/types.ts'

const detect = (text: string, forced?: Parameters<typeof detectFormat>[2]): ReturnType<typeof detectFormat> =>
  detectFormat(text, newCounter(), forced)
const formatOf = (text: string): string => {
  const d = detect(text)
  return 'error' in d ? `error: ${d.error}` : d.format
}

describe('detectFormat', () => {
  it('tells the formats apart', () => {
    expect(formatOf('{"log":{"version":"1.2","entries":[]}}')).toBe('har')
    expect(formatOf('  \n[{"status":403}]')).toBe('json')
    expect(formatOf('{"status":403,"body":"x"}')).toBe('json')
    expect(formatOf('*   Trying 1.2.3.4:443...\n> GET / HTTP/1.1\n>\n< HTTP/1.1 403 Forbidden\n<\n')).toBe('curl')
    expect(formatOf('< HTTP/2 403\n< x-amzn-errortype: X\n{"message":"x"}')).toBe('curl')
    expect(formatOf('HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\n\r\n{}')).toBe('raw')
    expect(formatOf('GET / HTTP/1.1\nHost: x\n\nHTTP/1.1 403 Forbidden\n\n')).toBe('raw')
    // `curl -i` output after its command: the paste reader keeps the command's request and parses the reply as raw.
    expect(formatOf('$ curl -i https://x.example\nHTTP/2 403 \ncontent-type: text/plain\n\nno')).toBe('paste')
    expect(formatOf('$ curl -i https://x.example\n\nHTTP/2 403 \ncontent-type: text/plain\n\nno')).toBe('paste')
    expect(formatOf('notes first\nHTTP/2 403 \ncontent-type: text/plain\n\nno')).toBe('raw')
  })

  it('reads a curl transcript without a reply as curl, so the parser can quote curl', () => {
    expect(formatOf('*   Trying 1.2.3.4:443...\n* Failed to connect to x port 443\ncurl: (7) Failed to connect')).toBe('curl')
    expect(formatOf('curl: (6) Could not resolve host: x')).toBe('curl')
  })

  it('does not take a list of bullet points for curl: it is a paste', () => {
    expect(formatOf('* milk\n* eggs\n')).toBe('paste')
  })

  it('refuses empty text, and reads any other text as a paste', () => {
    expect(formatOf('')).toBe('error: the input is empty')
    expect(formatOf(' \n\t ')).toBe('error: the input is empty')
    expect(formatOf('hello world')).toBe('paste')
  })

  it('reads bare bodies, messages, request copies and console lines as a paste', () => {
    expect(formatOf('{"message":"Internal server error"}')).toBe('paste')
    expect(formatOf('{"Message":"User is not authorized to access this resource with an explicit deny"}')).toBe('paste')
    expect(formatOf('{"status":"error","message":"x"}')).toBe('paste')
    expect(formatOf('{"message":"Forbidden","status":403}')).toBe('paste')
    expect(formatOf('[{"message":"x"}]')).toBe('paste')
    expect(formatOf("{message: 'Forbidden'}")).toBe('paste')
    expect(formatOf('{"message": "Endpoint request timed out"')).toBe('paste')
    expect(formatOf('Missing Authentication Token')).toBe('paste')
    expect(formatOf("curl 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/items' -H 'accept: */*'")).toBe('paste')
    expect(formatOf("curl 'https://x.example/' \\\n  -H 'accept: */*'\nHTTP/2 403\n\n{}")).toBe('paste')
    expect(formatOf('fetch("https://x.example/", {"method": "GET"});\n{"message":"Forbidden"}')).toBe('paste')
    expect(formatOf('GET https://x.example/prod net::ERR_FAILED 403 (Forbidden)')).toBe('paste')
    expect(detect('anything', 'paste')).toEqual({ format: 'paste', text: 'anything' })
  })

  it('keeps reading reply lists as JSON', () => {
    expect(formatOf('{"status":403,"headers":{},"body":"x"}')).toBe('json')
    expect(formatOf('[{"message":"x"},{"status":502}]')).toBe('json')
    expect(formatOf('{"description":"x","fixtures":[]}')).toBe('json')
  })

  it('says a HAR is truncated without quoting it (JSON.parse messages quote the input)', () => {
    const truncated = '{"log":{"entries":[{"request":{"headers":[{"name":"authorization","value":"Bearer SECRETSECRET'
    const d = detect(truncated)
    expect(d).toEqual({ error: 'not valid JSON: the HAR file is truncated or damaged' })
    expect(detect('[{"status": 403, "token": "SECRETSECRET"')).toEqual({ error: 'not valid JSON (truncated or damaged?)' })
  })

  it('undoes what pasting into an issue does: code fences and shared indentation', () => {
    const pasted = [
      '```console',
      '    < HTTP/2 403',
      '    < x-amzn-errortype: MissingAuthenticationTokenException',
      '',
      '    {"message":"x"}',
      '```',
    ].join('\n')
    const d = detect(pasted)
    expect(d).toEqual({
      format: 'curl',
      lines: ['< HTTP/2 403', '< x-amzn-errortype: MissingAuthenticationTokenException', '', '{"message":"x"}'],
    })
    const mixed = detect('HTTP/1.1 403 Forbidden\n  folded\n')
    expect('lines' in mixed && mixed.lines).toEqual(['HTTP/1.1 403 Forbidden', '  folded'])
  })

  it('follows a forced format', () => {
    const raw = 'HTTP/1.1 403 Forbidden\n\n'
    const forced = detect(raw, 'curl')
    expect('format' in forced && forced.format).toBe('curl')
    const asHar = detect('{"entries":[]}', 'har')
    expect('format' in asHar && asHar.format).toBe('har')
    const asJson = detect('{"log":{"entries":[]}}', 'json')
    expect('format' in asJson && asJson.format).toBe('json')
    expect(detect('{"log":', 'har')).toEqual({ error: 'not valid JSON: the HAR file is truncated or damaged' })
  })
})
