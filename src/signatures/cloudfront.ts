import type { Signature } from '../types.ts'

/** Amazon CloudFront: its own error pages, edge functions, signed URLs and relayed origin errors. */
export const cloudfrontSignatures: readonly Signature[] = []
