/**
 * Attaching a diagnosis to the client's own error (or fetch's Response) in place, so that identity, class,
 * `instanceof` and the user's catch logic stay as they were; and the mark that keeps an error from being
 * diagnosed twice when retry libraries send it through the interceptor chain again.
 * @module
 */
import { DIAGNOSED } from './marks.ts'
import { isSecretHeader, redactText } from './redact.ts'
import type { Diagnosis } from './types.ts'

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

/**
 * Client options and request-body fields that hold credentials: query parameters given as an object (ky
 * `searchParams`, axios `params`), axios basic `auth`, and credential-named fields of a JSON body.
 */
const SECRET_OPTION =
  /^(?:searchParams|params|auth|password|passwd|secret|token|api[_-]?key|access[_-]?token|id[_-]?token|refresh[_-]?token|client[_-]?secret|session[_-]?token|secret[_-]?access[_-]?key)$/i

/** Client options that hold a URL, absolute or relative. */
const URL_OPTION = /^(?:url|baseURL|prefixUrl|prefix)$/

/** The URL with its query and fragment replaced, as `redactText` does for absolute URLs. */
function withoutQuery(url: string): string {
  const cut = url.search(/[?#]/)
  return cut === -1 ? url : `${url.slice(0, cut + 1)}[REDACTED]`
}

/**
 * A JSON copy with credential headers and credential-looking text removed. AxiosError's own `toJSON`
 * includes `config.headers`, which holds Authorization, Cookie and x-api-key values.
 */
function redactedCopy(value: unknown): unknown {
  const text = JSON.stringify(value, (key, item: unknown) => {
    if ((isSecretHeader(key) || SECRET_OPTION.test(key)) && item !== null && item !== undefined) return '[REDACTED]'
    if (typeof item !== 'string') return item
    // A relative URL (axios `config.url` beside a `baseURL`) has no "://" for redactText to find its query by.
    return redactText(URL_OPTION.test(key) ? withoutQuery(item) : item)
  })
  return text === undefined ? undefined : JSON.parse(text)
}
