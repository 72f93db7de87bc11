import { builtInRules } from '../catalog/index.ts'

/** Statuses below 400 that some signature declares; the CLI diagnoses with the built-in catalog only. */
const ERROR_STATUSES_BELOW_400: ReadonlySet<number> = new Set(
  builtInRules.flatMap((rule) => rule.match.status ?? []).filter((status) => status < 400),
)

/**
 * Whether the CLI diagnoses a reply with this status: every error status, and the few success statuses an
 * AWS error uses (the WAF challenge's 202). A HAR file is mostly successful traffic: its other replies are
 * listed, never read further.
 */
export function mayBeAnError(status: number): boolean {
  return status >= 400 || ERROR_STATUSES_BELOW_400.has(status)
}
