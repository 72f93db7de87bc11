/**
 * REST API replies of the authorizer step: 401 when the identity is missing or rejected, 500 when the
 * authorizer itself is broken.
 */
import type { Condition, Examples, Signature } from '../../types.ts'
import { DOCS } from '../docs.ts'
import { restErrorHeaders } from './shared.ts'

/** Neither of the usual identity sources (an Authorization header, a session cookie) was sent. */
const NO_IDENTITY: Condition = { notSent: ['authorization', 'cookie'] }
const SENT_AUTHORIZATION: Condition = { sent: ['authorization'] }
const SENT_COOKIE: Condition = { sent: ['cookie'] }

const AUTHORIZER_LOGS =
  'Enable execution logging on the stage (INFO) and read API-Gateway-Execution-Logs_<api-id>/<stage> for the "Authorizer" lines, next to the authorizer function\'s own CloudWatch logs.'

export const authorizerSignatures: readonly Signature[] = [
  {
    code: 'UNAUTHORIZED',
    layer: 'api-gateway-rest',
    title: 'The authorizer of {request} found no valid identity (401 Unauthorized)',
    gatewayResponseTypes: ['UNAUTHORIZED'],
    match: {
      status: [401],
      customizable: true,
      errorType: ['UnauthorizedException'],
      message: ['Unauthorized'],
      // HTTP API authorizers send the same body with apigw-requestid: that reply belongs to the HTTP API catalog.
      absentHeaders: ['apigw-requestid'],
    },
    causes: [
      {
        id: 'identity-source-missing',
        weight: 3,
        cause:
          'The method has a Lambda (or Cognito) authorizer and the request lacks its identity source: the header it reads (Authorization by default, a Cookie carrying a session id, or another header) is missing or empty, so API Gateway answered 401 without calling the authorizer.',
        remedy:
          "Send the header the authorizer's identity source names (`aws apigateway get-authorizers --rest-api-id <id>` shows identitySource), or fix the identity source; check that the client attaches the token or cookie to this request (cross-origin fetch needs credentials: 'include' to send cookies).",
        summary: "the authorizer's identity source (Authorization, Cookie or another header) may be missing: send it",
        docs: [DOCS.lambdaAuthorizer401],
        adjust: [
          { when: NO_IDENTITY, factor: 6 },
          { when: SENT_AUTHORIZATION, factor: 0.3 },
          { when: SENT_COOKIE, factor: 0.3 },
        ],
      },
      {
        id: 'token-rejected',
        weight: 3,
        cause:
          "The authorizer received the token and rejected it: it is expired or invalid (a Lambda authorizer failed with exactly 'Unauthorized'; a Cognito authorizer found a token from another user pool or past its exp claim).",
        remedy:
          "Refresh the token and retry (decode the JWT and check exp and iss); read the authorizer function's logs to see why it refused.",
        summary: 'the authorizer may have rejected the token (expired or invalid): refresh it and check the authorizer logs',
        docs: [DOCS.lambdaAuthorizer401],
        adjust: [
          { when: SENT_AUTHORIZATION, factor: 3 },
          { when: SENT_COOKIE, factor: 3 },
          { when: NO_IDENTITY, factor: 0.1 },
        ],
      },
      {
        id: 'token-format-mismatch',
        weight: 1,
        cause:
          "The token does not match the authorizer's token validation expression (identityValidationExpression), so API Gateway refused it without calling the authorizer: e.g. the expression expects 'Bearer .*' and a raw token was sent, or the other way round.",
        remedy:
          'Compare the header format with the expression (`aws apigateway get-authorizer --rest-api-id <id> --authorizer-id <authorizer-id>`); align the client or the expression, then redeploy.',
        summary: "the token format may not match the authorizer's validation expression: compare them",
        docs: [DOCS.lambdaAuthorizer401],
        adjust: [
          { when: { auth: ['raw'] }, factor: 3 },
          { when: NO_IDENTITY, factor: 0.1 },
        ],
      },
      {
        id: 'cognito-token-type',
        weight: 1,
        cause:
          'A Cognito user pool authorizer got the wrong kind of token: without OAuth scopes on the method it expects the ID token, with scopes an access token carrying one of them.',
        remedy:
          "Send the ID token, or configure authorizationScopes on the method and send an access token with one of them; decode the token's token_use claim to see which one you send.",
        summary: 'a Cognito authorizer may expect the other token type (ID vs access): check token_use and the method scopes',
        adjust: [
          { when: { auth: ['bearer', 'raw'] }, factor: 1.5 },
          { when: NO_IDENTITY, factor: 0.1 },
        ],
      },
      {
        id: 'identity-source-incomplete',
        weight: 1,
        cause:
          'A REQUEST authorizer with caching needs every configured identity source (headers, query strings, stage variables) present and non-empty; one of them is missing, so API Gateway answered 401 without calling it.',
        remedy:
          'Send every identity source the authorizer lists, or shorten the list (with caching disabled, the sources are not required).',
        summary: 'one of the REQUEST authorizer identity sources may be missing: send all of them',
        docs: [DOCS.lambdaAuthorizer401],
      },
      {
        id: 'preflight-authorizer',
        weight: 0.5,
        cause:
          'A CORS preflight (OPTIONS) reached a method protected by the authorizer; browsers never send Authorization or cookies with a preflight.',
        remedy: 'Give OPTIONS methods authorization NONE (enable CORS on the resource) and redeploy.',
        summary: 'the CORS preflight hit the authorizer: set OPTIONS methods to authorization NONE',
        docs: [DOCS.corsRest],
        adjust: [{ when: { method: ['OPTIONS'] }, factor: 50 }],
      },
    ],
    docs: [DOCS.lambdaAuthorizer401, DOCS.gatewayResponseTypes],
  },
  {
    code: 'AUTHORIZER_CONFIGURATION_ERROR',
    layer: 'api-gateway-rest',
    title: 'The Lambda authorizer of {request} failed or could not be called (500 {"message":null})',
    gatewayResponseTypes: ['AUTHORIZER_CONFIGURATION_ERROR'],
    match: {
      status: [500],
      customizable: true,
      errorType: ['AuthorizerConfigurationException'],
      message: [null],
      // Lower-case key as API Gateway writes it; a function URL's `{"Message":null}` is another reply.
      messageKey: 'message',
    },
    causes: [
      {
        id: 'authorizer-threw',
        weight: 5,
        cause:
          "The Lambda authorizer threw or failed with something other than the exact string 'Unauthorized' (e.g. 'Unauthorized: token expired', a JWT library exception, a JWKS fetch error): API Gateway turns any other failure into this 500.",
        remedy: `In the authorizer, catch errors: throw new Error('Unauthorized') for authentication failures (401), return a Deny policy for authorization failures (403), and log the rest. ${AUTHORIZER_LOGS}`,
        summary: "the authorizer may have thrown something other than 'Unauthorized': catch errors and read its logs",
        docs: [DOCS.lambdaAuthorizer],
      },
      {
        id: 'malformed-authorizer-response',
        weight: 2,
        cause:
          'The authorizer returned a result API Gateway cannot use: no principalId or policyDocument, a misspelled Effect or Action, no Statement, an HTTP-style {statusCode, body} object, or nothing at all. Every call fails.',
        remedy:
          "Return {principalId, policyDocument: {Version: '2012-10-17', Statement: [{Action: 'execute-api:Invoke', Effect: 'Allow' | 'Deny', Resource: event.methodArn}]}, context?}.",
        summary: 'the authorizer output may be malformed: return principalId and a valid policyDocument',
        docs: [DOCS.lambdaAuthorizer],
      },
      {
        id: 'invoke-permission-missing',
        weight: 2,
        cause:
          'API Gateway cannot invoke the authorizer function: no Lambda permission for apigateway.amazonaws.com on .../authorizers/<authorizer-id>, the authorizer role lacks lambda:InvokeFunction, or the function or alias was renamed or deleted. Every call fails and the function logs show no invocation.',
        remedy:
          '`aws lambda add-permission --function-name <fn> --statement-id apigw-authorizer --action lambda:InvokeFunction --principal apigateway.amazonaws.com --source-arn arn:aws:execute-api:<region>:<account>:<api-id>/authorizers/<authorizer-id>`.',
        summary: 'API Gateway may not be allowed to invoke the authorizer: add the Lambda permission',
        docs: [DOCS.lambdaAuthorizer],
      },
      {
        id: 'context-not-flat',
        weight: 0.5,
        cause:
          'The authorizer returned a context with values that are not strings, numbers or booleans (nested objects or arrays); it fails only for users with such claims.',
        remedy: 'Flatten the context: JSON.stringify nested values.',
        summary: 'the authorizer context may hold nested values: stringify them',
        docs: [DOCS.lambdaAuthorizer],
      },
      {
        id: 'authorizer-timeout',
        weight: 0.5,
        cause:
          'The authorizer function timed out or was throttled (a slow identity provider or JWKS call, a cold start, bursts).',
        remedy: "Cache the JWKS, shorten downstream timeouts, raise the function's timeout or reserved concurrency.",
        summary: 'the authorizer may have timed out: speed it up or raise its timeout',
        adjust: [
          // 3 s is Lambda's default timeout: a reply this late points at a timed-out authorizer.
          { when: { elapsedMs: { min: 2900 } }, factor: 20 },
          { when: { elapsedMs: { max: 1000 } }, factor: 0.2 },
        ],
      },
    ],
    docs: [DOCS.lambdaAuthorizer, DOCS.gatewayResponseTypes],
  },
  {
    // Low confidence: AWS documents the type (default 500) but no capture shows its body, and the error type
    // name is an emulator's guess. Matched only when x-amzn-ErrorType says so, never on status and body.
    code: 'AUTHORIZER_FAILURE',
    layer: 'api-gateway-rest',
    title: 'The authorizer of {request} failed to authenticate the caller (500 AUTHORIZER_FAILURE)',
    gatewayResponseTypes: ['AUTHORIZER_FAILURE'],
    match: {
      status: [500],
      customizable: true,
      errorType: ['AuthorizerFailureException'],
      headers: { 'x-amzn-errortype': 'AuthorizerFailure' },
    },
    causes: [
      {
        id: 'authorizer-failed',
        weight: 1,
        cause:
          'A custom (Lambda) or Amazon Cognito authorizer failed to authenticate the caller. AWS documents this type but rarely sends it: most authorizer breakages arrive as AUTHORIZER_CONFIGURATION_ERROR ({"message":null}).',
        remedy: `Treat it like a broken authorizer: ${AUTHORIZER_LOGS}`,
        summary: 'the authorizer failed: read the stage execution logs and the authorizer logs',
        docs: [DOCS.lambdaAuthorizer],
      },
    ],
    docs: [DOCS.gatewayResponseTypes, DOCS.lambdaAuthorizer],
  },
]

/** The canonical reply of each signature above, by code, exactly as AWS sends it. */
export function authorizerExamples(): Examples {
  return {
    UNAUTHORIZED: {
      status: 401,
      headers: restErrorHeaders('UnauthorizedException'),
      body: '{"message":"Unauthorized"}',
      request: {
        method: 'GET',
        url: 'https://abc123defg.execute-api.ap-northeast-1.amazonaws.com/stage/api/v1/items',
        headers: { accept: '*/*' },
      },
    },
    AUTHORIZER_CONFIGURATION_ERROR: {
      status: 500,
      headers: restErrorHeaders('AuthorizerConfigurationException'),
      body: '{"message":null}',
      request: {
        method: 'GET',
        url: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/orders',
        headers: { authorization: 'Bearer example-token' },
      },
      elapsedMs: 180,
    },
    AUTHORIZER_FAILURE: {
      status: 500,
      headers: restErrorHeaders('AuthorizerFailureException'),
      // The body is not verified; the error type alone identifies this reply.
      body: '{"message":null}',
      request: { method: 'GET', url: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/orders' },
    },
  }
}
