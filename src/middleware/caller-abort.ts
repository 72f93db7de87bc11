/**
 * Whether a rejection comes from the caller's own signal: the caller's decision, which passes through as it
 * was, whatever its reason (even a `TypeError`, which fetch otherwise uses for network failures). A
 * `TimeoutError` reason (`AbortSignal.timeout()`) is the exception: the request got no reply in time, which
 * is what the `NO_RESPONSE` timeout diagnosis explains. Never throws: a hostile signal counts as an abort,
 * so that the rejection is left alone.
 */
export function abortedByCaller(signal: AbortSignal | null | undefined): boolean {
  try {
    return signal?.aborted === true && (signal.reason as { name?: unknown } | null)?.name !== 'TimeoutError'
  } catch {
    return true
  }
}
