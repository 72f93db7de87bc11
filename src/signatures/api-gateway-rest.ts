import type { Examples, Signature } from '../types.ts'
import { accessDeniedSignatures } from './api-gateway-rest/access-denied.ts'
import { authorizerSignatures } from './api-gateway-rest/authorizer.ts'
import { forbiddenSignatures } from './api-gateway-rest/forbidden.ts'
import {
  ANY_AUTH,
  CUSTOM_DOMAIN_VIA_CLOUDFRONT,
  EXECUTE_API_HOSTS,
  REST_DOCS,
  restErrorHeaders,
  TOKEN_AUTH,
  VIA_CLOUDFRONT_HOST,
} from './api-gateway-rest/shared.ts'
import { sigv4Signatures } from './api-gateway-rest/sigv4.ts'
import { DOCS } from './docs.ts'
import { ROUTE_FINDING_CAUSES } from './route-findings.ts'

/**
 * Recommended fix when CloudFront forwards a path the API does not serve (research: CLOUDFRONT_APIGW_PATH_MISMATCH).
 * Shared by the two routing replies: without an Authorization header the API answers Missing Authentication
 * Token, with one it answers IncompleteSignatureException.
 */
const CLOUDFRONT_PATH_REMEDY =
  "Set the origin path of the distribution's API origin to /<stage>, and strip the behavior's path prefix before it reaches the API (a viewer-request CloudFront Function: request.uri = request.uri.replace(/^\\/api/, '')), or model the prefix as a resource in the API. Compare with a direct call to https://<api-id>.execute-api.<region>.amazonaws.com/<stage>/<resource>."

/** API Gateway REST APIs (v1): routing. The URL or the method matches nothing the stage serves. */
const routingSignatures: readonly Signature[] = [
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
        cause:
          'The resource exists but not with this HTTP method (for example PATCH where only PUT is defined, or POST on a GET-only resource).',
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
          // A browser's preflight is never signed: an OPTIONS method left on AWS_IAM refuses it.
          { when: { method: ['OPTIONS'] }, factor: 3 },
        ],
      },
      {
        id: 'bare-stage-url',
        weight: 1,
        cause: 'The bare stage URL was called and the root resource "/" has no method.',
        remedy:
          'Call a concrete resource path below the stage, or define a method (for example ANY) on the root resource and redeploy.',
        summary: 'the root resource of stage "{stage}" has no method: call a resource path',
        adjust: [
          { when: { host: EXECUTE_API_HOSTS, path: ['stage-only'] }, factor: 20 },
          { when: { host: EXECUTE_API_HOSTS, not: { path: ['stage-only'] } }, factor: 0.1 },
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
        summary: 'a custom domain maps paths through its base path mapping: check that it matches {path}',
        docs: [DOCS.customDomain403],
        adjust: [
          { when: { host: ['custom-domain'] }, factor: 3 },
          { when: { host: ['custom-domain'], path: ['stage-name-first'] }, factor: 4 },
          { when: { host: ['execute-api', 'execute-api-private', 'cloudfront'] }, factor: 0.1 },
        ],
      },
      {
        id: 'cloudfront-path-mismatch',
        weight: 0.5,
        cause:
          "A CloudFront distribution in front of the API forwards a path the API does not serve: the behavior's path pattern prefix (e.g. /api/*) reaches API Gateway unchanged, or the origin path lacks the stage (/prod).",
        remedy: CLOUDFRONT_PATH_REMEDY,
        summary: 'CloudFront may forward {path} with a prefix or without the stage: check the origin path and behavior',
        docs: [DOCS.cloudfrontErrors],
        adjust: [
          { when: VIA_CLOUDFRONT_HOST, factor: 40 },
          { when: CUSTOM_DOMAIN_VIA_CLOUDFRONT, factor: 16 },
          { when: { host: EXECUTE_API_HOSTS }, factor: 0.1 },
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
      ...ROUTE_FINDING_CAUSES,
    ],
    docs: [DOCS.gatewayResponseTypes, DOCS.troubleshoot403],
  },
  {
    // Research: MISSING_AUTHENTICATION_TOKEN:INCOMPLETE_SIGNATURE_MISSING_EQUAL_SIGN and …_MISSING_CREDENTIAL.
    // Which sentence AWS writes depends only on the shape of the Authorization value ("Bearer x" → missing
    // equal-sign; a raw token or Basic credentials → requires 'Credential'), so one signature covers both.
    // The messages echo the caller's header (older forms) or its hash: only fixed fragments are matched, so
    // the evidence quotes our fragment and never the token (src/output/redact.ts also covers both echo forms).
    code: 'INCOMPLETE_SIGNATURE',
    layer: 'api-gateway-rest',
    title:
      'API Gateway read the Authorization header of {request} as a SigV4 signature: no such route, or the method requires AWS_IAM',
    // Believed: customising MISSING_AUTHENTICATION_TOKEN changes this reply (community report, not in AWS docs).
    gatewayResponseTypes: ['MISSING_AUTHENTICATION_TOKEN'],
    match: {
      status: [403],
      customizable: true,
      errorType: ['IncompleteSignatureException'],
      bodyIncludesAny: [
        'key=value pair (missing equal-sign) in Authorization header',
        "Authorization header requires 'Credential' parameter",
        "Authorization header requires 'Signature' parameter",
        "Authorization header requires 'SignedHeaders' parameter",
        "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header",
      ],
      distinctive: true,
    },
    causes: [
      {
        id: 'no-route',
        weight: 5,
        cause:
          'No resource and method match {request} on this stage (typo, wrong letter case, missing segment, wrong method, or a resource never deployed). On a route that does not exist API Gateway tries to read any Authorization header as a SigV4 signature, and an application token is not one.',
        remedy:
          'Compare the path and method with the deployed resources (`aws apigateway get-resources --rest-api-id <id>`), fix the URL, or redeploy the stage (`aws apigateway create-deployment --rest-api-id <id> --stage-name <stage>`). Remapping the MISSING_AUTHENTICATION_TOKEN gateway response to 404 makes such calls obvious.',
        summary: 'no route may match {request} (the token is not the problem): check the path, stage and method',
        adjust: [
          { when: { path: ['double-slash'] }, factor: 2 },
          { when: { auth: ['sigv4'] }, factor: 0.3 },
        ],
      },
      {
        id: 'iam-method-with-token',
        weight: 3,
        cause:
          'The method exists but its authorization type is AWS_IAM (an authorizer was never attached, or a framework defaulted to IAM), so API Gateway expects a SigV4 signature and a Bearer, Basic or raw token cannot be one.',
        remedy:
          'Attach the intended authorizer to the method (authorization type COGNITO_USER_POOLS or CUSTOM with its authorizer id) and redeploy, or sign the call with SigV4 (service execute-api) instead of sending a token.',
        summary: 'the method may use AWS_IAM auth, which a token cannot satisfy: attach your authorizer or sign with SigV4',
        docs: [DOCS.iamAuth],
        adjust: [{ when: { auth: ['sigv4'] }, factor: 0.1 }],
      },
      {
        id: 'malformed-sigv4',
        weight: 0.3,
        cause:
          'A SigV4 Authorization header was sent but is malformed: whitespace or a newline inside the access key id, a hand-built header missing Credential, SignedHeaders or Signature, no X-Amz-Date, or a proxy rewriting the header.',
        remedy:
          'Sign with the SDK signer (@aws-sdk/signature-v4) instead of building the header by hand, strip whitespace from stored credentials, and make sure no proxy rewrites Authorization or drops X-Amz-Date.',
        summary: 'the SigV4 Authorization header may be malformed: sign with the SDK signer',
        docs: [REST_DOCS.sigv4Troubleshooting],
        adjust: [
          { when: { auth: ['sigv4'] }, factor: 50 },
          { when: { auth: TOKEN_AUTH }, factor: 0.1 },
        ],
      },
      {
        id: 'private-api-endpoint-policy',
        weight: 0.5,
        cause:
          'The private API is reached through an interface VPC endpoint with a restrictive (non-default) endpoint policy: API Gateway then evaluates the Authorization header as AWS credentials, even for methods with authorization NONE.',
        remedy:
          'Use a full-access VPC endpoint policy, move the application token to another header, or protect the method with a Lambda or Cognito authorizer.',
        summary: 'the VPC endpoint policy may make API Gateway read Authorization as AWS credentials: check the endpoint policy',
        docs: [DOCS.privateApis],
        adjust: [
          { when: { host: ['execute-api-private'] }, factor: 15 },
          { when: { host: ['execute-api', 'custom-domain', 'cloudfront'] }, factor: 0.2 },
        ],
      },
      {
        id: 'custom-domain-base-path',
        weight: 0.5,
        cause:
          'The custom domain name maps to the API through a base path mapping, and the URL does not follow it (the stage name in the path, or a missing or extra base path), so no route matches.',
        remedy:
          'List the mappings (`aws apigateway get-base-path-mappings --domain-name <domain>`) and call https://<domain>/<base path>/<resource>, without the stage name.',
        summary: 'a custom domain maps paths through its base path mapping: check that it matches {path}',
        docs: [DOCS.customDomain403],
        adjust: [
          { when: { host: ['custom-domain'] }, factor: 3 },
          { when: { host: ['custom-domain'], path: ['stage-name-first'] }, factor: 4 },
          { when: { host: ['execute-api', 'execute-api-private', 'cloudfront'] }, factor: 0.1 },
        ],
      },
      {
        id: 'cloudfront-path-mismatch',
        weight: 0.3,
        cause:
          "A CloudFront distribution in front of the API forwards a path the API does not serve (the behavior's path prefix, or an origin path without the stage).",
        remedy: CLOUDFRONT_PATH_REMEDY,
        summary: 'CloudFront may forward {path} with a prefix or without the stage: check the origin path and behavior',
        docs: [DOCS.cloudfrontErrors],
        adjust: [
          { when: VIA_CLOUDFRONT_HOST, factor: 40 },
          { when: CUSTOM_DOMAIN_VIA_CLOUDFRONT, factor: 10 },
          { when: { host: EXECUTE_API_HOSTS }, factor: 0.1 },
        ],
      },
    ],
    docs: [DOCS.troubleshoot403, DOCS.gatewayResponseTypes, DOCS.sigv4Mismatch],
  },
]

/** API Gateway REST APIs (v1): routing, SigV4, policy and authorizer replies. Integration failures live in `api-gateway-rest-integration.ts`. */
export const apiGatewayRestSignatures: readonly Signature[] = [
  ...routingSignatures,
  ...sigv4Signatures,
  ...accessDeniedSignatures,
  ...forbiddenSignatures,
  ...authorizerSignatures,
]

/** The canonical reply of each signature above, by code, exactly as AWS sends it. */
export function routingExamples(): Examples {
  return {
    MISSING_AUTHENTICATION_TOKEN: {
      status: 403,
      headers: restErrorHeaders('MissingAuthenticationTokenException'),
      body: '{"message":"Missing Authentication Token"}',
      request: { method: 'GET', url: 'https://abc123defg.execute-api.ap-northeast-1.amazonaws.com/stage/v1/items' },
    },
    INCOMPLETE_SIGNATURE: {
      status: 403,
      headers: restErrorHeaders('IncompleteSignatureException'),
      body: '{"message":"Invalid key=value pair (missing equal-sign) in Authorization header (hashed with SHA-256 and encoded with Base64): \'W9xPq2m7Yb4T0cKzR1sVd8eFgH3jLn5oA6uBwC9iE0Q=\'."}',
      request: {
        method: 'GET',
        url: 'https://abc123defg.execute-api.ap-northeast-1.amazonaws.com/stage/v1/itemz',
        headers: { authorization: 'Bearer example-token' },
      },
    },
  }
}
