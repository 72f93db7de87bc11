import type { HeadersLike } from '../types.ts'

/** Header values longer than this are cut: no AWS header we read comes near it. */
const MAX_HEADER_VALUE = 4096
/** Headers beyond this count are ignored, so a hostile header object cannot make us loop for long. */
const MAX_HEADERS = 512

/**
 * Normalises headers of any shape into a map of lower-case names to string values. Never throws: a shape
 * it does not understand gives an empty map.
 */
export function normalizeHeaders(input: HeadersLike | unknown): Map<string, string> {
  const out = new Map<string, string>()
  try {
    if (input === null || typeof input !== 'object') return out
    if (Array.isArray(input)) {
      for (const pair of input.slice(0, MAX_HEADERS)) {
        if (Array.isArray(pair)) addHeader(out, pair[0], pair[1])
      }
      return out
    }
    const candidate = input as Record<string, unknown>
    // A WHATWG Headers object (or anything with its iteration API) is read through forEach;
    // AxiosHeaders has toJSON, which flattens it to a plain object.
    if (typeof candidate.toJSON === 'function' && typeof candidate.forEach !== 'function') {
      return normalizeHeaders(candidate.toJSON())
    }
    if (typeof candidate.forEach === 'function' && typeof candidate.get === 'function') {
      ;(candidate.forEach as (cb: (value: unknown, name: unknown) => void) => void)((value, name) => addHeader(out, name, value))
      return out
    }
    const names = Object.keys(candidate)
    for (let i = 0; i < names.length && i < MAX_HEADERS; i++) {
      const name = names[i] as string
      addHeader(out, name, candidate[name])
    }
  } catch {
    // A getter or iterator that throws leaves us with what was read so far.
  }
  return out
}

/** Adds one header, lower-cased; a repeated name joins its values as HTTP does. */
function addHeader(out: Map<string, string>, name: unknown, value: unknown): void {
  if (out.size >= MAX_HEADERS || typeof name !== 'string' || name === '') return
  const text = headerValueToString(value)
  if (text === undefined) return
  const key = name.toLowerCase()
  const previous = out.get(key)
  out.set(key, (previous === undefined ? text : `${previous}, ${text}`).slice(0, MAX_HEADER_VALUE))
}

function headerValueToString(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) {
    const parts = value.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
    return parts.length > 0 ? parts.join(', ') : undefined
  }
  return undefined
}

/** Response headers a browser shows a cross-origin script without `Access-Control-Expose-Headers`. */
export const CORS_SAFELISTED_RESPONSE_HEADERS: ReadonlySet<string> = new Set([
  'cache-control',
  'content-language',
  'content-length',
  'content-type',
  'expires',
  'last-modified',
  'pragma',
])
