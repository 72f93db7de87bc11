import type { Signature } from '../types.ts'

/** AWS WAF blocks, challenges and CAPTCHAs on every host. */
export const wafSignatures: readonly Signature[] = []
