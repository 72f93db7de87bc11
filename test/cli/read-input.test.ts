import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { decodeInput, InputError, readInputFile, readStream } from '../../src/cli/read-input.ts'

const dir = mkdtempSync(join(tmpdir(), 'apigw-doctor-read-'))
const text = 'HTTP/1.1 403 Forbidden\r\n\r\n{"message":"Missing Authentication Token"}'

function reason(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    if (error instanceof InputError) return error.message
    throw error
  }
  return 'no error'
}

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('decodeInput', () => {
  it('decodes UTF-8 and drops its byte order mark', () => {
    expect(decodeInput(Buffer.from(text))).toBe(text)
    expect(decodeInput(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(text)
  })

  it('decodes UTF-16 with a byte order mark, as PowerShell redirection writes it', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    expect(decodeInput(le)).toBe(text)
    const be = Buffer.from(le)
    be.swap16()
    expect(decodeInput(be)).toBe(text)
  })

  it('unpacks a gzip file (a compressed HAR)', () => {
    expect(decodeInput(gzipSync(Buffer.from(text)))).toBe(text)
    expect(reason(() => decodeInput(Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3])))).toMatch(/damaged gzip/)
  })

  it('refuses empty, blank and binary input', () => {
    expect(reason(() => decodeInput(new Uint8Array(0)))).toBe('is empty')
    expect(reason(() => decodeInput(Buffer.from(' \r\n\t')))).toBe('is empty')
    expect(reason(() => decodeInput(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])))).toBe(
      'is binary data, not text',
    )
  })
})

describe('readInputFile', () => {
  it('reads a file once, whole', async () => {
    const path = join(dir, 'reply.txt')
    writeFileSync(path, text)
    expect(Buffer.from(await readInputFile(path)).toString()).toBe(text)
  })

  it('turns file system errors into one plain reason', async () => {
    await expect(readInputFile(join(dir, 'missing.txt'))).rejects.toThrow(new InputError('no such file'))
    await expect(readInputFile(dir)).rejects.toThrow(new InputError('is a directory'))
  })
})

describe('readStream', () => {
  it('concatenates chunks given as bytes or strings', async () => {
    async function* chunks(): AsyncGenerator<unknown> {
      yield Buffer.from('HTTP/1.1 ')
      yield '403 Forbidden'
      yield 42 // not data: ignored
    }
    expect(Buffer.from(await readStream(chunks())).toString()).toBe('HTTP/1.1 403 Forbidden')
  })

  it('turns a failing stream into an InputError', async () => {
    const failing = {
      [Symbol.asyncIterator]: (): AsyncIterator<unknown> => ({
        next: () => Promise.reject(Object.assign(new Error('boom'), { code: 'EIO' })),
      }),
    }
    await expect(readStream(failing)).rejects.toThrow(new InputError('cannot be read (EIO)'))
  })
})
