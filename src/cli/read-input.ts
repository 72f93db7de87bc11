import { readFile, stat } from 'node:fs/promises'
import { gunzipSync } from 'node:zlib'
import { decodeText, isGzip } from './decode-text.ts'
import { InputError } from './input-error.ts'

export { InputError }

/** Inputs larger than this are refused: far beyond any capture, and near V8's longest string. */
export const MAX_INPUT_BYTES: number = 256 * 1024 * 1024

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
  if (isGzip(data)) {
    try {
      data = gunzipSync(data, { maxOutputLength: MAX_INPUT_BYTES })
    } catch {
      throw new InputError('is a damaged gzip file (or larger than 256 MiB unpacked)')
    }
  }
  return decodeText(data)
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
