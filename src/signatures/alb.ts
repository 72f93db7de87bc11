import type { CauseRule, DiagnoseInput, Examples, Signature } from '../types.ts'
import { ELB_DOCS } from './alb-docs.ts'
import { type AlbPageTitle, albPage, albPageFragments, albPageHeaders } from './alb-page.ts'
import { clbSignatures } from './clb.ts'

/** `Server: awselb/2.0`: the load balancer wrote the reply itself; a target's reply keeps the target's header. */
const FROM_ALB = { server: 'awselb' } as const

/** A WAF Challenge or CAPTCHA answered through the load balancer is WAF's, whatever its status. */
const NOT_WAF_INTERSTITIAL = ['x-amzn-waf-action'] as const

const ALB_URL = 'https://my-app-alb-1234567890.eu-west-1.elb.amazonaws.com'
const SITE_URL = 'https://shop.example.com'

/** An example reply carrying ALB's page for this status. */
function pageExample(
  title: AlbPageTitle,
  date: string,
  request: { method: string; url: string },
  elapsedMs?: number,
): DiagnoseInput {
  const page = albPage(title)
  const example: DiagnoseInput = {
    status: Number(title.slice(0, 3)),
    headers: albPageHeaders(page, date),
    body: page,
    request,
  }
  if (elapsedMs !== undefined) example.elapsedMs = elapsedMs
  return example
}

/** An example reply of a status whose ALB body was never captured: only status and headers are certain. */
function bareExample(status: number, date: string, request: { method: string; url: string }): DiagnoseInput {
  return { status, headers: { Server: 'awselb/2.0', Date: date, 'Content-Length': '0', Connection: 'keep-alive' }, request }
}

const BODY_METHODS = ['POST', 'PUT', 'PATCH'] as const
const BODYLESS_METHODS = ['GET', 'HEAD', 'DELETE', 'OPTIONS'] as const

/**
 * Statuses other signatures claim on status and `Server` alone, so the fallback must not tie with them. (Where
 * ALB sends a page, the page signature outscores the fallback; a 429 from awselb/2.0 is WAF's.)
 */
const CLAIMED_STATUSES = new Set([401, 408, 413, 414, 429, 463, 464, 505, 507, 561])

/** The fallback covers the remaining error statuses: a fixed response may use any of them. */
const FIXED_RESPONSE_STATUSES = Array.from({ length: 200 }, (_, i) => 400 + i).filter((status) => !CLAIMED_STATUSES.has(status))

const FIXED_RESPONSE_CAUSES: CauseRule[] = [
  {
    id: 'cloudfront-secret-header-mismatch',
    weight: 2,
    cause:
      "The load balancer forwards only requests that carry a secret header CloudFront adds (X-Origin-Verify or similar), and this request's value did not match: the secret was changed in the listener rule or in the distribution's origin custom headers, but not in both. Every request through CloudFront then gets the default rule's fixed response.",
    remedy:
      'Compare the header condition of the listener rules (`aws elbv2 describe-rules --listener-arn <arn>`) with the origin custom headers of the CloudFront distribution, and set the same value in both.',
    summary: "the secret origin header CloudFront sends may not match the load balancer's rule: sync the value in both places",
    docs: [ELB_DOCS.cloudfrontToAlb],
    adjust: [
      { when: { replyHas: ['x-amz-cf-id'] }, factor: 3 },
      { when: { host: ['elb'] }, factor: 0.2 },
    ],
  },
  {
    id: 'cloudfront-bypassed',
    weight: 1,
    cause:
      'The request went to the load balancer directly instead of through CloudFront, so it lacks the secret header the listener rules require, and the default rule answered with its fixed response. That is the intended protection when the load balancer should only be reached through CloudFront.',
    remedy: "Call the CloudFront distribution's domain, not the load balancer's DNS name.",
    summary: 'the load balancer may only accept requests through CloudFront: call the CloudFront domain instead of {host}',
    docs: [ELB_DOCS.cloudfrontToAlb],
    adjust: [
      { when: { host: ['elb'] }, factor: 8 },
      { when: { replyHas: ['x-amz-cf-id'] }, factor: 0.1 },
    ],
  },
  {
    id: 'no-matching-rule',
    weight: 2,
    cause:
      'No listener rule matches the host name or path of {request} (a new route or host name without a rule), so the default action answered with its fixed response.',
    remedy:
      'List the rules (`aws elbv2 describe-rules --listener-arn <arn>`) and add one for this host or path that forwards to the right target group; on EKS, check the Ingress host and path rules the AWS Load Balancer Controller turns into listener rules.',
    summary: 'no listener rule may match the host or path of {request}: add a forwarding rule',
    adjust: [{ when: { status: [404, 503] }, factor: 2 }],
  },
  {
    id: 'waf-custom-response',
    weight: 1,
    cause:
      'An AWS WAF rule on the load balancer blocked the request with a custom response, whose status, headers and body are whatever the web ACL defines.',
    remedy:
      "Find the terminating rule: WAF console › Web ACLs › <web ACL> › Sampled requests (Action = Block), or terminatingRuleId in the web ACL's logs.",
    summary: 'a WAF rule with a custom response may have blocked {request}: check Sampled requests of the web ACL',
    adjust: [{ when: { status: [403] }, factor: 1.5 }],
  },
]

/**
 * Application Load Balancer errors: the pages it writes itself (`Server: awselb/2.0`), mapped by status, and
 * the Classic Load Balancer's empty replies. A page without `awselb/2.0` is any nginx's and is not diagnosed.
 */
export const albSignatures: readonly Signature[] = [
  {
    code: 'ALB_400_BAD_REQUEST',
    layer: 'alb',
    title: 'The Application Load Balancer rejected {request} as malformed or too large (400 Bad Request)',
    match: {
      status: [400],
      headers: FROM_ALB,
      absentHeaders: NOT_WAF_INTERSTITIAL,
      bodyIncludes: albPageFragments('400 Bad Request'),
    },
    causes: [
      {
        id: 'headers-too-large',
        weight: 3,
        cause:
          "The request line or headers exceed the load balancer's limits: 16 KB for the request line or any single header, 64 KB for all headers together. Big cookies or long JWTs are the usual cause; a fresh session often works.",
        remedy: 'Shrink the headers: drop stale cookies, keep tokens small (fewer claims), move large data into the body.',
        summary:
          "the headers of {request} may exceed the load balancer's limits (16 KB per header, 64 KB in total): shrink cookies and tokens",
        adjust: [
          { when: { sent: ['cookie'] }, factor: 2 },
          { when: { auth: ['bearer', 'raw'] }, factor: 1.5 },
        ],
      },
      {
        id: 'malformed-request',
        weight: 2,
        cause:
          'The request is not valid HTTP for the load balancer: invalid characters in the URL or a header, or framing that its desync mitigation mode classifies as Severe.',
        remedy:
          "Percent-encode path and query values (encodeURIComponent) and validate outgoing headers; the access log's classification and classification_reason fields say why a request was refused. If the desync mitigation mode is 'strictest', consider 'defensive' (attribute routing.http.desync_mitigation_mode).",
        summary:
          'the load balancer found {request} malformed: percent-encode the URL and check classification_reason in the access log',
        docs: [ELB_DOCS.albAccessLogs],
        adjust: [{ when: { path: ['unencoded'] }, factor: 10 }],
      },
      {
        id: 'body-cut-short',
        weight: 1,
        cause: 'The client closed the connection before it had sent the whole body announced in Content-Length.',
        remedy:
          'Let the HTTP client compute Content-Length, and retry uploads on unstable networks (or upload large files to S3 with a presigned URL).',
        summary: 'the body of {request} may have been cut short: let the client set Content-Length and retry',
        adjust: [
          { when: { method: BODY_METHODS }, factor: 2 },
          { when: { method: BODYLESS_METHODS }, factor: 0.2 },
        ],
      },
    ],
    docs: [ELB_DOCS.albTroubleshooting, ELB_DOCS.albAccessLogs],
  },
  {
    code: 'ALB_401_AUTH_DENIED',
    layer: 'alb',
    title: "The load balancer's authenticate action refused {request} (401 from awselb/2.0)",
    // The body of this page was never captured: status and Server header only.
    match: { status: [401], headers: FROM_ALB, absentHeaders: NOT_WAF_INTERSTITIAL },
    maxConfidence: 'medium',
    causes: [
      {
        id: 'no-session-cookie',
        weight: 4,
        cause:
          'A listener rule authenticates users (authenticate-oidc or authenticate-cognito) with OnUnauthenticatedRequest set to deny, and the request carried no AWSELBAuthSessionCookie. API calls made with fetch/XHR cannot follow the redirect to the identity provider, so they get 401 instead.',
        remedy:
          "Sign the user in through a page load first so the browser holds the AWSELBAuthSessionCookie cookies, and send them with API calls (fetch: credentials: 'include'); on 401, send the user to the login page. Machine clients should authenticate in the application with tokens instead.",
        summary:
          "the load balancer's authenticate action found no session cookie on {request}: sign in through a page load, then send the cookie",
        docs: [ELB_DOCS.albAuthenticate],
        adjust: [
          { when: { notSent: ['cookie'] }, factor: 2 },
          { when: { sent: ['cookie'] }, factor: 0.4 },
        ],
      },
      {
        id: 'session-expired',
        weight: 2,
        cause:
          'The AWSELBAuthSessionCookie was sent but is no longer valid: the session timeout of the authenticate action has passed, or the cookie belongs to another load balancer.',
        remedy: 'Sign in again; lengthen SessionTimeout on the authenticate action if sessions end too soon.',
        summary: 'the load balancer session cookie sent with {request} may have expired: sign in again',
        docs: [ELB_DOCS.albAuthenticate],
        adjust: [{ when: { sent: ['cookie'] }, factor: 3 }],
      },
      {
        id: 'idp-exchange-failed',
        weight: 1,
        cause:
          'The exchange with the identity provider failed in a way that ends in 401: user claims over 11 KB, a scope without an ID token, the client login timeout passed, or an HTTP/1.0 request without a Host header.',
        remedy:
          'Look up error_reason in the access logs (AuthInvalidIdToken, AuthUserinfoResponseSizeExceeded, …); request the openid scope and reduce the claims the identity provider returns.',
        summary: 'the identity provider exchange may have failed: check error_reason in the access logs',
        docs: [ELB_DOCS.albAccessLogs],
      },
    ],
    docs: [ELB_DOCS.albAuthenticate, ELB_DOCS.albTroubleshooting],
  },
  {
    code: 'ALB_405_METHOD_NOT_ALLOWED',
    layer: 'alb',
    title: 'The Application Load Balancer does not accept the method of {request} (405 Method Not Allowed)',
    match: {
      status: [405],
      headers: FROM_ALB,
      absentHeaders: NOT_WAF_INTERSTITIAL,
      bodyIncludes: albPageFragments('405 Method Not Allowed'),
    },
    causes: [
      {
        id: 'trace-method',
        weight: 1,
        cause: 'The request used TRACE, the one method the load balancer refuses.',
        remedy: 'Do not send TRACE through the load balancer.',
        summary: 'the load balancer refuses TRACE: use another method',
      },
    ],
    docs: [ELB_DOCS.albTroubleshooting],
  },
  {
    code: 'ALB_408_REQUEST_TIMEOUT',
    layer: 'alb',
    title: 'The Application Load Balancer stopped waiting for the rest of {request} (408 Request Timeout)',
    // Reported by status only, and AWS documents it less firmly than the other ALB errors.
    match: { status: [408], headers: FROM_ALB, absentHeaders: NOT_WAF_INTERSTITIAL },
    maxConfidence: 'medium',
    causes: [
      {
        id: 'slow-upload',
        weight: 3,
        cause:
          "The client stopped sending the request for longer than the load balancer's idle timeout (60 s by default) before it was complete: a slow or stalled upload. TCP keep-alive packets do not count as data.",
        remedy:
          'Stream the body without pauses; raise the idle timeout (`aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=idle_timeout.timeout_seconds,Value=120`), or upload large files to S3 with a presigned URL.',
        summary:
          'the upload of {request} stalled past the idle timeout (60 s by default): stream without pauses or upload to S3 directly',
        docs: [ELB_DOCS.albIdleTimeout],
        adjust: [
          { when: { method: BODY_METHODS }, factor: 2 },
          { when: { elapsedMs: { min: 55_000 } }, factor: 2 },
        ],
      },
      {
        id: 'incomplete-request',
        weight: 1,
        cause:
          'The client announced more data than it sent (a Content-Length larger than the body), so the load balancer waited for the rest until its idle timeout.',
        remedy: 'Let the HTTP client set Content-Length itself; never copy it from another request.',
        summary: 'the request announced more bytes than it sent: let the client set Content-Length',
        adjust: [{ when: { method: BODYLESS_METHODS }, factor: 2 }],
      },
    ],
    docs: [ELB_DOCS.albTroubleshooting, ELB_DOCS.albIdleTimeout],
  },
  {
    code: 'ALB_413_PAYLOAD_TOO_LARGE',
    layer: 'alb',
    title: 'The Application Load Balancer refused {request} as too large (413)',
    match: { status: [413], headers: FROM_ALB, absentHeaders: NOT_WAF_INTERSTITIAL },
    causes: [
      {
        id: 'lambda-body-limit',
        weight: 3,
        cause:
          'The target is a Lambda function and the request body is larger than 1 MB, the limit for Lambda targets of a load balancer.',
        remedy:
          'Upload large payloads to S3 with a presigned URL and pass a reference; or serve this route from an instance or IP target group.',
        summary: 'the body of {request} may exceed the 1 MB limit of Lambda targets: upload to S3 and pass a reference',
        docs: [ELB_DOCS.albLambdaTargets],
        adjust: [
          { when: { method: BODY_METHODS }, factor: 2 },
          { when: { method: BODYLESS_METHODS }, factor: 0.1 },
        ],
      },
      {
        id: 'header-limits',
        weight: 1,
        cause:
          "The headers exceed the load balancer's limits (16 KB request line or single header, 64 KB in total), typically large cookies.",
        remedy: 'Shrink cookies and tokens; move large data into the body.',
        summary: 'the headers of {request} may be too large: shrink cookies and tokens',
        adjust: [
          { when: { method: BODYLESS_METHODS }, factor: 3 },
          { when: { sent: ['cookie'] }, factor: 1.5 },
        ],
      },
    ],
    docs: [ELB_DOCS.albTroubleshooting, ELB_DOCS.albLambdaTargets],
  },
  {
    code: 'ALB_414_URI_TOO_LONG',
    layer: 'alb',
    title: 'The URL of {request} is too long for the Application Load Balancer (414)',
    match: { status: [414], headers: FROM_ALB, absentHeaders: NOT_WAF_INTERSTITIAL },
    causes: [
      {
        id: 'url-too-long',
        weight: 1,
        cause:
          'The URL or query string is larger than the load balancer accepts, for example long filter expressions or batched IDs in the query.',
        remedy: 'Send large parameters in a POST body (or a search resource), or split the request into several.',
        summary: 'the URL of {request} is too long: move parameters into a POST body',
      },
    ],
    docs: [ELB_DOCS.albTroubleshooting],
  },
  {
    code: 'ALB_463_XFF_TOO_MANY_IPS',
    layer: 'alb',
    title: 'The X-Forwarded-For header of {request} lists too many addresses for the Application Load Balancer (463)',
    match: { status: [463], headers: FROM_ALB, absentHeaders: NOT_WAF_INTERSTITIAL },
    // No reply of this status was ever published: the status and Server header are certain, the rest is not.
    maxConfidence: 'medium',
    causes: [
      {
        id: 'xff-too-many-addresses',
        weight: 1,
        cause:
          'X-Forwarded-For holds more than 30 IP addresses: proxies or clients keep appending to it (a loop between proxies or CDNs, or clients forwarding their own X-Forwarded-For).',
        remedy:
          'Stop clients from sending or forwarding X-Forwarded-For, strip it at the first trusted proxy, and look for a loop between proxies.',
        summary: 'X-Forwarded-For lists over 30 addresses: strip it at the first proxy and look for a proxy loop',
      },
    ],
    docs: [ELB_DOCS.albTroubleshooting],
  },
  {
    code: 'ALB_464_PROTOCOL_VERSION_MISMATCH',
    layer: 'alb',
    title: "The protocol of {request} does not fit the target group's protocol version (464 from the Application Load Balancer)",
    match: { status: [464], headers: FROM_ALB, absentHeaders: NOT_WAF_INTERSTITIAL },
    causes: [
      {
        id: 'protocol-version-mismatch',
        weight: 3,
        cause:
          "The request's protocol does not fit the target group's protocol version: HTTP/1.1 to a gRPC or HTTP/2 target group, gRPC to an HTTP1 target group, or a non-POST HTTP/2 request to a gRPC target group.",
        remedy:
          "Route HTTP/1.1 traffic to an HTTP1 target group (a listener rule by path or header) and gRPC to a gRPC target group; check the target group's ProtocolVersion.",
        summary: "{request} does not fit the target group's protocol version: route it to a target group of the right protocol",
      },
      {
        id: 'cloudfront-http1-to-origin',
        weight: 1,
        cause:
          'CloudFront sits in front and speaks HTTP/1.1 to its origins, so an HTTP2 or gRPC target group behind it refuses every request.',
        remedy: 'Use ProtocolVersion HTTP1 for target groups behind CloudFront, unless gRPC is enabled on the cache behavior.',
        summary: 'CloudFront talks HTTP/1.1 to the load balancer: use an HTTP1 target group behind CloudFront',
        docs: [ELB_DOCS.cloudfrontToAlb],
        adjust: [
          { when: { replyHas: ['x-amz-cf-id'] }, factor: 10 },
          { when: { host: ['cloudfront'] }, factor: 10 },
        ],
      },
    ],
    docs: [ELB_DOCS.albTroubleshooting],
  },
  {
    code: 'ALB_500_INTERNAL',
    layer: 'alb',
    title: 'The Application Load Balancer failed internally on {request} (500 Internal Server Error from awselb/2.0)',
    match: {
      status: [500],
      headers: FROM_ALB,
      absentHeaders: NOT_WAF_INTERSTITIAL,
      bodyIncludes: albPageFragments('500 Internal Server Error'),
    },
    causes: [
      {
        id: 'waf-evaluation-error',
        weight: 2,
        cause:
          'The load balancer failed while evaluating the rules of the AWS WAF web ACL associated with it. Sporadic, and only when a web ACL is associated.',
        remedy:
          "Check the web ACL's CloudWatch metrics and logs around the time of the request; if it persists, open an AWS Support case with the time and the load balancer's ARN.",
        summary:
          'the load balancer may have failed evaluating its WAF web ACL: check WAF metrics, contact AWS Support if it persists',
        // A WAF evaluation error comes at once; a slow 500 points at the identity provider's 5 s timeout.
        adjust: [{ when: { elapsedMs: { min: 4_500 } }, factor: 0.3 }],
      },
      {
        id: 'authenticate-action-failed',
        weight: 2,
        cause:
          "A listener rule's authenticate action (OIDC or Cognito) failed: the load balancer cannot reach the identity provider's token or user-info endpoint (an internal load balancer without a NAT route, egress blocked by a security group or network ACL, a private IdP DNS name), the identity provider took longer than 5 s, or the user claims exceed 11 KB.",
        remedy:
          'Allow outbound HTTPS (443) from the load balancer to the identity provider (through a NAT gateway for internal load balancers); look up error_reason in the access logs (e.g. AuthTokenEpRequestTimeout); reduce the claims.',
        summary:
          "the load balancer's authenticate action may not reach the identity provider: allow outbound HTTPS to it, check error_reason",
        docs: [ELB_DOCS.albAuthenticate, ELB_DOCS.albAccessLogs],
        adjust: [{ when: { elapsedMs: { min: 4_500 } }, factor: 3 }],
      },
    ],
    docs: [ELB_DOCS.albTroubleshooting, ELB_DOCS.albAccessLogs],
  },
  {
    code: 'ALB_501_NOT_IMPLEMENTED',
    layer: 'alb',
    title: 'The Application Load Balancer does not support the Transfer-Encoding of {request} (501 Not Implemented)',
    match: {
      status: [501],
      headers: FROM_ALB,
      absentHeaders: NOT_WAF_INTERSTITIAL,
      bodyIncludes: albPageFragments('501 Not Implemented'),
    },
    causes: [
      {
        id: 'unsupported-transfer-encoding',
        weight: 1,
        cause:
          'The request used a Transfer-Encoding the load balancer does not support: anything but chunked or identity (for example gzip or compress).',
        remedy:
          'Send compressed bodies with Content-Encoding and use Transfer-Encoding: chunked only; check proxies between the client and the load balancer that rewrite it.',
        summary: 'the load balancer supports only Transfer-Encoding chunked: use Content-Encoding for compression',
      },
    ],
    docs: [ELB_DOCS.albTroubleshooting],
  },
  {
    code: 'ALB_502_BAD_GATEWAY',
    layer: 'alb',
    title: 'The Application Load Balancer got no valid response from the target for {request} (502 Bad Gateway)',
    match: {
      status: [502],
      headers: FROM_ALB,
      absentHeaders: NOT_WAF_INTERSTITIAL,
      bodyIncludes: albPageFragments('502 Bad Gateway'),
    },
    causes: [
      {
        id: 'keep-alive-race',
        weight: 4,
        cause:
          "The target closed an idle keep-alive connection just as the load balancer sent this request on it: the target's keep-alive timeout is shorter than the load balancer's idle timeout (60 s by default; Node.js servers default to 5 s). It shows as a small, steady share of 502s that do not follow load, answered at once.",
        remedy:
          "Make the target's keep-alive timeout longer than the load balancer's idle timeout: Node.js `server.keepAliveTimeout = 65000; server.headersTimeout = 66000`, gunicorn `--keep-alive 75`, nginx `keepalive_timeout 75s`. Retry idempotent requests once.",
        summary:
          'the target may close keep-alive connections before the load balancer does: set its keep-alive timeout above the idle timeout (e.g. 65 s)',
        docs: [ELB_DOCS.alb502, ELB_DOCS.albIdleTimeout],
        // The race fails at once; a 502 after seconds of waiting is something else.
        adjust: [{ when: { elapsedMs: { min: 5_000 } }, factor: 0.1 }],
      },
      {
        id: 'lambda-target-error',
        weight: 2,
        cause:
          'The target is a Lambda function and the invocation failed: an unhandled error, throttling, a timeout, a response over 1 MB, or a malformed response object (no statusCode, a body that is not a string, a wrong isBase64Encoded).',
        remedy:
          "Return {statusCode, statusDescription, headers, body, isBase64Encoded} with a string body under 1 MB; check the function's CloudWatch logs and the access log's error_reason (LambdaInvalidResponse, LambdaUnhandled, LambdaThrottling, LambdaResponseTooLarge).",
        summary:
          "a Lambda target may have failed or returned a malformed response: check the function's logs and error_reason in the access log",
        docs: [ELB_DOCS.albLambdaTargets, ELB_DOCS.albAccessLogs],
        adjust: [{ when: { elapsedMs: { min: 5_000 } }, factor: 3 }],
      },
      {
        id: 'target-unreachable',
        weight: 2,
        cause:
          "The target refused or reset the connection: the application is not listening or crashed, the target group uses the wrong port, the targets' security group does not admit the load balancer, or the TLS handshake with an HTTPS target failed.",
        remedy:
          "Check target health (`aws elbv2 describe-target-health --target-group-arn <arn>`), the port the application listens on, and that the targets' security group allows the load balancer's security group on the traffic and health-check ports.",
        summary:
          'the target may refuse connections (not listening, wrong port, security group): check target health and security groups',
        docs: [ELB_DOCS.alb502],
        adjust: [{ when: { elapsedMs: { min: 5_000 } }, factor: 0.3 }],
      },
      {
        id: 'malformed-target-response',
        weight: 1,
        cause:
          'The target answered with something the load balancer cannot relay: invalid headers, response headers over 32 KB, or a connection cut during a deployment after the deregistration delay ran out.',
        remedy:
          'Validate response headers (size, characters); raise the deregistration delay (deregistration_delay.timeout_seconds) and drain connections gracefully on deploy.',
        summary:
          'the target may send invalid or oversized headers, or be cut off during deploys: check its responses and the deregistration delay',
        docs: [ELB_DOCS.alb502],
      },
    ],
    docs: [ELB_DOCS.albTroubleshooting, ELB_DOCS.alb502, ELB_DOCS.albAccessLogs],
  },
  {
    code: 'ALB_503_NO_TARGETS',
    layer: 'alb',
    title: 'The Application Load Balancer has no target to send {request} to (503 Service Temporarily Unavailable)',
    match: {
      status: [503],
      headers: FROM_ALB,
      absentHeaders: NOT_WAF_INTERSTITIAL,
      bodyIncludes: albPageFragments('503 Service Temporarily Unavailable'),
    },
    causes: [
      {
        id: 'no-registered-targets',
        weight: 5,
        cause:
          "The target group the matching listener rule forwards to has no registered targets: the service scaled to zero, a deployment replaced every task, ECS or EKS targets never registered (on EKS often the AWS Load Balancer Controller failing on a node's providerID), or the rule points at the wrong target group. Unhealthy targets do not cause this: with all targets unhealthy the load balancer fails open and routes to them anyway.",
        remedy:
          '`aws elbv2 describe-target-health --target-group-arn <arn>`: an empty list means nothing is registered. Register the targets or fix service discovery (ECS service events, the Load Balancer Controller logs), and check which target group the rule forwards to (`aws elbv2 describe-rules --listener-arn <arn>`).',
        summary:
          'the target group behind {request} may have no registered targets: run aws elbv2 describe-target-health and register them',
        docs: [ELB_DOCS.alb503],
      },
      {
        id: 'targets-not-in-use',
        weight: 1.5,
        cause:
          'Targets are registered only in Availability Zones the load balancer is not enabled for (target state unused, reason Target.NotInUse), or cross-zone load balancing is off for the target group.',
        remedy:
          'Enable those Availability Zones (subnets) on the load balancer, register targets in every enabled zone, or turn on cross-zone load balancing for the target group.',
        summary:
          'the targets may sit in Availability Zones the load balancer does not use: enable the zones or cross-zone load balancing',
        docs: [ELB_DOCS.alb503],
      },
    ],
    docs: [ELB_DOCS.albTroubleshooting, ELB_DOCS.alb503],
  },
  {
    code: 'ALB_504_GATEWAY_TIMEOUT',
    layer: 'alb',
    title: 'The Application Load Balancer timed out waiting for the target on {request} (504 Gateway Time-out)',
    match: {
      status: [504],
      headers: FROM_ALB,
      absentHeaders: NOT_WAF_INTERSTITIAL,
      bodyIncludes: albPageFragments('504 Gateway Time-out'),
    },
    causes: [
      {
        id: 'target-too-slow',
        weight: 4,
        cause:
          "The target accepted the request but did not answer within the load balancer's idle timeout (60 s by default, up to 4,000 s when raised).",
        remedy:
          "Make the handler faster or asynchronous (answer 202 and let the client poll); only then raise the idle timeout (`aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=idle_timeout.timeout_seconds,Value=120`), keeping the target's keep-alive timeout above it.",
        summary: 'the target took longer than the idle timeout (60 s by default): speed up the handler or make it asynchronous',
        docs: [ELB_DOCS.alb504, ELB_DOCS.albIdleTimeout],
        adjust: [
          { when: { elapsedMs: { min: 55_000 } }, factor: 4 },
          { when: { elapsedMs: { min: 8_000, max: 13_000 } }, factor: 0.3 },
        ],
      },
      {
        id: 'connect-timeout',
        weight: 3,
        cause:
          'The load balancer could not connect to the target within 10 s: a security group or network ACL blocks the traffic (including the ephemeral return ports 1024-65535), the target is overloaded, or the TLS handshake with an HTTPS target timed out.',
        remedy:
          "Allow the load balancer's security group on the target port in the targets' security group and the ephemeral ports in the subnets' network ACLs; check TargetConnectionErrorCount in CloudWatch and scale out the targets.",
        summary: 'the load balancer may not reach the target within 10 s: check security groups, network ACLs and target load',
        docs: [ELB_DOCS.alb504],
        // The connection attempt always gives up after 10 s.
        adjust: [
          { when: { elapsedMs: { min: 8_000, max: 13_000 } }, factor: 8 },
          { when: { elapsedMs: { min: 55_000 } }, factor: 0.1 },
          { when: { elapsedMs: { max: 8_000 } }, factor: 0.2 },
        ],
      },
      {
        id: 'incomplete-target-response',
        weight: 1,
        cause: 'The target announced a Content-Length larger than the body it sent, or a Lambda target did not answer in time.',
        remedy: "Let the framework compute Content-Length; check the Lambda function's duration and timeout.",
        summary:
          'the target may send less than its Content-Length, or a Lambda target may time out: check the response and function duration',
        docs: [ELB_DOCS.alb504],
      },
    ],
    docs: [ELB_DOCS.albTroubleshooting, ELB_DOCS.alb504],
  },
  {
    code: 'ALB_505_VERSION_NOT_SUPPORTED',
    layer: 'alb',
    title: 'The Application Load Balancer refused the HTTP version of {request} (505)',
    match: { status: [505], headers: FROM_ALB, absentHeaders: NOT_WAF_INTERSTITIAL },
    causes: [
      {
        id: 'http-version-mismatch',
        weight: 1,
        cause:
          'The client or a proxy used an HTTP version the connection does not allow, for example HTTP/2 frames without negotiation (h2c prior knowledge) on an HTTP/1.1 connection, or a malformed version string.',
        remedy:
          "Negotiate HTTP/2 through ALPN over TLS (an HTTPS listener) and do not force h2c; check the HTTP client's or proxy's protocol settings.",
        summary: 'the HTTP version of {request} does not fit the connection: negotiate HTTP/2 over TLS, do not force h2c',
      },
    ],
    docs: [ELB_DOCS.albTroubleshooting],
  },
  {
    code: 'ALB_507_REDIRECT_URL_TOO_LONG',
    layer: 'alb',
    title: 'A redirect rule of the Application Load Balancer built a URL too long for {request} (507)',
    match: { status: [507], headers: FROM_ALB, absentHeaders: NOT_WAF_INTERSTITIAL },
    causes: [
      {
        id: 'redirect-url-too-long',
        weight: 1,
        cause:
          'A redirect action built a URL that is too long, typically an HTTP-to-HTTPS redirect that copies a very long path or query string into the new URL. ALB reuses 507 for this.',
        remedy:
          'Shorten the URL or query string (send large parameters in a POST body), call the HTTPS URL directly, or simplify the redirect template.',
        summary: 'a redirect rule produced a URL that is too long: shorten the query or call the target URL directly',
      },
    ],
    docs: [ELB_DOCS.albTroubleshooting],
  },
  {
    code: 'ALB_561_IDP_ERROR',
    layer: 'alb',
    title: 'The identity provider refused the login the load balancer started for {request} (561)',
    match: { status: [561], headers: FROM_ALB, absentHeaders: NOT_WAF_INTERSTITIAL },
    causes: [
      {
        id: 'idp-error',
        weight: 1,
        cause:
          'The authenticate action got an error from the identity provider while authenticating the user: a wrong client secret, a redirect URI not registered with the IdP, or a user who denied consent.',
        remedy:
          "Look up error_reason in the access logs and the identity provider's own logs; register https://<load balancer DNS name or domain>/oauth2/idpresponse as a callback URL and check the client ID and secret of the authenticate action.",
        summary:
          'the identity provider returned an error: check the client secret and that /oauth2/idpresponse is a registered callback URL',
        docs: [ELB_DOCS.albAuthenticate, ELB_DOCS.albAccessLogs],
      },
    ],
    docs: [ELB_DOCS.albTroubleshooting, ELB_DOCS.albAuthenticate],
  },
  {
    code: 'ALB_FIXED_RESPONSE',
    layer: 'alb',
    title:
      "The Application Load Balancer answered {request} itself, most likely with a listener rule's fixed response: no target saw it",
    // The fallback for awselb/2.0 replies no page-specific signature claims. It scores below all of them.
    match: { status: FIXED_RESPONSE_STATUSES, headers: FROM_ALB, absentHeaders: [...NOT_WAF_INTERSTITIAL, 'grpc-status'] },
    // awselb/2.0 proves the load balancer answered; which of its features did (a fixed response, a WAF custom
    // response) is an inference.
    maxConfidence: 'medium',
    causes: FIXED_RESPONSE_CAUSES,
    docs: [ELB_DOCS.cloudfrontToAlb, ELB_DOCS.albAccessLogs],
  },
  ...clbSignatures,
]

/** The canonical reply of each signature above, by code, exactly as AWS sends it. */
export function albExamples(): Examples {
  return {
    ALB_400_BAD_REQUEST: pageExample('400 Bad Request', 'Mon, 10 Mar 2025 12:00:01 GMT', {
      method: 'GET',
      url: `${ALB_URL}/api/profile`,
    }),
    ALB_401_AUTH_DENIED: bareExample(401, 'Mon, 10 Mar 2025 12:01:10 GMT', { method: 'GET', url: `${SITE_URL}/api/me` }),
    ALB_405_METHOD_NOT_ALLOWED: pageExample('405 Method Not Allowed', 'Mon, 10 Mar 2025 12:02:20 GMT', {
      method: 'TRACE',
      url: `${ALB_URL}/`,
    }),
    ALB_408_REQUEST_TIMEOUT: {
      ...bareExample(408, 'Mon, 10 Mar 2025 12:03:30 GMT', { method: 'PUT', url: `${SITE_URL}/api/files/report.pdf` }),
      elapsedMs: 60_150,
    },
    ALB_413_PAYLOAD_TOO_LARGE: bareExample(413, 'Mon, 10 Mar 2025 12:04:40 GMT', {
      method: 'POST',
      url: `${SITE_URL}/api/images`,
    }),
    ALB_414_URI_TOO_LONG: bareExample(414, 'Mon, 10 Mar 2025 12:05:50 GMT', { method: 'GET', url: `${SITE_URL}/api/items` }),
    ALB_463_XFF_TOO_MANY_IPS: bareExample(463, 'Mon, 10 Mar 2025 12:06:10 GMT', { method: 'GET', url: `${SITE_URL}/` }),
    ALB_464_PROTOCOL_VERSION_MISMATCH: bareExample(464, 'Mon, 10 Mar 2025 12:07:20 GMT', {
      method: 'GET',
      url: `${ALB_URL}/helloworld.Greeter/SayHello`,
    }),
    ALB_500_INTERNAL: pageExample(
      '500 Internal Server Error',
      'Mon, 10 Mar 2025 12:08:30 GMT',
      { method: 'GET', url: `${SITE_URL}/dashboard` },
      5_140,
    ),
    ALB_501_NOT_IMPLEMENTED: pageExample('501 Not Implemented', 'Mon, 10 Mar 2025 12:09:40 GMT', {
      method: 'POST',
      url: `${ALB_URL}/ingest`,
    }),
    ALB_502_BAD_GATEWAY: pageExample(
      '502 Bad Gateway',
      'Mon, 10 Mar 2025 12:10:50 GMT',
      { method: 'GET', url: `${SITE_URL}/api/orders` },
      38,
    ),
    ALB_503_NO_TARGETS: pageExample('503 Service Temporarily Unavailable', 'Mon, 10 Mar 2025 12:11:55 GMT', {
      method: 'GET',
      url: `${ALB_URL}/health`,
    }),
    ALB_504_GATEWAY_TIMEOUT: pageExample(
      '504 Gateway Time-out',
      'Mon, 10 Mar 2025 12:13:01 GMT',
      { method: 'POST', url: `${SITE_URL}/api/reports` },
      60_004,
    ),
    ALB_505_VERSION_NOT_SUPPORTED: bareExample(505, 'Mon, 10 Mar 2025 12:14:10 GMT', {
      method: 'GET',
      url: `http://my-app-alb-1234567890.eu-west-1.elb.amazonaws.com/`,
    }),
    ALB_507_REDIRECT_URL_TOO_LONG: bareExample(507, 'Mon, 10 Mar 2025 12:15:20 GMT', {
      method: 'GET',
      url: `http://shop.example.com/search`,
    }),
    ALB_561_IDP_ERROR: bareExample(561, 'Mon, 10 Mar 2025 12:16:30 GMT', {
      method: 'GET',
      url: `${SITE_URL}/oauth2/idpresponse`,
    }),
    ALB_FIXED_RESPONSE: {
      status: 403,
      headers: {
        Server: 'awselb/2.0',
        Date: 'Mon, 10 Mar 2025 12:17:40 GMT',
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Length': '13',
        'X-Cache': 'Error from cloudfront',
        Via: '1.1 9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b.cloudfront.net (CloudFront)',
        'X-Amz-Cf-Pop': 'CDG50-C1',
        'X-Amz-Cf-Id': 'ExampleCfIdForFixedResponse0123456789abcdefABCDEFghij==',
      },
      body: 'Access denied',
      request: { method: 'GET', url: `${SITE_URL}/api/cart` },
    },
  }
}
