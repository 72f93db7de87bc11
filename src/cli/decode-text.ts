import { InputError } from './input-error.ts'

/**
 * Turns the bytes of an uncompressed input into text: honours a UTF-8 or UTF-16 byte order mark
 * (PowerShell writes UTF-16), and refuses binary data and empty input. Free of Node APIs: the playground
 * page runs it too.
 */
export function decodeText(data: Uint8Array): string {
  if (data.byteLength === 0) throw new InputError('is empty')
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

/** The bytes start like a gzip file (a compressed HAR). */
export function isGzip(data: Uint8Array): boolean {
  return data[0] === 0x1f && data[1] === 0x8b
}

/** A NUL byte in the first 8 KiB: binary data (text captures never hold one). */
function hasNul(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.byteLength, 8192)
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true
  return false
}
