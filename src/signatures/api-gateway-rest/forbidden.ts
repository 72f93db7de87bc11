/**
 * The one REST reply `403 {"message":"Forbidden"}` (x-amzn-ErrorType ForbiddenException). AWS sends it for a
 * missing or invalid API key (INVALID_API_KEY), a WAF block (WAF_FILTERED), and before routing for a wrong
 * stage, a private API or VPC endpoint, a disabled default endpoint, an unmapped custom domain, a rejected
 * client certificate, and a Host header forwarded by CloudFront. The body is the same for all of them: the
 * request's context ranks the causes.
 */
import type { Examples, Signature } from '../../types.ts'
import { DOCS } from '../docs.ts'
import { CUSTOM_DOMAIN_VIA_CLOUDFRONT, EXECUTE_API_HOSTS, REST_DOCS, restErrorHeaders, VIA_CLOUDFRONT_HOST } from './shared.ts'

/** Hosts where the path does not start with the stage, or the API is reached through another name. */
const NOT_EXECUTE_API = ['custom-domain', 'cloudfront'] as const

export const forbiddenSignatures: readonly Signature[] = [
  {
    // Research: INVALID_API_KEY, WAF_FILTERED, PRE_ROUTING_FORBIDDEN:* (5), and from the edge catalog
    // WAF_BLOCK_APIGW_REST and CLOUDFRONT_APIGW_HOST_HEADER_FORWARDED.
    code: 'FORBIDDEN',
    layer: 'api-gateway-rest',
    title: 'API Gateway refused {request} before running it (403 Forbidden: API key, stage, WAF, private endpoint or domain)',
    gatewayResponseTypes: ['INVALID_API_KEY', 'WAF_FILTERED'],
    match: {
      status: [403],
      customizable: true,
      errorType: ['ForbiddenException'],
      message: ['Forbidden'],
      // HTTP APIs send the same body with apigw-requestid: that reply belongs to the HTTP API catalog.
      absentHeaders: ['apigw-requestid'],
    },
    causes: [
      {
        id: 'api-key-missing',
        weight: 3,
        cause:
          'The method requires an API key (apiKeyRequired) and no x-api-key header was sent: not attached by the client, dropped by a fetch wrapper, or a browser preflight (OPTIONS) hitting an OPTIONS method that also requires a key.',
        remedy:
          'Send the key value in the `x-api-key` header; set apiKeyRequired to false on OPTIONS methods. Get the value with `aws apigateway get-api-key --api-key <key-id> --include-value`.',
        summary: 'the method may require an API key that was not sent: send it in the x-api-key header',
        docs: [DOCS.apiKeys],
        adjust: [
          { when: { notSent: ['x-api-key'] }, factor: 3 },
          { when: { sent: ['x-api-key'] }, factor: 0.05 },
          { when: { method: ['OPTIONS'] }, factor: 2 },
        ],
      },
      {
        id: 'wrong-stage',
        weight: 3,
        cause:
          '{path} does not start with a deployed stage: the stage was left out (a relative URL, a client building /api/x instead of /prod/api/x), it differs in letter case (stage names are case-sensitive: Prod is not prod), the stage was deleted or renamed, or the bare host "/" was called.',
        remedy:
          'List the stages (`aws apigateway get-stages --rest-api-id <id>`) and call https://<api-id>.execute-api.<region>.amazonaws.com/<stage>/<path> with the exact stage name.',
        summary: '{path} may not start with a deployed stage (names are case-sensitive): put the exact stage name first',
        adjust: [
          { when: { path: ['root'] }, factor: 10 },
          { when: { path: ['stage-not-lowercase'] }, factor: 5 },
          { when: { host: NOT_EXECUTE_API }, factor: 0.05 },
        ],
      },
      {
        id: 'api-key-not-valid',
        weight: 1.5,
        cause:
          'An x-api-key was sent but is not valid for this stage: the key is not in a usage plan that includes this API and stage, it is disabled or deleted, it was just created or associated (changes take a short while), the key id was sent instead of its value, or it belongs to another account or region. With API key source AUTHORIZER, the authorizer must return usageIdentifierKey.',
        remedy:
          "Check the plan (`aws apigateway get-usage-plans`, `aws apigateway get-usage-plan-keys --usage-plan-id <plan>`), add the key (`aws apigateway create-usage-plan-key --usage-plan-id <plan> --key-id <key-id> --key-type API_KEY`) and the stage to the plan's apiStages; make sure the key is enabled and you send its value (`get-api-key --include-value`), not its id.",
        summary: 'the API key sent may not be in a usage plan for this stage, or is disabled: check the usage plan',
        docs: [DOCS.apiKeys],
        adjust: [
          { when: { sent: ['x-api-key'] }, factor: 4 },
          { when: { notSent: ['x-api-key'] }, factor: 0.05 },
        ],
      },
      {
        id: 'waf-blocked',
        weight: 1.5,
        cause:
          'An AWS WAF web ACL on the stage blocked the request (WAF_FILTERED): a managed rule (body over 8 KB, XSS or SQLi patterns in JSON, no User-Agent, a long query string), a rate-based rule after a burst, or an IP set, geo or bot rule. It depends on the payload or the network, not on the route.',
        remedy:
          'Find the terminating rule in the WAF console (Web ACL > Sampled requests, action Block) or the web ACL logs (terminatingRuleId); override only that rule to Count and add a scoped rule. Customise the WAF_FILTERED gateway response (or a WAF custom response) so blocks are recognisable.',
        summary: 'AWS WAF may have blocked this request: find the terminating rule in the web ACL sampled requests',
        docs: [DOCS.gatewayResponseTypes, REST_DOCS.wafCustomResponse],
      },
      {
        id: 'private-api-endpoint',
        weight: 1.5,
        cause:
          'A private API reached through a VPC endpoint name that does not work for it: the vpce-… endpoint DNS name without an x-apigw-api-id (or Host) header naming the API, an {api-id}-{vpce-id} alias of an endpoint not associated with the API, or a call from outside the VPC.',
        remedy:
          'With the endpoint DNS name, send `x-apigw-api-id: <api-id>`; associate the endpoint with the API (`aws apigateway update-rest-api --rest-api-id <id> --patch-operations op=add,path=/endpointConfiguration/vpcEndpointIds,value=<vpce-id>`); call from inside the VPC.',
        summary: 'the private API may not be reachable through this endpoint name: check the VPC endpoint and x-apigw-api-id',
        docs: [REST_DOCS.vpcConnections, DOCS.privateApis],
        adjust: [
          { when: { host: ['execute-api-private'] }, factor: 10 },
          { when: { host: ['execute-api', 'cloudfront'] }, factor: 0.05 },
        ],
      },
      {
        id: 'public-api-via-private-dns',
        weight: 1,
        cause:
          'A public API is called from inside a VPC whose execute-api interface endpoint has private DNS enabled: *.execute-api.<region>.amazonaws.com then resolves to the endpoint, which reaches private APIs only. The same URL works from a laptop.',
        remedy:
          'Call public APIs from the VPC through a custom domain name, or disable private DNS on the endpoint and use {api-id}-{vpce-id} host names for private APIs.',
        summary: 'a VPC endpoint with private DNS may capture this public API host: call it through a custom domain',
        docs: [REST_DOCS.vpcConnections],
        adjust: [{ when: { host: ['execute-api-private', ...NOT_EXECUTE_API] }, factor: 0.05 }],
      },
      {
        id: 'default-endpoint-disabled',
        weight: 0.5,
        cause:
          'The default execute-api endpoint of the API is disabled (disableExecuteApiEndpoint), so only its custom domain answers; it takes effect at the next deployment.',
        remedy:
          "Call the API through its custom domain, or re-enable the endpoint: `aws apigateway update-rest-api --rest-api-id <id> --patch-operations op=replace,path=/disableExecuteApiEndpoint,value='False'`, then redeploy.",
        summary: 'the default execute-api endpoint may be disabled: call the custom domain instead',
        docs: [REST_DOCS.disableDefaultEndpoint],
        adjust: [
          { when: { host: ['execute-api'] }, factor: 2 },
          { when: { host: NOT_EXECUTE_API }, factor: 0.02 },
        ],
      },
      {
        id: 'custom-domain-unmapped',
        weight: 1,
        cause:
          'No API mapping of the custom domain {host} matches the start of the path (mapping "v1" while the client calls /v2/… or /), the mapping points at a stage that no longer exists, or DNS points at another domain\'s target.',
        remedy:
          "List the mappings (`aws apigateway get-base-path-mappings --domain-name <domain>` or `aws apigatewayv2 get-api-mappings --domain-name <domain>`), add or fix one, or fix the client base URL; alias DNS to the domain's own regionalDomainName or distributionDomainName.",
        summary: 'no API mapping of {host} may match {path}: check the custom domain mappings',
        docs: [DOCS.customDomain403],
        adjust: [
          { when: { host: ['custom-domain'] }, factor: 12 },
          { when: { host: ['execute-api', 'execute-api-private', 'cloudfront'] }, factor: 0.02 },
        ],
      },
      {
        id: 'mutual-tls',
        weight: 0.3,
        cause:
          'The custom domain requires mutual TLS and the client certificate was not accepted: its issuer is not in the truststore (or the truststore version was not updated), it is self-signed or uses a weak signature algorithm, or no certificate was presented.',
        remedy:
          "Add the issuing CA chain to the truststore object in S3 and update the domain's truststore version; issue client certificates with SHA-256 or stronger; configure the certificate in the client (Node: https.Agent with cert and key).",
        summary: 'the mutual TLS client certificate may have been rejected: check the truststore and the client certificate',
        docs: [REST_DOCS.mutualTls403],
        adjust: [
          { when: { host: ['custom-domain'] }, factor: 2 },
          { when: { host: ['execute-api', 'execute-api-private', 'cloudfront'] }, factor: 0.05 },
        ],
      },
      {
        id: 'cloudfront-host-header-forwarded',
        weight: 0.5,
        cause:
          'A CloudFront distribution forwards the viewer\'s Host header to the execute-api origin (origin request policy Managed-AllViewer, legacy "forward all headers", or Host in a header allow-list), and API Gateway cannot map that host to an API. A direct call to the execute-api URL works.',
        remedy:
          'Use origin request policy Managed-AllViewerExceptHostHeader with cache policy Managed-CachingDisabled for API behaviors, or make the CloudFront alias an API Gateway custom domain with a mapping for the API. To forward Authorization, include it in the cache policy or use AllViewerExceptHostHeader.',
        summary: 'CloudFront may forward the viewer Host header to API Gateway: use AllViewerExceptHostHeader',
        docs: [REST_DOCS.cloudfrontOriginRequestPolicies],
        adjust: [
          { when: VIA_CLOUDFRONT_HOST, factor: 40 },
          { when: CUSTOM_DOMAIN_VIA_CLOUDFRONT, factor: 30 },
          { when: { host: EXECUTE_API_HOSTS }, factor: 0.02 },
        ],
      },
    ],
    docs: [DOCS.troubleshoot403, DOCS.gatewayResponseTypes, DOCS.apiKeys],
  },
]

/** The canonical reply of each signature above, by code, exactly as AWS sends it. */
export function forbiddenExamples(): Examples {
  return {
    FORBIDDEN: {
      status: 403,
      headers: restErrorHeaders('ForbiddenException'),
      body: '{"message":"Forbidden"}',
      request: {
        method: 'GET',
        url: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/orders',
        headers: { accept: 'application/json' },
      },
    },
  }
}
