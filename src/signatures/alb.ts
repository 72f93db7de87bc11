import type { Signature } from '../types.ts'

/** Application and Classic Load Balancers. */
export const albSignatures: readonly Signature[] = []
