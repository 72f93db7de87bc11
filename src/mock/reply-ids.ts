/**
 * Fresh request IDs in the formats AWS uses, for replies built by `gatewayReply()`. Uses only
 * `crypto.getRandomValues`, which browsers and Node ≥ 20 both provide as a global.
 * @module
 */

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  globalThis.crypto.getRandomValues(bytes)
  return bytes
}

function hex(bytes: Uint8Array): string {
  let out = ''
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0')
  return out
}

/** Base64 with the URL-safe alphabet (`-` and `_`), padding kept: the alphabet of AWS's request IDs. */
function base64url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_')
}

/** `x-amzn-RequestId`: a version 4 UUID in lower case, e.g. `c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11`. */
export function newRequestId(): string {
  const b = randomBytes(16)
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80
  const h = hex(b)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

/**
 * `x-amz-apigw-id` (REST) and `apigw-requestid` (HTTP APIs): 11 bytes in base64url, 16 characters ending
 * with one `=`, e.g. `Yq3kHGbZjoEFXyQ=` or `OkTz-Fm25PgFdlg=` (captures show `-`, never `+` or `/`).
 */
export function newApigwId(): string {
  return base64url(randomBytes(11))
}

/**
 * `X-Amz-Cf-Id`, also printed as "Request ID:" on CloudFront's error pages: 40 bytes in base64url,
 * 56 characters ending with `==`.
 */
export function newCloudFrontId(): string {
  return base64url(randomBytes(40))
}

/** S3's request ID (`x-amz-request-id`, `<RequestId>` in its XML errors): 16 upper-case hex-like characters. */
export function newS3RequestId(): string {
  return hex(randomBytes(8)).toUpperCase()
}

/** S3's extended request ID (`x-amz-id-2`, `<HostId>`): 56 bytes in base64, 76 characters ending with `=`. */
export function newS3HostId(): string {
  let binary = ''
  for (const byte of randomBytes(56)) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** `X-Amzn-Trace-Id`: `Root=1-<epoch seconds, 8 hex>-<96 random bits, 24 hex>`. */
export function newTraceId(now: number = Date.now()): string {
  const seconds = Math.floor(now / 1000)
    .toString(16)
    .padStart(8, '0')
  return `Root=1-${seconds}-${hex(randomBytes(12))}`
}

/** The `Via` value CloudFront adds: `1.1 <32 hex>.cloudfront.net (CloudFront)`. */
export function newCloudFrontVia(): string {
  return `1.1 ${hex(randomBytes(16))}.cloudfront.net (CloudFront)`
}
