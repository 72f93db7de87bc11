/**
 * Signed URL and signed cookie refusals: small XML `<Error>` documents that CloudFront writes itself. Unlike
 * S3's errors they carry no `<RequestId>`/`<HostId>`, and CloudFront writes "Access denied" with a lower-case d.
 * @module
 */
import type { Examples, Signature } from '../../types.ts'
import { CF_DOCS, cloudfrontHeaders } from './shared.ts'

const XML = '<?xml version="1.0" encoding="UTF-8"?>'

export const signedUrlSignatures: readonly Signature[] = [
  {
    code: 'CLOUDFRONT_SIGNED_URL_MISSING_KEY',
    layer: 'cloudfront',
    title:
      'The CloudFront behavior for {path} requires a signed URL or signed cookies, and {request} carried neither (403 MissingKey)',
    match: {
      status: [403],
      bodyIncludes: ['<Code>MissingKey</Code>', 'Missing Key-Pair-Id query parameter or cookie value'],
      distinctive: true,
    },
    // The message quoted alone, as people paste it.
    alsoMatch: [{ status: [403], bodyIncludes: ['Missing Key-Pair-Id query parameter or cookie value'], distinctive: true }],
    causes: [
      {
        id: 'path-under-private-behavior',
        weight: 4,
        cause:
          'The path matches a behavior with Restrict viewer access (a trusted key group), so CloudFront wants a signed URL or signed cookies; an API or public path may have fallen under that behavior by its path pattern.',
        remedy:
          'If the path should be public, move it to a behavior without Restrict viewer access. Otherwise sign the URL (`aws cloudfront sign --url <url> --key-pair-id <key-id> --private-key file://private_key.pem --date-less-than <date>`, or @aws-sdk/cloudfront-signer getSignedUrl) or set the CloudFront-Policy/Signature/Key-Pair-Id cookies.',
        summary: '{path} is under a signed-URL behavior: sign the request or make that path public',
        docs: [CF_DOCS.kcSignedUrls, CF_DOCS.signedUrls],
      },
      {
        id: 'signed-cookies-not-sent',
        weight: 3,
        cause:
          'Signed cookies exist but were not sent: their Domain or Path does not cover this host and path, SameSite or third-party cookie blocking dropped them, or the request was made without credentials.',
        remedy:
          "Send cookies with the request (fetch credentials: 'include', axios withCredentials: true) and set the CloudFront-* cookies with a Domain and Path that cover this host.",
        summary: 'the signed cookies were not sent with {request}: send credentials and check the cookie domain',
        docs: [CF_DOCS.kcSignedUrls],
        adjust: [
          { when: { notSent: ['cookie'] }, factor: 2 },
          { when: { sent: ['cookie'] }, factor: 0.5 },
        ],
      },
      {
        id: 'key-pair-id-missing-from-url',
        weight: 1,
        cause:
          'A signed URL was generated without its Key-Pair-Id parameter (the signer was not given the key ID, or the parameter was dropped when the URL was rebuilt).',
        remedy:
          'Check that the signed URL carries Expires (or Policy), Signature and Key-Pair-Id, and that the client does not drop query parameters.',
        summary: 'the signed URL may lack its Key-Pair-Id parameter: check the signer configuration',
        docs: [CF_DOCS.signedUrls],
      },
    ],
    docs: [CF_DOCS.kcSignedUrls, CF_DOCS.signedUrls],
  },
  {
    code: 'CLOUDFRONT_SIGNED_URL_UNKNOWN_KEY',
    layer: 'cloudfront',
    title: 'CloudFront does not know the key that signed {request} (403 InvalidKey: Unknown Key)',
    match: { status: [403], bodyIncludes: ['<Code>InvalidKey</Code>', '<Message>Unknown Key</Message>'], distinctive: true },
    causes: [
      {
        id: 'wrong-key-id',
        weight: 5,
        cause:
          "The Key-Pair-Id names a public key that is not in the behavior's trusted key groups: another environment's key, a key removed by rotation, or a legacy account key pair where a key group is expected.",
        remedy:
          "Compare the Key-Pair-Id (or CloudFront-Key-Pair-Id cookie) with the public key IDs of the key group on the behavior (`aws cloudfront get-key-group --id <key-group-id>`); add the key to the group or fix the signer's key ID.",
        summary: 'the Key-Pair-Id is not in the trusted key group of the behavior: use a key from that group',
        docs: [CF_DOCS.kcSignedUrls],
      },
      {
        id: 'key-id-is-not-an-id',
        weight: 1,
        cause:
          'The signer was configured with something else as key ID (an IAM access key ID, or the public key itself instead of its ID).',
        remedy: 'Configure the signer with the public key ID shown in CloudFront > Key management > Public keys.',
        summary: 'the signer may use the wrong value as key ID: use the CloudFront public key ID',
        docs: [CF_DOCS.signedUrls],
      },
    ],
    docs: [CF_DOCS.kcSignedUrls],
  },
  {
    code: 'CLOUDFRONT_SIGNED_URL_ACCESS_DENIED',
    layer: 'cloudfront',
    title: 'CloudFront refused the signed URL or signed cookies of {request} (403)',
    match: {
      status: [403],
      bodyIncludes: ['<Error>'],
      // Lower-case "denied": S3 writes "Access Denied". MalformedPolicy comes from the same signer checks.
      bodyIncludesAny: ['<Message>Access denied</Message>', '<Code>MalformedSignature</Code>', '<Code>MalformedPolicy</Code>'],
      distinctive: true,
    },
    causes: [
      {
        id: 'signature-expired',
        weight: 4,
        cause:
          "The signed URL or cookie has expired (Expires or DateLessThan is in the past, or the signer's clock is off), or it is not valid yet (DateGreaterThan).",
        remedy:
          "Sign again with a later expiry and check the signing server's clock; the same URL working earlier and failing now confirms it.",
        summary: 'the signed URL or cookie may have expired: sign it again',
        docs: [CF_DOCS.kcSignedUrls, CF_DOCS.signedUrls],
        adjust: [{ when: { messageIncludes: '<Code>Malformed' }, factor: 0.1 }],
      },
      {
        id: 'policy-mismatch',
        weight: 2.5,
        cause:
          "The custom policy does not cover this request: its Resource does not match the URL (including the query string), or its IpAddress condition excludes the caller's address.",
        remedy:
          "Sign the exact final URL (or a wildcard Resource that covers it) and check the IpAddress condition against the caller's egress address.",
        summary: 'the signed policy may not cover {path} or this IP address: fix the policy Resource or IpAddress',
        docs: [CF_DOCS.signedUrls],
        adjust: [{ when: { messageIncludes: '<Code>Malformed' }, factor: 0.1 }],
      },
      {
        id: 'signature-malformed',
        weight: 1.5,
        cause:
          'The Signature is not URL-safe base64 (+, = and / not replaced by -, _ and ~), or it was damaged when the URL was rebuilt or re-encoded.',
        remedy:
          'Use the SDK signer (@aws-sdk/cloudfront-signer) instead of hand-made encoding, and do not re-encode the signed URL.',
        summary: 'the Signature parameter is malformed: use the SDK signer and do not re-encode the URL',
        docs: [CF_DOCS.signedUrls],
        adjust: [{ when: { messageIncludes: '<Code>MalformedSignature</Code>' }, factor: 20 }],
      },
      {
        id: 'policy-malformed',
        weight: 0.5,
        cause: 'The Policy parameter (or CloudFront-Policy cookie) is not valid base64-encoded policy JSON.',
        remedy: 'Generate the policy with the SDK signer, or check the JSON and its URL-safe base64 encoding.',
        summary: 'the signed policy is malformed: regenerate it with the SDK signer',
        docs: [CF_DOCS.signedUrls],
        adjust: [{ when: { messageIncludes: '<Code>MalformedPolicy</Code>' }, factor: 50 }],
      },
      {
        id: 'wrong-private-key',
        weight: 1,
        cause:
          'The URL was signed with a private key that does not belong to the public key named by Key-Pair-Id, or query parameters were added after signing.',
        remedy: 'Sign with the private key of that public key, and add every query parameter before signing.',
        summary: 'the URL may be signed with the wrong private key: sign with the key that matches Key-Pair-Id',
        docs: [CF_DOCS.signedUrls],
      },
    ],
    docs: [CF_DOCS.kcSignedUrls, CF_DOCS.signedUrls],
  },
]

/** The canonical reply of each signature above, by code, exactly as AWS sends it. */
export function signedUrlExamples(): Examples {
  return {
    CLOUDFRONT_SIGNED_URL_MISSING_KEY: {
      status: 403,
      headers: cloudfrontHeaders('Error from cloudfront', 'Mk1Ss5Ii9Nn3Gg7Kk1Ee5Yy9Pp3Aa7Ii1Rr5Ii9Dd3Cc-Oo7Oo1Kk==', 'text/xml'),
      body: `${XML}<Error><Code>MissingKey</Code><Message>Missing Key-Pair-Id query parameter or cookie value</Message></Error>`,
      request: { method: 'GET', url: 'https://media.example.com/videos/intro.m3u8' },
    },
    CLOUDFRONT_SIGNED_URL_UNKNOWN_KEY: {
      status: 403,
      headers: cloudfrontHeaders('Error from cloudfront', 'Uk2Nn6Kk0Nn4Oo8Ww2Nn6Kk0Ee4Yy8Ii2Dd6Kk0Ee4Yy-Gg8Rr2Pp==', 'text/xml'),
      body: `${XML}<Error><Code>InvalidKey</Code><Message>Unknown Key</Message></Error>`,
      request: {
        method: 'GET',
        url: 'https://media.example.com/videos/intro.m3u8?Expires=1700000000&Signature=…&Key-Pair-Id=K2JCJMDEHXQW5F',
      },
    },
    CLOUDFRONT_SIGNED_URL_ACCESS_DENIED: {
      status: 403,
      headers: cloudfrontHeaders('Error from cloudfront', 'Ad3Cc7Ee1Ss5Ss9Dd3Ee7Nn1Ii5Ee9Dd3Ss7Ii1Gg5Nn-Ee9Dd3Uu==', 'text/xml'),
      body: `${XML}<Error><Code>AccessDenied</Code><Message>Access denied</Message></Error>`,
      request: {
        method: 'GET',
        url: 'https://media.example.com/videos/intro.m3u8?Expires=1600000000&Signature=…&Key-Pair-Id=K2JCJMDEHXQW5F',
      },
    },
  }
}
