import type { Signature } from '../types.ts'

/** API Gateway HTTP APIs (v2). */
export const apiGatewayHttpSignatures: readonly Signature[] = []
