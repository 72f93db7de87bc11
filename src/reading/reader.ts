/**
 * The tolerant reader: turns a reply's text, in whatever shape it arrived or was pasted (JSON, a JSON
 * fragment or near-JSON, an XML error document, plain text, an HTML page or the text a browser renders from
 * it, a quoted or escaped string), into what signatures match on: the messages it holds and its plain text.
 * Every pattern here is bounded (no nested quantifiers), and the work is linear in the text's length.
 */

/** A message found in a reply's text. */
export interface FoundMessage {
  /**
   * Where it was found: a `message`/`Message` field (JSON, a fragment, a JavaScript or Python object),
   * `xml` (`<Message>`), or `text` (the whole text, or one line of it).
   */
  key: 'message' | 'Message' | 'xml' | 'text'
  value: string | null
  /** The value was cut by whoever pasted it (it ends with `...` or `…`, or its closing quote is missing). */
  cut: boolean
  /** The field is the only one of its object: the shape of an API Gateway default body. */
  alone: boolean
}

/** What a reply's text says, read tolerantly. */
export interface Reading {
  /** The messages found, the most structured first. */
  messages: FoundMessage[]
  /** The text as a person reads it, lower-cased: markup removed, entities and escapes decoded, white space collapsed. */
  plain: string
  /** The text had markup (HTML or XML tags). */
  markup: boolean
  /** The error type an XML error document names by its root element (`<MissingAuthenticationTokenException>`). */
  errorType?: string
}

const NO_READING: Reading = { messages: [], plain: '', markup: false }

/** Longest message kept. */
const MAX_MESSAGE = 4096
/** Fields and lines looked at, at most. */
const MAX_FIELDS = 16
const MAX_LINES = 64

/** Reads a reply's text (`parsed`: the body when a client handed it over already parsed). */
export function readText(text: string | undefined, parsed?: unknown): Reading {
  if (text === undefined) return NO_READING
  const messages: FoundMessage[] = []
  const json = parsed !== undefined ? parsed : parseJson(text)
  const fromJson = json !== undefined
  if (fromJson) addJsonMessages(json, messages, 0)
  const markup = /<[A-Za-z!?/][^<>]{0,2000}>/.test(text)
  const decoded = unescapeQuoted(text)
  if (!fromJson) addFieldMessages(decoded, messages)
  const errorType = markup ? xmlErrorType(decoded) : undefined
  if (markup) addXmlMessages(decoded, messages)
  const plain = plainText(decoded, markup)
  if (!fromJson && !markup) addTextMessages(decoded, messages)
  return { messages, plain: plain.toLowerCase(), markup, errorType }
}

/** The same text reduced as for `Reading.plain`, for comparing a signature's fragment with a reading. */
export function plainFragment(fragment: string): string {
  return plainText(fragment, /<[^<>]{1,200}>/.test(fragment)).toLowerCase()
}

function parseJson(text: string): unknown {
  const start = text.trimStart()[0]
  if (start !== '{' && start !== '"') return undefined
  try {
    const value: unknown = JSON.parse(text)
    // A body logged as a JSON string holds the JSON text itself.
    if (typeof value === 'string') return value.trimStart().startsWith('{') ? parseJson(value) : undefined
    return value
  } catch {
    return undefined
  }
}

function addJsonMessages(json: unknown, messages: FoundMessage[], depth: number): void {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return
  const record = json as Record<string, unknown>
  let keys: string[]
  try {
    keys = Object.keys(record)
    for (const key of ['message', 'Message'] as const) {
      if (!Object.hasOwn(record, key)) continue
      const value = record[key]
      if (typeof value === 'string') messages.push(found(key, value, keys.length === 1))
      else if (value === null) messages.push({ key, value: null, cut: false, alone: keys.length === 1 })
    }
  } catch {
    return // a throwing getter on a caller-built object
  }
  // A client's or SDK's wrapper around the reply: { error: { message } }, { response: { data: … } }.
  if (depth >= 2 || messages.length > 0) return
  for (const key of keys.slice(0, MAX_FIELDS))
    if (typeof record[key] === 'object') addJsonMessages(record[key], messages, depth + 1)
}

/**
 * `message: …` fields in fragments and near-JSON: `"message": "…"` without braces, single quotes (Python,
 * JavaScript's console), unquoted keys, a value cut where the paste ended.
 */
const FIELD =
  /(?:^|[^\w$])["']?(message|Message)["']?[ \t]{0,8}(?:[:=]|=>)[ \t]{0,8}(?:"((?:[^"\\\r\n]|\\.){0,4096})("?)|'((?:[^'\\\r\n]|\\.){0,4096})('?)|(null|None|nil)\b|([^\s"'{}[\],][^\r\n,{}]{0,300}))/g
/** A quoted key: how many fields the pasted object has. */
const QUOTED_KEY = /["'][\w$-]{1,64}["'][ \t]{0,8}:/g
const UNQUOTED_KEY = /(?:^|[{,])[ \t\r\n]{0,32}[A-Za-z_$][\w$]{0,63}[ \t]{0,8}:(?!\/\/)/g

function addFieldMessages(text: string, messages: FoundMessage[]): void {
  // How many fields the text has is counted only once a message field is found: most pages have none.
  let fields: number | undefined
  let seen = 0
  for (const match of text.matchAll(FIELD)) {
    if (++seen > MAX_FIELDS) break
    const key = match[1] as 'message' | 'Message'
    const [, , double, doubleEnd, single, singleEnd, nothing, bare] = match
    fields ??= Math.max(count(text, QUOTED_KEY), count(text, UNQUOTED_KEY))
    const alone = fields <= 1
    if (nothing !== undefined) messages.push({ key, value: null, cut: false, alone })
    else if (double !== undefined) messages.push(found(key, decodeEscapes(double), alone, doubleEnd === ''))
    else if (single !== undefined) messages.push(found(key, decodeEscapes(single), alone, singleEnd === ''))
    else if (bare !== undefined) messages.push(found(key, bare, alone))
  }
}

/** `<Message>…</Message>` of an XML error document (S3, CloudFront, API Gateway's XML replies). */
function addXmlMessages(text: string, messages: FoundMessage[]): void {
  let seen = 0
  for (const match of text.matchAll(/<(?:Message|message)>([^<]{0,4096})<\/(?:Message|message)>/g)) {
    if (++seen > MAX_FIELDS) break
    messages.push(found('xml', decodeEntities(match[1] ?? ''), false))
  }
}

/** The root element of an XML error document, when it names an exception: `<FooException>`. */
function xmlErrorType(text: string): string | undefined {
  const root = /^\s{0,256}(?:<\?xml[^>]{0,200}\?>\s{0,256})?<([A-Za-z][\w.]{0,127})>/.exec(text)?.[1]
  return root !== undefined && /(?:Exception|Fault)$/.test(root) ? root : undefined
}

/** Plain text: the whole text and each of its lines, unquoted, as candidate messages. */
function addTextMessages(text: string, messages: FoundMessage[]): void {
  const whole = unquote(text.trim())
  if (whole !== '' && whole.length <= MAX_MESSAGE) messages.push(found('text', whole, false))
  const lines = text.split(/\r?\n/, MAX_LINES)
  if (lines.length < 2) return
  for (const line of lines) {
    const value = unquote(line.trim())
    if (value !== '' && value !== whole && value.length <= 512) messages.push(found('text', value, false))
  }
}

function found(key: FoundMessage['key'], raw: string, alone: boolean, unterminated = false): FoundMessage {
  let value = raw.trim().slice(0, MAX_MESSAGE)
  let cut = unterminated
  const ellipsis = /(?:\.{3}|…)$/.exec(value)
  if (ellipsis !== null) {
    value = value.slice(0, ellipsis.index).trimEnd()
    cut = true
  }
  return { key, value, cut, alone }
}

function count(text: string, pattern: RegExp): number {
  let n = 0
  for (const _ of text.matchAll(pattern)) if (++n > MAX_FIELDS) break
  return n
}

/** Strips one pair of surrounding quotes or backticks. */
function unquote(text: string): string {
  const first = text[0]
  if (text.length >= 2 && (first === '"' || first === "'" || first === '`') && text.endsWith(first))
    return text.slice(1, -1).trim()
  return text
}

/** Decodes the escapes of a quoted string (`\"`, `\n`, `\u00e9`…) as JSON does, tolerating stray ones. */
function decodeEscapes(value: string): string {
  if (!value.includes('\\')) return value
  try {
    return JSON.parse(`"${value.replaceAll("\\'", "'")}"`) as string
  } catch {
    return value.replace(/\\(.)/g, '$1')
  }
}

/**
 * A page or document pasted from a log or a JSON string carries its quotes and line breaks escaped
 * (`\"`, `\n`): decoded once so sentences and fields read as on the page.
 */
function unescapeQuoted(text: string): string {
  if (!/\\["nrt/]/.test(text)) return text
  // A scan rather than a replace() callback: a text made of escapes would call it for every character.
  let out = ''
  let copied = 0
  let at = text.indexOf('\\')
  while (at !== -1 && at + 1 < text.length) {
    const ch = text[at + 1] as string
    const decoded = ch === 'n' || ch === 'r' || ch === 't' ? ' ' : ch === '"' || ch === '/' || ch === '\\' ? ch : undefined
    if (decoded === undefined) {
      at = text.indexOf('\\', at + 1)
      continue
    }
    out += text.slice(copied, at) + decoded
    copied = at + 2
    at = text.indexOf('\\', copied)
  }
  return out + text.slice(copied)
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(
    /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|([a-z]{2,6}));/g,
    (whole, dec?: string, hex?: string, name?: string) => {
      if (name !== undefined) return ENTITIES[name] ?? whole
      const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? '', 16)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    },
  )
}

/** What a browser shows of the text: no tags, no scripts or styles, entities decoded, white space collapsed. */
function plainText(text: string, markup: boolean): string {
  const out = markup ? stripTags(text) : text
  // Copying from a rendered page can turn quotes typographic: doesn’t → doesn't.
  return decodeEntities(out)
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Elements whose content a browser does not show in the page. */
const HIDDEN = ['script', 'style', 'title'] as const

/** Removes tags, comments and hidden elements in one pass (no regex: the work stays linear). */
function stripTags(text: string): string {
  const lower = text.toLowerCase()
  // Where a search for an element's closing tag found none: a later search from further on cannot find one
  // either, so a text of many unclosed <script> tags stays linear.
  const unclosedFrom: Record<string, number> = {}
  let out = ''
  let at = 0
  while (at < text.length) {
    const open = text.indexOf('<', at)
    if (open === -1) break
    out += `${text.slice(at, open)} `
    let end: number
    if (text.startsWith('<!--', open)) {
      end = text.indexOf('-->', open + 4)
      end = end === -1 ? -1 : end + 3
    } else {
      const close = text.indexOf('>', open + 1)
      end = close === -1 ? -1 : close + 1
      const hidden = HIDDEN.find((name) => lower.startsWith(name, open + 1) && !/[\w-]/.test(lower[open + 1 + name.length] ?? ''))
      if (hidden !== undefined && end !== -1 && end < (unclosedFrom[hidden] ?? Number.POSITIVE_INFINITY)) {
        const closing = lower.indexOf(`</${hidden}`, end)
        const after = closing === -1 ? -1 : text.indexOf('>', closing)
        if (after !== -1) end = after + 1
        else unclosedFrom[hidden] = end
      }
    }
    if (end === -1) return out + text.slice(open)
    at = end
  }
  return out + text.slice(at)
}
