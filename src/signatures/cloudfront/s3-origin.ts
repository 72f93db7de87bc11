/**
 * Errors of an S3 origin, relayed by CloudFront. They are S3's XML documents (with `<RequestId>` and
 * `<HostId>`) under `Server: AmazonS3`, not distinctive on their own: a reply is diagnosed only with
 * CloudFront's headers or host visible, so a direct S3 call is never mistaken for an S3 origin behind a
 * distribution.
 * @module
 */
import type { Examples, Signature } from '../../types.ts'
import { ANY_AUTH, CF_DOCS, WRITE_METHODS } from './shared.ts'

const XML = '<?xml version="1.0" encoding="UTF-8"?>\n'

/** Headers of an S3 error relayed by CloudFront, for the canonical examples. */
function s3ViaCloudFront(cfId: string): Record<string, string> {
  return {
    'content-type': 'application/xml',
    server: 'AmazonS3',
    'x-cache': 'Error from cloudfront',
    via: '1.1 00112233445566778899aabbccddeeff.cloudfront.net (CloudFront)',
    'x-amz-cf-pop': 'SYD62-P1',
    'x-amz-cf-id': cfId,
  }
}

export const s3OriginSignatures: readonly Signature[] = [
  {
    code: 'S3_ORIGIN_ACCESS_DENIED',
    layer: 'cloudfront',
    title: 'The S3 origin behind CloudFront refused {request} (403 AccessDenied)',
    match: {
      status: [403],
      headers: { server: 'AmazonS3' },
      bodyIncludes: ['<Code>AccessDenied</Code>', '<Message>Access Denied</Message>'],
      bodyIncludesAny: ['<RequestId>', '<HostId>'],
    },
    // The XML document alone (its Server header not captured): only S3 writes a <HostId>.
    alsoMatch: [
      {
        status: [403],
        bodyIncludes: ['<Code>AccessDenied</Code>', '<Message>Access Denied</Message>', '<HostId>'],
        distinctive: true,
      },
    ],
    causes: [
      {
        id: 'request-fell-to-s3-behavior',
        weight: 4,
        cause:
          'The path matched no API behavior, so CloudFront sent it to the S3 origin of the default behavior; S3 answers 403 AccessDenied (not 404) for a key that does not exist when CloudFront may not list the bucket. Server: AmazonS3 on an API call gives this away.',
        remedy:
          "List the behaviors (`aws cloudfront get-distribution-config --id <distribution-id> --query 'DistributionConfig.CacheBehaviors.Items[].PathPattern'`) and add or fix the API behavior (such as /api/*) so that API calls never reach S3.",
        summary: '{path} reached the S3 origin instead of the API: fix the behavior path patterns',
        docs: [CF_DOCS.kcS3Rest403],
        adjust: [
          // API calls carry credentials or write; browser fetches of static files do neither.
          { when: { auth: ANY_AUTH }, factor: 2 },
          { when: { method: WRITE_METHODS }, factor: 2 },
        ],
      },
      {
        id: 'bucket-policy-missing-oac',
        weight: 3,
        cause:
          "The bucket policy does not let this distribution read: no statement for the origin access control's service principal cloudfront.amazonaws.com with AWS:SourceArn of the distribution (or for the origin access identity), the object belongs to another account, or it is SSE-KMS encrypted without kms:Decrypt for CloudFront. Existing static files fail too.",
        remedy:
          'Allow s3:GetObject to Service cloudfront.amazonaws.com with Condition StringEquals AWS:SourceArn arn:aws:cloudfront::<account-id>:distribution/<distribution-id> (the console offers the policy to copy when you edit the origin); allow kms:Decrypt on the key for SSE-KMS objects.',
        summary: "the bucket policy may not allow this distribution's origin access control: add the OAC statement",
        docs: [CF_DOCS.kcS3Rest403],
      },
      {
        id: 'missing-object-no-listbucket',
        weight: 2,
        cause:
          'The object does not exist, and without s3:ListBucket S3 says 403 instead of 404 (typical for a single-page-app route reloaded in the browser).',
        remedy:
          'Check the key exists (`aws s3 ls s3://<bucket>/<key>`); grant s3:ListBucket to the distribution to get 404s for missing keys, and route SPA paths to index.html.',
        summary: 'the S3 object may not exist (S3 says 403 without ListBucket): check the key',
        docs: [CF_DOCS.kcS3Rest403],
      },
      {
        id: 'no-default-root-object',
        weight: 0.5,
        cause: 'The distribution root was requested and no Default root object is set.',
        remedy: 'Set the Default root object (for example index.html) in the distribution settings.',
        summary: 'the root path needs a Default root object: set it to index.html',
        docs: [CF_DOCS.kcS3Rest403],
        adjust: [{ when: { path: ['root'] }, factor: 20 }],
      },
    ],
    docs: [CF_DOCS.kcS3Rest403, CF_DOCS.http403],
  },
  {
    code: 'S3_ORIGIN_REGION_MISMATCH',
    layer: 'cloudfront',
    title: "CloudFront signs requests for the S3 origin's old Region (400 AuthorizationHeaderMalformed)",
    match: {
      status: [400],
      headers: { server: 'AmazonS3' },
      bodyIncludes: ['<Code>AuthorizationHeaderMalformed</Code>', 'The authorization header is malformed; the region'],
    },
    causes: [
      {
        id: 'bucket-recreated-in-other-region',
        weight: 5,
        cause:
          'The bucket behind the distribution was deleted and recreated with the same name in another Region; CloudFront still signs its requests for the old Region (the message names both).',
        remedy:
          "CloudFront console > the distribution > Origins > select the S3 origin > Edit > Save changes (no change needed): CloudFront redeploys with the bucket's current Region. Or use the regional endpoint <bucket>.s3.<region>.amazonaws.com as origin domain.",
        summary: "the S3 bucket moved to another Region: re-save the distribution's S3 origin",
        docs: [CF_DOCS.http400],
      },
      {
        id: 'client-signed-wrong-region',
        weight: 0.5,
        cause:
          'The request itself was signed with SigV4 for the wrong Region, and CloudFront passed the Authorization header to S3.',
        remedy: "Sign for the bucket's Region (the message names the expected one).",
        summary: "the request was signed for the wrong Region: sign for the bucket's Region",
        docs: [CF_DOCS.http400],
        adjust: [{ when: { auth: ['sigv4'] }, factor: 30 }],
      },
    ],
    docs: [CF_DOCS.http400],
  },
  {
    code: 'S3_ORIGIN_REQUEST_HEADER_TOO_LARGE',
    layer: 'cloudfront',
    title: 'CloudFront forwarded more than 8 KB of headers to the S3 origin for {request} (400 RequestHeaderSectionTooLarge)',
    match: { status: [400], headers: { server: 'AmazonS3' }, bodyIncludes: ['<Code>RequestHeaderSectionTooLarge</Code>'] },
    causes: [
      {
        id: 'cookies-forwarded-to-s3',
        weight: 4,
        cause:
          "The behavior's cache or origin request policy forwards cookies to the S3 origin, which ignores them but limits the header section to 8,192 bytes; users with big cookies (session chunks of an auth library) fail on static files while anonymous users do not.",
        remedy:
          'Forward no cookies to S3: on the S3 behaviors use cache policy Managed-CachingOptimized with CookieBehavior none and no origin request policy (or Managed-CORS-S3Origin).',
        summary: 'cookies are forwarded to the S3 origin: stop forwarding cookies on S3 behaviors',
        docs: [CF_DOCS.s3OriginBehavior],
        adjust: [
          { when: { sent: ['cookie'] }, factor: 2 },
          { when: { notSent: ['cookie'] }, factor: 0.2 },
        ],
      },
      {
        id: 'large-headers-forwarded',
        weight: 1,
        cause: 'The behavior forwards all viewer headers to S3, and the request carries large ones (tokens, telemetry headers).',
        remedy: 'Forward only the headers S3 needs (none, or the CORS headers through Managed-CORS-S3Origin).',
        summary: 'large request headers are forwarded to S3: forward only what S3 needs',
        docs: [CF_DOCS.s3OriginBehavior],
      },
    ],
    docs: [CF_DOCS.s3OriginBehavior],
  },
]

/** The canonical reply of each signature above, by code, exactly as AWS sends it. */
export function s3OriginExamples(): Examples {
  return {
    S3_ORIGIN_ACCESS_DENIED: {
      status: 403,
      headers: s3ViaCloudFront('S3ad1Aa5Cc9Cc3Ee7Ss1Ss5Dd9Ee3Nn7Ii1Ee5Dd9Oo3Rr-Ii7Gg1Nn=='),
      body: `${XML}<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>8Q2XKV0AEXAMPLE1</RequestId><HostId>dGhpcyBpcyBhbiBleGFtcGxlIGhvc3QgaWQgZm9yIGRvY3M=</HostId></Error>`,
      request: { method: 'POST', url: 'https://www.example.com/v1/orders', headers: { authorization: 'Bearer …' } },
    },
    S3_ORIGIN_REGION_MISMATCH: {
      status: 400,
      headers: s3ViaCloudFront('Rg2Ii6Oo0Nn4Mm8Ii2Ss6Mm0Aa4Tt8Cc2Hh6Ee0Dd4Ss-Ii8Gg2Nn=='),
      body: `${XML}<Error><Code>AuthorizationHeaderMalformed</Code><Message>The authorization header is malformed; the region 'eu-west-1' is wrong; expecting 'eu-central-1'</Message><Region>eu-central-1</Region><RequestId>7W1MZTQ0EXAMPLE2</RequestId><HostId>YW5vdGhlciBleGFtcGxlIGhvc3QgaWQgZm9yIHRoZSBkb2Nz</HostId></Error>`,
      request: { method: 'GET', url: 'https://static.example.com/app.js' },
    },
    S3_ORIGIN_REQUEST_HEADER_TOO_LARGE: {
      status: 400,
      headers: s3ViaCloudFront('Hs3Ee7Aa1Dd5Ee9Rr3Tt7Oo1Oo5Ll9Aa3Rr7Gg1Ee5Ss-Ee9Cc3Tt=='),
      body: `${XML}<Error><Code>RequestHeaderSectionTooLarge</Code><Message>Your request header section exceeds the maximum allowed size.</Message><MaxSizeAllowed>8192</MaxSizeAllowed><RequestId>2H9PQRS0EXAMPLE3</RequestId><HostId>eWV0IGFub3RoZXIgZXhhbXBsZSBob3N0IGlkIGZvciBkb2Nz</HostId></Error>`,
      request: {
        method: 'GET',
        url: 'https://www.example.com/_next/static/chunks/main.js',
        headers: { cookie: 'next-auth.session-token.0=…' },
      },
    },
  }
}
