/**
 * CloudFront's own pages for a request it refused before contacting the origin: method not allowed, host
 * not served, malformed, geo-blocked, too large, misdirected.
 * @module
 */
import type { Examples, Signature } from '../../types.ts'
import {
  ANY_AUTH,
  ANY_CLOUDFRONT_PAGE,
  CF_DOCS,
  cloudfrontHeaders,
  cloudfrontPage,
  NGINX_FOOTERS,
  PAGE_HEADING,
} from './shared.ts'

const METHOD_SENTENCE = 'This distribution is not configured to allow the HTTP request method that was used for this request.'
const BAD_REQUEST_SENTENCE = 'Bad request.'
const GEO_SENTENCE = 'The Amazon CloudFront distribution is configured to block access from your country.'

export const requestPageSignatures: readonly Signature[] = [
  {
    code: 'CLOUDFRONT_METHOD_NOT_ALLOWED',
    layer: 'cloudfront',
    title: 'The CloudFront behavior that matches {request} does not allow this HTTP method (403)',
    // The first sentence only: the 2018 capture has "<H1>ERROR</H1>" without a status and no footer at all.
    match: { bodyIncludes: [METHOD_SENTENCE], distinctive: true },
    causes: [
      {
        id: 'request-falls-to-static-behavior',
        weight: 5,
        cause:
          'The path matches a behavior that only allows GET and HEAD, usually the default (*) behavior in front of S3, because the API behavior (such as /api/*) is missing or its path pattern does not match this path.',
        remedy:
          "List the behaviors and their path patterns (`aws cloudfront get-distribution-config --id <distribution-id> --query 'DistributionConfig.CacheBehaviors.Items[].[PathPattern,AllowedMethods.Items]'`), add or fix the API behavior so it precedes Default (*), and give it all methods with cache policy Managed-CachingDisabled and origin request policy Managed-AllViewerExceptHostHeader.",
        summary: "{path} falls to a GET/HEAD-only behavior: add or fix the API behavior's path pattern",
        docs: [CF_DOCS.http403Method],
      },
      {
        id: 'api-behavior-get-head-only',
        weight: 3,
        cause:
          "The API's behavior exists but was created with the default allowed methods GET, HEAD, so every other method is refused.",
        remedy:
          'Set Allowed HTTP methods to GET, HEAD, OPTIONS, PUT, POST, PATCH, DELETE on that behavior (CloudFormation AllowedMethods: [GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE]; Terraform allowed_methods; CDK allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL).',
        summary: 'the behavior allows only GET and HEAD: allow all methods on the API behavior',
        docs: [CF_DOCS.http403Method],
      },
      {
        id: 'preflight-not-allowed',
        weight: 0.5,
        cause: "The behavior does not allow OPTIONS, so the browser's CORS preflight is refused before it reaches the API.",
        remedy:
          'Allow OPTIONS on the API behavior (GET, HEAD, OPTIONS at least; all methods for an API) and forward the CORS request headers to the origin.',
        summary: 'the behavior refuses the CORS preflight (OPTIONS): allow OPTIONS on the API behavior',
        docs: [CF_DOCS.http403Method],
        adjust: [{ when: { method: ['OPTIONS'] }, factor: 30 }],
      },
    ],
    docs: [CF_DOCS.http403Method, CF_DOCS.standardLogs],
  },
  {
    code: 'CLOUDFRONT_HOST_NOT_SERVED',
    layer: 'cloudfront',
    title: 'CloudFront refused {request}: no distribution serves {host}, or the request shape is refused (403 Bad request.)',
    // "Bad request." with 403; the same sentence with 400 is CLOUDFRONT_BAD_REQUEST_400.
    match: { status: [403], bodyIncludes: [PAGE_HEADING, BAD_REQUEST_SENTENCE], distinctive: true },
    // The page copied from the screen, its heading cut: the sentence beside any line CloudFront draws.
    alsoMatch: [{ status: [403], bodyIncludes: [BAD_REQUEST_SENTENCE], bodyIncludesAny: ANY_CLOUDFRONT_PAGE, distinctive: true }],
    // The reference rates this mapping medium: the same sentence also covers request shapes CloudFront refuses.
    maxConfidence: 'medium',
    causes: [
      {
        id: 'alias-not-configured',
        weight: 5,
        cause:
          "The host name's DNS points at CloudFront, but the name is not an alternate domain name (CNAME) of any distribution: it was never added, was removed, moved to another distribution, or the distribution was deleted. Every path on that host fails (also the fingerprint of a dangling CNAME).",
        remedy:
          "Add the host name to the distribution's Alternate domain names with a matching ACM certificate in us-east-1 (console: General > Settings > Edit; CloudFormation DistributionConfig.Aliases; Terraform aliases), or fix the DNS record to alias the right dxxxx.cloudfront.net name and remove dangling CNAMEs.",
        summary: '{host} is not an alternate domain name of any distribution: add it to the distribution or fix its DNS',
        docs: [CF_DOCS.http403, CF_DOCS.cnames],
        // The distribution's own dxxxx.cloudfront.net name is always served.
        adjust: [{ when: { host: ['cloudfront'] }, factor: 0.2 }],
      },
      {
        id: 'host-header-overridden',
        weight: 1.5,
        cause:
          'The client overrides the Host header (a proxy, an SDK endpoint override, or a request to a CloudFront IP address), so CloudFront looks up a host name that no distribution serves.',
        remedy: 'Do not set Host yourself: call the URL of the host you mean and let the client derive Host from it.',
        summary: 'the request sets its own Host header: remove it and call the real host name',
        docs: [CF_DOCS.http403],
        adjust: [{ when: { sent: ['host'] }, factor: 10 }],
      },
      {
        id: 'get-with-body',
        weight: 1,
        cause: 'CloudFront refuses a GET (or HEAD) request that carries a body.',
        remedy: 'Send GET without a body: put the parameters in the query string, or use POST on a behavior that allows it.',
        summary: 'CloudFront refuses a GET with a body: move the parameters to the query string',
        docs: [CF_DOCS.http403],
        adjust: [
          { when: { method: ['GET', 'HEAD'], sent: ['content-length'] }, factor: 20 },
          { when: { method: ['GET', 'HEAD'], sent: ['transfer-encoding'] }, factor: 20 },
        ],
      },
      {
        id: 'http-to-https-only',
        weight: 0.5,
        cause: 'The request used plain HTTP on a behavior whose viewer protocol policy is HTTPS Only.',
        remedy: 'Call the https:// URL (or set the viewer protocol policy to Redirect HTTP to HTTPS).',
        summary: 'the behavior may accept HTTPS only: call the https:// URL',
        docs: [CF_DOCS.http403],
      },
    ],
    docs: [CF_DOCS.http403, CF_DOCS.kc403, CF_DOCS.cnames],
  },
  {
    code: 'CLOUDFRONT_BAD_REQUEST_400',
    layer: 'cloudfront',
    title: 'CloudFront rejected {request} as malformed before contacting the origin (400)',
    // Any CloudFront-authored page with 400: the "Bad request." page, or the nginx-style page some 400s use.
    match: { status: [400], bodyIncludesAny: ANY_CLOUDFRONT_PAGE, distinctive: true },
    causes: [
      {
        id: 'malformed-request',
        weight: 5,
        cause:
          'The request is malformed for CloudFront: invalid characters or encoding in the URL or a header value, duplicate or oversized header fields, invalid HTTP/2 pseudo-headers or broken chunked encoding.',
        remedy:
          "Log the exact outgoing request (URL and header names and values); percent-encode reserved characters (encodeURIComponent for path and query parts) and strip control characters. The distribution's standard logs give x-edge-detailed-result-type for this request ID.",
        summary: 'CloudFront found {request} malformed: check URL encoding and header values',
        docs: [CF_DOCS.http400, CF_DOCS.standardLogs],
        adjust: [{ when: { path: ['unencoded'] }, factor: 3 }],
      },
      {
        id: 'field-level-encryption',
        weight: 0.5,
        cause:
          'Field-level encryption on this behavior rejected the POST body (wrong content type or a field it cannot encrypt).',
        remedy:
          "Check the field-level encryption profile of the behavior and the request's content type; the fle-status field of the standard logs names the rejection.",
        summary: 'field-level encryption may have rejected the POST body: check the encryption profile',
        docs: [CF_DOCS.http400],
        adjust: [
          { when: { method: ['POST'] }, factor: 2 },
          { when: { method: ['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] }, factor: 0.1 },
        ],
      },
    ],
    docs: [CF_DOCS.http400, CF_DOCS.standardLogs],
  },
  {
    code: 'CLOUDFRONT_GEO_RESTRICTED',
    layer: 'cloudfront',
    title: "CloudFront's geographic restriction blocks the country {request} came from (403)",
    match: { bodyIncludes: [GEO_SENTENCE], distinctive: true },
    causes: [
      {
        id: 'viewer-country-blocked',
        weight: 5,
        cause:
          "The caller's IP address geolocates to a country that the distribution's allow list omits or its deny list names. CI runners, cloud egress addresses, VPNs and proxies often geolocate elsewhere than their users.",
        remedy:
          'Check Security > CloudFront geographic restrictions (CloudFormation DistributionConfig.Restrictions.GeoRestriction; Terraform restrictions { geo_restriction { ... } }). For exceptions per path or partner, move the rule to an AWS WAF geo match statement with a scope-down, or to a CloudFront Function reading CloudFront-Viewer-Country.',
        summary:
          "the caller's country is blocked by the distribution's geographic restriction: call from an allowed country or change the restriction",
        docs: [CF_DOCS.geo],
      },
      {
        id: 'geoip-misclassification',
        weight: 1,
        cause:
          "The caller's address is misclassified by CloudFront's third-party GeoIP database, so a user in an allowed country is blocked.",
        remedy:
          'Confirm the egress address and its GeoIP country; allow it through a WAF rule, or report the misclassification to AWS Support with the request ID.',
        summary: "the caller's IP address may be geolocated wrongly: check it and allow it explicitly",
        docs: [CF_DOCS.geo],
      },
    ],
    docs: [CF_DOCS.geo, CF_DOCS.kc403],
  },
  {
    code: 'CLOUDFRONT_REQUEST_TOO_LARGE',
    layer: 'cloudfront',
    title: 'CloudFront refused {request}: the request line and headers exceed its limits (413)',
    // The 413 page's sentence was never captured: any CloudFront-authored page with 413 is this limit.
    match: { status: [413], bodyIncludesAny: ANY_CLOUDFRONT_PAGE, distinctive: true },
    causes: [
      {
        id: 'headers-too-large',
        weight: 5,
        cause:
          "The request's headers plus path and query exceed 20,480 bytes, typically because of large cookies or a long Authorization token. CloudFront closes the connection after this reply.",
        remedy:
          'Shrink or split cookies and keep tokens compact (no large claims in JWTs); a fresh session without old cookies confirms it. Open a new connection before retrying.',
        summary: 'the request headers (cookies, tokens) exceed 20 KB: shrink them',
        docs: [CF_DOCS.requestLimits],
        adjust: [
          { when: { sent: ['cookie'] }, factor: 2 },
          { when: { auth: ['bearer', 'raw'] }, factor: 1.5 },
        ],
      },
      {
        id: 'url-too-long',
        weight: 2,
        cause:
          'The URL as CloudFront reconstructs it exceeds 8,192 bytes: a long query string (batched IDs, OAuth state, serialised filters).',
        remedy: 'Move large parameters into a POST body, or split the request.',
        summary: 'the URL may exceed 8 KB: move parameters into the body',
        docs: [CF_DOCS.requestLimits],
      },
    ],
    docs: [CF_DOCS.requestLimits],
  },
  {
    code: 'CLOUDFRONT_REQUEST_HEADER_TOO_LARGE',
    layer: 'cloudfront',
    title: 'CloudFront refused {request} with the non-standard 494: request headers or cookies too large',
    // Low confidence in the reference: no documented body, so only the status and the headers of a reply
    // CloudFront authored; and no more than medium confidence that 494 means what it means elsewhere.
    match: { status: [494], headers: { server: 'CloudFront', 'x-cache': 'Error from cloudfront' } },
    maxConfidence: 'medium',
    causes: [
      {
        id: 'oversized-cookies',
        weight: 5,
        cause:
          'The Cookie header is too large (many or big cookies accumulated on the domain); clearing cookies makes the error go away.',
        remedy: 'Reduce the number and size of cookies on this domain (scope cookies to paths, store session data server-side).',
        summary: 'the cookies sent with {request} are too large: shrink them',
        docs: [CF_DOCS.requestLimits],
        adjust: [
          { when: { sent: ['cookie'] }, factor: 2 },
          { when: { notSent: ['cookie'] }, factor: 0.2 },
        ],
      },
      {
        id: 'oversized-auth-header',
        weight: 2,
        cause: 'A single header is too large, typically the Authorization header carrying a big token.',
        remedy: 'Keep tokens compact: fewer claims, no embedded permissions lists; pass large data in the body.',
        summary: 'a request header (such as Authorization) is too large: shrink it',
        docs: [CF_DOCS.requestLimits],
        adjust: [{ when: { auth: ANY_AUTH }, factor: 2 }],
      },
    ],
    docs: [CF_DOCS.requestLimits],
  },
  {
    code: 'CLOUDFRONT_MISDIRECTED_REQUEST',
    layer: 'cloudfront',
    title: 'CloudFront refused {request} on a connection that belongs to another host (421 Misdirected Request)',
    match: { status: [421], bodyIncludes: ['421 Misdirected Request'], bodyIncludesAny: NGINX_FOOTERS, distinctive: true },
    causes: [
      {
        id: 'connection-coalescing',
        weight: 5,
        cause:
          "The client reused an HTTP/2 connection opened for another host name (whose certificate and distribution belong to another AWS account) to send this request; CloudFront's domain-fronting protection refuses it. Typically intermittent in browsers; a fresh connection succeeds.",
        remedy:
          'Retry once on a new connection (in Node, use a separate agent per host name). Keep related host names and their certificates in the same AWS account, and avoid wildcard certificates that invite connection coalescing across accounts.',
        summary: 'a reused connection belonged to another host: retry on a new connection',
        docs: [CF_DOCS.cnames],
      },
      {
        id: 'host-header-override',
        weight: 1.5,
        cause:
          'The request deliberately sets a Host header that differs from the TLS server name (domain fronting, a misconfigured proxy or an SDK endpoint override).',
        remedy: 'Do not override Host with another CloudFront-served name: call the URL of the host you mean.',
        summary: 'the request sets a Host header that differs from the TLS server name: remove it',
        docs: [CF_DOCS.cnames],
        adjust: [{ when: { sent: ['host'] }, factor: 10 }],
      },
    ],
    docs: [CF_DOCS.cnames],
  },
]

/** The canonical reply of each signature above, by code, exactly as AWS sends it. */
export function requestPageExamples(): Examples {
  return {
    CLOUDFRONT_METHOD_NOT_ALLOWED: {
      status: 403,
      headers: cloudfrontHeaders('Error from cloudfront', 'Mt6Ay0Bz4Cx8Dw2Ev6Fu0Gt4Hs8Ir2Jq6Kp0Lo4Mn8Nm-Ol2Pk6Qj=='),
      body: cloudfrontPage(
        403,
        `${METHOD_SENTENCE} The distribution supports only cachable requests.`,
        'Mt6Ay0Bz4Cx8Dw2Ev6Fu0Gt4Hs8Ir2Jq6Kp0Lo4Mn8Nm-Ol2Pk6Qj==',
      ),
      request: { method: 'POST', url: 'https://www.example.com/api/orders' },
    },
    CLOUDFRONT_HOST_NOT_SERVED: {
      status: 403,
      headers: cloudfrontHeaders('Error from cloudfront', 'Hb2Vn6Mc0Xz4Lk8Jh2Gf6Ds0Ap4Qw8Er2Ty6Ui0Op4As-Df8Gh2Jk=='),
      body: cloudfrontPage(403, BAD_REQUEST_SENTENCE, 'Hb2Vn6Mc0Xz4Lk8Jh2Gf6Ds0Ap4Qw8Er2Ty6Ui0Op4As-Df8Gh2Jk=='),
      request: { method: 'GET', url: 'https://shop.example.com/api/cart' },
    },
    CLOUDFRONT_BAD_REQUEST_400: {
      status: 400,
      headers: cloudfrontHeaders('Error from cloudfront', 'Bq7Rn1Sm5Tl9Uk3Vj7Wi1Xh5Yg9Zf3Ae7Bd1Cc5Db9Ea-Fz3Gy7Hx=='),
      body: cloudfrontPage(400, BAD_REQUEST_SENTENCE, 'Bq7Rn1Sm5Tl9Uk3Vj7Wi1Xh5Yg9Zf3Ae7Bd1Cc5Db9Ea-Fz3Gy7Hx=='),
      request: { method: 'GET', url: 'https://www.example.com/search?q=%zz' },
    },
    CLOUDFRONT_GEO_RESTRICTED: {
      status: 403,
      headers: cloudfrontHeaders('Error from cloudfront', 'Gx3Cz7Bv1Nm5Ql9Wk3Ej7Rh1Tg5Yf9Ud3Ip7Os1Pa5Sd-Fg9Hj3Kl=='),
      body: cloudfrontPage(403, GEO_SENTENCE, 'Gx3Cz7Bv1Nm5Ql9Wk3Ej7Rh1Tg5Yf9Ud3Ip7Os1Pa5Sd-Fg9Hj3Kl=='),
      request: { method: 'GET', url: 'https://downloads.example.com/releases/latest.json' },
    },
    CLOUDFRONT_REQUEST_TOO_LARGE: {
      status: 413,
      headers: cloudfrontHeaders('Error from cloudfront', 'Lz9Xk3Cj7Vh1Bg5Nf9Md3Aq7Sw1De5Fr9Gt3Hy7Ju1Ki-Lo5Pq9Rs=='),
      body: cloudfrontPage(413, '', 'Lz9Xk3Cj7Vh1Bg5Nf9Md3Aq7Sw1De5Fr9Gt3Hy7Ju1Ki-Lo5Pq9Rs=='),
      request: { method: 'GET', url: 'https://www.example.com/account', headers: { cookie: 'session=…' } },
    },
    CLOUDFRONT_REQUEST_HEADER_TOO_LARGE: {
      status: 494,
      headers: cloudfrontHeaders('Error from cloudfront', 'Pq2Wo6Ei0Ru4Ty8Yt2Uy6Io0Pa4Sd8Df2Gh6Jk0Lz4Xc-Vb8Nm2Qw=='),
      body: '',
      request: { method: 'GET', url: 'https://www.example.com/', headers: { cookie: 'a=…' } },
    },
    CLOUDFRONT_MISDIRECTED_REQUEST: {
      status: 421,
      headers: { server: 'CloudFront', 'content-type': 'text/html', 'x-amz-cf-id': 'Wm4Ns8Ob2Pc6Qd0Re4Sf8Tg2Uh-Vi6Wj0Xk==' },
      body: '<html>\r\n<head><title>421 Misdirected Request</title></head>\r\n<body>\r\n<center><h1>421 Misdirected Request</h1></center>\r\n<hr><center>CloudFront</center>\r\n</body>\r\n</html>\r\n',
      request: { method: 'GET', url: 'https://b.example.com/api/me' },
    },
  }
}
