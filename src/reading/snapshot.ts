import type { DiagnoseInput } from '../types.ts'
import { DEFAULT_MAX_BODY_BYTES, readBodyText } from './body.ts'
import { boundedJson } from './bounded-json.ts'
import { normalizeHeaders } from './headers.ts'
import { readPasted } from './pasted.ts'
import { type Reading, readText } from './reader.ts'
import { type RequestFacts, readRequest } from './request.ts'

/** The `message` field of a JSON error body, as API Gateway and Lambda write it. */
export interface BodyMessage {
  /** `message` (API Gateway's default template) or `Message` (authorizer and policy denials, function URLs). */
  key: 'message' | 'Message'
  value: string | null
}

/** One reply, normalised: the only thing the engine reads. */
export interface ResponseSnapshot {
  /** The status, or 0 when it is missing or not a valid HTTP status (a pasted body whose status is unknown). */
  status: number
  statusText: string
  /** Lower-case header names to values. */
  headers: ReadonlyMap<string, string>
  /** The body as text (bounded), or `undefined` when absent or unreadable. */
  text: string | undefined
  /** The trimmed text, for exact comparisons. */
  trimmed: string
  /** The body was cut at `maxBodyBytes`. */
  truncated: boolean
  bodyKind: 'absent' | 'text' | 'json' | 'bytes' | 'binary' | 'unreadable'
  /** The `message`/`Message` field of a JSON object body. */
  message?: BodyMessage
  /** What the body's text says, read tolerantly (fragments, XML, plain text, rendered pages). */
  reading: Reading
  request: RequestFacts
  elapsedMs?: number
  /** Running in a browser, where cross-origin headers may be hidden. */
  browser: boolean
}

/** Options of `takeSnapshot`. */
export interface SnapshotOptions {
  maxBodyBytes?: number
  awsHosts?: readonly string[]
  /** Overrides the runtime's answer to "are we in a browser?". */
  browser?: boolean
}

/** Normalises a loose `diagnose()` input into a snapshot. Never throws. */
export function takeSnapshot(input: DiagnoseInput, options: SnapshotOptions = {}): ResponseSnapshot {
  const source: Partial<DiagnoseInput> = input !== null && typeof input === 'object' ? input : {}
  const rawStatus = Number(source.status)
  let status = Number.isInteger(rawStatus) && rawStatus >= 100 && rawStatus <= 999 ? rawStatus : 0
  const body = readBodyText(source.body, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)
  let text = body.text
  let json: unknown = body.parsed
  let truncated = body.truncated
  if (body.kind === 'json') {
    // Only as much of a parsed body as the limit lets the engine read is serialised.
    const serialised = boundedJson(json, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)
    truncated = serialised.truncated
    text = serialised.text
  } else if (text !== undefined) {
    json = parseJsonObject(text)
  }
  const elapsed = Number(source.elapsedMs)
  const headers = normalizeHeaders(source.headers)
  // Text pasted with neither status nor headers may hold both (curl output, a status line above the body).
  if (text !== undefined && body.kind === 'text' && (status === 0 || headers.size === 0)) {
    const facts = readPasted(text, status === 0)
    if (status === 0 && facts.status !== undefined) status = facts.status
    if (headers.size === 0) for (const [name, value] of facts.headers) headers.set(name, value)
    // A pasted reply (curl output, headers above a body): its body is what is left, or nothing.
    if (facts.body !== undefined && headers.size > 0) {
      text = facts.body.trim() === '' ? undefined : facts.body
      json = text === undefined ? undefined : parseJsonObject(text)
    }
  }
  return new Snapshot(
    status,
    typeof source.statusText === 'string' ? source.statusText.slice(0, 256) : '',
    headers,
    text,
    truncated,
    body.kind,
    readMessage(json),
    json,
    readRequest(source.request, options.awsHosts ?? []),
    source.elapsedMs !== undefined && Number.isFinite(elapsed) && elapsed >= 0 ? elapsed : undefined,
    options.browser ?? (typeof window !== 'undefined' && typeof document !== 'undefined'),
  )
}

/**
 * A snapshot as a class rather than an object literal: a literal with a getter is built by the runtime's slow
 * path on every call, and each gets a closure; here every snapshot has one shape and `reading` lives on the
 * prototype.
 */
class Snapshot implements ResponseSnapshot {
  readonly status: number
  readonly statusText: string
  readonly headers: ReadonlyMap<string, string>
  readonly text: string | undefined
  readonly trimmed: string
  readonly truncated: boolean
  readonly bodyKind: ResponseSnapshot['bodyKind']
  readonly message: BodyMessage | undefined
  readonly request: RequestFacts
  readonly elapsedMs: number | undefined
  readonly browser: boolean
  #reading: Reading | undefined
  readonly #json: unknown

  constructor(
    status: number,
    statusText: string,
    headers: ReadonlyMap<string, string>,
    text: string | undefined,
    truncated: boolean,
    bodyKind: ResponseSnapshot['bodyKind'],
    message: BodyMessage | undefined,
    json: unknown,
    request: RequestFacts,
    elapsedMs: number | undefined,
    browser: boolean,
  ) {
    this.status = status
    this.statusText = statusText
    this.headers = headers
    this.text = text
    this.trimmed = text === undefined ? '' : text.trim()
    this.truncated = truncated
    this.bodyKind = bodyKind
    this.message = message
    this.request = request
    this.elapsedMs = elapsedMs
    this.browser = browser
    this.#json = json
  }

  /** Read on first use: replies that signatures rule out by status and headers never need it. */
  get reading(): Reading {
    this.#reading ??= readText(this.text, this.#json)
    return this.#reading
  }
}

function parseJsonObject(text: string): unknown {
  const start = text.trimStart()
  if (!start.startsWith('{')) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Reads `message` or `Message` as an own property only, so a `__proto__` key or prototype cannot interfere. */
function readMessage(json: unknown): BodyMessage | undefined {
  if (!isPlainObject(json)) return undefined
  try {
    for (const key of ['message', 'Message'] as const) {
      if (!Object.hasOwn(json, key)) continue
      const value = json[key]
      if (typeof value === 'string') return { key, value: value.slice(0, 4096) }
      if (value === null) return { key, value: null }
    }
  } catch {
    // A throwing getter on a caller-built object.
  }
  return undefined
}
