import { printable } from '../output/format.ts'
import { redactUrl } from '../output/redact.ts'

/** Longest URL printed; the rest is cut. */
const MAX_URL = 300

/**
 * A URL fit to print: scheme, host and a masked path (no query, fragment, user info or matrix parameter); without its scheme
 * when the capture did not show it.
 */
export function displayUrl(url: string, schemeAssumed = false): string {
  // Path parameters (`;jsessionid=…`), queries and opaque segments are masked by the allowlist of `maskUrl`.
  let shown = redactUrl(url)
  if (schemeAssumed) shown = shown.replace(/^https?:\/\//i, '')
  return shown.length > MAX_URL ? `${shown.slice(0, MAX_URL - 3)}...` : shown
}

/** {@link printable} applied to every string of a JSON-like value (a diagnosis). */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map(printableDeep) as T
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) out[key] = printableDeep(item)
  return out as T
}
