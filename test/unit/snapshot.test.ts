import { describe, expect, it } from 'vitest'
import { readBodyText } from '../../src/reading/body.ts'
import { normalizeHeaders } from '../../src/reading/headers.ts'
import { takeSnapshot } from '../../src/reading/snapshot.ts'

describe('normalizeHeaders', () => {
  const expected = new Map([
    ['x-amzn-errortype', 'ForbiddenException'],
    ['content-type', 'application/json'],
  ])

  it('reads a WHATWG Headers object', () => {
    const headers = new Headers({ 'X-Amzn-ErrorType': 'ForbiddenException', 'Content-Type': 'application/json' })
    expect(normalizeHeaders(headers)).toEqual(expected)
  })

  it('reads a plain object in any casing', () => {
    expect(normalizeHeaders({ 'X-AMZN-ERRORTYPE': 'ForbiddenException', 'content-Type': 'application/json' })).toEqual(expected)
  })

  it('reads an array of pairs and joins repeated names', () => {
    const map = normalizeHeaders([['Via', '1.1 a.cloudfront.net (CloudFront)'], ['via', '1.1 b'], ['bad']] as unknown as [
      string,
      string,
    ][])
    expect(map.get('via')).toBe('1.1 a.cloudfront.net (CloudFront), 1.1 b')
  })

  it('reads objects with toJSON, like AxiosHeaders', () => {
    const axiosLike = { toJSON: () => ({ 'x-amzn-errortype': 'ForbiddenException', 'content-type': 'application/json' }) }
    expect(normalizeHeaders(axiosLike)).toEqual(expected)
  })

  it("reads Node's IncomingHttpHeaders with array and number values", () => {
    const map = normalizeHeaders({ 'set-cookie': ['a=1', 'b=2'], 'content-length': 42, skip: undefined, obj: {} })
    expect(map.get('set-cookie')).toBe('a=1, b=2')
    expect(map.get('content-length')).toBe('42')
    expect(map.has('skip')).toBe(false)
    expect(map.has('obj')).toBe(false)
  })

  it('survives odd shapes and throwing getters', () => {
    expect(normalizeHeaders(null).size).toBe(0)
    expect(normalizeHeaders('x-a: b').size).toBe(0)
    expect(normalizeHeaders(42).size).toBe(0)
    const hostile = Object.defineProperty({}, 'x-boom', {
      enumerable: true,
      get() {
        throw new Error('boom')
      },
    })
    expect(() => normalizeHeaders(hostile)).not.toThrow()
    const throwingForEach = {
      get: () => null,
      forEach() {
        throw new Error('boom')
      },
    }
    expect(normalizeHeaders(throwingForEach).size).toBe(0)
  })

  it('keeps a __proto__ header as a plain entry', () => {
    const map = normalizeHeaders(JSON.parse('{"__proto__":"x","a":"b"}'))
    expect(map.get('__proto__')).toBe('x')
    expect(({} as Record<string, unknown>).a).toBeUndefined()
  })

  it('bounds the number of headers and the length of values', () => {
    const many = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`h${i}`, 'v'.repeat(10_000)]))
    const map = normalizeHeaders(many)
    expect(map.size).toBeLessThanOrEqual(512)
    expect(map.get('h0')?.length).toBe(4096)
  })
})

describe('readBodyText', () => {
  it('reads strings, and cuts them at the limit', () => {
    expect(readBodyText('abc', 10)).toMatchObject({ text: 'abc', truncated: false, kind: 'text' })
    expect(readBodyText('abcdef', 3)).toMatchObject({ text: 'abc', truncated: true })
  })

  it('decodes Uint8Array, ArrayBuffer and other views', () => {
    const bytes = new TextEncoder().encode('{"message":"Forbidden"}')
    expect(readBodyText(bytes, 1000).text).toBe('{"message":"Forbidden"}')
    expect(readBodyText(bytes.buffer, 1000).text).toBe('{"message":"Forbidden"}')
    expect(readBodyText(new DataView(bytes.buffer), 1000).text).toBe('{"message":"Forbidden"}')
    expect(readBodyText(bytes, 5)).toMatchObject({ text: '{"mes', truncated: true, kind: 'bytes' })
  })

  it('reports binary content instead of decoding it', () => {
    expect(readBodyText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 100)).toMatchObject({
      text: undefined,
      kind: 'binary',
    })
  })

  it('keeps parsed JSON and refuses streams and blobs', () => {
    expect(readBodyText({ message: 'x' }, 100)).toMatchObject({ kind: 'json', parsed: { message: 'x' } })
    expect(readBodyText(new Blob(['x']), 100).kind).toBe('unreadable')
    expect(readBodyText(new ReadableStream(), 100).kind).toBe('unreadable')
    expect(readBodyText({ pipe: () => undefined }, 100).kind).toBe('unreadable')
    expect(readBodyText(undefined, 100).kind).toBe('absent')
    expect(readBodyText('x', Number.NaN).text).toBe('x')
  })
})

describe('takeSnapshot', () => {
  it('reads the message of a JSON body with either key case', () => {
    expect(takeSnapshot({ status: 403, body: '{"Message":"User is not authorized"}' }).message).toEqual({
      key: 'Message',
      value: 'User is not authorized',
    })
    expect(takeSnapshot({ status: 500, body: '{"message":null}' }).message).toEqual({ key: 'message', value: null })
    expect(takeSnapshot({ status: 403, body: { message: 'Forbidden' } }).message).toEqual({ key: 'message', value: 'Forbidden' })
  })

  it('ignores messages that are not own string properties', () => {
    expect(takeSnapshot({ status: 403, body: '{"message":42}' }).message).toBeUndefined()
    expect(takeSnapshot({ status: 403, body: Object.create({ message: 'inherited' }) }).message).toBeUndefined()
    expect(takeSnapshot({ status: 403, body: '{"__proto__":{"message":"polluted"}}' }).message).toBeUndefined()
    expect(({} as Record<string, unknown>).message).toBeUndefined()
  })

  it('turns malformed JSON and cyclic objects into plain text views', () => {
    expect(takeSnapshot({ status: 502, body: '{"message": ' }).message).toBeUndefined()
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(takeSnapshot({ status: 502, body: cyclic }).text).toBeUndefined()
  })

  it('normalises invalid statuses to 0 and keeps valid elapsed times only', () => {
    expect(takeSnapshot({ status: Number.NaN }).status).toBe(0)
    expect(takeSnapshot({ status: 42 }).status).toBe(0)
    expect(takeSnapshot({ status: 403.5 }).status).toBe(0)
    expect(takeSnapshot({ status: '403' as unknown as number }).status).toBe(403)
    expect(takeSnapshot({ status: 504, elapsedMs: 29_050 }).elapsedMs).toBe(29_050)
    expect(takeSnapshot({ status: 504, elapsedMs: -1 }).elapsedMs).toBeUndefined()
    expect(takeSnapshot(null as unknown as { status: number }).status).toBe(0)
  })

  it('takes the browser flag from the options when given', () => {
    expect(takeSnapshot({ status: 403 }).browser).toBe(false)
    expect(takeSnapshot({ status: 403 }, { browser: true }).browser).toBe(true)
  })
})
