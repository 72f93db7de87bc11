/**
 * Lambda@Edge and CloudFront Functions failures, and errors your own edge code returned.
 *
 * CloudFront names the failure in the `X-Cache` header (`LambdaExecutionError from cloudfront`, …), which is
 * there even without a body (HEAD, unread streams), so these signatures key on that header (and on
 * `Server: CloudFront`, which comes with it). A match cannot be "this header OR that page sentence", so a
 * page seen without its headers falls back to CLOUDFRONT_ERROR_PAGE_GENERIC, whose causes rank the same
 * explanation first from the page's sentence. The one exception is the "returned invalid JSON" page: the
 * header it comes with (LambdaValidationError) is covered by CLOUDFRONT_LAMBDA_EDGE_VALIDATION_FAILED, so
 * that page keys on its sentence.
 * @module
 */
import type { Examples, Signature, SignatureMatch } from '../../types.ts'
import { CF_DOCS, cloudfrontHeaders, cloudfrontPage, ERROR_STATUSES, PAGE_HEADING, SERVER_ERROR_STATUSES } from './shared.ts'

/**
 * CloudFront writes these replies itself, so they carry `Server: CloudFront` next to the X-Cache value.
 * Testing both (15 + 15, plus status 5 and layer 8) keeps them ahead of CLOUDFRONT_ERROR_NO_BODY (30),
 * which reads any body-less reply under that Server header.
 */
const AUTHORED = { server: 'CloudFront' } as const

const LAMBDA_EXECUTION_SENTENCE =
  "The Lambda function associated with the CloudFront distribution is invalid or doesn't have the required permissions."
const LAMBDA_VALIDATION_SENTENCE =
  'The Lambda function result failed validation: The function tried to add, delete, or change a read-only header.'

/**
 * The page CloudFront shows for the failure: its sentence identifies the reply when the X-Cache header was
 * not captured (a page copied from the screen, a body without headers).
 */
function pageSaying(sentence: string): SignatureMatch {
  return { status: SERVER_ERROR_STATUSES, bodyIncludes: [sentence], distinctive: true }
}

const INVALID_JSON_SENTENCE = 'The Lambda function returned invalid '

const LAMBDA_LOGS =
  "Lambda@Edge logs are in CloudWatch Logs of the Region that ran the function (the X-Amz-Cf-Pop airport code tells which): /aws/lambda/us-east-1.<function-name> for the function's output, /aws/cloudfront/LambdaEdge/<distribution-id> for CloudFront's validation errors; search them for this request ID."

export const edgeFunctionSignatures: readonly Signature[] = [
  {
    code: 'CLOUDFRONT_LAMBDA_EDGE_EXECUTION_ERROR',
    layer: 'cloudfront',
    title: 'A Lambda@Edge function on the CloudFront behavior failed for {request} (LambdaExecutionError)',
    match: { status: SERVER_ERROR_STATUSES, headers: { 'x-cache': 'LambdaExecutionError', ...AUTHORED } },
    alsoMatch: [pageSaying(LAMBDA_EXECUTION_SENTENCE)],
    causes: [
      {
        id: 'function-threw',
        weight: 5,
        cause:
          "The function threw, rejected its promise or called back with an error, including AWS SDK calls inside it that IAM denies (the page mentions permissions, but it is the function's own failure). It often depends on the request: a missing header or query parameter takes another code path.",
        remedy: `${LAMBDA_LOGS} Wrap the handler in try/catch and return a well-formed response on failure.`,
        summary: 'the Lambda@Edge function threw: read its logs in the Region of the edge location',
        docs: [CF_DOCS.lambdaEdgeDebugging, CF_DOCS.http503],
      },
      {
        id: 'association-invalid',
        weight: 2.5,
        cause:
          'The function association is invalid: the function is not in us-east-1, the ARN is $LATEST or an alias instead of a numbered version, that version was deleted, or replication is still running (up to about 15 minutes after a deploy). Every request through the behavior fails right after a deploy.',
        remedy:
          'Associate a published, numbered version ARN from us-east-1 (CloudFormation LambdaFunctionAssociations[].LambdaFunctionARN ending in :<version>; CDK cloudfront.experimental.EdgeFunction with fn.currentVersion) and wait until the distribution is Deployed.',
        summary: 'the Lambda@Edge association may point at an invalid version: associate a numbered version in us-east-1',
        docs: [CF_DOCS.lambdaEdgeDebugging],
      },
      {
        id: 'execution-role',
        weight: 1.5,
        cause:
          "The function's execution role cannot be assumed by Lambda@Edge: its trust policy lacks edgelambda.amazonaws.com (next to lambda.amazonaws.com), or the role was deleted or changed.",
        remedy:
          'Give the execution role a trust policy with Principal Service ["lambda.amazonaws.com", "edgelambda.amazonaws.com"], attach AWSLambdaBasicExecutionRole, and grant whatever the function\'s SDK calls need.',
        summary: 'the Lambda@Edge execution role may not trust edgelambda.amazonaws.com: fix its trust policy',
        docs: [CF_DOCS.lambdaEdgePermissions],
      },
      {
        id: 'function-timeout',
        weight: 1.5,
        cause:
          'The function timed out (viewer triggers may run 5 seconds at most, origin triggers 30 seconds) or ran out of memory.',
        remedy:
          "Check the function's duration and memory in its logs; keep viewer-trigger work under 5 seconds or move it to an origin trigger, and raise the memory size.",
        summary: 'the Lambda@Edge function may have timed out: check its duration against the trigger limit',
        docs: [CF_DOCS.edgeRestrictions],
        adjust: [
          { when: { elapsedMs: { min: 4500 } }, factor: 4 },
          { when: { elapsedMs: { max: 1000 } }, factor: 0.2 },
        ],
      },
    ],
    docs: [CF_DOCS.http503, CF_DOCS.lambdaEdgeDebugging, CF_DOCS.lambdaEdgePermissions],
  },
  {
    code: 'CLOUDFRONT_LAMBDA_EDGE_THROTTLED',
    layer: 'cloudfront',
    title: 'Lambda throttled the Lambda@Edge function of the CloudFront behavior for {request} (LambdaLimitExceeded)',
    match: { status: SERVER_ERROR_STATUSES, headers: { 'x-cache': 'LambdaLimitExceeded', ...AUTHORED } },
    alsoMatch: [pageSaying('The Lambda function associated with the CloudFront distribution was throttled.')],
    causes: [
      {
        id: 'regional-concurrency-exhausted',
        weight: 5,
        cause:
          "The account's Lambda concurrency in the Region that ran the replica is exhausted, by a traffic spike or by other functions in the same account and Region. It comes in bursts and clears after a while.",
        remedy:
          'Retry with jittered backoff (idempotent requests). Request a concurrency quota increase in the affected Regions (Service Quotas > AWS Lambda > Concurrent executions); cache more, prefer origin-request over viewer-request triggers, or move simple logic to CloudFront Functions.',
        summary: 'Lambda@Edge ran out of concurrency in the edge Region: retry with backoff and raise the quota',
        docs: [CF_DOCS.http503, CF_DOCS.lambdaEdgeDebugging],
      },
      {
        id: 'reserved-concurrency-low',
        weight: 2,
        cause: 'Reserved concurrency set on the function caps its replicas at a low constant rate.',
        remedy:
          'Raise or remove the reserved concurrency of the function (`aws lambda get-function-concurrency --function-name <name>` in us-east-1).',
        summary: "the function's reserved concurrency may cap it: raise or remove it",
        docs: [CF_DOCS.lambdaEdgeDebugging],
      },
    ],
    docs: [CF_DOCS.http503, CF_DOCS.lambdaEdgeDebugging],
  },
  {
    code: 'CLOUDFRONT_LAMBDA_EDGE_VALIDATION_FAILED',
    layer: 'cloudfront',
    title: 'CloudFront rejected what a Lambda@Edge function returned for {request} (LambdaValidationError)',
    match: { status: SERVER_ERROR_STATUSES, headers: { 'x-cache': 'LambdaValidationError', ...AUTHORED } },
    alsoMatch: [
      pageSaying('The Lambda function result failed validation'),
      pageSaying('The Lambda function returned an invalid '),
    ],
    causes: [
      {
        id: 'read-only-header',
        weight: 4,
        cause:
          'The function added, removed or changed a read-only or disallowed header (Content-Length, Transfer-Encoding, Keep-Alive, Host on viewer events, Via, X-Cache, X-Amz-Cf-*). Frequent with serverless-express, mangum, Next.js and OpenNext adapters on origin triggers.',
        remedy: `Strip read-only and disallowed headers before returning (see "Restrictions on edge functions" for each event type). ${LAMBDA_LOGS}`,
        summary: 'the Lambda@Edge function touched a read-only header: strip it from the returned object',
        docs: [CF_DOCS.edgeRestrictions, CF_DOCS.lambdaEdgeDebugging],
        adjust: [
          { when: { messageIncludes: 'read-only header' }, factor: 5 },
          { when: { messageIncludes: 'blacklisted header' }, factor: 5 },
        ],
      },
      {
        id: 'body-invalid',
        weight: 2,
        cause:
          'The generated body is not a string, is too big (40 KB for viewer triggers, 1 MB for origin triggers) or was set on a 204 response.',
        remedy:
          "Return the body as a string with bodyEncoding 'text' or 'base64', within the size limit; serve large content from the origin.",
        summary: 'the Lambda@Edge body is not a string or is too big: return a string within the limit',
        docs: [CF_DOCS.generatedResponses],
        adjust: [{ when: { messageIncludes: 'The body is not a string' }, factor: 10 }],
      },
      {
        id: 'invalid-json',
        weight: 2,
        cause:
          'The function returned something that is not the CloudFront event object: unparsable (often truncated) JSON, or a string, array or undefined.',
        remedy: 'Return the full request or response object ({ status, statusDescription, headers, body }) from every code path.',
        summary: 'the Lambda@Edge function returned no valid response object: return the CloudFront event object',
        docs: [CF_DOCS.lambdaEdgeDebugging],
        adjust: [{ when: { messageIncludes: 'returned invalid' }, factor: 10 }],
      },
      {
        id: 'invalid-origin-override',
        weight: 0.5,
        cause: 'The function changed the origin (request.origin) to an invalid value, such as a bad domain name or header.',
        remedy:
          'Check the custom or S3 origin object the function sets: a valid domainName, port, protocol and customHeaders values.',
        summary: 'the Lambda@Edge function set an invalid origin: fix request.origin',
        docs: [CF_DOCS.lambdaEdgeDebugging],
        adjust: [{ when: { messageIncludes: 'invalid origin configuration' }, factor: 50 }],
      },
      {
        id: 'invalid-header-value',
        weight: 1,
        cause:
          "A returned header value holds invalid characters (CR or LF, '%0D'), a header entry has the wrong shape, or the status is outside 200-599.",
        remedy: `Sanitize header values and keep status a string between '200' and '599'. ${LAMBDA_LOGS}`,
        summary: 'a header value or status returned by Lambda@Edge is invalid: sanitize it',
        docs: [CF_DOCS.edgeRestrictions],
        // The validation message names the headers object when an entry has the wrong shape or value.
        adjust: [{ when: { messageIncludes: 'invalid entry in the headers object' }, factor: 20 }],
      },
    ],
    docs: [CF_DOCS.lambdaEdgeDebugging, CF_DOCS.edgeRestrictions],
  },
  {
    code: 'CLOUDFRONT_LAMBDA_EDGE_INVALID_JSON',
    layer: 'cloudfront',
    title: 'A Lambda@Edge function returned something CloudFront could not parse for {request} (502)',
    // "invalid JSON" and "invalid json" were both captured; the common prefix covers both. The sentence says
    // more than the LambdaValidationError header it comes with, so it must win: with the documented status
    // it scores 32 + 5 + 8 = 45 against that header's 43.
    match: { status: [502], bodyIncludes: [PAGE_HEADING, INVALID_JSON_SENTENCE], distinctive: true },
    // The sentence alone, for a page copied without its heading.
    alsoMatch: [{ status: [502], bodyIncludes: [INVALID_JSON_SENTENCE], distinctive: true }],
    causes: [
      {
        id: 'response-truncated',
        weight: 3,
        cause:
          'The generated response was too large, so Lambda truncated it and the JSON became unparsable (server-side rendered pages, large JSON bodies). Only big responses fail.',
        remedy:
          'Keep generated responses under the limits (40 KB for viewer triggers, 1 MB for origin triggers) and serve large content from the origin.',
        summary: 'the Lambda@Edge response was too large and got truncated: keep it under the size limit',
        docs: [CF_DOCS.generatedResponses],
        adjust: [{ when: { messageIncludes: 'not parsable' }, factor: 3 }],
      },
      {
        id: 'handler-returned-non-object',
        weight: 3,
        cause:
          'The handler returned a string, an array or undefined instead of the request or response object: an async handler that forgets to return, callback and async mixed, or the body returned instead of the response.',
        remedy:
          'Return the full CloudFront request or response object from every code path; reproduce with a Lambda console test event of the CloudFront type.',
        summary: 'the Lambda@Edge handler returned no object: return the request or response object',
        docs: [CF_DOCS.lambdaEdgeDebugging],
        adjust: [{ when: { messageIncludes: 'must be an object type' }, factor: 5 }],
      },
    ],
    docs: [CF_DOCS.lambdaEdgeDebugging, CF_DOCS.generatedResponses],
  },
  {
    code: 'CLOUDFRONT_FUNCTION_EXECUTION_ERROR',
    layer: 'cloudfront',
    title: 'A CloudFront Function on the behavior failed for {request} (FunctionExecutionError)',
    match: { status: SERVER_ERROR_STATUSES, headers: { 'x-cache': 'FunctionExecutionError', ...AUTHORED } },
    alsoMatch: [pageSaying('The CloudFront function associated with the CloudFront distribution is invalid or could not run.')],
    causes: [
      {
        id: 'function-runtime-error',
        weight: 5,
        cause:
          'The function hit a runtime error: a TypeError on a missing header, cookie or query parameter, a built-in the CloudFront Functions runtime lacks, or syntax its runtime version does not support (cloudfront-js-1.0 has no arrow functions or for...of; ES module exports are not allowed). Often only some requests take the failing path.',
        remedy:
          '`aws cloudfront test-function --name <function> --if-match <etag> --stage LIVE --event-object fileb://event.json` with an event like this request shows the error. Guard every header and query access, and use runtime cloudfront-js-2.0. console.log output is in us-east-1, log group /aws/cloudfront/function/<function>.',
        summary: 'the CloudFront Function threw: reproduce with aws cloudfront test-function',
        docs: [CF_DOCS.testFunction, CF_DOCS.http503],
      },
      {
        id: 'compute-limit-exceeded',
        weight: 2,
        cause: 'The function exceeds its compute budget (ComputeUtilization near 100), so CloudFront stops running it.',
        remedy:
          'Check the ComputeUtilization metric (keep it well below 70) and simplify the function: fewer regular expressions and loops, smaller KeyValueStore data.',
        summary: 'the CloudFront Function may exceed its compute budget: simplify it',
        docs: [CF_DOCS.testFunction],
      },
      {
        id: 'function-not-published',
        weight: 1.5,
        cause:
          'The association points at a function that was never published to LIVE, or its KeyValueStore association cannot be read.',
        remedy:
          'Publish the function (`aws cloudfront publish-function`, CloudFormation AutoPublish: true) and check its KeyValueStore association.',
        summary: 'the CloudFront Function may not be published to LIVE: publish it',
        docs: [CF_DOCS.functionCode],
      },
    ],
    docs: [CF_DOCS.http503, CF_DOCS.testFunction],
  },
  {
    code: 'CLOUDFRONT_FUNCTION_THROTTLED',
    layer: 'cloudfront',
    title: 'CloudFront throttled the CloudFront Function of the behavior for {request} (FunctionThrottledError)',
    match: { status: SERVER_ERROR_STATUSES, headers: { 'x-cache': 'FunctionThrottledError', ...AUTHORED } },
    causes: [
      {
        id: 'compute-utilization-high',
        weight: 4,
        cause:
          'The function keeps running near or over its compute limit (heavy regular expressions, large loops, big KeyValueStore values), so CloudFront throttles it.',
        remedy:
          'Run `aws cloudfront test-function --stage LIVE` and keep ComputeUtilization well below 70; simplify the function or move heavy logic to Lambda@Edge.',
        summary: 'the CloudFront Function uses too much compute: simplify it',
        docs: [CF_DOCS.testFunction, CF_DOCS.edgeRestrictions],
      },
      {
        id: 'throttle-after-errors',
        weight: 2,
        cause:
          'The throttle state is left over from a period of execution errors: it was observed to persist for minutes after a fixed version was published, because it is tracked per function.',
        remedy:
          'Wait for the throttle to clear, or publish the fixed code under a new function name and re-associate it (reported workaround).',
        summary: 'the throttle may be left over from earlier errors: wait, or publish under a new function name',
        docs: [CF_DOCS.testFunction],
      },
      {
        id: 'runtime-error-reported-as-throttle',
        weight: 1,
        cause:
          'A runtime or syntax failure was reported as throttling (observed with await inside call arguments on cloudfront-js-2.0).',
        remedy: '`aws cloudfront test-function --stage LIVE` shows a FunctionErrorMessage if the code itself fails.',
        summary: 'a runtime error may surface as throttling: check test-function output',
        docs: [CF_DOCS.testFunction],
      },
    ],
    docs: [CF_DOCS.testFunction, CF_DOCS.edgeRestrictions],
  },
  {
    code: 'CLOUDFRONT_FUNCTION_VALIDATION_ERROR',
    layer: 'cloudfront',
    title: 'CloudFront rejected what a CloudFront Function returned for {request} (FunctionValidationError)',
    match: { status: SERVER_ERROR_STATUSES, headers: { 'x-cache': 'FunctionValidationError', ...AUTHORED } },
    alsoMatch: [pageSaying('The CloudFront function returned an invalid value')],
    // Known from deploy notes and the docs' list of X-Cache values; no captured reply shows the whole of it.
    maxConfidence: 'medium',
    causes: [
      {
        id: 'read-only-header',
        weight: 4,
        cause:
          'The function added, removed or changed a read-only or disallowed header (such as x-forwarded-proto or Host), or called updateRequestOrigin() with an invalid combination of options. It passes the console test and fails only live.',
        remedy:
          'Check "Restrictions on edge functions" for the read-only headers of the event type, remove those changes, and publish the function again.',
        summary: 'the CloudFront Function touched a read-only header: remove that change',
        docs: [CF_DOCS.edgeRestrictions],
      },
      {
        id: 'malformed-object',
        weight: 2,
        cause:
          "The returned request or response object is malformed: header names not in lower case, or values not in the { value: '...' } shape.",
        remedy:
          "Use lower-case header keys with { value: '...' } objects; `aws cloudfront test-function` reports 'The CloudFront function returned an invalid value'.",
        summary: 'the CloudFront Function returned a malformed object: use lower-case keys and { value } objects',
        docs: [CF_DOCS.functionCode],
      },
    ],
    docs: [CF_DOCS.http502, CF_DOCS.edgeRestrictions],
  },
  {
    code: 'CLOUDFRONT_EDGE_FUNCTION_GENERATED_ERROR',
    layer: 'cloudfront',
    title: 'Your own CloudFront Function or Lambda@Edge code answered {request} with this error; the origin was not contacted',
    // Testing Server too also keeps a function's own 429 ahead of WAF_CUSTOM_RESPONSE, which reads any 429
    // with Server: CloudFront as a WAF rule's custom response.
    match: {
      status: ERROR_STATUSES,
      headers: { 'x-cache': ['FunctionGeneratedResponse', 'LambdaGeneratedResponse'], ...AUTHORED },
    },
    causes: [
      {
        id: 'edge-auth-rejected',
        weight: 4,
        cause:
          'Authorization logic in your edge function rejected the request: a missing or expired token or cookie, failed basic auth, or an IP allow list. The body is whatever the function returns.',
        remedy:
          "Read the function's code path for this status and log its decision with the request ID; send the credentials the function expects. Have the function add CORS headers to the responses it generates, or browsers hide them.",
        summary: 'your edge function rejected the credentials of {request}: check what it expects',
        docs: [CF_DOCS.generatedResponses, CF_DOCS.functionCode],
        adjust: [
          { when: { status: [401, 403] }, factor: 3 },
          { when: { status: [404, 400, 405, 410, 429] }, factor: 0.2 },
        ],
      },
      {
        id: 'edge-routing-rejected',
        weight: 2,
        cause:
          'Routing or rewrite logic in your edge function answered this path or query itself (unmatched route, blocked path, redirect rules).',
        remedy:
          "Check the function's routing rules for {path}; return machine-readable bodies (JSON with an error code) from edge code.",
        summary: 'your edge function refused the route {path}: check its routing rules',
        docs: [CF_DOCS.functionCode],
        adjust: [{ when: { status: [400, 404, 405, 410] }, factor: 4 }],
      },
      {
        id: 'edge-rate-limited',
        weight: 0.3,
        cause: 'Rate limiting implemented in your edge function refused the request.',
        remedy: 'Back off and retry later; check the limits the function applies.',
        summary: 'your edge function rate-limited {request}: back off and retry',
        docs: [CF_DOCS.functionCode],
        adjust: [{ when: { status: [429] }, factor: 50 }],
      },
      {
        id: 'edge-code-error-response',
        weight: 1,
        cause: 'Your edge function caught a failure of its own (or of a service it calls) and answered with this server error.',
        remedy: "Look at the function's logs for this request ID to see which failure it mapped to this status.",
        summary: 'your edge function answered with a server error: check its logs',
        docs: [CF_DOCS.lambdaEdgeDebugging],
        adjust: [{ when: { status: SERVER_ERROR_STATUSES }, factor: 8 }],
      },
    ],
    docs: [CF_DOCS.generatedResponses, CF_DOCS.functionCode],
  },
]

/** The canonical reply of each signature above, by code, exactly as AWS sends it. */
export function edgeFunctionExamples(): Examples {
  return {
    CLOUDFRONT_LAMBDA_EDGE_EXECUTION_ERROR: {
      status: 503,
      headers: cloudfrontHeaders(
        'LambdaExecutionError from cloudfront',
        'Ex1Cu5Tn9Ll3Aa7Mb1Bd5Dc9Ae3Rf7Rg1Oh5Ri9Sj3Tk-Ul7Vm1Wn==',
      ),
      body: cloudfrontPage(503, LAMBDA_EXECUTION_SENTENCE, 'Ex1Cu5Tn9Ll3Aa7Mb1Bd5Dc9Ae3Rf7Rg1Oh5Ri9Sj3Tk-Ul7Vm1Wn=='),
      request: { method: 'GET', url: 'https://www.example.com/products/42' },
      elapsedMs: 240,
    },
    CLOUDFRONT_LAMBDA_EDGE_THROTTLED: {
      status: 503,
      headers: cloudfrontHeaders(
        'LambdaLimitExceeded from cloudfront',
        'Th2Rt6Tl8Ed4Ll0Aa6Mm2Bb8Dd4Aa0Ee6Xx2Cc8Ee4Ee-Dd0Ee6Dd==',
      ),
      body: cloudfrontPage(
        503,
        'The Lambda function associated with the CloudFront distribution was throttled.',
        'Th2Rt6Tl8Ed4Ll0Aa6Mm2Bb8Dd4Aa0Ee6Xx2Cc8Ee4Ee-Dd0Ee6Dd==',
      ),
      request: { method: 'GET', url: 'https://www.example.com/' },
    },
    CLOUDFRONT_LAMBDA_EDGE_VALIDATION_FAILED: {
      status: 502,
      headers: cloudfrontHeaders(
        'LambdaValidationError from cloudfront',
        'Va4Li8Da2Te6Er0Rr4Oo8Rr2Hh6Ee0Aa4Dd8Ee2Rr6Ss-Oo0Nn4Ly==',
      ),
      body: cloudfrontPage(502, LAMBDA_VALIDATION_SENTENCE, 'Va4Li8Da2Te6Er0Rr4Oo8Rr2Hh6Ee0Aa4Dd8Ee2Rr6Ss-Oo0Nn4Ly=='),
      request: { method: 'GET', url: 'https://www.example.com/dashboard' },
    },
    CLOUDFRONT_LAMBDA_EDGE_INVALID_JSON: {
      status: 502,
      headers: cloudfrontHeaders(
        'LambdaValidationError from cloudfront',
        'Js7On1Pa5Rs9Ea3Bl7Ee1Oo5Bj9Ee3Cc7Tt1Tt5Yy9Pp-Ee3Oo7Bj==',
      ),
      body: cloudfrontPage(
        502,
        'The Lambda function returned invalid JSON: The JSON output must be an object type.',
        'Js7On1Pa5Rs9Ea3Bl7Ee1Oo5Bj9Ee3Cc7Tt1Tt5Yy9Pp-Ee3Oo7Bj==',
      ),
      request: { method: 'GET', url: 'https://www.example.com/blog/2024/hello' },
    },
    CLOUDFRONT_FUNCTION_EXECUTION_ERROR: {
      status: 503,
      headers: cloudfrontHeaders(
        'FunctionExecutionError from cloudfront',
        'Fn3Ex7Ec1Uu5Tt9Ii3Oo7Nn1Ee5Rr9Rr3Oo7Rr1Cc5Ff-Uu9Nn3Cc==',
      ),
      body: cloudfrontPage(
        503,
        'The CloudFront function associated with the CloudFront distribution is invalid or could not run.',
        'Fn3Ex7Ec1Uu5Tt9Ii3Oo7Nn1Ee5Rr9Rr3Oo7Rr1Cc5Ff-Uu9Nn3Cc==',
      ),
      request: { method: 'GET', url: 'https://docs.example.com/guide/' },
    },
    CLOUDFRONT_FUNCTION_THROTTLED: {
      status: 503,
      headers: cloudfrontHeaders(
        'FunctionThrottledError from cloudfront',
        'Ft8Hr2Oo6Tt0Tt4Ll8Ee2Dd6Ee0Rr4Rr8Oo2Rr6Ff0Ff-Rr4Oo8Mm==',
      ),
      body: '',
      request: { method: 'HEAD', url: 'https://docs.example.com/guide/' },
    },
    CLOUDFRONT_FUNCTION_VALIDATION_ERROR: {
      status: 502,
      headers: cloudfrontHeaders(
        'FunctionValidationError from cloudfront',
        'Fv5Aa9Ll3Ii7Dd1Aa5Tt9Ii3Oo7Nn1Ee5Rr9Rr3Oo7Rr-Hh1Ee5Aa==',
      ),
      body: '',
      request: { method: 'GET', url: 'https://docs.example.com/' },
    },
    CLOUDFRONT_EDGE_FUNCTION_GENERATED_ERROR: {
      status: 401,
      headers: {
        ...cloudfrontHeaders(
          'FunctionGeneratedResponse from cloudfront',
          'Gr6Ee0Nn4Ee8Rr2Aa6Tt0Ee4Dd8Rr2Ee6Ss0Pp4Oo8Nn-Ss2Ee6Aa==',
        ),
        'www-authenticate': 'Basic realm="staging"',
        'content-length': '0',
      },
      body: '',
      request: { method: 'GET', url: 'https://staging.example.com/' },
    },
  }
}
