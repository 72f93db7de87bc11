/**
 * Chrome's network error names (`net::ERR_…`, in console lines and in a HAR entry's `_error`) as the no-reply
 * diagnosis reads them.
 * @module
 */

/** Chrome's names for failures whose Node equivalent the no-reply diagnosis knows. */
const NET_ERROR_CODES: Readonly<Record<string, string>> = {
  'net::ERR_NAME_NOT_RESOLVED': 'ENOTFOUND',
  'net::ERR_NAME_RESOLUTION_FAILED': 'EAI_AGAIN',
  'net::ERR_CONNECTION_REFUSED': 'ECONNREFUSED',
  'net::ERR_ADDRESS_UNREACHABLE': 'EHOSTUNREACH',
  'net::ERR_INTERNET_DISCONNECTED': 'ENETDOWN',
}

/** The Node system code for a Chrome network error name, when the no-reply diagnosis knows one. */
export function systemCodeOf(netError: string): string | undefined {
  return Object.hasOwn(NET_ERROR_CODES, netError) ? NET_ERROR_CODES[netError] : undefined
}

/**
 * Errors a HAR records for requests that did not fail: the page cancelled them (a navigation, an
 * AbortController), an extension blocked them, or the capture ended before they finished. Such an entry
 * says nothing about the API.
 */
const NOT_A_FAILURE = /^net::ERR_(?:ABORTED|BLOCKED_BY_CLIENT|BLOCKED_BY_ADMINISTRATOR|CACHE_MISS)$/

/**
 * Whether a HAR entry without a reply records a failure the no-reply diagnosis can explain: the browser
 * names a network error (`net::ERR_FAILED`, which a reply hidden by CORS gives, a refused connection, an
 * unresolved name), not a cancellation. An entry with no error at all may have been pending when exported.
 */
export function isNetworkFailure(error: string): boolean {
  return /^net::ERR_[A-Z_]{1,64}$/.test(error) && !NOT_A_FAILURE.test(error)
}
