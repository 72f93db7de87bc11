/**
 * The canonical example reply of every built-in signature, by code. The examples live beside their
 * signatures but outside the signature objects, so that a bundle which only calls `diagnose()` leaves them
 * out: they are documentation and test data (a third of the catalog's bytes), never read by the engine.
 */
import type { Examples } from '../types.ts'
import { albExamples } from './alb.ts'
import { apiGatewayHttpExamples } from './api-gateway-http.ts'
import { accessDeniedExamples } from './api-gateway-rest/access-denied.ts'
import { authorizerExamples } from './api-gateway-rest/authorizer.ts'
import { forbiddenExamples } from './api-gateway-rest/forbidden.ts'
import { sigv4Examples } from './api-gateway-rest/sigv4.ts'
import { routingExamples } from './api-gateway-rest.ts'
import { integrationExamples } from './api-gateway-rest-integration/integration.ts'
import { notFoundExamples } from './api-gateway-rest-integration/not-found.ts'
import { requestExamples } from './api-gateway-rest-integration/request.ts'
import { throttlingExamples } from './api-gateway-rest-integration/throttling.ts'
import { clbExamples } from './clb.ts'
import { edgeFunctionExamples } from './cloudfront/edge-functions.ts'
import { fallbackExamples } from './cloudfront/fallbacks.ts'
import { originPageExamples } from './cloudfront/origin-pages.ts'
import { requestPageExamples } from './cloudfront/request-pages.ts'
import { s3OriginExamples } from './cloudfront/s3-origin.ts'
import { signedUrlExamples } from './cloudfront/signed-urls.ts'
import { lambdaUrlExamples } from './lambda-url.ts'
import { wafExamples } from './waf.ts'

/** Builds the table of examples (a function, so that bundlers drop it whole when nobody asks for it). */
export function builtInExamples(): Examples {
  return {
    ...wafExamples(),
    ...edgeFunctionExamples(),
    ...originPageExamples(),
    ...requestPageExamples(),
    ...signedUrlExamples(),
    ...s3OriginExamples(),
    ...fallbackExamples(),
    ...albExamples(),
    ...clbExamples(),
    ...lambdaUrlExamples(),
    ...routingExamples(),
    ...sigv4Examples(),
    ...accessDeniedExamples(),
    ...forbiddenExamples(),
    ...authorizerExamples(),
    ...requestExamples(),
    ...throttlingExamples(),
    ...integrationExamples(),
    ...notFoundExamples(),
    ...apiGatewayHttpExamples(),
  }
}
