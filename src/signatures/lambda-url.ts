import type { Signature } from '../types.ts'

/** Lambda function URLs. */
export const lambdaUrlSignatures: readonly Signature[] = []
