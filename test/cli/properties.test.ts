import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectFormat } from '../../src/cli/detect.ts'
import { splitLines } from '../../src/cli/lines.ts'
import { parseCurl } from '../../src/cli/parse-curl.ts'
import { parseHar } from '../../src/cli/parse-har.ts'
import { parseJsonReplies } from '../../src/cli/parse-json.ts'
import { parseRaw } from '../../src/cli/parse-raw.ts'
import { parseDetected } from '../../src/cli/run.ts'
import { newCounter, type ParseResult } from '../../src/cli/types.ts'
import { bodyText, runCli } from './helpers.ts'

/** Lines of the kinds a transcript holds, with the glue and noise seen in real ones. */
const curlishLine = fc.oneof(
  fc.constantFrom(
    '> GET /prod/x HTTP/2',
    '> POST http://example.com/a?b=c HTTP/1.1',
    '> CONNECT example.com:443 HTTP/1.1',
    '> Host: abc123defg.execute-api.eu-west-1.amazonaws.com',
    '> Authorization: Bearer a.b.c',
    '>',
    '> ',
    '< HTTP/2 403 ',
    '< HTTP/1.1 100 Continue',
    '< HTTP/1.1 200 Connection established',
    '< HTTP/1.1 502 Bad Gateway',
    '< content-length: 42',
    '< content-length: 99999999',
    '< x-amzn-errortype: MissingAuthenticationTokenException',
    '<',
    '< ',
    '* Connected to example.com (1.2.3.4) port 443 (#0)',
    '* Connected to example.com (1.2.3.4) port 80',
    '* TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):',
    '* [HTTP/2] [1] OPENED stream for https://example.com/prod/x',
    "* Issue another request to this URL: 'https://example.com/b'",
    '* Ignoring the response-body',
    '* Connection #0 to host example.com left intact',
    '* Closing connection 0',
    '{ [42 bytes data]',
    '} [5 bytes data]',
    '{"message":"Missing Authentication Token"}',
    '{"message":"x"}* Connection #0 to host x left intact',
    'body{ [5 bytes data]< HTTP/1.1 200 OK',
    '  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0* Connected to x (1.2.3.4) port 443',
    '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current',
    'HTTP/1.1 403 Forbidden',
    'curl: (52) Empty reply from server',
    '',
  ),
  fc.string({ maxLength: 40 }),
)
const transcript = fc
  .tuple(fc.array(curlishLine, { maxLength: 80 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, eol]) => lines.join(eol))

/** Raw HTTP lines. */
const rawLine = fc.oneof(
  fc.constantFrom(
    'HTTP/1.1 403 Forbidden',
    'HTTP/2 401 ',
    'HTTP/1.1 100 Continue',
    'GET /prod/x HTTP/1.1',
    'Host: api.example.com',
    'Content-Type: application/json',
    '  folded',
    '',
    '{"message":"Forbidden"}HTTP/1.1 200 OK',
    '{"message":"Forbidden"}',
  ),
  fc.string({ maxLength: 40 }),
)
const rawText = fc.array(rawLine, { maxLength: 80 }).map((lines) => lines.join('\r\n'))

function lineCount(text: string): number {
  return splitLines(text, newCounter()).length
}

function bodyChars(result: ParseResult): number {
  return result.exchanges.reduce((sum, e) => sum + (bodyText(e)?.length ?? 0), 0)
}

describe('parser properties', () => {
  it('parseCurl never throws, does linear work, and invents no text', () => {
    fc.assert(
      fc.property(transcript, (text) => {
        const work = newCounter()
        const result = parseCurl(text, work)
        const lines = lineCount(text)
        // Each line is split once and handled in at most 64 turns; each draft is finished once.
        expect(work.steps).toBeLessThanOrEqual(66 * lines + 1)
        expect(bodyChars(result)).toBeLessThanOrEqual(text.length)
        expect(result.exchanges.length).toBeLessThanOrEqual(lines)
        for (const e of result.exchanges) if (e.kind === 'reply') expect(e.input.status).toBeGreaterThanOrEqual(200)
      }),
      { numRuns: 400 },
    )
  })

  it('parseRaw never throws, does linear work, and finds at most one reply per status line', () => {
    fc.assert(
      fc.property(rawText, (text) => {
        const work = newCounter()
        const result = parseRaw(text, work)
        const lines = lineCount(text)
        expect(work.steps).toBeLessThanOrEqual(3 * lines + 1)
        expect(bodyChars(result)).toBeLessThanOrEqual(text.length)
        const statusLines = (text.match(/HTTP\/\d(?:\.\d)? [1-5]\d\d/g) ?? []).length
        expect(result.exchanges.length).toBeLessThanOrEqual(statusLines)
      }),
      { numRuns: 400 },
    )
  })

  it('work grows linearly: k copies of a transcript cost k times one', () => {
    const one = [
      '* Connected to example.com (1.2.3.4) port 443',
      '> GET /prod/x HTTP/2',
      '> Host: example.com',
      '>',
      '< HTTP/2 403',
      '< content-length: 42',
      '<',
      '{"message":"Missing Authentication Token"}* Connection #0 to host example.com left intact',
    ].join('\n')
    const cost = (k: number): number => {
      const work = newCounter()
      parseCurl(Array.from({ length: k }, () => one).join('\n'), work)
      return work.steps
    }
    const base = cost(1)
    // One transcript is 8 lines: a count that stayed at 0 would make every multiple match.
    expect(base).toBeGreaterThanOrEqual(8)
    for (const k of [10, 100, 1000]) expect(cost(k)).toBe(k * base)
  })

  it('stays linear on pathological lines (many markers, many "HTTP/", one huge line)', () => {
    const markers = '* Connection #0 to host x left intact'.repeat(2000)
    const work = newCounter()
    parseCurl(`< HTTP/1.1 500 Internal Server Error\n<\n${markers}`, work)
    expect(work.steps).toBeLessThanOrEqual(70)
    const rawWork = newCounter()
    parseRaw(`HTTP/1.1 500 x\n\n${'HTTP/'.repeat(100_000)}\nHTTP/1.1 200 OK`, rawWork)
    expect(rawWork.steps).toBeLessThanOrEqual(8)
  })

  it('detection and parsing never throw on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), transcript, rawText),
        (text) => {
          const work = newCounter()
          const detection = detectFormat(text, work)
          if ('error' in detection) return
          const result = parseDetected(detection, work)
          expect(['curl', 'raw', 'har', 'json', 'paste']).toContain(result.format)
        },
      ),
      { numRuns: 400 },
    )
  })

  it('parseHar and parseJsonReplies never throw on any JSON, and do one step per entry (plus headers)', () => {
    const harLike = fc.record({
      log: fc.record({
        creator: fc.oneof(fc.constant({ name: 'WebInspector' }), fc.jsonValue()),
        entries: fc.array(
          fc.oneof(
            fc.jsonValue(),
            fc.record({
              request: fc.record({
                method: fc.oneof(fc.string(), fc.jsonValue()),
                url: fc.oneof(fc.webUrl(), fc.jsonValue()),
                headers: fc.jsonValue(),
              }),
              response: fc.record({
                status: fc.oneof(fc.integer({ min: -5, max: 700 }), fc.string(), fc.jsonValue()),
                headers: fc.jsonValue(),
                content: fc.record({
                  text: fc.oneof(fc.string(), fc.base64String()),
                  encoding: fc.constantFrom('base64', 'utf8', undefined),
                }),
              }),
              time: fc.jsonValue(),
            }),
          ),
          { maxLength: 20 },
        ),
      }),
    })
    fc.assert(
      fc.property(harLike, (value) => {
        const work = newCounter()
        const result = parseHar(value, work)
        expect(result.exchanges).toHaveLength(value.log.entries.length)
        const headers = value.log.entries.reduce((n: number, e) => {
          const h = (e as { request?: { headers?: unknown } } | null)?.request?.headers
          return n + (Array.isArray(h) ? h.length : 0)
        }, 0)
        expect(work.steps).toBeLessThanOrEqual(value.log.entries.length + headers)
      }),
      { numRuns: 300 },
    )
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseJsonReplies(value)
        expect(result.format).toBe('json')
        parseHar(value)
      }),
      { numRuns: 300 },
    )
  })

  it('the whole CLI never throws: exit 0 with output, or exit 2 with one line', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }),
          transcript.map((t) => Buffer.from(t)),
          rawText.map((t) => Buffer.from(t)),
        ),
        async (bytes) => {
          const result = await runCli([], { stdin: bytes })
          if (result.code === 0) {
            expect(result.stdout.length).toBeGreaterThan(0)
          } else {
            expect(result.code).toBe(2)
            expect(result.stdout).toBe('')
            expect(result.stderr).toMatch(/^apigw-doctor: stdin: [^\n]+\n$/)
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})
