/** Pieces shared by the REST API signatures of the routing, SigV4, policy and authorizer files. */
import type { AuthScheme, Condition, HostKind } from '../../types.ts'

/** Reply headers of a REST API's gateway-generated error, as the seed memo captured them (IDs invented). */
export const restErrorHeaders = (errorType: string): Record<string, string> => ({
  'content-type': 'application/json',
  'x-amzn-RequestId': 'c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11',
  'x-amzn-ErrorType': errorType,
  'x-amz-apigw-id': 'Yq3kHGbZjoEFXyQ=',
})

/** Every `Authorization` scheme that means "a header was sent". */
export const ANY_AUTH: readonly AuthScheme[] = ['bearer', 'basic', 'sigv4', 'raw', 'other']

/** Schemes of an application token: what a Lambda, Cognito or JWT authorizer reads, never a SigV4 signature. */
export const TOKEN_AUTH: readonly AuthScheme[] = ['bearer', 'basic', 'raw', 'other']

/** The API's own endpoint hosts: the path starts with the stage there. */
export const EXECUTE_API_HOSTS: readonly HostKind[] = ['execute-api', 'execute-api-private']

/**
 * CloudFront sits in front of the API: the request went to a `*.cloudfront.net` name. Edge-optimized APIs
 * answer through CloudFront too, so CloudFront headers on an execute-api host prove nothing.
 */
export const VIA_CLOUDFRONT_HOST: Condition = { host: ['cloudfront'] }

/** A custom domain whose reply came through CloudFront: a distribution (or an edge-optimized custom domain). */
export const CUSTOM_DOMAIN_VIA_CLOUDFRONT: Condition = { host: ['custom-domain'], replyHas: ['x-amz-cf-id'] }

/**
 * Documentation links used only by the REST signatures (the shared ones live in `../docs.ts`). Written out
 * in full: template literals cannot be typed under isolatedDeclarations.
 */
export const REST_DOCS = {
  lambdaAuthorizerDeny: 'https://repost.aws/knowledge-center/api-gateway-403-error-lambda-authorizer',
  vpcConnections: 'https://repost.aws/knowledge-center/api-gateway-vpc-connections',
  mutualTls403: 'https://repost.aws/knowledge-center/api-gateway-mutual-tls-403-errors',
  disableDefaultEndpoint: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-disable-default-endpoint.html',
  sigv4Troubleshooting: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/signature-v4-troubleshooting.html',
  cloudfrontOriginRequestPolicies:
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-origin-request-policies.html',
  wafCustomResponse: 'https://docs.aws.amazon.com/waf/latest/developerguide/customizing-the-response-for-blocked-requests.html',
} as const
