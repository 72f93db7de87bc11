/**
 * Redaction of credentials in free text that leaves the library (an AWS message that echoes a header, a
 * client's error message). Structured data (headers, bodies, URLs) is masked by allowlist in `mask.ts`;
 * these patterns catch what free text may quote. Every pattern is linear: no nested or overlapping
 * quantifiers.
 */
import { maskPath, maskUrl, REDACTED } from './mask.ts'

/** A pattern, its replacement, and the text (or any of the texts) without which the pattern cannot match. */
type Rule = readonly [pattern: RegExp, replacement: string, gate: string | readonly string[]]

const RULES: readonly Rule[] = [
  // API Gateway echoes the whole Authorization header after "Authorization=" in IncompleteSignatureException.
  // A Digest or OAuth value holds quotes: only a quote that closes a JSON string (escaped ones are skipped) ends it.
  [/Authorization=(?:\\.|[^\\\n"]|"(?!\s{0,8}(?:[}\]]|,\s{0,8}")))*/g, `Authorization=${REDACTED}`, 'Authorization='],
  // The missing-equal-sign message quotes a hash of the header, and its older form the header itself.
  [
    /(in Authorization header(?: \(hashed with SHA-256 and encoded with Base64\))?: ')[^'\n]*'/g,
    `$1${REDACTED}'`,
    'Authorization header',
  ],
  [/'[^'\n]{0,4096}' not a valid key=value pair/g, `'${REDACTED}' not a valid key=value pair`, 'not a valid key=value'],
  // Case-sensitive, and only credential-length values: prose such as "the token was rejected" stays intact.
  [
    /\b(Bearer|bearer|BEARER|Basic|basic|Token|Digest|Negotiate)[ \t\r\n]+[A-Za-z0-9\-._~+/=:]{6,}/g,
    `$1 ${REDACTED}`,
    [' ', '\t', '\n', '\r'],
  ],
  [/\b(Credential|Signature|SignedHeaders)=[^,\s"'&]+/g, `$1=${REDACTED}`, '='],
  [/\b(X-Amz-Security-Token|X-Amz-Signature|X-Amz-Credential|Key-Pair-Id|Policy)=[^&\s"']+/gi, `$1=${REDACTED}`, '='],
  // A lookbehind, not \b: "-" belongs to the token but ends a word, which would let attempts restart inside it.
  [/(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, REDACTED, 'eyJ'],
  [/\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, REDACTED, 'A'],
  // Header lines of a canonical request, which a signature-mismatch message quotes.
  [/\b(x-amz-security-token|x-api-key|authorization|cookie|set-cookie|proxy-authorization):[^\n"\\]*/gi, `$1:${REDACTED}`, ':'],
  [
    /\b(api[_-]?key|access[_-]?token|id[_-]?token|refresh[_-]?token|token|password|secret|client[_-]?secret|secret[_-]?access[_-]?key|session[_-]?token|session[_-]?id|jsessionid|phpsessid|sid)=[^&;\s"']+/gi,
    `$1=${REDACTED}`,
    '=',
  ],
  // The same names as JSON fields, and the AWS credentials an STS or Cognito body holds.
  [
    /"(api[_-]?key|access[_-]?token|id[_-]?token|refresh[_-]?token|token|password|secret|client[_-]?secret|secret[_-]?access[_-]?key|session[_-]?token|session[_-]?id|sid)"(\s{0,8}:\s{0,8})"[^"\n]*"/gi,
    `"$1"$2"${REDACTED}"`,
    '"',
  ],
]

/**
 * User info written without "scheme://" (`u:p@host/x`, or after `https:\\`): a word, a colon, a value and
 * an "@", starting where a word starts. Bounded, so that a text full of colons stays linear.
 */
const BARE_USER_INFO = /(?<![^\s"'<>(,=])[^\s/\\@:"'<>]{1,128}:[^\s/\\@"'<>]{1,256}@/g

/**
 * An execute-api ARN as a deny message quotes it (`…on resource: arn:aws:execute-api:eu-west-1:123456789012:
 * abc123defg/prod/GET/users/<token>`): its tail is the request's path, masked as the path is everywhere else.
 */
const EXECUTE_API_ARN = /(arn:aws[a-z-]{0,16}:execute-api:[a-z0-9-]{0,32}:[0-9*]{0,12}:[A-Za-z0-9*]{1,32}\/)([^\s"'<>,]{1,4096})/g

/**
 * What every pattern below needs, in one test: a colon, an "@", white space, a dot, a double quote, an "="
 * with a value after it, an AWS key id's prefix or `Authorization=`. Most texts (request IDs, error types)
 * hold none of these, and are given back after this one scan.
 */
const MAY_HOLD_CREDENTIAL = /[:@\s."]|=[^\s&"']|AKIA|ASIA|Authorization=/

/** Replaces anything that looks like a credential in `text`. */
export function redactText(text: string): string {
  if (!MAY_HOLD_CREDENTIAL.test(text)) return text
  let out = /:[/\\]{2}/.test(text) ? redactUrlsInText(text) : text
  if (out.includes('execute-api:'))
    out = out.replace(EXECUTE_API_ARN, (_, head: string, path: string) => `${head}${maskPath(path)}`)
  if (out.includes('@') && out.includes(':')) out = out.replace(BARE_USER_INFO, `${REDACTED}@`)
  // The gates skip patterns that cannot match, which is most of them for most texts.
  for (const [pattern, replacement, gate] of RULES)
    if (typeof gate === 'string' ? out.includes(gate) : gate.some((part) => out.includes(part)))
      out = out.replace(pattern, replacement)
  return out
}

/** Characters that end a URL quoted in text. */
const URL_END = new Set([' ', '\t', '\n', '\r', '"', "'", '<', '>', '`'])

/**
 * Every absolute URL in a text (ky's error message quotes the request URL, axios keeps it in `config.url`,
 * fetch's TypeError quotes a URL it refused) through `maskUrl`: scheme and host stay, user info goes, and
 * the path keeps only what is safe (no query, fragment, matrix parameter or opaque segment). Backslashes
 * count as slashes (`https:\\u:p@host`). A scan, not a regex, so that a text full of "://" stays linear.
 */
function redactUrlsInText(text: string): string {
  const separator = /:[/\\]{2}/g
  let out = ''
  let from = 0
  for (let found = separator.exec(text); found !== null; found = separator.exec(text)) {
    const at = found.index
    if (at < from) continue
    let end = at + 3
    while (end < text.length && !URL_END.has(text.charAt(end))) end++
    out += `${text.slice(from, at)}:${maskUrl(text.slice(at + 1, end))}`
    from = end
    separator.lastIndex = end
  }
  return out + text.slice(from)
}

/**
 * A URL fit to print: scheme and host, no user info, query or fragment, and the path masked where it may
 * hold a credential (matrix parameters, a percent-encoded query, user info, opaque segments), judged after
 * percent-decoding.
 */
export function redactUrl(url: string): string {
  // A literal query or fragment is dropped whole; one hidden by percent-encoding is masked by `maskUrl`.
  const cut = url.search(/[?#]/)
  return maskUrl(cut === -1 ? url : url.slice(0, cut))
}
