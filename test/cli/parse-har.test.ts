import { describe, expect, it } from 'vitest'
import { parseHar } from '../../src/cli/parse-har.ts'
import { newCounter } from '../../src/cli/types.ts'
import { diagnose } from '../../src/engine/diagnose.ts'
import { DEFAULT_MAX_BODY_BYTES } from '../../src/reading/body.ts'
import { bodyText } from './helpers.ts'

const HOST = 'abc123defg.execute-api.eu-west-1.amazonaws.com'
const MISSING = '{"message":"Missing Authentication Token"}'

function har(entries: unknown[], creator = 'Firefox'): unknown {
  return { log: { version: '1.2', creator: { name: creator, version: '1' }, entries } }
}

function entry(overrides: { request?: object; response?: object; time?: number; timings?: object } = {}): object {
  return {
    startedDateTime: '2024-05-22T08:31:54.120Z',
    time: overrides.time ?? 120,
    timings: overrides.timings ?? { blocked: 1, dns: -1, connect: -1, send: 0, wait: 118, receive: 1 },
    request: {
      method: 'get',
      url: `https://${HOST}/prod/x?limit=1`,
      headers: [{ name: 'Authorization', value: 'Bearer a.b.c' }],
      ...overrides.request,
    },
    response: {
      status: 403,
      statusText: 'Forbidden',
      headers: [{ name: 'x-amzn-ErrorType', value: 'MissingAuthenticationTokenException' }],
      content: { size: 42, mimeType: 'application/json', text: MISSING },
      ...overrides.response,
    },
  }
}

describe('parseHar', () => {
  it('turns each entry into a diagnose() input with its request context and timing', () => {
    const result = parseHar(har([entry()]))
    expect(result.format).toBe('har')
    const [reply] = result.exchanges
    expect(reply).toMatchObject({ kind: 'reply', method: 'GET', url: `https://${HOST}/prod/x?limit=1` })
    if (reply?.kind !== 'reply') throw new Error('expected a reply')
    expect(reply.input).toMatchObject({ status: 403, statusText: 'Forbidden', body: MISSING, elapsedMs: 120 })
    expect(reply.input.request).toEqual({
      method: 'GET',
      url: `https://${HOST}/prod/x?limit=1`,
      headers: [['Authorization', 'Bearer a.b.c']],
    })
    expect(diagnose(reply.input)?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
  })

  it('decodes base64 content', () => {
    const content = { size: 42, mimeType: 'application/json', encoding: 'base64', text: Buffer.from(MISSING).toString('base64') }
    const [reply] = parseHar(har([entry({ response: { content } })])).exchanges
    expect(bodyText(reply)).toBe(MISSING)
  })

  it('decodes only as much base64 as the engine reads, and the engine still sees the cut', () => {
    const big = Buffer.alloc(DEFAULT_MAX_BODY_BYTES * 4, 'a').toString('base64')
    const [reply] = parseHar(har([entry({ response: { content: { encoding: 'base64', text: big } } })])).exchanges
    if (reply?.kind !== 'reply' || !(reply.input.body instanceof Uint8Array)) throw new Error('expected bytes')
    expect(reply.input.body.byteLength).toBeGreaterThan(DEFAULT_MAX_BODY_BYTES)
    expect(reply.input.body.byteLength).toBeLessThan(DEFAULT_MAX_BODY_BYTES + 8)
  })

  it('reports entries without a reply (status 0) with their error', () => {
    const chrome = entry({
      response: { status: 0, statusText: '', headers: [], content: { size: 0 }, _error: 'net::ERR_FAILED' },
    })
    const firefox = entry({ response: { status: 0, statusText: '', headers: [], content: {} } })
    expect(parseHar(har([chrome, firefox])).exchanges).toEqual([
      { kind: 'no-reply', method: 'GET', url: `https://${HOST}/prod/x?limit=1`, error: 'net::ERR_FAILED' },
      { kind: 'no-reply', method: 'GET', url: `https://${HOST}/prod/x?limit=1`, error: 'no response' },
    ])
  })

  it('accepts a status written as a string and sums the timings when time is missing', () => {
    const e = entry({
      response: { status: '403' },
      timings: { blocked: -1, dns: 2, connect: 3, send: 1, wait: 50, receive: 4 },
    }) as Record<string, unknown>
    delete e.time
    const [reply] = parseHar(har([e])).exchanges
    expect(reply?.kind === 'reply' && reply.input.status).toBe(403)
    expect(reply?.kind === 'reply' && reply.input.elapsedMs).toBe(60)
  })

  it("does not take a sanitized Chrome export's missing Authorization and Cookie headers as not sent", () => {
    const sanitized = { request: { headers: [{ name: 'accept', value: '*/*' }] } }
    const result = parseHar(har([entry(sanitized), entry(sanitized)], 'WebInspector'))
    expect(result.notes).toHaveLength(1)
    expect(result.notes[0]).toMatch(/sanitized/)
    const [reply] = result.exchanges
    expect(reply?.kind === 'reply' && reply.input.request).toEqual({ method: 'GET', url: `https://${HOST}/prod/x?limit=1` })
    // The same entries from Firefox, or a Chrome export that kept an Authorization header, keep their headers.
    expect(parseHar(har([entry(sanitized)], 'Firefox')).notes).toEqual([])
    const kept = parseHar(har([entry(sanitized), entry()], 'WebInspector'))
    expect(kept.notes).toEqual([])
    expect(kept.exchanges[0]?.kind === 'reply' && kept.exchanges[0].input.request?.headers).toEqual([['accept', '*/*']])
  })

  it('reads header shapes leniently and never an inherited property', () => {
    const e = JSON.parse(
      `{"request":{"method":"GET","url":"https://${HOST}/p","headers":[{"name":"accept","value":"*/*"},{"value":"no name"},["x-pair","1"],null]},"response":{"__proto__":{"status":500},"status":502,"headers":[{"name":"server","value":"awselb/2.0"}],"content":{"text":"<html></html>"}}}`,
    ) as unknown
    const [reply] = parseHar(har([e])).exchanges
    if (reply?.kind !== 'reply') throw new Error('expected a reply')
    expect(reply.input.status).toBe(502)
    expect(reply.input.request?.headers).toEqual([
      ['accept', '*/*'],
      ['x-pair', '1'],
    ])
  })

  it("marks a browser's own export (Chrome, Edge, Safari, Firefox, or a log.browser entry), never a proxy's", () => {
    for (const creator of ['WebInspector', 'WebKit Web Inspector', 'Firefox'])
      expect(parseHar(har([entry()], creator)).browser).toBe(true)
    const named = {
      log: { creator: { name: 'Some exporter' }, browser: { name: 'Chromium', version: '131' }, entries: [entry()] },
    }
    expect(parseHar(named).browser).toBe(true)
    for (const creator of ['Charles Proxy', 'Proxyman', 'mitmproxy har_dump'])
      expect(parseHar(har([entry()], creator)).browser).toBeUndefined()
    expect(parseHar({ log: { entries: [entry()] } }).browser).toBeUndefined()
  })

  it('says why a document is not a usable HAR', () => {
    expect(parseHar({ log: {} }).emptyReason).toMatch(/no log\.entries/)
    expect(parseHar({ log: { entries: [] } }).emptyReason).toMatch(/no entries/)
    expect(parseHar(null).exchanges).toEqual([])
  })

  it('does one step per entry plus one per request header when checking for sanitizing', () => {
    const work = newCounter()
    parseHar(har([entry(), entry(), entry()], 'WebInspector'), work)
    // 1 header seen (an Authorization header ends the check) + 3 entries.
    expect(work.steps).toBe(4)
  })
})
