import type { Signature } from '../types.ts'
import { integrationSignatures } from './api-gateway-rest-integration/integration.ts'
import { notFoundSignatures } from './api-gateway-rest-integration/not-found.ts'
import { requestSignatures } from './api-gateway-rest-integration/request.ts'
import { throttlingSignatures } from './api-gateway-rest-integration/throttling.ts'

/** API Gateway REST APIs (v1): request validation, limits, throttling and integration failures. */
export const apiGatewayRestIntegrationSignatures: readonly Signature[] = [
  ...requestSignatures,
  ...throttlingSignatures,
  ...integrationSignatures,
  ...notFoundSignatures,
]
