/**
 * The catalog's one source: every built-in signature as it is written, with its English texts, and the
 * example replies. Nothing that ships imports this module: `npm run catalog` derives the shipped shapes from
 * it (src/catalog/generated/), and tests compare the two.
 * @module
 */
import type { Examples, Signature } from '../types.ts'
import { albSignatures } from './alb.ts'
import { apiGatewayHttpSignatures } from './api-gateway-http.ts'
import { apiGatewayRestSignatures } from './api-gateway-rest.ts'
import { apiGatewayRestIntegrationSignatures } from './api-gateway-rest-integration.ts'
import { cloudfrontSignatures } from './cloudfront.ts'
import { builtInExamples } from './examples.ts'
import { lambdaUrlSignatures } from './lambda-url.ts'
import { wafSignatures } from './waf.ts'

/**
 * Every built-in signature, in catalog order. On equal scores the earlier signature wins, so the layers
 * follow the classification order: WAF challenges, edge functions and CloudFront pages before the origins
 * behind them.
 */
export const sourceCatalog: readonly Signature[] = [
  ...wafSignatures,
  ...cloudfrontSignatures,
  ...albSignatures,
  ...lambdaUrlSignatures,
  ...apiGatewayRestSignatures,
  ...apiGatewayRestIntegrationSignatures,
  ...apiGatewayHttpSignatures,
]

/** The example replies by code, as written beside their signatures. */
export function builtInSourceExamples(): Examples {
  return builtInExamples()
}
