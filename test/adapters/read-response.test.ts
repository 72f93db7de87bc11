/** Bounded, non-consuming reads of the bodies clients hand over. */
import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { bodyPreview } from '../../src/middleware/middleware-engine.ts'
import { byteLimit, readBodyForDiagnosis, readResponseClone, readStream } from '../../src/reading/read-response.ts'

const decode = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes)

describe('readResponseClone', () => {
  it('reads at most maxBytes + 1 (so truncation shows) through a clone, leaving the response readable', async () => {
    const response = new Response('a'.repeat(10_000), { status: 502 })
    const bytes = await readResponseClone(response, 100)
    expect(bytes?.byteLength).toBe(101)
    expect(response.bodyUsed).toBe(false)
    expect((await response.text()).length).toBe(10_000)
  })

  it('reads a short body whole', async () => {
    expect(decode(await readResponseClone(new Response('{"message":"Forbidden"}'), 1000))).toBe('{"message":"Forbidden"}')
  })

  it('gives undefined for a used body, no body, or a clone that throws', async () => {
    const used = new Response('x')
    await used.text()
    expect(await readResponseClone(used, 10)).toBeUndefined()
    expect(await readResponseClone(new Response(null, { status: 502 }), 10)).toBeUndefined()
    const broken = {
      body: new ReadableStream(),
      bodyUsed: false,
      clone: () => {
        throw new TypeError('no')
      },
    }
    expect(await readResponseClone(broken, 10)).toBeUndefined()
  })
})

describe('readStream', () => {
  it('cuts chunks at the limit and cancels the rest', async () => {
    let cancelled = false
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(64).fill(65))
      },
      cancel() {
        cancelled = true
      },
    })
    const bytes = await readStream(stream, 100)
    expect(bytes.byteLength).toBe(101)
    expect(cancelled).toBe(true)
  })
})

describe('readBodyForDiagnosis', () => {
  it('passes text, numbers, parsed JSON and bytes through', async () => {
    expect(await readBodyForDiagnosis('text', 10)).toBe('text')
    expect(await readBodyForDiagnosis(42, 10)).toBe(42)
    const json = { message: 'Forbidden' }
    expect(await readBodyForDiagnosis(json, 10)).toBe(json)
    const buffer = Buffer.from('abc')
    expect(await readBodyForDiagnosis(buffer, 10)).toBe(buffer)
    expect(await readBodyForDiagnosis(undefined, 10)).toBeUndefined()
    expect(await readBodyForDiagnosis(null, 10)).toBeUndefined()
  })

  it('reads a prefix of a Blob without using it up', async () => {
    const blob = new Blob(['{"message":"Forbidden"} and more'])
    const read = await readBodyForDiagnosis(blob, 23)
    expect(decode(read as Uint8Array)).toBe('{"message":"Forbidden"}')
    expect(await blob.text()).toBe('{"message":"Forbidden"} and more')
  })

  it('leaves Node and WHATWG streams unread', async () => {
    const node = Readable.from(['{"message":"Forbidden"}'])
    expect(await readBodyForDiagnosis(node, 100)).toBeUndefined()
    expect(node.readableDidRead).toBe(false)
    const web = new Response('x').body as ReadableStream
    expect(await readBodyForDiagnosis(web, 100)).toBeUndefined()
    expect(web.locked).toBe(false)
  })

  it('treats a Blob that fails to read as absent', async () => {
    const blob = new Blob(['x'])
    blob.slice = () => {
      throw new Error('gone')
    }
    expect(await readBodyForDiagnosis(blob, 10)).toBeUndefined()
  })
})

describe('bodyPreview and byteLimit', () => {
  it('renders text, parsed JSON and bytes, capped', () => {
    expect(bodyPreview('abcdef', 3)).toBe('abc')
    expect(bodyPreview({ message: 'Forbidden' }, 100)).toBe('{"message":"Forbidden"}')
    expect(bodyPreview(new TextEncoder().encode('hello'), 100)).toBe('hello')
    expect(bodyPreview(undefined, 100)).toBeUndefined()
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(bodyPreview(cyclic, 100)).toBeUndefined()
  })

  it('falls back to 64 KiB for missing or invalid limits', () => {
    expect(byteLimit(undefined)).toBe(65536)
    expect(byteLimit(-1)).toBe(65536)
    expect(byteLimit(Number.NaN)).toBe(65536)
    expect(byteLimit(10.7)).toBe(10)
  })
})
