import type { Signature } from '../types.ts'

/** API Gateway REST APIs (v1): request validation, limits, throttling and integration failures. */
export const apiGatewayRestIntegrationSignatures: readonly Signature[] = []
