/**
 * REST API replies to SigV4-signed requests (methods with AWS_IAM authorization): the signature does not
 * verify, is too old, is scoped wrongly, or the credentials behind it are unknown or expired.
 */
import type { Examples, Signature } from '../../types.ts'
import { DOCS } from '../docs.ts'
import { CUSTOM_DOMAIN_VIA_CLOUDFRONT, EXECUTE_API_HOSTS, REST_DOCS, restErrorHeaders, VIA_CLOUDFRONT_HOST } from './shared.ts'
import { SIGV4_FINDING_CAUSES } from './sigv4-findings.ts'

/** An example request signed with SigV4; the values are placeholders, never real credentials. */
const signedRequest = (url: string, extra: Record<string, string> = {}) => ({
  method: 'GET',
  url,
  headers: {
    authorization:
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260105/eu-west-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=example',
    'x-amz-date': '20260105T101500Z',
    ...extra,
  },
})

const SIGN_LAST =
  'Sign as the very last step, with the exact final URL, headers and body (after every interceptor has run), sign the Host header, URI-encode path and query the way SigV4 expects, and use @aws-sdk/signature-v4 with service "execute-api".'

export const sigv4Signatures: readonly Signature[] = [
  {
    // Research: INVALID_SIGNATURE:SIGNATURE_MISMATCH, and CLOUDFRONT_ORIGIN_SIGV4_MISMATCH for an API behind
    // CloudFront (that entry's Lambda function URL + OAC case is a function URL reply, not this one).
    code: 'INVALID_SIGNATURE',
    layer: 'api-gateway-rest',
    title: 'The SigV4 signature of {request} does not match what API Gateway computed (403 InvalidSignatureException)',
    gatewayResponseTypes: ['INVALID_SIGNATURE'],
    match: {
      status: [403],
      customizable: true,
      errorType: ['InvalidSignatureException'],
      // The message may go on with the canonical request AWS computed: match the prefix only.
      messageStartsWith: ['The request signature we calculated does not match the signature you provided'],
      distinctive: true,
    },
    causes: [
      {
        id: 'request-changed-after-signing',
        weight: 4,
        cause:
          'The request sent differs from the request that was signed: a header added or changed after signing (an axios or ky interceptor, a default Content-Type), query parameters re-encoded or reordered, a path encoded differently, or a body serialised again.',
        remedy: SIGN_LAST,
        summary: 'the request may have changed after it was signed: sign {request} last, with its final URL, headers and body',
        docs: [DOCS.sigv4Mismatch],
      },
      {
        id: 'wrong-secret-key',
        weight: 2,
        cause: 'The secret access key does not belong to the access key id (a copy-paste error, or a rotated secret).',
        remedy: 'Fix the secret access key; check the pair with `aws sts get-caller-identity` using the same credentials.',
        summary: 'the secret access key may not match the access key id: check the credentials',
        docs: [REST_DOCS.sigv4Troubleshooting],
      },
      {
        id: 'signed-for-other-host',
        weight: 1,
        cause:
          'The request was signed for one host and sent to another: signed for the execute-api host and sent to a custom domain or a proxy, or the other way round, or a proxy or CloudFront rewrote the Host header.',
        remedy: 'Sign with the host that API Gateway receives on the wire, and make sure no proxy rewrites Host.',
        summary: 'the signature may be for another host than {host}: sign with the host API Gateway receives',
        docs: [DOCS.sigv4Mismatch],
        adjust: [
          { when: { host: ['custom-domain'] }, factor: 4 },
          { when: VIA_CLOUDFRONT_HOST, factor: 4 },
        ],
      },
      {
        id: 'cloudfront-changed-request',
        weight: 0.3,
        cause:
          'A CloudFront distribution in front of the API changed the signed request: it rewrote Host to the origin, did not forward every query string, normalised the path or dropped a signed header.',
        remedy:
          'Sign for the host API Gateway sees (the execute-api name, or a custom domain equal to the CloudFront alias), forward all query strings and the signed headers (origin request policy Managed-AllViewerExceptHostHeader), and avoid path rewriting for signed calls.',
        summary: 'CloudFront may have changed the signed request: forward the signed headers and query, sign for the origin host',
        docs: [REST_DOCS.cloudfrontOriginRequestPolicies],
        adjust: [
          { when: VIA_CLOUDFRONT_HOST, factor: 30 },
          { when: CUSTOM_DOMAIN_VIA_CLOUDFRONT, factor: 10 },
          { when: { host: EXECUTE_API_HOSTS }, factor: 0.1 },
        ],
      },
      ...SIGV4_FINDING_CAUSES,
    ],
    docs: [DOCS.sigv4Mismatch, DOCS.troubleshoot403, REST_DOCS.sigv4Troubleshooting],
  },
  {
    // Research: INVALID_SIGNATURE:SIGNATURE_EXPIRED (both the "expired" and the "not yet current" forms).
    code: 'SIGNATURE_EXPIRED',
    layer: 'api-gateway-rest',
    title: 'The SigV4 signature of {request} is outside the allowed time window: check the clock (403 Signature expired)',
    gatewayResponseTypes: ['INVALID_SIGNATURE'],
    match: {
      status: [403],
      customizable: true,
      errorType: ['InvalidSignatureException'],
      messageStartsWith: ['Signature expired: ', 'Signature not yet current: '],
      distinctive: true,
    },
    causes: [
      {
        id: 'clock-skew',
        weight: 5,
        cause:
          'The clock of the machine that signed the request is off by more than the allowed window (the message names the window; execute-api reports 5 minutes). The first two timestamps in the message show how far.',
        remedy:
          "Sync the clock (NTP). In browsers, where the device clock cannot be fixed, correct the signing time with the offset from the reply's Date header (the AWS SDK's systemClockOffset does this).",
        summary: 'the signing clock may be off: sync it (NTP) or correct the signing time with the server Date',
        docs: [REST_DOCS.sigv4Troubleshooting],
        adjust: [{ when: { messageIncludes: 'not yet current' }, factor: 10 }],
      },
      {
        id: 'signed-request-resent',
        weight: 2,
        cause:
          'A request was signed once and sent again later: a retry or backoff queue, an offline queue, or a cached signed request reuses the old X-Amz-Date.',
        remedy:
          'Sign again on every attempt (with axios-retry, sign in an interceptor that runs on each retry, not once before the first try).',
        summary: 'an old signed request may have been re-sent: sign again on every attempt',
        // A signature dated in the future cannot come from an old request.
        adjust: [{ when: { messageIncludes: 'not yet current' }, factor: 0.05 }],
      },
    ],
    docs: [DOCS.troubleshoot403, REST_DOCS.sigv4Troubleshooting],
  },
  {
    // Research: INVALID_SIGNATURE:CREDENTIAL_SCOPE. Low confidence for execute-api: the sentences are AWS's
    // generic SigV4 ones and the error type is unverified, so both plausible types are accepted and the
    // gateway response type is left unnamed.
    code: 'CREDENTIAL_SCOPE_INVALID',
    layer: 'api-gateway-rest',
    title: 'The SigV4 credential scope of {request} names the wrong region, service or date (403)',
    match: {
      status: [403],
      customizable: true,
      errorType: ['InvalidSignatureException', 'IncompleteSignatureException'],
      messageStartsWith: ['Credential should be scoped to', 'Date in Credential scope does not match'],
      distinctive: true,
    },
    causes: [
      {
        id: 'wrong-region',
        weight: 2,
        cause:
          "The request was signed for another region than the API's (often a default of us-east-1). The region is the third part of Credential=<key>/<date>/<region>/<service>/aws4_request.",
        remedy: "Sign with the API's region: the one in its host name, <api-id>.execute-api.<region>.amazonaws.com.",
        summary: "the signature is scoped to another region: sign with the API's region",
        adjust: [{ when: { messageIncludes: 'valid region' }, factor: 20 }],
      },
      {
        id: 'wrong-service',
        weight: 2,
        cause:
          "The request was signed for another service than 'execute-api', for example 'apigateway' (the control plane) or 'lambda'.",
        remedy: "Use the service name 'execute-api' to sign calls to an API.",
        summary: "the signature is scoped to another service: sign for 'execute-api'",
        adjust: [{ when: { messageIncludes: 'correct service' }, factor: 20 }],
      },
      {
        id: 'scope-date-mismatch',
        weight: 1,
        cause: 'The date in the credential scope and X-Amz-Date disagree, typical of a hand-built signer.',
        remedy: 'Sign with the SDK signer (@aws-sdk/signature-v4), which derives both from one timestamp.',
        summary: 'the credential scope date differs from X-Amz-Date: sign with the SDK signer',
        adjust: [{ when: { messageIncludes: 'Date in Credential scope' }, factor: 20 }],
      },
    ],
    docs: [REST_DOCS.sigv4Troubleshooting, DOCS.sigv4Mismatch],
  },
  {
    // Research: INVALID_SIGNATURE:SECURITY_TOKEN_INVALID. The AWS 403 article lists AccessDeniedException;
    // UnrecognizedClientException is AWS's usual type for this sentence. The gateway response type is
    // unconfirmed (INVALID_SIGNATURE or DEFAULT_4XX), so none is named.
    code: 'INVALID_SECURITY_TOKEN',
    layer: 'api-gateway-rest',
    title: 'API Gateway does not recognise the AWS credentials that signed {request} (403 security token invalid)',
    // Not customizable: the type is unconfirmed, and AWS service endpoints send the same sentence with
    // status 400, which must not pass for a remapped API Gateway reply.
    match: {
      status: [403],
      errorType: ['AccessDeniedException', 'UnrecognizedClientException'],
      message: [
        'The security token included in the request is invalid.',
        'The security token included in the request is invalid',
      ],
      distinctive: true,
    },
    causes: [
      {
        id: 'session-token-missing',
        weight: 3,
        cause:
          'The request was signed with temporary credentials (an access key id starting with ASIA, from STS, a Cognito identity pool or SSO) but the X-Amz-Security-Token header was not sent, or was sent as "undefined".',
        remedy:
          'Pass the session token to the signer together with the key pair (SDK signers then add X-Amz-Security-Token), and check it is not undefined.',
        summary: 'temporary credentials need their session token: send X-Amz-Security-Token',
        adjust: [
          { when: { auth: ['sigv4'], notSent: ['x-amz-security-token'] }, factor: 3 },
          { when: { sent: ['x-amz-security-token'] }, factor: 0.05 },
        ],
      },
      {
        id: 'access-key-unknown',
        weight: 2,
        cause:
          'The access key id does not exist: deleted, rotated or deactivated, mistyped, or from another partition (aws-cn, aws-us-gov).',
        remedy:
          'Use a valid, active key pair; `aws sts get-caller-identity` with the same credentials shows whether AWS knows them.',
        summary: 'AWS may not know this access key: check it with `aws sts get-caller-identity`',
      },
      {
        id: 'session-token-mismatch',
        weight: 1,
        cause:
          'A session token was sent but does not belong to the access key: credentials mixed from two sessions, or a token cut short when it was stored or copied.',
        remedy: 'Take the access key id, secret and session token from the same credentials object, and store the token whole.',
        summary: 'the session token may belong to other credentials: take key, secret and token from one session',
        adjust: [
          { when: { sent: ['x-amz-security-token'] }, factor: 4 },
          { when: { notSent: ['x-amz-security-token'] }, factor: 0.1 },
        ],
      },
    ],
    docs: [DOCS.troubleshoot403, DOCS.sigv4Mismatch],
  },
  {
    code: 'EXPIRED_TOKEN',
    layer: 'api-gateway-rest',
    title: 'The temporary AWS credentials that signed {request} have expired (403 ExpiredTokenException)',
    gatewayResponseTypes: ['EXPIRED_TOKEN'],
    match: {
      status: [403],
      customizable: true,
      errorType: ['ExpiredTokenException'],
      message: ['The security token included in the request is expired'],
      distinctive: true,
    },
    causes: [
      {
        id: 'temporary-credentials-expired',
        weight: 1,
        cause:
          'The request was signed with temporary credentials (STS AssumeRole, a Cognito identity pool, SSO) whose session has ended; common when an app fetches identity-pool credentials once at login and keeps signing with them. Unlike "Signature expired", the credentials themselves are too old, not the signature.',
        remedy:
          'Refresh the credentials before signing: use an SDK credential provider (fromCognitoIdentityPool, fromTemporaryCredentials), which refreshes them, and never cache signed requests.',
        summary: 'the temporary credentials expired: refresh them before signing',
      },
    ],
    docs: [DOCS.gatewayResponseTypes, DOCS.troubleshoot403],
  },
]

/** The canonical reply of each signature above, by code, exactly as AWS sends it. */
export function sigv4Examples(): Examples {
  return {
    INVALID_SIGNATURE: {
      status: 403,
      headers: restErrorHeaders('InvalidSignatureException'),
      body: '{"message":"The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."}',
      request: {
        ...signedRequest('https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/orders?limit=10'),
        method: 'POST',
      },
    },
    SIGNATURE_EXPIRED: {
      status: 403,
      headers: restErrorHeaders('InvalidSignatureException'),
      body: '{"message":"Signature expired: 20260105T101500Z is now earlier than 20260105T103312Z (20260105T103812Z - 5 min.)"}',
      request: signedRequest('https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/orders'),
    },
    CREDENTIAL_SCOPE_INVALID: {
      status: 403,
      headers: restErrorHeaders('InvalidSignatureException'),
      body: '{"message":"Credential should be scoped to a valid region. "}',
      request: signedRequest('https://abc123defg.execute-api.ap-southeast-2.amazonaws.com/prod/orders'),
    },
    INVALID_SECURITY_TOKEN: {
      status: 403,
      headers: restErrorHeaders('AccessDeniedException'),
      body: '{"message":"The security token included in the request is invalid."}',
      request: signedRequest('https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/orders'),
    },
    EXPIRED_TOKEN: {
      status: 403,
      headers: restErrorHeaders('ExpiredTokenException'),
      body: '{"message":"The security token included in the request is expired"}',
      request: signedRequest('https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/orders', {
        'x-amz-security-token': 'example',
      }),
    },
  }
}
