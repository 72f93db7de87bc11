/**
 * Redaction by allowlist: what leaves the library keeps only what is known to be safe, so that a new kind
 * of secret is masked without a new rule. Header values are kept for a short list of headers; request
 * bodies lose every value (their field names stay); URLs keep scheme, host and a path whose query-like
 * parts, matrix parameters, user info and long opaque segments are masked, judged after percent-decoding.
 * Free text (an error message, an AWS message that echoes a header) goes through `redactText` instead.
 * @module
 */

/** What a masked value is replaced with. */
export const REDACTED = '[REDACTED]'

/**
 * Headers whose values are kept: the ones AWS writes to identify a reply or a layer (request IDs, error
 * type, CloudFront's and the load balancer's marks), plain transport facts, and what browsers add on their
 * own. Every other value is masked. A regex of literals: smaller in a bundle than a list of strings.
 */
const SAFE_HEADER =
  /^(?:x-amzn-(?:errortype|requestid|request-id|waf-action|trace-id)|x-amz-(?:apigw-id|cf-id|cf-pop|request-id|id-2|error-code|function-error|date)|apigw-requestid|x-cache|server|via|age|date|retry-after|content-(?:type|length|encoding|language)|cache-control|connection|transfer-encoding|vary|accept(?:-encoding|-language)?|host|:authority|:method|:scheme|:status|origin|access-control-(?:allow-(?:origin|methods|headers|credentials)|expose-headers|max-age|request-method|request-headers)|pragma|priority|dnt|upgrade-insecure-requests|te|keep-alive|user-agent|sec-fetch-[a-z]{1,16}|sec-ch-ua[a-z-]{0,24})$/

/**
 * Whether a header's value may be shown: the names above, and their `x-amzn-Remapped-` forms (API Gateway
 * renames headers its backend returned). Any other header, whatever its name, is treated as a credential.
 */
export function isSafeHeader(name: string): boolean {
  const lower = name.toLowerCase()
  return SAFE_HEADER.test(lower.startsWith('x-amzn-remapped-') ? lower.slice(16) : lower)
}

/** A segment this long, or this long with a digit, is an opaque value (a token, a key, an ID), not a route. */
const OPAQUE_LENGTH = 32
const OPAQUE_WITH_DIGIT_LENGTH = 16

/** Percent-escapes, decoded a few times over so that a double-encoded `%253F` shows what it hides. */
function percentDecode(text: string): string {
  let out = text
  for (let round = 0; round < 3 && out.includes('%'); round++) {
    const next = out.replace(/(?:%[0-9A-Fa-f]{2})+/g, decodeRun)
    if (next === out) break
    out = next
  }
  return out
}

function decodeRun(run: string): string {
  try {
    return decodeURIComponent(run)
  } catch {
    // Not UTF-8: each byte on its own, so that a "%3F" among them is still seen as "?".
    return run.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
  }
}

/** A segment masked, or `undefined` when nothing in it needed masking. `query` says a `?`/`#` ends the path here. */
interface MaskedSegment {
  text: string
  query: boolean
}

function maskSegment(raw: string): MaskedSegment | undefined {
  const decoded = percentDecode(raw)
  // A query or fragment hidden in the segment (`/cb%3Faccess_token%3D…`): everything from it on is masked.
  const query = decoded.search(/[?#]/)
  let body = query === -1 ? decoded : decoded.slice(0, query)
  let lead = ''
  let tail = query === -1 ? '' : `${decoded.charAt(query)}${REDACTED}`
  // User info (`u:p@host`): only the host stays. A leading "@" (`/@connections`) holds none.
  const at = body.lastIndexOf('@')
  if (at > 0) {
    lead = `${REDACTED}@`
    body = body.slice(at + 1)
  }
  // Matrix parameters (`;jsessionid=…`, `;sig=…`) and `name=value` segments: the name stays.
  const semicolon = body.indexOf(';')
  if (semicolon !== -1) {
    tail = `;${REDACTED}${tail}`
    body = body.slice(0, semicolon)
  }
  // A value after "=" is masked; "=" padding alone (base64 IDs such as `asnFYeJtCGYCEZQ=`) holds none.
  const equals = body.indexOf('=')
  if (equals !== -1 && !/^=*$/.test(body.slice(equals))) {
    tail = `=${REDACTED}${tail}`
    body = body.slice(0, equals)
  }
  const opaque = isOpaque(body)
  if (lead === '' && tail === '' && !opaque) return undefined
  return { text: `${lead}${opaque ? REDACTED : body}${tail}`, query: query !== -1 }
}

/** Words of a readable route (`missing-authentication-token`): letters, short words, common separators. */
const WORDS = /^[A-Za-z]{1,20}(?:[-_.][A-Za-z]{1,20})*$/

export function isOpaque(segment: string): boolean {
  if (segment.length >= OPAQUE_WITH_DIGIT_LENGTH && /\d/.test(segment) && /[A-Za-z]/.test(segment)) return true
  return segment.length >= OPAQUE_LENGTH && !WORDS.test(segment)
}

/**
 * A request path fit to print: segments as they were written unless one hides a query, a fragment, user
 * info, a matrix parameter, a `name=value` pair or an opaque value (a token), judged after percent-decoding;
 * such a part is masked, and a query-like part masks the rest of the path. `/prod/v1/items` stays as it is.
 */
export function maskPath(path: string): string {
  if (isPlainRoute(path)) return path
  let out = ''
  let from = 0
  for (;;) {
    const slash = path.slice(from).search(/[/\\]/)
    const end = slash === -1 ? path.length : from + slash
    const raw = path.slice(from, end)
    const direct = raw.search(/[?#]/)
    const masked = raw === '' ? undefined : maskSegment(direct === -1 ? raw : raw.slice(0, direct))
    if (direct !== -1) {
      // A literal query or fragment: the segment before it is judged alone, the rest is masked.
      return `${out}${masked?.text ?? raw.slice(0, direct)}${masked?.query === true ? '' : `${raw.charAt(direct)}${REDACTED}`}`
    }
    if (masked?.query === true) return `${out}${masked.text}`
    out += masked?.text ?? raw
    if (slash === -1) return out
    out += path.charAt(end)
    from = end + 1
  }
}

/**
 * A path that {@link maskPath} gives back as it is, told in one scan: segments of letters, digits and
 * `-._~` only (nothing to decode, no query, user info, matrix parameter or value), each too short to be
 * opaque. Most paths are such routes (`/prod/v1/items`).
 */
function isPlainRoute(path: string): boolean {
  let segment = 0
  for (let i = 0; i < path.length; i++) {
    const code = path.charCodeAt(i)
    if (code === 0x2f) {
      segment = 0
      continue
    }
    const safe =
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x30 && code <= 0x39) ||
      code === 0x2d ||
      code === 0x2e ||
      code === 0x5f ||
      code === 0x7e
    if (!safe || ++segment >= OPAQUE_WITH_DIGIT_LENGTH) return false
  }
  return true
}

/**
 * A URL fit to print: scheme and host, user info removed, the path through {@link maskPath} (which masks a
 * query or fragment). Backslashes count as slashes, as browsers read them in `https:\\host`.
 */
export function maskUrl(url: string): string {
  const scheme = /^[a-z][a-z0-9+.-]{0,20}:/i.exec(url)?.[0] ?? ''
  const rest = url.slice(scheme.length)
  // Without "//" there is no authority (`mailto:`, or `u:p@host/x` read as scheme "u"): all of it is path.
  if (!/^[/\\]{2}/.test(rest)) return maskPath(url)
  const afterSlashes = rest.slice(2)
  const hostEnd = afterSlashes.search(/[/\\?#]/)
  const hostPart = hostEnd === -1 ? afterSlashes : afterSlashes.slice(0, hostEnd)
  const at = hostPart.lastIndexOf('@')
  const host = at === -1 ? hostPart : hostPart.slice(at + 1)
  const path = hostEnd === -1 ? '' : afterSlashes.slice(hostEnd)
  return `${scheme}${rest.slice(0, 2)}${host}${maskPath(path)}`
}

/**
 * A query string with its parameter names kept and every value masked (`a=[REDACTED]&b`). A name that is an
 * opaque value (`?<token>`, which SigV4 canonicalises as `<token>=`) is masked too, judged as a path segment is.
 */
export function maskQuery(query: string): string {
  return query
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=')
      const name = equals === -1 ? pair : pair.slice(0, equals)
      const shown = isOpaque(percentDecode(name)) ? REDACTED : name
      return equals === -1 ? shown : `${shown}=${REDACTED}`
    })
    .join('&')
}

/** Keys of a reply body whose values say what the error is, and are kept (through `redactText` by the caller). */
const SAFE_BODY_FIELDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'message',
  'Message',
  '__type',
  'type',
  'code',
  'Code',
  'errorType',
  'errorMessage',
  'error',
  'status',
  'statusCode',
  'title',
  'reason',
])

/** Most field names listed for a masked body. */
const MAX_FIELDS = 64

/**
 * A request body without its values: the names of its top-level fields (a JSON object or a form), each
 * with a masked value; any other body becomes `[REDACTED]`.
 */
export function maskRequestBody(body: unknown): unknown {
  if (body === undefined || body === null) return body
  const fields = fieldsOf(body)
  if (fields === undefined) return REDACTED
  return Object.fromEntries(fields.slice(0, MAX_FIELDS).map((name) => [name, REDACTED]))
}

/**
 * A reply body fit to keep: a JSON object keeps the fields that describe an error (`message`, `__type`…)
 * when their values are strings or numbers and masks every other value; an XML error document keeps the
 * text of `Code`, `Message`, `RequestId`… and masks every other element's; a form masks its values; other
 * text (an HTML page, a plain sentence) is given back for `redactText`. `safeText` redacts kept strings.
 */
export function maskReplyBody(text: string, safeText: (value: string) => string): string {
  const trimmed = text.trim()
  if (trimmed.startsWith('{')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(trimmed)
    } catch {
      return REDACTED // a cut or broken JSON body: its fields cannot be told apart
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return REDACTED
    const out: Record<string, unknown> = {}
    for (const [name, value] of Object.entries(parsed).slice(0, MAX_FIELDS)) {
      if (SAFE_BODY_FIELDS.has(name) && typeof value === 'string') out[name] = safeText(value)
      else if (SAFE_BODY_FIELDS.has(name) && (typeof value === 'number' || value === null)) out[name] = value
      else out[name] = REDACTED
    }
    return JSON.stringify(out)
  }
  if (trimmed.startsWith('[')) return REDACTED
  if (looksLikeForm(trimmed)) return maskForm(trimmed)
  if (XML_ERROR_DOCUMENT.test(trimmed.slice(0, 256))) return maskXml(trimmed, safeText)
  return maskOpaqueTokens(safeText(text))
}

/** A run of characters a token, a key or a URL's path is made of. */
const TOKEN_RUN = /[A-Za-z0-9+/_\-.~=%]{16,}/g
/** What a readable run is made of: words and short numbers, between separators. */
const READABLE_PIECE = /^(?:[A-Za-z]{0,20}|\d{1,6})$/

/**
 * Free text (an HTML page, a plain-text body) by allowlist: what reads as words stays (sentences, a
 * documentation URL, `http-502-bad-gateway.html`), and every long run that does not (a token, a key, a
 * signature, an ID) is masked, as a path's opaque segments are, whatever its kind: a new kind of secret
 * needs no new rule. Runs the pattern redaction has not already masked are judged here.
 */
export function maskOpaqueTokens(text: string): string {
  return text.replace(TOKEN_RUN, (run) =>
    run.split(/[-_.~/]/).every((piece) => READABLE_PIECE.test(piece)) || !isOpaque(run) ? run : REDACTED,
  )
}

/**
 * An XML error document: S3's (`<Error><Code>SignatureDoesNotMatch</Code>…<SignatureProvided>…
 * <CanonicalRequest>…`, `<Key>` of NoSuchKey), the query protocol's `<ErrorResponse>`, API Gateway's
 * `<…Exception>` answer to `Accept: application/xml`. HTML pages stay text.
 */
const XML_ERROR_DOCUMENT = /^(?:<\?xml[^>]{0,200}>\s{0,8})?<(?:Error|ErrorResponse|[A-Za-z]{1,64}Exception)[\s>]/

/** Elements of an XML error document whose text is kept (through `safeText`), as the JSON fields above. */
const SAFE_XML_ELEMENTS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'Code',
  'Message',
  'message',
  'Type',
  'RequestId',
  'HostId',
])

/** A start or end tag and the text that follows it up to the next tag. */
const XML_TEXT = /<(\/?)([A-Za-z][\w.-]{0,64})(\s[^<>]{0,1024})?>([^<]{1,65536})/g

/** CDATA sections masked whole; an unclosed one masks the rest (a scan: a regex would rescan each open). */
function withoutCdata(xml: string): string {
  let out = ''
  let from = 0
  for (let open = xml.indexOf('<![CDATA['); open !== -1; open = xml.indexOf('<![CDATA[', from)) {
    const close = xml.indexOf(']]>', open + 9)
    out += `${xml.slice(from, open)}${REDACTED}`
    if (close === -1) return out
    from = close + 3
  }
  return out + xml.slice(from)
}

/** An XML error document whose element texts are masked but for the safe elements; CDATA sections are masked. */
function maskXml(xml: string, safeText: (value: string) => string): string {
  return withoutCdata(xml).replace(XML_TEXT, (whole, end: string, name: string, attributes: string | undefined, text: string) => {
    if (text.trim() === '') return whole
    // Text after an end tag is mixed content of the parent: never an element the list keeps.
    const shown = end === '' && SAFE_XML_ELEMENTS.has(name) ? safeText(text) : REDACTED
    return `<${end}${name}${attributes ?? ''}>${shown}`
  })
}

/** The top-level field names of a JSON object or form body, or `undefined` for any other body. */
function fieldsOf(body: unknown): string[] | undefined {
  if (typeof body === 'string') {
    const trimmed = body.trim()
    if (trimmed.startsWith('{')) {
      try {
        return fieldsOf(JSON.parse(trimmed))
      } catch {
        return undefined
      }
    }
    if (looksLikeForm(trimmed)) return formNames(trimmed)
    return undefined
  }
  if (typeof body !== 'object' || Array.isArray(body)) return undefined
  try {
    if (typeof URLSearchParams !== 'undefined' && body instanceof URLSearchParams) return [...new Set(body.keys())]
    const names: string[] = []
    for (const name in body) if (Object.hasOwn(body, name) && names.push(name) >= MAX_FIELDS) break
    return names
  } catch {
    return undefined
  }
}

/** `name=value&name=value` with no spaces. */
function looksLikeForm(text: string): boolean {
  return text.length > 0 && /^[^\s=&]{1,256}=[^\s]*$/.test(text.slice(0, 65536))
}

function formNames(text: string): string[] {
  return text
    .split('&')
    .slice(0, MAX_FIELDS)
    .map((pair) => pair.split('=')[0] ?? '')
    .filter((name) => name !== '')
}

function maskForm(text: string): string {
  return formNames(text)
    .map((name) => `${name}=${REDACTED}`)
    .join('&')
}
