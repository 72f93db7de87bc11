import type { CatalogSignature, Examples, Signature } from '../types.ts'
import { albSignatures } from './alb.ts'
import { apiGatewayHttpSignatures } from './api-gateway-http.ts'
import { apiGatewayRestSignatures } from './api-gateway-rest.ts'
import { apiGatewayRestIntegrationSignatures } from './api-gateway-rest-integration.ts'
import { cloudfrontSignatures } from './cloudfront.ts'
import { builtInExamples } from './examples.ts'
import { lambdaUrlSignatures } from './lambda-url.ts'
import { wafSignatures } from './waf.ts'

/**
 * The catalog as the engine reads it: every built-in signature without its example reply. On equal scores
 * the earlier signature wins, so the layers follow the classification order: WAF challenges, edge functions
 * and CloudFront pages before the origins behind them.
 */
export const catalog: readonly Signature[] = /* @__PURE__ */ deepFreeze([
  ...wafSignatures,
  ...cloudfrontSignatures,
  ...albSignatures,
  ...lambdaUrlSignatures,
  ...apiGatewayRestSignatures,
  ...apiGatewayRestIntegrationSignatures,
  ...apiGatewayHttpSignatures,
])

/**
 * The built-in catalog, read-only: each signature with its canonical example reply, in catalog order. Every
 * call is marked pure (arguments included: bundlers keep an argument's side effects otherwise), so a bundle
 * that never reads `signatures` drops the examples.
 */
export const signatures: readonly CatalogSignature[] = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ withExamples(catalog, /* @__PURE__ */ builtInExamples()),
)

function withExamples(rules: readonly Signature[], examples: Examples): CatalogSignature[] {
  return rules.map((rule) => {
    const example = examples[rule.code]
    // A signature without an example is a catalog bug; failing at load makes every test say so at once.
    if (example === undefined) throw new Error(`apigw-doctor: the built-in signature ${rule.code} has no example`)
    return { ...rule, example }
  })
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  }
  return value
}
