/**
 * `GatewayError`: the enriched error thrown with `throwEnriched: true`. Its message says at a glance what
 * the AWS error reply means; the original client error stays reachable as `cause`.
 * @module
 */

import { labelsFor } from '../texts/labels.ts'
import type { LocaleOption } from '../texts/locale.ts'
import type { Diagnosis } from '../types.ts'
import { formatMessage, printable } from './format.ts'
import { GATEWAY_ERROR, hasGatewayErrorBrand } from './marks.ts'
import { isSafeHeader, maskReplyBody, REDACTED } from './mask.ts'
import { redactText } from './redact.ts'

/** The failed reply as `GatewayError` keeps it when the client has no reusable `Response`: redacted and capped. */
export interface GatewayErrorResponse {
  status: number
  statusText: string
  /** Lower-case names; values are kept only for known-safe headers (request IDs, error type, `server`, `content-type`…), others read `[REDACTED]`. */
  headers: Record<string, string>
  /**
   * The beginning of the body as text (at most `maxBodyBytes`), by allowlist: a JSON object keeps only the
   * fields that name the error (`message`, `__type`, `code`…) and masks every other value; a form masks
   * its values; other text is redacted. `undefined` when not read.
   */
  body?: string
}

/** What `GatewayError` is built from. */
export interface GatewayErrorInit {
  /** The original error from the client (AxiosError, HTTPError, TypeError…), or the failed `Response` for fetch. */
  cause: unknown
  /** fetch: the original `Response`, still readable; other clients: the reply's status, headers and body text. */
  response?: Response | GatewayErrorResponse
  /** Language of the message and of the inspected view's labels (the diagnosis is already written in it). */
  locale?: LocaleOption
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom')
/** The `locale` each error was built with, for its inspected view; kept off the instance so logs stay small. */
const LOCALES = new WeakMap<GatewayError, LocaleOption>()

/**
 * An AWS gateway, CDN or load-balancer error reply, explained. Thrown instead of the client's error when
 * `throwEnriched: true`.
 *
 * @example
 * ```ts
 * try { await api.get('/v1/x') } catch (error) {
 *   if (isGatewayError(error)) console.error(error.message, error.diagnosis.remedy)
 * }
 * // GatewayError: 403 MISSING_AUTHENTICATION_TOKEN — no route matches GET /prod/v1/x: check the path, stage and method (request id …)
 * ```
 */
export class GatewayError extends Error {
  /** The full diagnosis: code, layer, ranked causes with remedies, evidence, request ids, docs. */
  readonly diagnosis: Diagnosis
  /** The API's request id (`x-amzn-RequestId` / `apigw-requestid`), else CloudFront's, when the reply has one. */
  readonly requestId: string | undefined
  /** The reply (non-enumerable, to keep logs small). For fetch the original `Response`, body unread. */
  declare readonly response: Response | GatewayErrorResponse | undefined

  constructor(diagnosis: Diagnosis, init: GatewayErrorInit) {
    super(formatMessage(diagnosis, init.locale), { cause: init.cause })
    if (init.locale !== undefined) LOCALES.set(this, init.locale)
    this.diagnosis = diagnosis
    this.requestId = diagnosis.requestId ?? diagnosis.cloudfrontId
    Object.defineProperty(this, 'response', { value: init.response, enumerable: false, writable: false, configurable: true })
    Object.defineProperty(this, GATEWAY_ERROR, { value: true, enumerable: false })
    // Built in the diagnosis chunk after an await, this error's own frames are the library's; the client's
    // error holds the caller's (axios and ky add the async call site), which is what devtools should show.
    const frames = stackFrames(causeStack(init.cause))
    try {
      if (frames !== undefined) this.stack = `${this.name}: ${this.message}\n${frames}`
    } catch {
      // A runtime whose `stack` cannot be set keeps the error's own.
    }
  }

  /** A redacted, serialisable view: no request, no response body, no client error internals. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.diagnosis.status,
      code: this.diagnosis.code,
      requestId: this.requestId,
      diagnosis: this.diagnosis,
      cause: describeCause(this.cause),
    }
  }
}
GatewayError.prototype.name = 'GatewayError'
// Node's `util.inspect` (and so `console.log`) renders a GatewayError compactly; browsers ignore the symbol.
Object.defineProperty(GatewayError.prototype, INSPECT, {
  value: inspectGatewayError,
  enumerable: false,
  writable: true,
  configurable: true,
})

/** The message, a few frames, the diagnosis in brief (redacted where it was built) and the cause's first line, redacted: no request, no body. */
function inspectGatewayError(this: GatewayError): string {
  const d = this.diagnosis
  const label = labelsFor(LOCALES.get(this))
  // The caller's frames: the client's error (axios and ky add the async call site) or, failing that, ours;
  // frames in node_modules (apigw-doctor itself, the client) and Node internals say nothing to the user.
  const frames = callerFrames(causeStack(this.cause)) ?? callerFrames(this.stack) ?? []
  const lines = [`${this.name}: ${this.message}`, ...frames]
  lines.push(`  ${label('layer')}: ${d.layer}, ${label('confidence')}: ${label(`confidence.${d.confidence}`)}`)
  if (d.cause !== '') lines.push(`  ${label('cause')}: ${d.cause}`)
  if (d.remedy !== '') lines.push(`  ${label('remedy')}: ${d.remedy}`)
  const others = d.causes.slice(1, 4).map((c) => c.id)
  if (others.length > 0) lines.push(`  ${label('otherCauses')}: ${others.join(', ')}`)
  const docs = d.causes[0]?.docs?.[0] ?? d.docs[0]
  if (docs !== undefined) lines.push(`  ${label('docs')}: ${docs}`)
  const cause = describeCause(this.cause)
  if (cause !== undefined) lines.push(`  [cause]: ${cause}`)
  // A request path is quoted as the caller wrote it: its control characters must not drive the terminal.
  return printable(lines.join('\n'))
}

/**
 * Whether a value is a `GatewayError`, also across bundles and realms (it checks a `Symbol.for` brand,
 * not only `instanceof`).
 */
export function isGatewayError(value: unknown): value is GatewayError {
  return value instanceof GatewayError || hasGatewayErrorBrand(value)
}

/** The cause's `stack`, if reading it does not throw (a hostile Proxy): `console.log(error)` must not throw. */
function causeStack(cause: unknown): unknown {
  try {
    return (cause as { stack?: unknown } | undefined)?.stack
  } catch {
    return undefined
  }
}

/** A frame line: V8's `    at …`, or Firefox's and Safari's `name@url:line:column`. */
const FRAME = /^\s+at |^[^\s@]{0,200}@\S+:\d+:\d+$/

/**
 * The frames of a stack (the lines after its message); `undefined` when it has none. A frame names a function
 * and a script's URL or path: the URL's user info, query and fragment (a script loaded with `?token=…`) are
 * dropped, and nothing else of a frame comes from the request.
 */
function stackFrames(stack: unknown): string | undefined {
  if (typeof stack !== 'string') return undefined
  // A frame is short; a longer line (a hostile stack) is cut before any pattern reads it.
  const frames = stack
    .split('\n', 200)
    .map((line) => line.slice(0, 1000))
    .filter((line) => FRAME.test(line))
  return frames.length === 0 ? undefined : printable(frames.map(maskFrame).join('\n'))
}

/** A frame with its script URL's user info, query and fragment left out (`:line:column` kept). */
function maskFrame(frame: string): string {
  return frame.replace(/\/\/[^\s/@()]{1,256}@/g, '//').replace(/[?#][^\s()]{0,2048}?(?=:\d+:\d+\)?$|\)?$)/, '')
}

function callerFrames(stack: unknown): string[] | undefined {
  if (typeof stack !== 'string') return undefined
  const frames = stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line) && !line.includes('node_modules') && !/[( ]node:/.test(line))
  return frames.length > 0 ? frames.slice(0, 3) : undefined
}

/** `Name: message` of the original error, redacted; a Response cause shows its status. */
function describeCause(cause: unknown): string | undefined {
  try {
    if (cause instanceof Error) return redactText(`${cause.name}: ${cause.message}`.split('\n')[0] ?? '').slice(0, 300)
    if (typeof Response !== 'undefined' && cause instanceof Response) return `Response ${cause.status}`
  } catch {
    // A hostile getter.
  }
  return undefined
}

/** Builds the redacted, capped copy of a reply that `GatewayError.response` holds for non-fetch clients. */
export function gatewayErrorResponse(
  status: number,
  statusText: string,
  headers: ReadonlyMap<string, string>,
  body: string | undefined,
): GatewayErrorResponse {
  const out: Record<string, string> = {}
  for (const [name, value] of headers) out[name] = isSafeHeader(name) ? redactText(value) : REDACTED
  const response: GatewayErrorResponse = { status, statusText: redactText(statusText), headers: out }
  if (body !== undefined) response.body = maskReplyBody(body, redactText)
  return response
}
