import type { Examples, Signature } from '../../types.ts'
import { DOCS } from '../docs.ts'
import { INTEGRATION_DOCS, nearFunctionTimeout, restErrorHeaders } from './shared.ts'

/** REST's default integration timeout; a reply at about this time means API Gateway gave up waiting. */
const NEAR_29S = { elapsedMs: { min: 28000 } } as const
const UNDER_28S = { elapsedMs: { max: 27999 } } as const
const UNDER_5S = { elapsedMs: { max: 4999 } } as const
const FROM_5_TO_28S = { elapsedMs: { min: 5000, max: 27999 } } as const

/** Lambda's own rule: a rejected invocation is 500, a function that ran and failed is 502. */
const INVOKE_REJECTED = { status: [500] } as const
/** What the execution log (a test invocation in the console, or execution logging) says for this reply. */
const EXECUTION_LOG_LINES = [
  'Malformed Lambda proxy response',
  'Execution failed due to configuration error',
  'Invalid permissions on Lambda function',
  'Lambda execution failed with status',
  'Unable to determine service/operation name to be authorized',
]
const FUNCTION_RAN = { status: [502] } as const

/** REST API replies about the integration: timeouts, unreachable backends, and Lambda failures. */
export const integrationSignatures: readonly Signature[] = [
  {
    code: 'INTEGRATION_TIMEOUT',
    layer: 'api-gateway-rest',
    title: "The backend of {request} did not answer within API Gateway's integration timeout (504 Endpoint request timed out)",
    gatewayResponseTypes: ['INTEGRATION_TIMEOUT'],
    // The error type of this reply is only known from an emulator: the message identifies it.
    match: { status: [504], customizable: true, message: ['Endpoint request timed out'], distinctive: true },
    causes: [
      {
        id: 'backend-slower-than-timeout',
        weight: 5,
        cause:
          'The Lambda function or HTTP backend did not answer within the integration timeout (29 s by default): slow downstream calls, a cold start in a VPC or with a large package, waiting for a database connection, a long model call. API Gateway gave up, but the backend may still finish the work, so a non-idempotent request may have taken effect.',
        remedy:
          "Make long work asynchronous (answer 202 and let the client poll, or use Step Functions or a WebSocket API), cut cold starts (provisioned concurrency, a smaller package), and look up the backend's duration for this request ID. Retry only idempotent requests.",
        summary: 'the backend took longer than the 29 s integration timeout: make the work faster or asynchronous',
        docs: [DOCS.errors504, INTEGRATION_DOCS.limitsTable],
        adjust: [
          { when: NEAR_29S, factor: 4 },
          { when: FROM_5_TO_28S, factor: 0.4 },
          { when: UNDER_5S, factor: 0.05 },
        ],
      },
      {
        id: 'low-integration-timeout',
        weight: 2,
        cause:
          'The integration has a timeout (timeoutInMillis) below 29 s, as low as 50 ms, and the backend needs longer: the reply then comes well before 29 s, at about the same elapsed time every time.',
        remedy:
          '`aws apigateway get-integration --rest-api-id <id> --resource-id <resource-id> --http-method <METHOD>` shows timeoutInMillis; raise it with `aws apigateway update-integration --rest-api-id <id> --resource-id <resource-id> --http-method <METHOD> --patch-operations op=replace,path=/timeoutInMillis,value=29000` and redeploy the stage.',
        summary: 'the integration timeout is set below 29 s: raise timeoutInMillis and redeploy',
        docs: [DOCS.errors504],
        adjust: [
          { when: UNDER_28S, factor: 8 },
          { when: NEAR_29S, factor: 0.1 },
        ],
      },
      {
        id: 'needs-more-than-29s',
        weight: 1.5,
        cause: 'The work legitimately takes longer than 29 s, every time, for this kind of request.',
        remedy:
          "Regional and private REST APIs can get a longer integration timeout: request it in Service Quotas ('Maximum integration timeout in milliseconds', which may lower the account's throttle limit), then raise timeoutInMillis. Edge-optimized REST APIs and HTTP APIs cannot go beyond 29 s and 30 s: move the work to an asynchronous flow.",
        summary: 'the request needs more than 29 s: raise the integration timeout (Regional or private API) or go asynchronous',
        docs: [INTEGRATION_DOCS.timeoutAbove29s, INTEGRATION_DOCS.limitsTable],
        adjust: [
          { when: NEAR_29S, factor: 2 },
          { when: UNDER_28S, factor: 0.1 },
        ],
      },
    ],
    docs: [DOCS.gatewayResponseTypes, DOCS.errors504, INTEGRATION_DOCS.limitsTable],
  },
  {
    code: 'INTEGRATION_FAILURE',
    layer: 'api-gateway-rest',
    title: 'API Gateway could not reach the backend of {request} (504 Network error communicating with endpoint)',
    gatewayResponseTypes: ['INTEGRATION_FAILURE'],
    match: { status: [504], customizable: true, message: ['Network error communicating with endpoint'], distinctive: true },
    causes: [
      {
        id: 'backend-unreachable',
        weight: 4,
        cause:
          "The HTTP backend refused or dropped the connection: the process is down or not listening, the host or port in the integration URI is wrong, a security group or firewall blocks API Gateway, or the backend's DNS name does not resolve.",
        remedy:
          "Check that the backend is up and reachable from the internet at the integration URI's host and port (`aws apigateway get-integration …` shows uri), then read this request ID's execution log for the exact failure.",
        summary: 'API Gateway could not connect to the backend: check that it is up and reachable at the integration URI',
        docs: [INTEGRATION_DOCS.networkError],
        // A firewall that silently drops packets makes API Gateway wait for the connect timeout.
        adjust: [{ when: { elapsedMs: { min: 10000 } }, factor: 1.5 }],
      },
      {
        id: 'backend-tls-error',
        weight: 3,
        cause:
          'The TLS handshake with the backend failed: a self-signed or private-CA certificate, a missing intermediate certificate, a certificate for another host name, or an https:// integration URI that points at a plain-HTTP port (or the reverse).',
        remedy:
          'Serve a certificate from a publicly trusted CA with its full chain for the host name in the integration URI (check with `openssl s_client -connect <host>:443 -servername <host>`), and fix the scheme, host and port of the integration URI.',
        summary:
          "the TLS handshake with the backend may have failed: serve a trusted full-chain certificate for the integration's host",
        docs: [INTEGRATION_DOCS.networkError],
        // A handshake fails at once; a long wait points at a connection that never opened.
        adjust: [{ when: { elapsedMs: { min: 10000 } }, factor: 0.2 }],
      },
      {
        id: 'vpc-link-target-unhealthy',
        weight: 2,
        cause:
          'The integration goes through a VPC link, and the load balancer behind it has no healthy target in its enabled Availability Zones, or listens on another port than the integration URI.',
        remedy:
          'Check target health (`aws elbv2 describe-target-health --target-group-arn <arn>`), enable cross-zone load balancing, and compare the listener port with the integration URI.',
        summary: 'the VPC link may have no healthy target behind it: check target health of its load balancer',
        docs: [INTEGRATION_DOCS.networkError, INTEGRATION_DOCS.vpcLink500],
      },
      {
        id: 'transient-network-error',
        weight: 1,
        cause: 'An occasional network error between API Gateway and a healthy backend.',
        remedy: 'Retry idempotent requests with backoff; if the error is frequent, it is one of the other causes.',
        summary: 'a transient network error is possible: retry idempotent requests with backoff',
      },
    ],
    docs: [DOCS.gatewayResponseTypes, INTEGRATION_DOCS.networkError],
  },
  {
    code: 'INTERNAL_SERVER_ERROR',
    layer: 'api-gateway-rest',
    title: 'The integration behind {request} failed or could not be invoked (API Gateway "Internal server error")',
    // Lambda function errors are logged as INTEGRATION_FAILURE with this very message (access-log responseType),
    // so customising INTEGRATION_FAILURE changes this reply too; other Lambda and configuration errors use
    // DEFAULT_5XX and API_CONFIGURATION_ERROR.
    gatewayResponseTypes: ['DEFAULT_5XX', 'API_CONFIGURATION_ERROR', 'INTEGRATION_FAILURE'],
    // The message alone, as API Gateway writes it: NestJS answers {"statusCode":500,"message":"Internal server
    // error"}, and a message beside other fields is not API Gateway's default body. HTTP APIs say "Internal
    // Server Error".
    match: {
      status: [502, 500],
      customizable: true,
      errorType: ['InternalServerErrorException'],
      message: ['Internal server error'],
    },
    // The execution log lines a test invocation in the console (or execution logging) prints for this reply.
    alsoMatch: [{ status: [502, 500], bodyIncludesAny: EXECUTION_LOG_LINES, distinctive: true }],
    causes: [
      {
        id: 'malformed-proxy-response',
        weight: 5,
        cause:
          "The Lambda function ran but its return value is not a valid proxy response: body is an object instead of a string, statusCode is missing or not a number, a header value is not a string, the handler returned nothing (an async handler that did not await), or there are extra top-level keys. The execution log says 'Malformed Lambda proxy response'.",
        remedy:
          "Return exactly { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data) } from every code path, error paths included. Test the method in the API Gateway console to see the execution log.",
        summary:
          "the function's return value is not a valid Lambda proxy response: return { statusCode, body: JSON.stringify(…) }",
        docs: [INTEGRATION_DOCS.malformed502, DOCS.lambdaProxyOutput],
        adjust: [
          { when: FUNCTION_RAN, factor: 2 },
          { when: INVOKE_REJECTED, factor: 0.05 },
          ...nearFunctionTimeout(0.3),
          { when: { messageIncludes: 'Malformed Lambda proxy response' }, factor: 30 },
        ],
      },
      {
        id: 'lambda-function-error',
        weight: 4,
        cause:
          'The Lambda function failed: an unhandled exception or rejected promise, a function timeout (3 s by default, 6 s with the Serverless Framework), running out of memory, or an init failure after a deploy (wrong handler name, missing module or environment variable). A reply that comes just after a usual function timeout points at a timeout.',
        remedy:
          "Search the function's log group (/aws/lambda/<function>) around this request for the error or 'Task timed out'; catch errors in the handler and return a proxy response with a proper status; raise the function's timeout or memory if it ran out, keeping the timeout below the 29 s integration timeout.",
        summary: 'the Lambda function threw, timed out or ran out of memory: check its CloudWatch logs',
        docs: [INTEGRATION_DOCS.lambdaErrors, INTEGRATION_DOCS.internalServerError],
        adjust: [{ when: FUNCTION_RAN, factor: 2 }, { when: INVOKE_REJECTED, factor: 0.05 }, ...nearFunctionTimeout(4)],
      },
      {
        id: 'response-over-6mb',
        weight: 0.6,
        cause:
          "The function's response is larger than Lambda's 6 MB limit for synchronous invocations, so the invocation failed.",
        remedy: 'Paginate, filter or compress the response, or return an S3 presigned URL to the data instead of the data.',
        summary: "the function's response may exceed Lambda's 6 MB limit: paginate or return an S3 URL",
        docs: [INTEGRATION_DOCS.lambdaQuotas],
        adjust: [
          { when: FUNCTION_RAN, factor: 2 },
          { when: INVOKE_REJECTED, factor: 0.05 },
        ],
      },
      {
        id: 'invoke-permission-missing',
        weight: 3,
        cause:
          "API Gateway is not allowed to invoke the function: the function's resource-based policy has no permission for apigateway.amazonaws.com, or its SourceArn names another API, stage or method (common after re-creating the API, or with a deployment tool that omits the permission), or the integration's credentials role cannot invoke it. The function shows no invocation; the execution log says 'Invalid permissions on Lambda function'.",
        remedy:
          "`aws lambda add-permission --function-name <function> --statement-id apigateway-invoke --action lambda:InvokeFunction --principal apigateway.amazonaws.com --source-arn 'arn:aws:execute-api:<region>:<account>:<api-id>/*/*/*'`, or re-select the function in the method's integration request in the console, which offers to add the permission.",
        summary: 'API Gateway may not invoke the function: add a lambda:InvokeFunction permission for apigateway.amazonaws.com',
        docs: [INTEGRATION_DOCS.lambdaErrors, INTEGRATION_DOCS.internalServerError],
        adjust: [
          { when: INVOKE_REJECTED, factor: 4 },
          { when: FUNCTION_RAN, factor: 0.02 },
          // A refused invocation answers at once.
          { when: { elapsedMs: { max: 1000 } }, factor: 2 },
          { when: { elapsedMs: { min: 3000 } }, factor: 0.3 },
          { when: { messageIncludes: 'Invalid permissions on Lambda function' }, factor: 30 },
        ],
      },
      {
        id: 'lambda-throttled',
        weight: 1.5,
        cause:
          "Lambda throttled the invocation: the function's reserved concurrency is 0 or used up, or the account's concurrency limit is reached. API Gateway does not pass Lambda's 429 on: the client sees this 500.",
        remedy:
          "Check the function's Throttles metric; raise its reserved concurrency or the account's limit, and retry with backoff. The API owner can map DEFAULT_5XX to another status if clients must tell throttling apart.",
        summary: 'Lambda may have throttled the function: check its Throttles metric and concurrency',
        docs: [INTEGRATION_DOCS.lambdaErrors, INTEGRATION_DOCS.lambdaQuotas],
        adjust: [
          { when: INVOKE_REJECTED, factor: 3 },
          { when: FUNCTION_RAN, factor: 0.02 },
        ],
      },
      {
        id: 'integration-misconfigured',
        weight: 1.5,
        cause:
          "The integration is misconfigured (API_CONFIGURATION_ERROR): its URI uses a stage variable not set on this stage or names a function, alias or version that does not exist; a Lambda proxy integration uses an HTTP method other than POST; a mapping sets a restricted header; a non-proxy integration has no integration response for the backend's result; or a VPC link is not available. Such errors hit every call to one method or stage, whatever the input.",
        remedy:
          "Test the method in the API Gateway console (or turn on execution logging for the stage) and read the 'Execution failed due to configuration error' line; fix the stage variable, integration URI or mapping and redeploy the stage.",
        summary: 'the integration of {request} may be misconfigured: read the execution log and fix the integration',
        docs: [INTEGRATION_DOCS.internalServerError, INTEGRATION_DOCS.vpcLink500],
        adjust: [
          { when: INVOKE_REJECTED, factor: 3 },
          { when: FUNCTION_RAN, factor: 0.05 },
          // Integration-response mapping fails only after the backend has answered.
          { when: { elapsedMs: { min: 3000 } }, factor: 2 },
          { when: { messageIncludes: 'Execution failed due to configuration error' }, factor: 8 },
          // Lambda's answer when the integration calls it with GET instead of POST.
          { when: { messageIncludes: 'Unable to determine service/operation name to be authorized' }, factor: 30 },
        ],
      },
    ],
    docs: [DOCS.gatewayResponseTypes, INTEGRATION_DOCS.lambdaErrors, DOCS.errors5xx],
  },
]

/** The canonical reply of each signature above, by code, exactly as AWS sends it. */
export function integrationExamples(): Examples {
  return {
    INTEGRATION_TIMEOUT: {
      status: 504,
      headers: restErrorHeaders(),
      body: '{"message": "Endpoint request timed out"}',
      request: { method: 'POST', url: 'https://h5n7q1v3bc.execute-api.ap-southeast-2.amazonaws.com/v1/reports' },
      elapsedMs: 29140,
    },
    INTEGRATION_FAILURE: {
      status: 504,
      headers: restErrorHeaders('InternalServerErrorException'),
      body: '{"message": "Network error communicating with endpoint"}',
      request: { method: 'GET', url: 'https://h5n7q1v3bc.execute-api.ap-southeast-2.amazonaws.com/v1/catalog' },
      elapsedMs: 240,
    },
    INTERNAL_SERVER_ERROR: {
      status: 502,
      headers: restErrorHeaders('InternalServerErrorException'),
      body: '{"message": "Internal server error"}',
      request: { method: 'POST', url: 'https://h5n7q1v3bc.execute-api.ap-southeast-2.amazonaws.com/v1/checkout' },
      elapsedMs: 6180,
    },
  }
}
