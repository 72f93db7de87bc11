/**
 * Bounded reads of error bodies that belong to the user. Client-agnostic: adapters hand over whatever the
 * client holds (a Response clone, a Blob, bytes, text, parsed JSON or a stream) and get back something
 * `diagnose()` can read, without ever consuming a body the user may still read.
 * @module
 */

import type { BodyLike } from '../types.ts'
import { DEFAULT_MAX_BODY_BYTES } from './limits.ts'

/** The part of a WHATWG `Response` a bounded read needs. */
export interface ResponseBodySource {
  readonly body: ReadableStream<Uint8Array> | null
  readonly bodyUsed: boolean
  clone(): ResponseBodySource
}

/** A valid byte limit: the option when it is a non-negative finite number, otherwise the default. */
export function byteLimit(maxBodyBytes: number | undefined): number {
  return maxBodyBytes !== undefined && Number.isFinite(maxBodyBytes) && maxBodyBytes >= 0
    ? Math.floor(maxBodyBytes)
    : DEFAULT_MAX_BODY_BYTES
}

/**
 * Reads at most `maxBytes` (plus one chunk's tail, cut here) of a response through a clone, then cancels
 * the rest of the clone. The response itself stays unread. Reads only what has already arrived (see
 * {@link readStream}), so a slow body never delays the user's reply. Never throws.
 */
export async function readResponseClone(response: ResponseBodySource, maxBytes: number): Promise<Uint8Array | undefined> {
  try {
    if (response.bodyUsed || response.body === null) return undefined
    const stream = response.clone().body
    if (stream === null) return undefined
    return await readStream(stream, maxBytes)
  } catch {
    return undefined
  }
}

/**
 * Reads the first `maxBytes` of a stream that is ours to consume (a clone) as far as it has already
 * arrived, and cancels the rest. A read the stream cannot answer before the next macrotask (a timer of
 * 0 ms) means the rest of the body is still on the wire: the diagnosis is made from what arrived, rather
 * than holding the user's reply back while a slow body trickles in. A gateway's error body is small and
 * comes in the packet that carries the headers, so it has arrived by the time the client hands it over.
 */
export async function readStream(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  try {
    while (size < maxBytes) {
      const pending = new Promise<'pending'>((resolve) => {
        timer = setTimeout(() => resolve('pending'), 0)
      })
      const step = await Promise.race([reader.read(), pending])
      clearTimeout(timer)
      if (step === 'pending' || step.done) break
      chunks.push(step.value)
      size += step.value.byteLength
    }
  } finally {
    clearTimeout(timer)
    // Cancelling the clone's branch leaves the user's branch of the tee intact.
    reader.cancel().catch(() => undefined)
  }
  return concat(chunks, maxBytes)
}

/**
 * Turns what a client holds as a response body into a `diagnose()` body. Text, parsed JSON and bytes pass
 * as they are (the engine caps them); a Blob is sliced and read (Blobs are immutable, so nothing is
 * consumed); streams (Node's IncomingMessage, a WHATWG ReadableStream) belong to the user and stay unread.
 */
export async function readBodyForDiagnosis(data: unknown, maxBytes: number): Promise<BodyLike> {
  try {
    if (data === undefined || data === null) return undefined
    if (typeof data === 'string' || typeof data === 'number' || typeof data === 'boolean') return data
    if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return data
    if (isBlob(data)) return new Uint8Array(await data.slice(0, maxBytes).arrayBuffer())
    // The engine then diagnoses from status and headers, and says the body was not read.
    if (isStream(data)) return undefined
    if (typeof data === 'object') return data as BodyLike
  } catch {
    // A Blob that fails to read: diagnose from status and headers.
  }
  return undefined
}

function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob
}

/** Node readables have `pipe`, WHATWG streams `getReader`. */
function isStream(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as { pipe?: unknown; getReader?: unknown }
  return typeof candidate.pipe === 'function' || typeof candidate.getReader === 'function'
}

function concat(chunks: readonly Uint8Array[], maxBytes: number): Uint8Array {
  const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0)
  const out = new Uint8Array(Math.min(total, maxBytes + 1))
  let offset = 0
  for (const chunk of chunks) {
    if (offset >= out.byteLength) break
    const part = chunk.subarray(0, out.byteLength - offset)
    out.set(part, offset)
    offset += part.byteLength
  }
  return out
}
