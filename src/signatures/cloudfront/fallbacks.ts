/**
 * The low-scoring fallbacks of the CloudFront layer: a CloudFront page whose sentence no other signature
 * knows, a CloudFront error without a body, and an origin error that CloudFront only relayed.
 *
 * Their scores are kept below every specific signature (src/engine/match.ts): the page fallback scores only on
 * `bodyIncludesAny` (5) and its status (5), plus the layer (8) when `Server: CloudFront` is visible, so any
 * specific body match (30 or more) beats it, including AWS WAF's "Request blocked." page.
 * @module
 */
import type { Examples, Signature } from '../../types.ts'
import { ANY_CLOUDFRONT_PAGE, CF_DOCS, cloudfrontHeaders, cloudfrontPage, ERROR_STATUSES } from './shared.ts'

/**
 * 401-599 but 413: 400 and 413 pages have their own status-keyed signatures, which would otherwise tie.
 * The status is listed at all so that this fallback (5 + 5 + 8) beats the relayed-origin fallback (15)
 * on a CloudFront page that also carries `X-Cache: Error from cloudfront`.
 */
const GENERIC_PAGE_STATUSES = ERROR_STATUSES.filter((status) => status > 400 && status !== 413)

/** 4xx and 5xx but 429. */
const NO_BODY_STATUSES = ERROR_STATUSES.filter((status) => status !== 429)

const LOOK_UP_REQUEST =
  "Look the request up by its CloudFront request ID (the page's Request ID, or the X-Amz-Cf-Id header) and edge location (X-Amz-Cf-Pop) in the distribution's standard or real-time logs: x-edge-detailed-result-type names the reason. AWS Support needs both IDs too."

export const fallbackSignatures: readonly Signature[] = [
  {
    code: 'CLOUDFRONT_ERROR_PAGE_GENERIC',
    layer: 'cloudfront',
    title: 'CloudFront answered {request} with an error page of its own',
    match: { status: GENERIC_PAGE_STATUSES, bodyIncludesAny: ANY_CLOUDFRONT_PAGE, distinctive: true },
    causes: [
      {
        id: 'cloudfront-refused-or-failed',
        weight: 2,
        cause:
          'CloudFront itself refused or failed the request (the origin did not write this page). The sentence under "The request could not be satisfied." names the reason, but it is not one apigw-doctor knows.',
        remedy: LOOK_UP_REQUEST,
        summary: 'CloudFront refused or failed {request} itself: look up the request ID in the distribution logs',
        docs: [CF_DOCS.errors, CF_DOCS.standardLogs],
      },
      {
        id: 'origin-unreachable',
        weight: 1,
        cause:
          'CloudFront could not get a usable response from the origin: the connection, the TLS handshake or the DNS lookup failed, or the origin sent an invalid response.',
        remedy:
          "Call the origin directly (`curl -v https://<origin-domain>/<path>`), check the origin's protocol policy, ports, certificate and security groups, and its logs at this time.",
        summary: 'CloudFront could not get a valid response from the origin: test the origin directly',
        docs: [CF_DOCS.http502, CF_DOCS.http504],
        adjust: [{ when: { status: [502, 504] }, factor: 5 }],
      },
      {
        id: 'lambda-edge-failed',
        weight: 0.3,
        cause:
          'A Lambda@Edge function associated with the behavior failed, was throttled or returned an invalid result, as the page says. With the X-Cache header visible, apigw-doctor would name which.',
        remedy:
          "Read the function's logs in CloudWatch Logs of the Region that ran it (/aws/lambda/us-east-1.<function-name>, and /aws/cloudfront/LambdaEdge/<distribution-id> for validation errors); check that the association uses a numbered version in us-east-1 and that its role trusts edgelambda.amazonaws.com.",
        summary: 'a Lambda@Edge function of the behavior failed: read its logs in the edge Region',
        docs: [CF_DOCS.lambdaEdgeDebugging, CF_DOCS.http503],
        adjust: [{ when: { messageIncludes: 'The Lambda function' }, factor: 100 }],
      },
      {
        id: 'cloudfront-function-failed',
        weight: 0.3,
        cause: 'A CloudFront Function associated with the behavior failed or could not run, as the page says.',
        remedy:
          'Reproduce with `aws cloudfront test-function --stage LIVE` and an event like this request; check that the function is published and guards every header and query access.',
        summary: 'a CloudFront Function of the behavior failed: reproduce it with aws cloudfront test-function',
        docs: [CF_DOCS.testFunction, CF_DOCS.http503],
        adjust: [{ when: { messageIncludes: 'The CloudFront function' }, factor: 100 }],
      },
      {
        id: 'edge-capacity-exceeded',
        weight: 0.3,
        cause:
          'CloudFront had no capacity for the request at this edge location, or a CloudFront quota was exceeded (rare; typically during load tests from few addresses).',
        remedy:
          'Retry with backoff; spread load tests across Regions and ramp up gradually; contact AWS Support with the request IDs if it happens in production.',
        summary: 'CloudFront may have run out of capacity at this edge location: retry with backoff',
        docs: [CF_DOCS.http503],
        adjust: [{ when: { status: [503] }, factor: 10 }],
      },
      {
        id: 'request-refused',
        weight: 0.5,
        cause:
          'CloudFront refused the request before contacting the origin: a WAF rule, a geographic restriction, a host it does not serve, or a disallowed method.',
        remedy: `Read the sentence on the page. ${LOOK_UP_REQUEST}`,
        summary: 'CloudFront refused {request} at the edge: read the page and the distribution logs',
        docs: [CF_DOCS.http403, CF_DOCS.kc403],
        adjust: [{ when: { status: [403] }, factor: 6 }],
      },
      {
        id: 'request-headers-too-large',
        weight: 0.2,
        cause: "The request's headers or cookies are too large for CloudFront.",
        remedy: 'Shrink cookies and tokens, and move large data into the body.',
        summary: 'the request headers or cookies are too large: shrink them',
        docs: [CF_DOCS.requestLimits],
        adjust: [{ when: { status: [494] }, factor: 50 }],
      },
    ],
    docs: [CF_DOCS.errors, CF_DOCS.standardLogs],
  },
  {
    code: 'CLOUDFRONT_ERROR_NO_BODY',
    layer: 'cloudfront',
    title: 'CloudFront itself answered {request} with an error, and the reply has no body to say which',
    // Server: CloudFront marks a reply CloudFront authored; without a body (HEAD, an unread stream) only the
    // status is left to rank the causes. No 429: CloudFront never sends one itself, an empty 429 under its
    // Server header is a WAF rule's custom response (WAF_CUSTOM_RESPONSE, 20). No WAF interstitial either
    // (x-amzn-waf-action: challenge or captcha, 28). Scores 30, below the edge-function and 494 signatures
    // (43), which test the X-Cache header as well.
    match: {
      status: NO_BODY_STATUSES,
      headers: { server: 'CloudFront' },
      emptyBody: true,
      absentHeaders: ['x-amzn-waf-action'],
    },
    causes: [
      {
        id: 'unknown-edge-error',
        weight: 1,
        cause: "CloudFront answered with an error of its own; without the page's sentence the reason is not visible.",
        remedy: `Repeat the request with GET (not HEAD) and read the body: CloudFront's page names the reason. ${LOOK_UP_REQUEST}`,
        summary: 'CloudFront answered with an error of its own: read the body (not HEAD) or look up the request ID',
        docs: [CF_DOCS.errors, CF_DOCS.standardLogs],
      },
      {
        id: 'edge-refused',
        weight: 0.2,
        cause:
          'CloudFront refused the request before contacting the origin: a geographic restriction, a WAF rule, a host it does not serve, a disallowed method, or a missing or invalid signed URL.',
        remedy: `Repeat the request with GET and read the body, which names which one. ${LOOK_UP_REQUEST}`,
        summary: 'CloudFront refused {request} at the edge: read the body to see why',
        docs: [CF_DOCS.http403, CF_DOCS.kc403],
        adjust: [{ when: { status: [403] }, factor: 30 }],
      },
      {
        id: 'origin-connection',
        weight: 0.2,
        cause:
          'CloudFront could not connect to the origin, or the origin sent an invalid response (protocol policy, TLS, DNS or firewall).',
        remedy:
          "Call the origin directly (`curl -v https://<origin-domain>/<path>`) and check the origin's protocol policy, certificate and security groups.",
        summary: 'CloudFront could not reach the origin: test the origin directly',
        docs: [CF_DOCS.http502],
        adjust: [{ when: { status: [502] }, factor: 30 }],
      },
      {
        id: 'edge-function-or-capacity',
        weight: 0.2,
        cause:
          'An edge function failed or was throttled, or CloudFront had no capacity; the X-Cache header names an edge-function failure when there is one.',
        remedy: "Check the X-Cache header and the edge functions' logs; retry with backoff.",
        summary: 'an edge function or CloudFront capacity failed: check X-Cache and the function logs',
        docs: [CF_DOCS.http503],
        adjust: [{ when: { status: [503] }, factor: 30 }],
      },
      {
        id: 'origin-timeout',
        weight: 0.2,
        cause: 'The origin did not answer (or accept the connection) in time.',
        remedy: "Check the origin's latency and CloudFront's origin response and connection timeouts.",
        summary: 'the origin did not answer in time: check its latency and the origin timeouts',
        docs: [CF_DOCS.http504],
        adjust: [{ when: { status: [504] }, factor: 30 }],
      },
      {
        id: 'request-rejected',
        weight: 0.2,
        cause: 'CloudFront found the request malformed or too large (URL, headers or cookies).',
        remedy: 'Check URL encoding and the size of cookies and tokens.',
        summary: 'CloudFront found {request} malformed or too large: check encoding and header sizes',
        docs: [CF_DOCS.http400, CF_DOCS.requestLimits],
        adjust: [{ when: { status: [400, 413, 494] }, factor: 30 }],
      },
    ],
    docs: [CF_DOCS.errors, CF_DOCS.standardLogs],
  },
  {
    code: 'CLOUDFRONT_ORIGIN_ERROR_PASSTHROUGH',
    // The origin wrote this reply and CloudFront only relayed it, so the answering layer is not known. With
    // 'cloudfront' here, Server: CloudFront would add the layer bonus (8) and let this fallback beat the
    // CloudFront page fallback; the engine cannot test "Server is not CloudFront".
    layer: 'unknown',
    title: 'The origin answered {request} with this error; CloudFront only relayed it',
    // Deliberately weak (one header test, 15): every origin signature (API Gateway, ALB, S3) that recognises
    // the body scores higher. The test also matches edge-function X-Cache values ("LambdaExecutionError from
    // cloudfront" contains "Error from cloudfront"); those signatures score 28.
    match: { headers: { 'x-cache': 'Error from cloudfront' } },
    causes: [
      {
        id: 'origin-returned-error',
        weight: 5,
        cause:
          "Your origin (API Gateway, a load balancer, S3 or your application) produced this error and CloudFront passed it on: the body and headers are the origin's. CloudFront sets X-Cache: Error from cloudfront on every error reply, not only on its own.",
        remedy:
          "Diagnose it as an origin error: call the origin directly with the same path and headers and read the origin's logs. x-amzn-RequestId or x-amz-apigw-id (API Gateway), Server: awselb/2.0 (load balancer) or x-amz-request-id (S3) tell which origin answered.",
        summary: 'the origin returned this error and CloudFront relayed it: diagnose the origin',
        docs: [CF_DOCS.statusCodes],
      },
      {
        id: 'cached-error',
        weight: 1,
        cause:
          'CloudFront served a cached copy of an earlier origin error: it caches 404, 414 and 500-504 (and some 4xx when the origin sends Cache-Control) for the Error caching minimum TTL, 10 seconds by default. The origin may already have recovered.',
        remedy:
          'Retry after the TTL; for API behaviors set the Error caching minimum TTL to 0 (Error pages > Create custom error response; CloudFormation CustomErrorResponses[].ErrorCachingMinTTL: 0).',
        summary: 'CloudFront served a cached error (Age header): retry, and set the error caching TTL to 0 for APIs',
        docs: [CF_DOCS.statusCodes, CF_DOCS.customErrorResponses],
        adjust: [{ when: { replyHas: ['age'] }, factor: 10 }],
      },
      {
        id: 'custom-error-response',
        weight: 0.3,
        cause:
          "A custom error response replaced the origin's error, for example a single-page-app fallback that maps 403 and 404 to /index.html with status 200, so an API call receives HTML.",
        remedy:
          'Keep custom error responses away from API paths: serve the API from its own distribution or route SPA fallbacks with a CloudFront Function instead of distribution-wide 403/404 mappings.',
        summary: 'a custom error response rewrote the origin error: keep SPA fallbacks away from API paths',
        docs: [CF_DOCS.customErrorResponses],
        adjust: [{ when: { status: [200] }, factor: 100 }],
      },
    ],
    docs: [CF_DOCS.statusCodes, CF_DOCS.customErrorResponses],
  },
]

/** The canonical reply of each signature above, by code, exactly as AWS sends it. */
export function fallbackExamples(): Examples {
  return {
    CLOUDFRONT_ERROR_PAGE_GENERIC: {
      status: 502,
      headers: cloudfrontHeaders('Error from cloudfront', 'Gn4Ee8Nn2Ee6Rr0Ii4Cc8Pp2Aa6Gg0Ee4Ff8Aa2Ll6Ll-Bb0Aa4Cc=='),
      body: cloudfrontPage(
        502,
        "CloudFront couldn't connect to the origin or the origin returned an incorrect response.",
        'Gn4Ee8Nn2Ee6Rr0Ii4Cc8Pp2Aa6Gg0Ee4Ff8Aa2Ll6Ll-Bb0Aa4Cc==',
      ),
      request: { method: 'GET', url: 'https://files.example.com/reports/2024.csv' },
    },
    CLOUDFRONT_ERROR_NO_BODY: {
      status: 403,
      headers: cloudfrontHeaders('Error from cloudfront', 'Nb5Oo9Dd3Yy7Hh1Ee5Aa9Dd3Rr7Ee1Qq5Uu9Ee3Ss7Tt-Ss1Oo5Nn=='),
      body: '',
      request: { method: 'HEAD', url: 'https://downloads.example.com/setup.exe' },
    },
    // An S3 origin's empty 404 as relayed (the shape of a captured Amplify reply): nothing in the body,
    // only the origin's Server header and CloudFront's relay headers.
    CLOUDFRONT_ORIGIN_ERROR_PASSTHROUGH: {
      status: 404,
      headers: {
        'content-length': '0',
        server: 'AmazonS3',
        'x-cache': 'Error from cloudfront',
        via: '1.1 fedcba9876543210fedcba9876543210.cloudfront.net (CloudFront)',
        'x-amz-cf-pop': 'FRA56-P5',
        'x-amz-cf-id': 'Or1Ii5Gg9Ii3Nn7Ee1Rr5Rr9Oo3Rr7Pp1Aa5Ss9Ss3Tt-Hh7Rr1Uu==',
      },
      body: '',
      request: { method: 'GET', url: 'https://www.example.com/pricing' },
    },
  }
}
