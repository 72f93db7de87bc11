/**
 * API Gateway HTTP APIs (v2). Their gateway errors are small JSON bodies with a lower-case `message`, the
 * `apigw-requestid` header and, unlike REST APIs, no `x-amz-apigw-id` and normally no `x-amzn-ErrorType`.
 *
 * Three of these bodies are word for word the ones REST APIs send (`Unauthorized`, `Forbidden`,
 * `Too Many Requests`). Each side excludes the other's marker header (`absentHeaders`), so the headers
 * decide when they are visible, and with every header hidden the two tie and the engine says so.
 * @module
 */
import type { AuthScheme, CauseRule, Examples, HostKind, Signature } from '../types.ts'
import { ROUTE_FINDING_CAUSES } from './route-findings.ts'

/** What an HTTP API logs (integrationError) when a Lambda function's result is not a valid response. */
const HTTP_API_FORMAT_SENTENCE = "The response from the Lambda function doesn't match the format that API Gateway expects"

const APIGW = 'https://docs.aws.amazon.com/apigateway/latest/developerguide'

/** Documentation of HTTP APIs. */
const HTTP_DOCS = {
  routes: `${APIGW}/http-api-develop-routes.html`,
  stages: `${APIGW}/http-api-stages.html`,
  mappings: `${APIGW}/http-api-mappings.html`,
  cors: `${APIGW}/http-api-cors.html`,
  jwtAuthorizer: `${APIGW}/http-api-jwt-authorizer.html`,
  jwtTroubleshooting: `${APIGW}/http-api-troubleshooting-jwt.html`,
  lambdaAuthorizer: `${APIGW}/http-api-lambda-authorizer.html`,
  iam: `${APIGW}/http-api-access-control-iam.html`,
  lambdaTroubleshooting: `${APIGW}/http-api-troubleshooting-lambda.html`,
  lambdaIntegrations: 'https://repost.aws/knowledge-center/api-gateway-http-lambda-integrations',
  quotas: `${APIGW}/http-api-quotas.html`,
  throttling: `${APIGW}/http-api-throttling.html`,
} as const

/** Every scheme that means an `Authorization` header was sent. */
const ANY_AUTH: readonly AuthScheme[] = ['bearer', 'basic', 'sigv4', 'raw', 'other']

/** Schemes that carry an application token (what a JWT or Lambda authorizer reads), not a SigV4 signature. */
const TOKEN_AUTH: readonly AuthScheme[] = ['bearer', 'basic', 'raw', 'other']

/** Methods of a real request, as opposed to a CORS preflight. */
const NOT_PREFLIGHT = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const

/**
 * Where an HTTP API answers: its execute-api endpoint, a custom domain, or a CloudFront distribution in
 * front. HTTP APIs have no private endpoints, and a load balancer or function URL host is not one.
 */
const HTTP_API_HOSTS: readonly HostKind[] = ['execute-api', 'custom-domain', 'cloudfront']

/** Reply headers of an HTTP API's gateway-generated error, as captured (IDs invented). */
const httpErrorHeaders = (contentLength: number): Record<string, string> => ({
  date: 'Tue, 14 May 2024 09:12:41 GMT',
  'content-type': 'application/json',
  'content-length': String(contentLength),
  connection: 'keep-alive',
  'apigw-requestid': 'Xk3pQjZ2oAMEbYw=',
})

const EXAMPLE_URL = 'https://abc123defg.execute-api.eu-west-1.amazonaws.com'

/** HTTP APIs pass an integration's own error replies through: the same body may be the application's. */
const integrationReply = (status: number): CauseRule => ({
  id: 'integration-reply',
  weight: 0.3,
  cause: `The integration itself answered ${status} with this body: HTTP APIs pass integration replies through unchanged.`,
  remedy: `Look the request up in the function or backend logs (search for the apigw-requestid value); if it is there, the ${status} is the application's own answer.`,
  summary: `the integration may have answered ${status} itself: check its logs for this request`,
})

/** API Gateway HTTP APIs (v2). */
export const apiGatewayHttpSignatures: readonly Signature[] = [
  {
    // Research: HTTP_API:NOT_FOUND.
    code: 'HTTP_API_NOT_FOUND',
    layer: 'api-gateway-http',
    title: 'HTTP API found no route for {request} (404 Not Found)',
    match: {
      status: [404],
      message: ['Not Found'],
      messageKey: 'message',
      // REST APIs answer unknown routes with 403 Missing Authentication Token; a REST integration's own
      // {"message":"Not Found"} carries x-amz-apigw-id and is not this gateway error.
      absentHeaders: ['x-amz-apigw-id'],
      hosts: HTTP_API_HOSTS,
    },
    causes: [
      {
        id: 'no-route',
        weight: 6,
        cause:
          'No route of the API matches {request} and there is no $default route: a typo or wrong letter case in the path, a missing path segment or parameter, or a method the route does not define.',
        remedy:
          'List the routes (`aws apigatewayv2 get-routes --api-id <id> --query "Items[].RouteKey"`) and fix the URL or method, or add the route (`aws apigatewayv2 create-route --api-id <id> --route-key "GET /orders" --target integrations/<integration-id>`).',
        summary: 'no route matches {request}: check the path and the method against the API routes',
        docs: [HTTP_DOCS.routes],
        adjust: [{ when: { path: ['double-slash'] }, factor: 2 }],
      },
      {
        id: 'stage-prefix',
        weight: 3,
        cause:
          'The stage part of the URL is wrong: a named stage is addressed as /<stage>/... (case-sensitive), while the $default stage has no prefix at all, so adding /prod to a $default-stage API, or leaving out a named stage, finds no route.',
        remedy:
          'List the stages (`aws apigatewayv2 get-stages --api-id <id> --query "Items[].StageName"`): with $default, call https://<api-id>.execute-api.<region>.amazonaws.com/<route>; with a named stage, put its exact name first.',
        summary: 'the first path segment "{stage}" may not be a stage of this API: check the base URL',
        docs: [HTTP_DOCS.stages],
        adjust: [
          { when: { path: ['stage-not-lowercase'] }, factor: 3 },
          // Custom domains select the stage through an API mapping, never through the path.
          { when: { host: ['custom-domain', 'cloudfront'] }, factor: 0.2 },
        ],
      },
      {
        id: 'not-deployed',
        weight: 1.5,
        cause: 'The route exists in the API but was never deployed to this stage: the stage does not deploy automatically.',
        remedy:
          'Deploy (`aws apigatewayv2 create-deployment --api-id <id> --stage-name <stage>`) or turn on automatic deployment (`aws apigatewayv2 update-stage --api-id <id> --stage-name <stage> --auto-deploy`).',
        summary: 'the route may not be deployed to this stage: deploy it or enable auto-deploy',
        docs: [HTTP_DOCS.stages],
      },
      {
        id: 'api-mapping-path',
        weight: 1,
        cause:
          'The custom domain {host} routes by API mapping: the first path segments select the API and stage, and the rest must match a route. The URL does not follow the mapping (a missing or extra mapping key, or the stage name put in the path).',
        remedy:
          'List the mappings (`aws apigatewayv2 get-api-mappings --domain-name <domain>`) and call https://<domain>/<mapping key>/<route>, without the stage name.',
        summary: 'a custom domain maps paths to APIs: check that its API mappings match {path}',
        docs: [HTTP_DOCS.mappings],
        adjust: [
          { when: { host: ['custom-domain'] }, factor: 8 },
          { when: { host: ['execute-api'] }, factor: 0.05 },
        ],
      },
      {
        id: 'cors-not-configured',
        weight: 0.3,
        cause:
          'A CORS preflight (OPTIONS) found no route: the API has no CORS configuration, so API Gateway does not answer preflights itself, and no route accepts OPTIONS.',
        remedy:
          'Configure CORS on the API (`aws apigatewayv2 update-api --api-id <id> --cors-configuration AllowOrigins=https://app.example.com,AllowMethods=GET,POST,AllowHeaders=authorization,content-type`); API Gateway then answers preflights.',
        summary: 'the CORS preflight found no route: configure CORS on the HTTP API',
        docs: [HTTP_DOCS.cors],
        adjust: [
          { when: { method: ['OPTIONS'] }, factor: 40 },
          { when: { method: NOT_PREFLIGHT }, factor: 0.1 },
        ],
      },
      {
        id: 'integration-reply',
        weight: 0.5,
        cause:
          'The route exists and its integration answered 404 with this body itself: HTTP APIs pass integration replies through unchanged, with the same apigw-requestid header.',
        remedy:
          "Look the request up in the function or backend logs (search for the apigw-requestid value); if it is there, the 404 is the application's own answer.",
        summary: 'the integration may have answered 404 itself: check its logs for this request',
      },
      ...ROUTE_FINDING_CAUSES,
    ],
    docs: [HTTP_DOCS.routes, HTTP_DOCS.stages],
  },
  {
    // Research: HTTP_API:JWT_UNAUTHORIZED, HTTP_API:LAMBDA_AUTHORIZER_UNAUTHORIZED and
    // HTTP_API:PREFLIGHT_BLOCKED_BY_AUTHORIZER all answer this one reply.
    code: 'HTTP_API_UNAUTHORIZED',
    layer: 'api-gateway-http',
    title: "The HTTP API route's authorizer rejected {request} (401 Unauthorized)",
    match: {
      status: [401],
      message: ['Unauthorized'],
      // REST sends the same body with x-amz-apigw-id (and UnauthorizedException); its signature excludes
      // apigw-requestid the same way, so hidden headers make the two tie.
      absentHeaders: ['x-amz-apigw-id'],
    },
    causes: [
      {
        id: 'identity-source-missing',
        weight: 4,
        cause:
          'The authorizer got no token: an identity source is missing or empty. For a JWT authorizer that is the Authorization header (its default identity source); a Lambda authorizer is not even invoked when any of its identity sources (a header, a cookie, a query string parameter) is missing. Browsers send cookies cross-site only when asked to.',
        remedy:
          'Check which identity sources the authorizer reads (`aws apigatewayv2 get-authorizers --api-id <id> --query "Items[].[Name,AuthorizerType,IdentitySource]"`) and send all of them: `Authorization: Bearer <JWT>` for a JWT authorizer; for cookies from a browser, `credentials: \'include\'` (fetch) or `withCredentials: true` (axios) and cookies set with `SameSite=None; Secure`.',
        summary: 'no token reached the authorizer: send the Authorization header (or every identity source)',
        docs: [HTTP_DOCS.jwtAuthorizer, HTTP_DOCS.lambdaAuthorizer],
        adjust: [
          { when: { auth: ['none'] }, factor: 3 },
          { when: { auth: ANY_AUTH }, factor: 0.2 },
        ],
      },
      {
        id: 'token-rejected',
        weight: 3,
        cause:
          "A token was sent and the JWT authorizer rejected it: its audience (aud, or client_id in Cognito access tokens) is not in the authorizer's audience list, its issuer differs from the configured one (exactly, trailing slash included), it expired or is not valid yet, its key is not in the issuer's JWKS or it is not signed with an RSA-based algorithm (such as RS256), or it is not a JWT at all (an opaque access token). The www-authenticate reply header gives the reason in error_description.",
        remedy:
          "Read the www-authenticate reply header (in a browser, add it to the CORS exposeHeaders of the API) and decode the token's payload (base64url JSON). Compare iss and aud with `aws apigatewayv2 get-authorizer --api-id <id> --authorizer-id <authorizer-id> --query JwtConfiguration`; fix them with `aws apigatewayv2 update-authorizer --api-id <id> --authorizer-id <authorizer-id> --jwt-configuration Audience=<client-id>,Issuer=<issuer-url>`, or refresh an expired token.",
        summary: 'the JWT authorizer rejected the token: read www-authenticate, then check aud, iss and exp',
        docs: [HTTP_DOCS.jwtTroubleshooting, HTTP_DOCS.jwtAuthorizer],
        adjust: [
          { when: { auth: TOKEN_AUTH }, factor: 3 },
          { when: { auth: ['none'] }, factor: 0.05 },
          // Only JWT authorizers answer with www-authenticate.
          { when: { replyHas: ['www-authenticate'] }, factor: 2 },
        ],
      },
      {
        id: 'preflight-blocked',
        weight: 1,
        cause:
          'This is a CORS preflight (OPTIONS) that matched a route protected by an authorizer, typically $default or ANY /{proxy+}. Preflights never carry credentials, so the authorizer rejects them, and the browser reports a CORS error for the real request.',
        remedy:
          'Configure CORS on the API so that API Gateway answers preflights itself (`aws apigatewayv2 update-api --api-id <id> --cors-configuration AllowOrigins=https://app.example.com,AllowHeaders=authorization,content-type,AllowMethods=GET,POST`), or add an OPTIONS /{proxy+} route without authorization.',
        summary: 'the CORS preflight hit an authorized route: configure CORS or add an unauthorized OPTIONS route',
        docs: [HTTP_DOCS.cors],
        adjust: [
          { when: { method: ['OPTIONS'] }, factor: 60 },
          { when: { method: NOT_PREFLIGHT }, factor: 0.1 },
        ],
      },
      integrationReply(401),
    ],
    docs: [HTTP_DOCS.jwtTroubleshooting, HTTP_DOCS.lambdaAuthorizer],
  },
  {
    // Research: HTTP_API:JWT_SCOPE_FORBIDDEN, HTTP_API:LAMBDA_AUTHORIZER_FORBIDDEN and
    // HTTP_API:FORBIDDEN_IAM_OR_DOMAIN all answer this one reply.
    code: 'HTTP_API_FORBIDDEN',
    layer: 'api-gateway-http',
    title: 'The HTTP API refused {request} (403 Forbidden: authorizer, scopes or IAM)',
    match: {
      status: [403],
      message: ['Forbidden'],
      // REST sends the same body with x-amz-apigw-id (and ForbiddenException).
      absentHeaders: ['x-amz-apigw-id'],
    },
    causes: [
      {
        id: 'jwt-scope-missing',
        weight: 2,
        cause:
          'The JWT was accepted, but the route requires authorization scopes and the token carries none of them. Typically an ID token (no scope claim) was sent where an access token is needed, or a Cognito custom scope lacks its resource-server prefix.',
        remedy:
          "Decode the token: send an access token whose scope claim holds one of the route's scopes (`aws apigatewayv2 get-route --api-id <id> --route-id <route-id> --query AuthorizationScopes`), or change the route's scopes (`aws apigatewayv2 update-route ... --authorization-scopes <scope>`).",
        summary: "the token may lack the route's scopes (an ID token instead of an access token?): check scope",
        docs: [HTTP_DOCS.jwtAuthorizer],
        adjust: [
          { when: { auth: ['bearer', 'raw'] }, factor: 2.5 },
          { when: { auth: ['none', 'sigv4'] }, factor: 0.05 },
        ],
      },
      {
        id: 'lambda-authorizer-denied',
        weight: 2,
        cause:
          "The route's Lambda authorizer said no: a simple-response authorizer returned isAuthorized: false, or an IAM-policy authorizer returned Deny or a policy whose Resource does not cover this route (a cached policy reused for another route does that).",
        remedy:
          "Check the authorizer's CloudWatch logs for this request and the decision it returned; with IAM-policy responses, allow a wildcard route ARN or turn off result caching (`aws apigatewayv2 update-authorizer ... --authorizer-result-ttl-in-seconds 0`).",
        summary: 'the Lambda authorizer may have denied the request: check its decision and logs',
        docs: [HTTP_DOCS.lambdaAuthorizer],
        adjust: [
          // With no Authorization header only a cookie or query identity source can have reached it.
          { when: { auth: ['none'] }, factor: 0.5 },
          { when: { auth: ['sigv4'] }, factor: 0.1 },
        ],
      },
      {
        id: 'iam-denied',
        weight: 1.5,
        cause:
          'The route uses AWS_IAM authorization and the request was not signed, was signed for another host than the one called (signed for the custom domain but sent to execute-api, or the reverse), or was signed by a principal without execute-api:Invoke on this route. HTTP APIs have no resource policies, so principals of other accounts are always refused.',
        remedy:
          "Sign with SigV4 for the service 'execute-api', the API's region and the exact host called; grant execute-api:Invoke on arn:aws:execute-api:<region>:<account>:<api-id>/<stage>/<METHOD>/<path> to the caller.",
        summary: 'the route may require AWS_IAM: sign {request} with SigV4 for execute-api and this host',
        docs: [HTTP_DOCS.iam],
        adjust: [
          { when: { auth: ['sigv4'] }, factor: 6 },
          { when: { auth: ['none'], notSent: ['x-amz-date', 'x-amz-security-token'] }, factor: 2 },
          { when: { auth: TOKEN_AUTH }, factor: 0.2 },
        ],
      },
      {
        id: 'domain-refused',
        weight: 0.5,
        cause:
          "The request was refused before reaching any route: the custom domain has no API mapping for this path, or the API's default execute-api endpoint is disabled. (Seen with x-amzn-ErrorType: ForbiddenException and no apigw-requestid.)",
        remedy:
          'Call the API through an enabled endpoint: list the mappings (`aws apigatewayv2 get-api-mappings --domain-name <domain>`) and check DisableExecuteApiEndpoint (`aws apigatewayv2 get-api --api-id <id>`).',
        summary: 'the domain or endpoint may not serve this API: check API mappings and the default endpoint',
        docs: [HTTP_DOCS.mappings],
        adjust: [
          // A route-level refusal carries apigw-requestid; the domain-level one does not.
          { when: { replyHas: ['apigw-requestid'] }, factor: 0.1 },
          { when: { host: ['custom-domain'] }, factor: 3 },
        ],
      },
      {
        id: 'preflight-blocked',
        weight: 0.3,
        cause:
          'This is a CORS preflight (OPTIONS) that matched a route protected by an authorizer or IAM; preflights never carry credentials, and the browser reports a CORS error for the real request.',
        remedy:
          'Configure CORS on the API so that API Gateway answers preflights itself (`aws apigatewayv2 update-api --api-id <id> --cors-configuration ...`), or add an OPTIONS /{proxy+} route without authorization.',
        summary: 'the CORS preflight hit a protected route: configure CORS on the HTTP API',
        docs: [HTTP_DOCS.cors],
        adjust: [
          { when: { method: ['OPTIONS'] }, factor: 60 },
          { when: { method: NOT_PREFLIGHT }, factor: 0.1 },
        ],
      },
      integrationReply(403),
    ],
    docs: [HTTP_DOCS.jwtAuthorizer, HTTP_DOCS.lambdaAuthorizer, HTTP_DOCS.iam],
  },
  {
    // Research: HTTP_API:INTERNAL_SERVER_ERROR and HTTP_API:AUTHORIZER_ERROR answer this one reply.
    code: 'HTTP_API_INTERNAL_SERVER_ERROR',
    layer: 'api-gateway-http',
    title: 'The HTTP API integration or authorizer failed for {request} (500 Internal Server Error)',
    match: {
      status: [500],
      // Capital S and E: REST APIs write "Internal server error".
      message: ['Internal Server Error'],
      messageKey: 'message',
      absentHeaders: ['x-amz-apigw-id'],
      hosts: HTTP_API_HOSTS,
    },
    // The access log's integrationError (or the console's test) for this reply: a sentence only HTTP APIs write.
    alsoMatch: [
      { status: [500], bodyIncludes: [HTTP_API_FORMAT_SENTENCE], absentHeaders: ['x-amz-apigw-id'], distinctive: true },
    ],
    causes: [
      {
        id: 'invoke-permission-missing',
        weight: 3,
        cause:
          "API Gateway may not invoke the Lambda function: its resource-based policy has no statement for apigateway.amazonaws.com with this API as source (or the integration's role lacks lambda:InvokeFunction). Every call of the route then fails at once.",
        remedy:
          'Grant it: `aws lambda add-permission --function-name <fn> --statement-id apigw-invoke --action lambda:InvokeFunction --principal apigateway.amazonaws.com --source-arn "arn:aws:execute-api:<region>:<account>:<api-id>/*/*/<path>"`. Add $context.integrationErrorMessage to the access log format to see the reason.',
        summary: 'API Gateway may lack permission to invoke the function: add the lambda permission',
        docs: [HTTP_DOCS.lambdaTroubleshooting, HTTP_DOCS.lambdaIntegrations],
        adjust: [
          { when: { elapsedMs: { max: 500 } }, factor: 2 },
          { when: { elapsedMs: { min: 1500 } }, factor: 0.2 },
        ],
      },
      {
        id: 'function-error',
        weight: 3,
        cause: 'The Lambda function failed: an unhandled exception, a timeout, running out of memory, or an init error.',
        remedy:
          "Find the invocation in the function's CloudWatch logs (/aws/lambda/<fn>) around this time; raise its timeout or memory if it ran out (`aws lambda update-function-configuration --function-name <fn> --timeout 29 --memory-size 512`).",
        summary: 'the Lambda function may have thrown or timed out: check its CloudWatch logs',
        docs: [HTTP_DOCS.lambdaTroubleshooting],
        adjust: [
          { when: { elapsedMs: { min: 1500 } }, factor: 2 },
          { when: { elapsedMs: { max: 500 } }, factor: 0.4 },
        ],
      },
      {
        id: 'invalid-lambda-response',
        weight: 2,
        cause:
          'The function succeeded but returned a result the payload format cannot turn into HTTP: with payload format 1.0 anything but {statusCode, headers, body} with a string body; with 2.0 an invalid status code or headers.',
        remedy:
          'Return {"statusCode": 200, "headers": {"content-type": "application/json"}, "body": JSON.stringify(data)}; check the integration\'s PayloadFormatVersion (`aws apigatewayv2 get-integration --api-id <id> --integration-id <integration-id>`).',
        summary: 'the function may have returned an invalid response shape: return statusCode, headers and a string body',
        docs: [HTTP_DOCS.lambdaTroubleshooting],
        adjust: [{ when: { messageIncludes: HTTP_API_FORMAT_SENTENCE }, factor: 30 }],
      },
      {
        id: 'authorizer-error',
        weight: 1.2,
        cause:
          "The route's Lambda authorizer failed: API Gateway may not invoke it (no lambda permission for the authorizer ARN), it threw, it ran past the 10 second authorizer timeout, or it returned a shape that does not match enableSimpleResponses.",
        remedy:
          'Check $context.authorizer.error in the access log and the authorizer\'s own logs; grant `aws lambda add-permission --function-name <authorizer-fn> --statement-id apigw-authorizer --action lambda:InvokeFunction --principal apigateway.amazonaws.com --source-arn "arn:aws:execute-api:<region>:<account>:<api-id>/authorizers/<authorizer-id>"`; return {"isAuthorized": true|false} for simple responses.',
        summary: 'the Lambda authorizer may have failed or timed out: check $context.authorizer.error',
        docs: [HTTP_DOCS.lambdaAuthorizer, HTTP_DOCS.lambdaIntegrations],
        adjust: [
          { when: { auth: ['none'] }, factor: 0.3 },
          { when: { auth: TOKEN_AUTH }, factor: 1.5 },
          // Authorizers time out after 10 seconds.
          { when: { elapsedMs: { min: 9500, max: 10500 } }, factor: 6 },
        ],
      },
      {
        id: 'backend-unavailable',
        weight: 1,
        cause:
          'The integration could not be reached: the function was throttled, or a private integration (VPC link) has no healthy target, or the HTTP backend failed.',
        remedy:
          "Check the function's Throttles metric and reserved concurrency, or the VPC link and its target group health; $context.integration.error in the access log names the failure.",
        summary: 'the integration may be throttled or unreachable: check throttles and VPC link targets',
        docs: [HTTP_DOCS.lambdaIntegrations],
      },
    ],
    docs: [HTTP_DOCS.lambdaTroubleshooting, HTTP_DOCS.lambdaIntegrations],
  },
  {
    // Research: HTTP_API:SERVICE_UNAVAILABLE_TIMEOUT.
    code: 'HTTP_API_SERVICE_UNAVAILABLE',
    layer: 'api-gateway-http',
    title: 'The HTTP API stopped waiting for the integration of {request} (503 Service Unavailable)',
    match: {
      status: [503],
      message: ['Service Unavailable'],
      messageKey: 'message',
      absentHeaders: ['x-amz-apigw-id'],
      hosts: HTTP_API_HOSTS,
    },
    causes: [
      {
        id: 'integration-timeout',
        weight: 5,
        cause:
          'The integration did not answer within its timeout (timeoutInMillis, at most 30 seconds for HTTP APIs; frameworks often set less, and cold starts count). HTTP APIs answer a timeout with 503, not 504; the function may still finish after it.',
        remedy:
          'Compare the elapsed time with the integration timeout (`aws apigatewayv2 get-integration --api-id <id> --integration-id <integration-id> --query TimeoutInMillis`); raise it up to 30000 (`aws apigatewayv2 update-integration ... --timeout-in-millis 30000`), make the backend faster, or move long work to an asynchronous job.',
        summary: 'the integration may have timed out (at most 30 s): raise its timeout or speed it up',
        docs: [HTTP_DOCS.quotas],
        adjust: [
          { when: { elapsedMs: { min: 2500, max: 31000 } }, factor: 3 },
          { when: { elapsedMs: { max: 1000 } }, factor: 0.05 },
        ],
      },
      {
        id: 'integration-reply',
        weight: 0.5,
        cause:
          'The reply came too fast for a timeout: the integration itself may have answered 503 with this body (an HTTP backend, or a function returning statusCode 503), which HTTP APIs pass through unchanged.',
        remedy:
          'Look the request up in the function or backend logs (search for the apigw-requestid value) and check why it answered 503.',
        summary: 'the integration may have answered 503 itself: check its logs for this request',
        adjust: [
          { when: { elapsedMs: { max: 1000 } }, factor: 20 },
          { when: { elapsedMs: { min: 2500 } }, factor: 0.5 },
        ],
      },
    ],
    docs: [HTTP_DOCS.quotas],
  },
  {
    // Research: HTTP_API:TOO_MANY_REQUESTS.
    code: 'HTTP_API_TOO_MANY_REQUESTS',
    layer: 'api-gateway-http',
    title: 'The HTTP API throttled {request} (429 Too Many Requests)',
    match: {
      status: [429],
      message: ['Too Many Requests'],
      // REST sends the same body with x-amz-apigw-id (and TooManyRequestsException).
      absentHeaders: ['x-amz-apigw-id'],
    },
    causes: [
      {
        id: 'route-throttle',
        weight: 3,
        cause:
          "The stage's default route throttling or this route's own limits were exceeded. All clients of a route draw on one token bucket, so this client may be refused for traffic it did not send. (HTTP APIs have no API keys or usage plans.)",
        remedy:
          'Retry with exponential backoff and jitter; raise the limits (`aws apigatewayv2 update-stage --api-id <id> --stage-name <stage> --default-route-settings ThrottlingBurstLimit=<burst>,ThrottlingRateLimit=<rate>`, or --route-settings for one route).',
        summary: 'the route or stage throttle was exceeded: back off and retry, or raise the limits',
        docs: [HTTP_DOCS.throttling],
      },
      {
        id: 'account-throttle',
        weight: 1,
        cause: 'The account-level throttle of API Gateway in this region, shared by all APIs of the account, was exceeded.',
        remedy:
          'Retry with backoff; request a higher quota in Service Quotas (Amazon API Gateway, "Throttle rate") if it happens under normal load.',
        summary: "the account's regional API Gateway throttle was exceeded: back off, or request a higher quota",
        docs: [HTTP_DOCS.quotas],
      },
    ],
    docs: [HTTP_DOCS.throttling, HTTP_DOCS.quotas],
  },
]

/** The canonical reply of each signature above, by code, exactly as AWS sends it. */
export function apiGatewayHttpExamples(): Examples {
  return {
    HTTP_API_NOT_FOUND: {
      status: 404,
      headers: httpErrorHeaders(23),
      body: '{"message":"Not Found"}',
      request: { method: 'GET', url: `${EXAMPLE_URL}/prod/orders/42` },
    },
    HTTP_API_UNAUTHORIZED: {
      status: 401,
      headers: {
        ...httpErrorHeaders(26),
        'www-authenticate': 'Bearer scope="" error="invalid_token" error_description="the token does not have a valid audience"',
      },
      body: '{"message":"Unauthorized"}',
      request: { method: 'GET', url: `${EXAMPLE_URL}/orders`, headers: { authorization: 'Bearer example-token' } },
    },
    HTTP_API_FORBIDDEN: {
      status: 403,
      headers: httpErrorHeaders(23),
      body: '{"message":"Forbidden"}',
      request: { method: 'DELETE', url: `${EXAMPLE_URL}/orders/42`, headers: { authorization: 'Bearer example-token' } },
    },
    HTTP_API_INTERNAL_SERVER_ERROR: {
      status: 500,
      // As captured (deno_registry2#182): the gateway's own 500 is labelled text/plain despite its JSON body.
      headers: { ...httpErrorHeaders(35), 'content-type': 'text/plain; charset=utf-8' },
      body: '{"message":"Internal Server Error"}',
      request: { method: 'POST', url: `${EXAMPLE_URL}/orders` },
      elapsedMs: 85,
    },
    HTTP_API_SERVICE_UNAVAILABLE: {
      status: 503,
      headers: httpErrorHeaders(33),
      body: '{"message":"Service Unavailable"}',
      request: { method: 'POST', url: `${EXAMPLE_URL}/reports` },
      elapsedMs: 30020,
    },
    HTTP_API_TOO_MANY_REQUESTS: {
      status: 429,
      headers: httpErrorHeaders(31),
      body: '{"message":"Too Many Requests"}',
      request: { method: 'GET', url: `${EXAMPLE_URL}/search?q=shoes` },
    },
  }
}
