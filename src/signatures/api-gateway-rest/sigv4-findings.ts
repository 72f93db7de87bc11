/**
 * Causes of INVALID_SIGNATURE given only when its message quotes AWS's canonical request and string-to-sign:
 * what differs from the request sent (src/sigv4/compare.ts), or that nothing comparable differs. Besides
 * the usual placeholders, the texts use `{aws}` (what AWS's canonical request or string-to-sign holds),
 * `{sent}` (what the request sent holds) and `{header}`.
 * @module
 */
import type { CauseRule } from '../../types.ts'

const SIGN_FINAL =
  'Sign the request exactly as it is sent: after every interceptor, with the final URL and headers, and with the host API Gateway receives.'

export const SIGV4_FINDING_CAUSES: readonly CauseRule[] = [
  {
    id: 'signed-method-differs',
    finding: true,
    weight: 1,
    cause: 'AWS received the method {aws}; the request was sent as {sent}.',
    remedy: 'Sign with the method that is sent, and check that no proxy or client rewrites it.',
    summary: 'AWS received {aws}, the request was sent as {sent}: sign the method that is sent',
  },
  {
    id: 'signed-host-differs',
    finding: true,
    weight: 1,
    cause:
      'AWS received the host {aws}; the request was sent to (and signed for) {sent}. A proxy, CloudFront or a custom domain set-up changed the Host header on the way.',
    remedy:
      'Sign for the host API Gateway receives ({aws}), or forward the Host header unchanged (CloudFront: an origin request policy that does not forward Host to an execute-api origin, and a signature for that origin).',
    summary: 'AWS received host {aws}, the request was signed for {sent}: sign for the host AWS receives',
  },
  {
    id: 'signed-path-encoding',
    finding: true,
    weight: 1,
    cause:
      'AWS computed the path as {aws}: the path sent, {sent}, percent-encoded once more, as SigV4 wants for every service but S3. A signer that does not encode it again signs {sent}.',
    remedy:
      'Let the signer encode the path again (@aws-sdk/signature-v4 does by default: uriEscapePath true), and pass it the path exactly as sent, already percent-encoded once.',
    summary: 'the path must be signed as {aws}, not {sent}: let the signer encode the path again',
  },
  {
    id: 'signed-path-differs',
    finding: true,
    weight: 1,
    cause:
      'AWS computed the path as {aws}; the request was sent to {sent}. Something on the way (CloudFront, a proxy, URL normalisation of "//" or "..") changed the path.',
    remedy: SIGN_FINAL,
    summary: 'AWS saw the path {aws}, the request was sent to {sent}: sign the path AWS receives',
  },
  {
    id: 'signed-query-differs',
    finding: true,
    weight: 1,
    cause:
      'AWS computed the query string as {aws}; the query sent reads {sent} in canonical form (parameters sorted and encoded).',
    remedy:
      'Sign the query exactly as sent: every parameter, sorted by name, each name and value percent-encoded once (space as %20, never +), and forward all of them through any proxy.',
    summary: 'the query reached AWS as {aws}, sent as {sent}: sign the final, encoded query',
  },
  {
    id: 'signed-header-differs',
    finding: true,
    weight: 1,
    cause: 'The signed header {header} reached AWS as {aws}; the request sent {sent}.',
    remedy: `${SIGN_FINAL} HTTP clients and browsers often add "; charset=utf-8" to Content-Type after signing.`,
    summary: '{header} reached AWS as {aws}, sent as {sent}: sign the header value that is sent',
  },
  {
    id: 'signed-header-missing',
    finding: true,
    weight: 1,
    cause:
      'The header {header} is among the signed headers, but AWS received no value for it: it was not sent, or dropped on the way.',
    remedy: 'Sign only headers that are sent, and make sure proxies forward every signed header.',
    summary: 'the signed header {header} did not reach AWS: sign only headers that are sent',
  },
  {
    id: 'signed-headers-malformed',
    finding: true,
    weight: 1,
    cause:
      'SignedHeaders is not a sorted list of distinct lower-case names: {header}. AWS and the signer then build different canonical requests.',
    remedy: 'List each signed header once, lower-case, sorted; a maintained signer (@aws-sdk/signature-v4) does this.',
    summary: 'SignedHeaders is malformed ({header}): list each header once, lower-case, sorted',
  },
  {
    id: 'signed-date-differs',
    finding: true,
    weight: 1,
    cause: 'AWS signed with the time {aws}; the request sent X-Amz-Date {sent}.',
    remedy: 'Sign with one timestamp for X-Amz-Date and the credential scope, and do not change X-Amz-Date after signing.',
    summary: 'AWS used the time {aws}, X-Amz-Date was {sent}: do not change X-Amz-Date after signing',
  },
  {
    id: 'signed-scope-differs',
    finding: true,
    weight: 1,
    cause: 'AWS used the credential scope {aws}; the Authorization header names {sent}.',
    remedy: "Scope the signature to the API's region and the service execute-api, with the date of X-Amz-Date.",
    summary: 'AWS used the scope {aws}, the request names {sent}: fix the credential scope',
  },
  {
    id: 'canonical-request-matches',
    finding: true,
    weight: 1,
    cause:
      'The canonical request AWS quotes agrees with the request sent in method, host, path, query and every header value that can be compared: the request arrived as it was sent.',
    remedy:
      "Check the secret access key (it must belong to the access key id) and how the signer built its own canonical request (path and query encoding, header values, the payload hash); log the signer's canonical request and compare it line by line with the one AWS quotes.",
    summary: "the request arrived as sent: check the secret key and the signer's own canonical request",
  },
]
