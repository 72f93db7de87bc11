import type { BodyLike } from '../types.ts'
import { DEFAULT_MAX_BODY_BYTES } from './limits.ts'

export { DEFAULT_MAX_BODY_BYTES }

/** A body read into text, bounded. */
export interface BodyText {
  /** The text, or `undefined` when there is no body or it is not text. */
  text: string | undefined
  /** The body was longer than the limit and was cut. */
  truncated: boolean
  /** The body was given already parsed as JSON. */
  parsed: unknown
  /** How the body was handed over. */
  kind: 'absent' | 'text' | 'json' | 'bytes' | 'binary' | 'unreadable'
}

const decoder = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: false })

/**
 * Turns a body of any supported shape into bounded text. Never throws: what cannot be read is reported as
 * `unreadable` (a Blob or stream must be read by the adapter first).
 */
export function readBodyText(body: BodyLike | unknown, maxBytes: number): BodyText {
  const limit = Number.isFinite(maxBytes) && maxBytes >= 0 ? Math.floor(maxBytes) : DEFAULT_MAX_BODY_BYTES
  try {
    if (body === undefined || body === null) return { text: undefined, truncated: false, parsed: undefined, kind: 'absent' }
    if (typeof body === 'string') {
      // Characters are at most 4 bytes in UTF-8 but usually 1; cutting at the limit in characters keeps the
      // work bounded without encoding the whole string.
      const truncated = body.length > limit
      return { text: truncated ? body.slice(0, limit) : body, truncated, parsed: undefined, kind: 'text' }
    }
    const bytes = toBytes(body)
    if (bytes !== undefined) {
      const truncated = bytes.byteLength > limit
      const head = truncated ? bytes.subarray(0, limit) : bytes
      if (looksBinary(head)) return { text: undefined, truncated, parsed: undefined, kind: 'binary' }
      return { text: decoder.decode(head), truncated, parsed: undefined, kind: 'bytes' }
    }
    if (typeof body === 'object' || typeof body === 'number' || typeof body === 'boolean') {
      if (isOpaqueObject(body)) return { text: undefined, truncated: false, parsed: undefined, kind: 'unreadable' }
      return { text: undefined, truncated: false, parsed: body, kind: 'json' }
    }
  } catch {
    // Fall through: a hostile object (throwing getters, revoked proxy) is unreadable.
  }
  return { text: undefined, truncated: false, parsed: undefined, kind: 'unreadable' }
}

function toBytes(body: unknown): Uint8Array | undefined {
  if (body instanceof Uint8Array) return body
  if (body instanceof ArrayBuffer) return new Uint8Array(body)
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
  return undefined
}

/** Blobs, streams, Node's IncomingMessage and the like: their content is not in the object itself. */
function isOpaqueObject(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false
  const candidate = body as Record<string, unknown>
  return (
    typeof candidate.getReader === 'function' ||
    typeof candidate.pipe === 'function' ||
    typeof candidate.arrayBuffer === 'function' ||
    typeof candidate.stream === 'function' ||
    typeof candidate.then === 'function'
  )
}

/** A NUL byte in the first KiB is the usual sign of binary content. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.byteLength, 1024)
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true
  return false
}
