/** Documentation links shared by several signatures. */

const APIGW = 'https://docs.aws.amazon.com/apigateway/latest/developerguide'
const KC = 'https://repost.aws/knowledge-center'
const CF = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide'

/** The shared links, by topic. */
export interface SharedDocs {
  readonly gatewayResponseTypes: string
  readonly gatewayResponseSetup: string
  readonly troubleshoot403: string
  readonly customDomain403: string
  readonly sigv4Mismatch: string
  readonly lambdaAuthorizer: string
  readonly lambdaAuthorizer401: string
  readonly lambdaAuthorizer403: string
  readonly resourcePolicies: string
  readonly iamAuth: string
  readonly apiKeys: string
  readonly privateApis: string
  readonly corsRest: string
  readonly limits: string
  readonly errors504: string
  readonly errors5xx: string
  readonly lambdaProxyOutput: string
  readonly throttling: string
  readonly throttling429: string
  readonly cloudfrontErrors: string
  readonly cloudfront502: string
  readonly cloudfront503: string
  readonly cloudfront504: string
  readonly cloudfrontOriginProtocol: string
}

export const DOCS: SharedDocs = {
  gatewayResponseTypes: `${APIGW}/supported-gateway-response-types.html`,
  gatewayResponseSetup: `${APIGW}/set-up-gateway-response-using-the-console.html`,
  troubleshoot403: `${KC}/api-gateway-troubleshoot-403-forbidden`,
  customDomain403: `${KC}/api-gateway-403-custom-domain`,
  sigv4Mismatch: `${KC}/api-gateway-iam-sigv4-mismatch`,
  lambdaAuthorizer: `${APIGW}/apigateway-use-lambda-authorizer.html`,
  lambdaAuthorizer401: `${KC}/api-gateway-401-error-lambda-authorizer`,
  lambdaAuthorizer403: `${KC}/api-gateway-lambda-authorization-errors`,
  resourcePolicies: `${APIGW}/apigateway-resource-policies.html`,
  iamAuth: `${APIGW}/permissions.html`,
  apiKeys: `${APIGW}/api-gateway-api-usage-plans.html`,
  privateApis: `${APIGW}/apigateway-private-apis.html`,
  corsRest: `${APIGW}/how-to-cors.html`,
  limits: `${APIGW}/limits.html`,
  errors504: `${KC}/api-gateway-504-errors`,
  errors5xx: `${KC}/api-gateway-5xx-error`,
  lambdaProxyOutput: `${APIGW}/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-output-format`,
  throttling: `${APIGW}/api-gateway-request-throttling.html`,
  throttling429: `${KC}/api-gateway-429-limit`,
  cloudfrontErrors: `${CF}/troubleshooting-response-errors.html`,
  cloudfront502: `${CF}/http-502-bad-gateway.html`,
  cloudfront503: `${CF}/http-503-service-unavailable.html`,
  cloudfront504: `${CF}/http-504-gateway-timeout.html`,
  cloudfrontOriginProtocol: `${CF}/DownloadDistValuesOrigin.html#DownloadDistValuesOriginProtocolPolicy`,
}
