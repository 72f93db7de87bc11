/**
 * Attaching a diagnosis to the client's own error (or fetch's Response) in place, so that identity, class,
 * `instanceof` and the user's catch logic stay as they were; and the mark that keeps an error from being
 * diagnosed twice when retry libraries send it through the interceptor chain again.
 * @module
 */

import type { Diagnosis } from '../types.ts'
import { DIAGNOSED } from './marks.ts'
import { isSafeHeader, maskRequestBody, maskUrl, REDACTED } from './mask.ts'
import { redactText } from './redact.ts'

// The marks and their checks live apart, so that the adapters read them without loading the redaction below.
export { DIAGNOSED, type Diagnosed, hasDiagnosis, isDiagnosed } from './marks.ts'

/**
 * Adds `diagnosis` (enumerable, so loggers show it), a non-enumerable `toJSON` that keeps the original
 * serialisation (redacted) and adds the diagnosis, and the mark. All or nothing: on failure (a frozen
 * object, say) whatever was added is removed again and `false` is returned.
 */
export function attachDiagnosis(target: object, diagnosis: Diagnosis): boolean {
  const keys = ['diagnosis', 'toJSON', DIAGNOSED] as const
  const before = keys.map((key) => Object.getOwnPropertyDescriptor(target, key))
  try {
    // The target's own toJSON if it has one, else its class's (AxiosError has one; Error and Response do not).
    const original: unknown = (target as { toJSON?: unknown }).toJSON
    Object.defineProperty(target, 'diagnosis', { value: diagnosis, enumerable: true, writable: true, configurable: true })
    Object.defineProperty(target, 'toJSON', {
      value: diagnosedToJSON(original),
      enumerable: false,
      writable: true,
      configurable: true,
    })
    Object.defineProperty(target, DIAGNOSED, { value: true, enumerable: false, configurable: true })
    return true
  } catch {
    keys.forEach((key, index) => {
      restore(target, key, before[index])
    })
    return false
  }
}

/** Puts a property back as it was (or removes it when it was absent); a failure here changes nothing more. */
function restore(target: object, key: PropertyKey, descriptor: PropertyDescriptor | undefined): void {
  try {
    if (descriptor === undefined) Reflect.deleteProperty(target, key)
    else Object.defineProperty(target, key, descriptor)
  } catch {
    // A non-extensible target never got the property in the first place.
  }
}

/** A `toJSON` giving what `JSON.stringify` gave before, redacted, plus `diagnosis`. */
function diagnosedToJSON(original: unknown): (this: Record<string, unknown>) => Record<string, unknown> {
  return function toJSON(this: Record<string, unknown>): Record<string, unknown> {
    const diagnosis = this.diagnosis
    try {
      let base: unknown
      if (typeof original === 'function') base = original.call(this)
      else {
        const { diagnosis: _ours, ...own } = this
        base = own
      }
      const copy = redactedCopy(base)
      const fields =
        typeof copy === 'object' && copy !== null && !Array.isArray(copy) ? (copy as Record<string, unknown>) : { value: copy }
      return { ...fields, diagnosis }
    } catch {
      // Cycles or a throwing original toJSON: still serialise something useful.
      return { name: String(this.name), message: redactText(String(this.message)), diagnosis }
    }
  }
}

/** Client options and error fields that hold a request or reply body, query parameters or credentials. */
const BODY_OPTION = /^(?:data|body|json|form|params|searchParams|auth)$/

/** Client options and error fields that hold a URL, absolute or relative. */
const URL_OPTION = /^(?:url|baseURL|prefixUrl|prefix|href)$/

/**
 * Fields whose text is kept (through `redactText`): what the error is, and plain client settings. Any
 * other string, under any name, is masked: a new kind of secret needs no new rule.
 */
const TEXT_FIELDS: ReadonlySet<string> = new Set([
  'name',
  'message',
  'stack',
  'code',
  'description',
  'fileName',
  'method',
  'status',
  'statusText',
  'responseType',
  'responseEncoding',
  'xsrfCookieName',
  'xsrfHeaderName',
  'credentials',
  'mode',
  'cache',
  'redirect',
  'referrerPolicy',
  'priority',
  'parseJson',
  'type',
])

/** The fields of a client's error JSON that are themselves a map of headers. */
const HEADERS_FIELD = /^headers$/i

/**
 * A JSON copy of a client error's serialisation, kept by allowlist: header values only for known-safe
 * headers, request and reply bodies (axios `config.data`, ky `json` and `error.data`), query parameters and
 * basic auth reduced to their field names, URLs through `maskUrl`, the texts of the fields above through
 * `redactText`, and every other string masked. AxiosError's own `toJSON` includes `config.headers`, which
 * holds Authorization, Cookie and x-api-key values, and `config.data`, the request body.
 */
function redactedCopy(value: unknown): unknown {
  // Header maps already judged here: the replacer visits their members next, and must keep them.
  const judged = new WeakSet<object>()
  const text = JSON.stringify(value, function (this: unknown, key: string, item: unknown): unknown {
    if (key === '' || (typeof this === 'object' && this !== null && judged.has(this))) return item
    if (HEADERS_FIELD.test(key) && typeof item === 'object' && item !== null && !Array.isArray(item)) {
      const headers = safeHeaders(item)
      judged.add(headers)
      return headers
    }
    if (BODY_OPTION.test(key)) return maskRequestBody(item)
    if (typeof item !== 'string') return item
    if (URL_OPTION.test(key)) return maskUrl(item)
    // Array items (axios `adapter: ['xhr', 'http']`) are judged by the array's own key, which is not known
    // here: they are masked unless short words.
    if (TEXT_FIELDS.has(key) || (Array.isArray(this) && /^[A-Za-z-]{1,20}$/.test(item))) return redactText(item)
    return REDACTED
  })
  return text === undefined ? undefined : JSON.parse(text)
}

/** A headers map with the value of every header not on the allowlist masked. */
function safeHeaders(headers: object): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(headers))
    out[name] = !isSafeHeader(name)
      ? REDACTED
      : typeof value === 'string'
        ? redactText(value)
        : typeof value === 'number'
          ? value
          : REDACTED
  return out
}
