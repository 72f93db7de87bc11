/**
 * Reads the canonical request and string-to-sign that AWS quotes in a signature-mismatch message:
 * "…The Canonical String for this request should have been\n'POST\n/prod/x\n\nhost:…\n\nhost;x-amz-date\n<hash>'
 * \n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n<date>\n<scope>\n<hash>'".
 * @module
 */
import type { CredentialScope } from './facts.ts'

/** The request as AWS canonicalised it. */
export interface QuotedSigning {
  method: string
  /** The canonical URI (for execute-api: the path as received, percent-encoded once more). */
  path: string
  /** The canonical query string (sorted, encoded). */
  query: string
  /** Canonical header lines, lower-case names to values, in order. */
  headers: ReadonlyMap<string, string>
  /** The signed-headers line. */
  signedHeaders?: readonly string[]
  /** From the string-to-sign. */
  amzDate?: string
  scope?: CredentialScope
}

const CANONICAL_MARK = 'The Canonical String for this request should have been'
const STRING_TO_SIGN_MARK = 'The String-to-Sign should have been'

/** The quoted canonical request, or `undefined` when the message quotes none. */
export function readQuotedSigning(message: string): QuotedSigning | undefined {
  const at = message.indexOf(CANONICAL_MARK)
  if (at === -1) return undefined
  const open = message.indexOf("'", at + CANONICAL_MARK.length)
  if (open === -1) return undefined
  const signAt = message.indexOf(STRING_TO_SIGN_MARK, open)
  const end = signAt === -1 ? message.length : signAt
  let canonical = message.slice(open + 1, end).trimEnd()
  if (canonical.endsWith("'")) canonical = canonical.slice(0, -1)
  const lines = canonical.split(/\r?\n/)
  if (lines.length < 3) return undefined
  const [method = '', path = '', query = ''] = lines
  if (!/^[A-Z]{3,7}$/.test(method) || !path.startsWith('/')) return undefined
  const headers = new Map<string, string>()
  let i = 3
  for (; i < lines.length && i < 200; i++) {
    const line = lines[i] ?? ''
    if (line === '') break
    const colon = line.indexOf(':')
    if (colon <= 0) break // a quote cut short
    headers.set(line.slice(0, colon), line.slice(colon + 1))
  }
  const quoted: QuotedSigning = { method, path, query, headers }
  const signed = lines[i + 1]
  if (signed !== undefined && /^[a-z0-9;_-]{1,2048}$/.test(signed)) quoted.signedHeaders = signed.split(';')
  if (signAt !== -1) readStringToSign(message.slice(signAt + STRING_TO_SIGN_MARK.length, signAt + 1024), quoted)
  return quoted
}

function readStringToSign(text: string, quoted: QuotedSigning): void {
  const match = /'AWS4-HMAC-SHA256\r?\n(\d{8}T\d{6}Z)\r?\n(\d{8})\/([a-z0-9-]{1,32})\/([a-z0-9-]{1,32})\/aws4_request/.exec(text)
  if (match === null) return
  quoted.amzDate = match[1]
  quoted.scope = { date: match[2] ?? '', region: match[3] ?? '', service: match[4] ?? '' }
}
