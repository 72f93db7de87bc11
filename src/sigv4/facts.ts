/**
 * The non-secret facts of a SigV4-signed request: what a canonical request is built from, minus every
 * credential. Never the access key id, the signature or a token; header values only for an allowlist of
 * headers that carry none.
 * @module
 */

/** The credential scope of `Authorization: AWS4-HMAC-SHA256 Credential=<key>/<date>/<region>/<service>/aws4_request`. */
export interface CredentialScope {
  date: string
  region: string
  service: string
}

/** What a signed request shows, for comparing with the canonical request AWS quotes. */
export interface SigningFacts {
  /** The query string as sent, without `?` (its values leave the library only through redaction). */
  query?: string
  /** `X-Amz-Date`, when it has the SigV4 shape. */
  amzDate?: string
  /** Date, region and service of the credential scope (the access key id is not kept). */
  scope?: CredentialScope
  /** `SignedHeaders=` as written, split on `;`. */
  signedHeaders?: readonly string[]
  /** Values of the allowlisted headers below, as sent. */
  values: ReadonlyMap<string, string>
}

/** Headers whose values are no credential and often differ between signing and sending. */
const VALUE_HEADERS: ReadonlySet<string> = new Set([
  'host',
  'content-type',
  'content-length',
  'content-encoding',
  'accept',
  'x-amz-date',
  'x-amz-target',
  'date',
])

const AMZ_DATE = /^\d{8}T\d{6}Z$/
const SCOPE = /Credential=[^/,\s]{1,128}\/(\d{8})\/([a-z0-9-]{1,32})\/([a-z0-9-]{1,32})\/aws4_request/
const SIGNED_HEADERS = /SignedHeaders=([A-Za-z0-9;_-]{1,2048})/

/** Reads the signing facts of a request whose `Authorization` is SigV4. */
export function readSigning(headers: ReadonlyMap<string, string>, query: string | undefined): SigningFacts {
  const values = new Map<string, string>()
  for (const name of VALUE_HEADERS) {
    const value = headers.get(name)
    if (value !== undefined) values.set(name, value.slice(0, 512))
  }
  const facts: SigningFacts = { values }
  if (query !== undefined && query !== '') facts.query = query.slice(0, 4096)
  const date = headers.get('x-amz-date')?.trim()
  if (date !== undefined && AMZ_DATE.test(date)) facts.amzDate = date
  const auth = headers.get('authorization')?.slice(0, 4096) ?? ''
  const scope = SCOPE.exec(auth)
  if (scope !== null) facts.scope = { date: scope[1] ?? '', region: scope[2] ?? '', service: scope[3] ?? '' }
  const signed = SIGNED_HEADERS.exec(auth)
  if (signed !== null) facts.signedHeaders = (signed[1] ?? '').split(';').slice(0, 64)
  return facts
}
