import type { Signature } from '../types.ts'
import { albSignatures } from './alb.ts'
import { apiGatewayHttpSignatures } from './api-gateway-http.ts'
import { apiGatewayRestSignatures } from './api-gateway-rest.ts'
import { apiGatewayRestIntegrationSignatures } from './api-gateway-rest-integration.ts'
import { cloudfrontSignatures } from './cloudfront.ts'
import { lambdaUrlSignatures } from './lambda-url.ts'
import { wafSignatures } from './waf.ts'

/**
 * The built-in catalog, read-only. On equal scores the earlier signature wins, so the layers follow the
 * classification order: WAF challenges, edge functions and CloudFront pages before the origins behind them.
 */
export const signatures: readonly Signature[] = /* @__PURE__ */ deepFreeze([
  ...wafSignatures,
  ...cloudfrontSignatures,
  ...albSignatures,
  ...lambdaUrlSignatures,
  ...apiGatewayRestSignatures,
  ...apiGatewayRestIntegrationSignatures,
  ...apiGatewayHttpSignatures,
])

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  }
  return value
}
