/** Base64 digits (standard and URL-safe alphabets) by character code; -1 for other characters. */
const DIGITS: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1)
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i
  table['-'.charCodeAt(0)] = 62
  table['_'.charCodeAt(0)] = 63
  return table
})()

/**
 * Decodes base64 as leniently as Node's `Buffer.from(text, 'base64')`: characters outside the alphabet
 * (line breaks, spaces) are skipped, decoding stops at the first `=`, and a trailing partial group yields
 * the bytes it holds. Free of Node APIs, so the playground page can read HAR bodies too.
 */
export function decodeBase64(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3)
  let length = 0
  let buffer = 0
  let bits = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 61) break // '='
    const digit = code < 128 ? (DIGITS[code] ?? -1) : -1
    if (digit === -1) continue
    buffer = ((buffer << 6) | digit) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[length++] = (buffer >> bits) & 0xff
    }
  }
  return out.subarray(0, length)
}
