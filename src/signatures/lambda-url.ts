/**
 * Lambda function URLs (`<url-id>.lambda-url.<region>.on.aws`). Their authorization errors are JSON with a
 * capital `Message` and `x-amzn-ErrorType: AccessDeniedException`; a failed function answers a plain-text
 * 502. Function URLs have no custom domains of their own: any other host in front of one is a proxy,
 * nearly always CloudFront.
 * @module
 */
import type { AuthScheme, Examples, HostKind, Signature } from '../types.ts'

/** Documentation of function URLs. */
const URL_DOCS = {
  auth: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html',
  invocation: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html',
  configuration: 'https://docs.aws.amazon.com/lambda/latest/dg/urls-configuration.html',
  cloudfrontOac:
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-lambda.html',
  originRequestPolicies:
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-origin-request-policies.html',
} as const

/** Schemes other than SigV4 that still mean an `Authorization` header was sent. */
const NOT_SIGV4: readonly AuthScheme[] = ['bearer', 'basic', 'raw', 'other']

/** The function URL's own host, or a proxy in front of it (CloudFront or a CloudFront alias). */
const FUNCTION_URL_HOSTS: readonly HostKind[] = ['lambda-url', 'cloudfront', 'custom-domain']

/** A proxy stands between the client and the function URL. */
const VIA_PROXY: readonly HostKind[] = ['cloudfront', 'custom-domain']

/** Reply headers of a function URL authorization error, as recorded against AWS (IDs invented). */
const accessDeniedHeaders = (contentLength: number): Record<string, string> => ({
  date: 'Wed, 06 Nov 2024 17:20:05 GMT',
  'content-type': 'application/json',
  'content-length': String(contentLength),
  connection: 'keep-alive',
  'x-amzn-RequestId': '4b7e1c52-8f0d-4a3e-9a61-2d5c7f3e9b10',
  'x-amzn-ErrorType': 'AccessDeniedException',
})

const EXAMPLE_URL = 'https://a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6.lambda-url.eu-west-1.on.aws'

const FORBIDDEN_MESSAGE =
  'Forbidden. For troubleshooting Function URL authorization issues, see: https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html'

/** Lambda function URLs. */
export const lambdaUrlSignatures: readonly Signature[] = [
  {
    // Research: FUNCTION_URL:FORBIDDEN_AUTH and LAMBDA_URL_FORBIDDEN. The older short form
    // {"Message":"Forbidden"} is unverified and not matched: ASP.NET and others send capital-M bodies too.
    code: 'FUNCTION_URL_FORBIDDEN',
    layer: 'lambda-url',
    title: 'The Lambda function URL refused {request} before the function ran (403 Forbidden)',
    match: {
      status: [403],
      errorType: ['AccessDeniedException'],
      messageKey: 'Message',
      messageStartsWith: ['Forbidden. For troubleshooting Function URL authorization issues'],
      hosts: FUNCTION_URL_HOSTS,
      distinctive: true,
    },
    causes: [
      {
        id: 'public-permission-missing',
        weight: 4,
        cause:
          "The URL's auth type is NONE but the function's resource-based policy does not let the public call it. Since October 2025 a function URL needs two statements: lambda:InvokeFunctionUrl (with lambda:FunctionUrlAuthType NONE) and lambda:InvokeFunction (with lambda:InvokedViaFunctionUrl true). The console and SAM add both; the CLI, CloudFormation, CDK and Terraform often add only the first.",
        remedy:
          "Check the policy (`aws lambda get-policy --function-name <fn>`) and add what is missing: `aws lambda add-permission --function-name <fn> --statement-id url --action lambda:InvokeFunctionUrl --principal '*' --function-url-auth-type NONE` and `aws lambda add-permission --function-name <fn> --statement-id url-invoke --action lambda:InvokeFunction --principal '*' --invoked-via-function-url`.",
        summary: 'the function policy may lack lambda:InvokeFunction or lambda:InvokeFunctionUrl: add both permissions',
        docs: [URL_DOCS.auth],
        adjust: [
          { when: { auth: ['sigv4'] }, factor: 0.1 },
          // An application token (Bearer, API key) means the app authenticates itself: a public URL.
          { when: { auth: NOT_SIGV4 }, factor: 1.5 },
        ],
      },
      {
        id: 'iam-unsigned',
        weight: 2.5,
        cause:
          "The URL's auth type is AWS_IAM and the request was not signed with SigV4. A Bearer token or an API key does not count: only a signature for the service 'lambda' does.",
        remedy:
          "Sign the request with SigV4 for the service 'lambda' in the function's region (for example with @aws-sdk/signature-v4 and credentials allowed lambda:InvokeFunctionUrl), or switch the URL to auth type NONE if it is meant to be public (`aws lambda update-function-url-config --function-name <fn> --auth-type NONE`).",
        summary: "the URL may use AWS_IAM auth: sign {request} with SigV4 for the service 'lambda'",
        docs: [URL_DOCS.auth],
        adjust: [
          { when: { auth: ['none'], notSent: ['x-amz-date', 'x-amz-security-token'] }, factor: 1.4 },
          { when: { auth: ['sigv4'] }, factor: 0.02 },
          // Behind CloudFront the distribution signs (OAC), not the client.
          { when: { host: VIA_PROXY }, factor: 0.2 },
        ],
      },
      {
        id: 'iam-principal-denied',
        weight: 1,
        cause:
          "The request is signed, but for the wrong service or region (the service must be 'lambda', not 'execute-api'), or the signing principal is not allowed lambda:InvokeFunctionUrl (and lambda:InvokeFunction) on this function, or an organization policy denies it.",
        remedy:
          "Check the credential scope of the signature (<date>/<region>/lambda/aws4_request) and grant the principal lambda:InvokeFunctionUrl on arn:aws:lambda:<region>:<account>:function:<fn>, in its IAM policy or the function's policy (`aws lambda add-permission ... --principal <account-or-role-arn> --function-url-auth-type AWS_IAM`).",
        summary:
          "the signed caller may not be allowed to invoke the URL: check the signing service ('lambda') and its permissions",
        docs: [URL_DOCS.auth],
        adjust: [{ when: { auth: ['sigv4'] }, factor: 30 }],
      },
      {
        id: 'cloudfront-oac',
        weight: 0.5,
        cause:
          "The call came through CloudFront: the distribution's origin access control (OAC) is missing or does not sign requests, or the function's policy does not allow the cloudfront.amazonaws.com principal of this distribution (AWS:SourceArn) both lambda:InvokeFunctionUrl and lambda:InvokeFunction.",
        remedy:
          'Attach an origin access control of type lambda to the origin (signing behavior "always"), set the URL\'s auth type to AWS_IAM, and add both statements for the principal cloudfront.amazonaws.com with the condition AWS:SourceArn = arn:aws:cloudfront::<account>:distribution/<distribution-id>.',
        summary: 'CloudFront may not be allowed to call the function URL: check the OAC and the function policy',
        docs: [URL_DOCS.cloudfrontOac],
        adjust: [
          { when: { host: VIA_PROXY }, factor: 12 },
          { when: { replyHas: ['x-amz-cf-id'] }, factor: 12 },
        ],
      },
      {
        id: 'alias-deleted',
        weight: 0.3,
        cause:
          'The URL belongs to an alias (qualifier) that was deleted: the URL configuration remains but cannot invoke anything.',
        remedy:
          'Recreate the alias, or recreate the URL on an existing alias or $LATEST (`aws lambda get-function-url-config --function-name <fn> --qualifier <alias>`).',
        summary: "the URL's alias may have been deleted: recreate the alias or the URL",
        docs: [URL_DOCS.configuration],
      },
    ],
    docs: [URL_DOCS.auth],
  },
  {
    // Research: FUNCTION_URL:NOT_FOUND, and LAMBDA_URL_HOST_HEADER_FORWARDED (Lambda finds its URL by host
    // name; that reply's body is unverified and ranked here as a cause).
    code: 'FUNCTION_URL_NOT_FOUND',
    layer: 'lambda-url',
    title: 'No Lambda function URL answers at {host} (403 {"Message":null})',
    match: {
      status: [403],
      errorType: ['AccessDeniedException'],
      messageKey: 'Message',
      message: [null],
      hosts: FUNCTION_URL_HOSTS,
    },
    causes: [
      {
        id: 'url-not-found',
        weight: 5,
        cause:
          'No function URL with this id exists in this region: the function or its URL configuration was deleted and recreated (which generates a new URL id), the id is mistyped, or the region in the host name is wrong.',
        remedy:
          'Get the current URL (`aws lambda get-function-url-config --function-name <fn> --query FunctionUrl`) and use it, including its region.',
        summary: 'no function URL has the id in {host}: get the current URL with get-function-url-config',
        docs: [URL_DOCS.configuration],
        adjust: [{ when: { host: VIA_PROXY }, factor: 0.2 }],
      },
      {
        id: 'host-header-forwarded',
        weight: 0.5,
        cause:
          "CloudFront (or another proxy) forwards the viewer's Host header to the function URL origin, typically through the AllViewer origin request policy. Lambda finds the URL by host name, so with the proxy's name it finds none.",
        remedy:
          'On behaviors whose origin is *.lambda-url.<region>.on.aws use the managed origin request policy AllViewerExceptHostHeader (b689b0a8-53d0-40ab-baf2-68738e2966ac) or none; if the app needs the original host, copy it into another header (for example X-Forwarded-Host with a CloudFront Function).',
        summary: 'CloudFront may forward the Host header to the function URL: use AllViewerExceptHostHeader',
        docs: [URL_DOCS.originRequestPolicies],
        adjust: [
          { when: { host: VIA_PROXY }, factor: 40 },
          { when: { replyHas: ['x-amz-cf-id'] }, factor: 10 },
          { when: { host: ['lambda-url'] }, factor: 0.1 },
        ],
      },
    ],
    docs: [URL_DOCS.configuration],
  },
  {
    // Research: FUNCTION_URL:FUNCTION_ERROR and LAMBDA_URL_FUNCTION_ERROR.
    code: 'FUNCTION_URL_FUNCTION_ERROR',
    layer: 'lambda-url',
    title: 'The function behind the Lambda function URL failed for {request} (502 Internal Server Error)',
    match: {
      status: [502],
      // Plain text, not JSON: HTTP APIs answer {"message":"Internal Server Error"} with 500 instead.
      text: ['Internal Server Error'],
      absentHeaders: ['x-amz-apigw-id', 'apigw-requestid'],
      hosts: FUNCTION_URL_HOSTS,
    },
    causes: [
      {
        id: 'unhandled-error',
        weight: 4,
        cause:
          'The function threw an unhandled exception or crashed: an error in the handler, an init error (handler or module not found), or a runtime crash.',
        remedy:
          'Find the invocation in /aws/lambda/<fn> (CloudWatch Logs) by the x-amzn-RequestId of the reply; catch errors in the handler and return a deliberate 4xx/5xx response instead.',
        summary: 'the function may have thrown: find the stack trace in its CloudWatch logs',
        docs: [URL_DOCS.invocation],
        adjust: [{ when: { elapsedMs: { min: 2900 } }, factor: 0.5 }],
      },
      {
        id: 'function-timeout',
        weight: 2,
        cause:
          'The function ran past its timeout (3 seconds unless configured) or out of memory ("Task timed out after N seconds" in its log).',
        remedy:
          'Compare the elapsed time with the function timeout (`aws lambda get-function-configuration --function-name <fn> --query Timeout`) and raise it or the memory (`aws lambda update-function-configuration --function-name <fn> --timeout 30 --memory-size 512`), or make the work faster.',
        summary: 'the function may have timed out: compare the elapsed time with its timeout',
        docs: [URL_DOCS.invocation],
        adjust: [
          { when: { elapsedMs: { min: 2900 } }, factor: 4 },
          { when: { elapsedMs: { max: 1000 } }, factor: 0.1 },
        ],
      },
      {
        id: 'invalid-response',
        weight: 2,
        cause:
          'The function returned something the URL cannot turn into HTTP (a statusCode that is not an integer, a body that is not a string, malformed headers or cookies), parsed the event as another format (function URLs send payload format 2.0, like HTTP APIs), or returned more than 6 MB buffered.',
        remedy:
          'Return {"statusCode": 200, "headers": {"content-type": "application/json"}, "body": JSON.stringify(data)}; use the APIGatewayProxyEventV2 / function URL event types; stream large responses (invoke mode RESPONSE_STREAM).',
        summary: 'the function may have returned an invalid response: return statusCode, headers and a string body',
        docs: [URL_DOCS.invocation],
      },
    ],
    docs: [URL_DOCS.invocation],
  },
]

/** The canonical reply of each signature above, by code, exactly as AWS sends it. */
export function lambdaUrlExamples(): Examples {
  return {
    FUNCTION_URL_FORBIDDEN: {
      status: 403,
      headers: accessDeniedHeaders(144),
      body: JSON.stringify({ Message: FORBIDDEN_MESSAGE }),
      request: { method: 'GET', url: `${EXAMPLE_URL}/` },
    },
    FUNCTION_URL_NOT_FOUND: {
      status: 403,
      headers: accessDeniedHeaders(16),
      body: '{"Message":null}',
      request: { method: 'GET', url: `${EXAMPLE_URL}/health` },
    },
    FUNCTION_URL_FUNCTION_ERROR: {
      status: 502,
      headers: {
        date: 'Wed, 06 Nov 2024 17:24:51 GMT',
        'content-type': 'text/plain; charset=utf-8',
        'content-length': '21',
        connection: 'keep-alive',
        'x-amzn-RequestId': '9c2d7a41-3e6f-4b8a-b0c5-71e2d4f8a6c3',
      },
      body: 'Internal Server Error',
      request: { method: 'POST', url: `${EXAMPLE_URL}/webhook` },
      elapsedMs: 140,
    },
  }
}
