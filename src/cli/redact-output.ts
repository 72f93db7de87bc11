import { redactUrl } from '../redact.ts'

// Session IDs in path parameters (`;jsessionid=…`) are not caught by redactText's word-bounded patterns.
const PATH_SESSION = /;(jsessionid|phpsessid|sid|session[_-]?id)=[^/;?#\s]*/gi

/** Longest URL printed; the rest is cut. */
const MAX_URL = 300

/**
 * A URL fit to print: no query string, fragment or user info, credentials redacted; without its scheme
 * when the capture did not show it.
 */
export function displayUrl(url: string, schemeAssumed = false): string {
  let shown = redactUrl(url).replace(PATH_SESSION, ';$1=[REDACTED]')
  if (schemeAssumed) shown = shown.replace(/^https?:\/\//i, '')
  return shown.length > MAX_URL ? `${shown.slice(0, MAX_URL - 3)}...` : shown
}
