/**
 * English texts of the SigV4 findings. Placeholders: `{aws}` (what AWS's canonical request or
 * string-to-sign holds), `{sent}` (what the request sent holds), `{header}`. Japanese:
 * `src/locales/ja/findings.ts`.
 * @module
 */
import type { CauseTexts } from '../locale.ts'

const SIGN_FINAL =
  'Sign the request exactly as it is sent: after every interceptor, with the final URL and headers, and with the host API Gateway receives.'

export type SigningFindingId =
  | 'signed-method-differs'
  | 'signed-host-differs'
  | 'signed-path-encoding'
  | 'signed-path-differs'
  | 'signed-query-differs'
  | 'signed-header-differs'
  | 'signed-header-missing'
  | 'signed-headers-malformed'
  | 'signed-date-differs'
  | 'signed-scope-differs'
  | 'canonical-request-matches'

export const SIGV4_TEXTS: Readonly<Record<SigningFindingId, CauseTexts>> = {
  'signed-method-differs': {
    cause: 'AWS received the method {aws}; the request was sent as {sent}.',
    remedy: 'Sign with the method that is sent, and check that no proxy or client rewrites it.',
    summary: 'AWS received {aws}, the request was sent as {sent}: sign the method that is sent',
  },
  'signed-host-differs': {
    cause:
      'AWS received the host {aws}; the request was sent to (and signed for) {sent}. A proxy, CloudFront or a custom domain set-up changed the Host header on the way.',
    remedy:
      'Sign for the host API Gateway receives ({aws}), or forward the Host header unchanged (CloudFront: an origin request policy that does not forward Host to an execute-api origin, and a signature for that origin).',
    summary: 'AWS received host {aws}, the request was signed for {sent}: sign for the host AWS receives',
  },
  'signed-path-encoding': {
    cause:
      'AWS computed the path as {aws}: the path sent, {sent}, percent-encoded once more, as SigV4 wants for every service but S3. A signer that does not encode it again signs {sent}.',
    remedy:
      'Let the signer encode the path again (@aws-sdk/signature-v4 does by default: uriEscapePath true), and pass it the path exactly as sent, already percent-encoded once.',
    summary: 'the path must be signed as {aws}, not {sent}: let the signer encode the path again',
  },
  'signed-path-differs': {
    cause:
      'AWS computed the path as {aws}; the request was sent to {sent}. Something on the way (CloudFront, a proxy, URL normalisation of "//" or "..") changed the path.',
    remedy: SIGN_FINAL,
    summary: 'AWS saw the path {aws}, the request was sent to {sent}: sign the path AWS receives',
  },
  'signed-query-differs': {
    cause:
      'AWS computed the query string as {aws}; the query sent reads {sent} in canonical form (parameters sorted and encoded).',
    remedy:
      'Sign the query exactly as sent: every parameter, sorted by name, each name and value percent-encoded once (space as %20, never +), and forward all of them through any proxy.',
    summary: 'the query reached AWS as {aws}, sent as {sent}: sign the final, encoded query',
  },
  'signed-header-differs': {
    cause: 'The signed header {header} reached AWS as {aws}; the request sent {sent}.',
    remedy: `${SIGN_FINAL} HTTP clients and browsers often add "; charset=utf-8" to Content-Type after signing.`,
    summary: '{header} reached AWS as {aws}, sent as {sent}: sign the header value that is sent',
  },
  'signed-header-missing': {
    cause:
      'The header {header} is among the signed headers, but AWS received no value for it: it was not sent, or dropped on the way.',
    remedy: 'Sign only headers that are sent, and make sure proxies forward every signed header.',
    summary: 'the signed header {header} did not reach AWS: sign only headers that are sent',
  },
  'signed-headers-malformed': {
    cause:
      'SignedHeaders is not a sorted list of distinct lower-case names: {header}. AWS and the signer then build different canonical requests.',
    remedy: 'List each signed header once, lower-case, sorted; a maintained signer (@aws-sdk/signature-v4) does this.',
    summary: 'SignedHeaders is malformed ({header}): list each header once, lower-case, sorted',
  },
  'signed-date-differs': {
    cause: 'AWS signed with the time {aws}; the request sent X-Amz-Date {sent}.',
    remedy: 'Sign with one timestamp for X-Amz-Date and the credential scope, and do not change X-Amz-Date after signing.',
    summary: 'AWS used the time {aws}, X-Amz-Date was {sent}: do not change X-Amz-Date after signing',
  },
  'signed-scope-differs': {
    cause: 'AWS used the credential scope {aws}; the Authorization header names {sent}.',
    remedy: "Scope the signature to the API's region and the service execute-api, with the date of X-Amz-Date.",
    summary: 'AWS used the scope {aws}, the request names {sent}: fix the credential scope',
  },
  'canonical-request-matches': {
    cause:
      'The canonical request AWS quotes agrees with the request sent in method, host, path, query and every header value that can be compared: the request arrived as it was sent.',
    remedy:
      "Check the secret access key (it must belong to the access key id) and how the signer built its own canonical request (path and query encoding, header values, the payload hash); log the signer's canonical request and compare it line by line with the one AWS quotes.",
    summary: "the request arrived as sent: check the secret key and the signer's own canonical request",
  },
}
