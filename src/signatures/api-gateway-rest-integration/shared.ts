import type { Adjustment } from '../../types.ts'

/**
 * Reply headers of a REST API's gateway-generated error: the request IDs API Gateway always sends, and the
 * error type when it is known.
 */
export function restErrorHeaders(errorType?: string): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-amzn-RequestId': '0e4a3c55-7b1d-4f3e-9a8c-2d6b1f0e9a41',
    'x-amz-apigw-id': 'Zq7LkFm2oAMEb3Q=',
  }
  if (errorType !== undefined) headers['x-amzn-ErrorType'] = errorType
  return headers
}

/** Documentation links used only by the request, limit and integration signatures. */
export const INTEGRATION_DOCS = {
  requestValidation: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html',
  passthrough: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html',
  binaryMedia: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings.html',
  limitsTable: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-execution-service-limits-table.html',
  timeoutAbove29s: 'https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/',
  lambdaErrors: 'https://docs.aws.amazon.com/lambda/latest/dg/services-apigateway-errors.html',
  lambdaQuotas: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  s3PresignedUpload: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/PresignedUrlUploadObject.html',
  internalServerError: 'https://repost.aws/knowledge-center/api-gateway-internal-server-error',
  malformed502: 'https://repost.aws/knowledge-center/malformed-502-api-gateway',
  networkError: 'https://repost.aws/knowledge-center/api-gateway-network-endpoint-error',
  vpcLink500: 'https://repost.aws/knowledge-center/api-gateway-500-error-vpc',
} as const

/**
 * Function timeouts people actually configure: 3 s (Lambda's default), 6 s (the Serverless Framework's),
 * 10, 15, 20 and 25 s. A reply that arrives this long after the request points at a function that timed out.
 */
const COMMON_FUNCTION_TIMEOUTS_MS = [3000, 6000, 10000, 15000, 20000, 25000] as const

/**
 * One adjustment per common function timeout, for replies that arrive just after it: the client's clock
 * also counts the network and API Gateway's own work, so the window reaches 800 ms past the timeout.
 */
export function nearFunctionTimeout(factor: number): Adjustment[] {
  return COMMON_FUNCTION_TIMEOUTS_MS.map((timeout) => ({
    when: { elapsedMs: { min: timeout - 100, max: timeout + 800 } },
    factor,
  }))
}
