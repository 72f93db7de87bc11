/**
 * The marks apigw-doctor leaves on what it handled, and the checks that read them. Tiny and free of the
 * engine on purpose: the adapters check them on every failure before deciding to load the diagnosis code.
 * `Symbol.for` keys, so that two copies of the library (a CJS and an ESM one, two bundles) agree.
 * @module
 */
import type { Diagnosis } from '../types.ts'

/** Marks an object apigw-doctor has handled. */
export const DIAGNOSED: unique symbol = Symbol.for('apigw-doctor.diagnosed') as typeof DIAGNOSED

/** The brand every `GatewayError` carries, whichever copy of the class built it. */
export const GATEWAY_ERROR: unique symbol = Symbol.for('apigw-doctor.GatewayError') as typeof GATEWAY_ERROR

/** Something that carries a diagnosis: an enriched client error, or a fetch `Response`. */
export type Diagnosed<T> = T & { readonly diagnosis: Diagnosis }

/** Whether a value carries the `GatewayError` brand (set by its constructor). Never throws. */
export function hasGatewayErrorBrand(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  try {
    return (value as Record<symbol, unknown>)[GATEWAY_ERROR] === true
  } catch {
    return false
  }
}

/** Whether apigw-doctor already handled this error or response (or it is a `GatewayError`). */
export function isDiagnosed(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  try {
    return (value as Record<symbol, unknown>)[DIAGNOSED] === true || hasGatewayErrorBrand(value)
  } catch {
    return false
  }
}

/**
 * Whether a value carries a diagnosis: `error.diagnosis` on an axios or ky error, `response.diagnosis` on
 * a fetch Response, or a `GatewayError`.
 */
export function hasDiagnosis<T>(value: T): value is Diagnosed<T> {
  if (typeof value !== 'object' || value === null) return false
  try {
    const diagnosis = (value as { diagnosis?: unknown }).diagnosis
    return typeof diagnosis === 'object' && diagnosis !== null && typeof (diagnosis as { code?: unknown }).code === 'string'
  } catch {
    return false
  }
}
