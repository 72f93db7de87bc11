import { readFile, stat } from 'node:fs/promises'
import { gunzipSync } from 'node:zlib'

/** Inputs larger than this are refused: far beyond any capture, and near V8's longest string. */
export const MAX_INPUT_BYTES: number = 256 * 1024 * 1024

/** An input that cannot be used, with a message fit for one line on stderr (it never quotes the input). */
export class InputError extends Error {
  override name = 'InputError'
}

/** Reads a whole file once. Errors become {@link InputError}s with a plain reason. */
export async function readInputFile(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new InputError('is a directory')
    if (info.size > MAX_INPUT_BYTES) throw new InputError(`is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB`)
    return await readFile(path)
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(describeFsError(error))
  }
}

/** Reads a stream (stdin) to its end, refusing more than {@link MAX_INPUT_BYTES}. */
export async function readStream(stream: AsyncIterable<unknown>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk instanceof Uint8Array ? chunk : undefined
      if (bytes === undefined) continue
      total += bytes.byteLength
      if (total > MAX_INPUT_BYTES) throw new InputError(`is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB`)
      chunks.push(bytes)
    }
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(describeFsError(error))
  }
  return Buffer.concat(chunks, total)
}

/**
 * Turns the bytes of an input into text: gunzips a gzip file (a compressed HAR), honours a UTF-8 or UTF-16
 * byte order mark (PowerShell writes UTF-16), and refuses binary data and empty input.
 */
export function decodeInput(bytes: Uint8Array): string {
  if (bytes.byteLength === 0) throw new InputError('is empty')
  let data = bytes
  if (data[0] === 0x1f && data[1] === 0x8b) {
    try {
      data = gunzipSync(data, { maxOutputLength: MAX_INPUT_BYTES })
    } catch {
      throw new InputError('is a damaged gzip file (or larger than 256 MiB unpacked)')
    }
  }
  let text: string
  if (data[0] === 0xff && data[1] === 0xfe) text = new TextDecoder('utf-16le').decode(data.subarray(2))
  else if (data[0] === 0xfe && data[1] === 0xff) text = new TextDecoder('utf-16be').decode(data.subarray(2))
  else {
    if (hasNul(data)) throw new InputError('is binary data, not text')
    text = new TextDecoder('utf-8').decode(data) // drops a UTF-8 byte order mark
  }
  if (text.trim() === '') throw new InputError('is empty')
  return text
}

/** A NUL byte in the first 8 KiB: binary data (text captures never hold one). */
function hasNul(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.byteLength, 8192)
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true
  return false
}

function describeFsError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  switch (code) {
    case 'ENOENT':
      return 'no such file'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory'
    case 'ERR_STRING_TOO_LONG':
      return 'is too large'
    default:
      return code === '' ? 'cannot be read' : `cannot be read (${code})`
  }
}
