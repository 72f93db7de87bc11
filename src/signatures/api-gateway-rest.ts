import type { Signature } from '../types.ts'
import { DOCS } from './docs.ts'

/** Reply headers of a REST API's gateway-generated error, as the seed memo captured them. */
const restErrorHeaders = (errorType: string): Record<string, string> => ({
  'content-type': 'application/json',
  'x-amzn-RequestId': 'c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11',
  'x-amzn-ErrorType': errorType,
  'x-amz-apigw-id': 'Yq3kHGbZjoEFXyQ=',
})

const ANY_AUTH = ['bearer', 'basic', 'sigv4', 'raw', 'other'] as const

/** API Gateway REST APIs (v1): gateway responses and integration failures. */
export const apiGatewayRestSignatures: readonly Signature[] = [
  {
    code: 'MISSING_AUTHENTICATION_TOKEN',
    layer: 'api-gateway-rest',
    title: 'API Gateway found no route for {request} (403 Missing Authentication Token)',
    gatewayResponseTypes: ['MISSING_AUTHENTICATION_TOKEN'],
    match: {
      status: [403],
      customizable: true,
      errorType: ['MissingAuthenticationTokenException'],
      message: ['Missing Authentication Token'],
      distinctive: true,
    },
    causes: [
      {
        id: 'no-route',
        weight: 6,
        cause:
          'No resource and method match {request} on this stage: a typo or wrong letter case in the path, a missing or extra segment, a doubled slash, or a resource that was never deployed to the stage. Despite the message, this has nothing to do with tokens.',
        remedy:
          'Compare the path with the deployed resources (`aws apigateway get-resources --rest-api-id <id>`, or export the stage: `aws apigateway get-export --rest-api-id <id> --stage-name <stage> --export-type oas30 out.json`); fix the URL, or redeploy the stage if the resource is new (`aws apigateway create-deployment --rest-api-id <id> --stage-name <stage>`).',
        summary: 'no route matches {request}: check the path, stage and method',
        adjust: [{ when: { path: ['double-slash'] }, factor: 2 }],
      },
      {
        id: 'wrong-method',
        weight: 3,
        cause: 'The resource exists but not with this HTTP method (for example PATCH where only PUT is defined, or POST on a GET-only resource).',
        remedy: 'Call the method the resource defines, or add the method (or ANY) to the resource and redeploy the stage.',
        summary: 'the resource may not define {request}: check the HTTP method',
      },
      {
        id: 'iam-auth-unsigned',
        weight: 1,
        cause: 'The method uses AWS_IAM authorization and the request was not signed with SigV4.',
        remedy:
          "Sign the request with SigV4 for the service 'execute-api' in the API's region (for example with @aws-sdk/signature-v4), or change the method's authorization type if IAM was not intended.",
        summary: 'the method may require AWS_IAM auth: sign {request} with SigV4',
        docs: [DOCS.iamAuth, DOCS.sigv4Mismatch],
        adjust: [
          { when: { auth: ['none'], notSent: ['x-amz-date', 'x-amz-security-token'] }, factor: 4 },
          { when: { auth: ANY_AUTH }, factor: 0.1 },
        ],
      },
      {
        id: 'bare-stage-url',
        weight: 1,
        cause: 'The bare stage URL was called and the root resource "/" has no method.',
        remedy: 'Call a concrete resource path below the stage, or define a method (for example ANY) on the root resource and redeploy.',
        summary: 'the root resource of stage "{stage}" has no method: call a resource path',
        adjust: [
          { when: { host: ['execute-api', 'execute-api-private'], path: ['stage-only'] }, factor: 20 },
          { when: { host: ['execute-api', 'execute-api-private'], not: { path: ['stage-only'] } }, factor: 0.1 },
        ],
      },
      {
        id: 'unencoded-path',
        weight: 0.5,
        cause:
          'The path holds a "#" or a character that should have been percent-encoded: the client cut the URL at the "#" or sent a path that matches no resource.',
        remedy: 'Percent-encode path parameters (encodeURIComponent), in particular "#", "?", spaces and non-ASCII characters.',
        summary: 'the path of {request} holds an unencoded character: percent-encode path parameters',
        adjust: [
          { when: { path: ['fragment'] }, factor: 30 },
          { when: { path: ['unencoded'] }, factor: 30 },
        ],
      },
      {
        id: 'custom-domain-base-path',
        weight: 1,
        cause:
          'The custom domain name maps to the API through a base path mapping, and the URL does not follow it: the stage name was put in the path (the mapping already selects the stage), or the base path is missing or extra.',
        remedy:
          'List the mappings (`aws apigateway get-base-path-mappings --domain-name <domain>` or `aws apigatewayv2 get-api-mappings --domain-name <domain>`) and call https://<domain>/<base path>/<resource>, without the stage name.',
        summary: 'the custom domain {host} maps paths through its base path mapping: check it',
        docs: [DOCS.customDomain403],
        adjust: [
          { when: { host: ['custom-domain'] }, factor: 10 },
          { when: { host: ['execute-api', 'execute-api-private', 'cloudfront'] }, factor: 0.1 },
        ],
      },
      {
        id: 'cors-preflight',
        weight: 0.3,
        cause: 'A CORS preflight (OPTIONS) reached a resource that has no OPTIONS method.',
        remedy:
          'Enable CORS on the resource (an OPTIONS method with authorization NONE and no API key), redeploy, and add CORS headers to the DEFAULT_4XX gateway response so that errors stay readable in browsers.',
        summary: 'the resource has no OPTIONS method for the CORS preflight: enable CORS on it',
        docs: [DOCS.corsRest],
        adjust: [{ when: { method: ['OPTIONS'] }, factor: 50 }],
      },
    ],
    docs: [DOCS.gatewayResponseTypes, DOCS.troubleshoot403],
    example: {
      status: 403,
      headers: restErrorHeaders('MissingAuthenticationTokenException'),
      body: '{"message":"Missing Authentication Token"}',
      request: { method: 'GET', url: 'https://abc123defg.execute-api.ap-northeast-1.amazonaws.com/stage/v1/items' },
    },
  },
]
