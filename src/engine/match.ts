import type { Rule } from '../catalog/rule.ts'
import { isSafeHeader } from '../output/mask.ts'
import { redactText } from '../output/redact.ts'
import { type FoundMessage, plainFragment, type Reading } from '../reading/reader.ts'
import type { ResponseSnapshot } from '../reading/snapshot.ts'
import type { HeaderTest, SignatureMatch } from '../types.ts'
import type { AwsSignals } from './signals.ts'

/** How well one signature fits one reply. */
export interface SignatureFit {
  signature: Rule
  score: number
  /** The signals this signature matched on, quoted (and redacted) only for the fit a diagnosis shows. */
  evidence: Array<() => string>
  /** A body criterion or the error type matched (more than status and host). */
  matchedContent: boolean
  /** A criterion only AWS produces matched: error type, a distinctive body, or an AWS header test. */
  specific: boolean
  /** The reply's error type (a header, or AWS's own exception name in a paste) is one of this signature's. */
  errorTypeMatched: boolean
  /** The body criteria are distinctive of AWS and matched. */
  distinctiveBody: boolean
  /** AWS's status for this reply differs: the gateway response was customised. */
  statusRemapped: boolean
  /** The body differs from AWS's default; only the error type identified it. */
  bodyCustomized: boolean
  /** The body could not be read; only the error type identified the reply. */
  bodyUnread: boolean
  /**
   * Only API Gateway's default body shape (`{"message": "Forbidden"}`, nothing else) identified the reply:
   * characteristic of AWS, not unique to it.
   */
  characteristicBody: boolean
}

// Weights of the criteria: exact body wording beats fragments, which beat headers, which beat status.
const SCORE = {
  exactMessage: 40,
  exactText: 40,
  messagePrefix: 35,
  bodyAll: 30,
  bodyAllExtra: 2,
  bodyAny: 5,
  errorType: 20,
  header: 15,
  statusText: 10,
  host: 10,
  layer: 8,
  messageKey: 3,
  emptyBody: 2,
  status: 5,
  remappedPenalty: -4,
  customizedPenalty: -30,
} as const

/**
 * Scores a signature against a reply (its best-fitting shape); `undefined` when it does not fit. Without
 * `withEvidence` the fit's `evidence` is empty: the engine scores every candidate that way and asks the one it
 * shows for its evidence, so that the others allocate no evidence lines.
 */
export function fitSignature(
  signature: Rule,
  reply: ResponseSnapshot,
  signals: AwsSignals,
  withEvidence = true,
): SignatureFit | undefined {
  let best = fitShape(signature, signature.match, reply, signals, withEvidence)
  const others = signature.alsoMatch
  if (others !== undefined)
    for (const shape of others) {
      const fit = fitShape(signature, shape, reply, signals, withEvidence)
      if (fit !== undefined && (best === undefined || fit.score > best.score)) best = fit
    }
  return best
}

/** The evidence of a fit scored without it: shared, never written to. */
const NO_EVIDENCE: Array<() => string> = Object.freeze([]) as unknown as Array<() => string>

/** Whether a status rules out every shape of a signature. */
export function signatureRuledOutByStatus(signature: Rule, status: number): boolean {
  return (
    ruledOutByStatus(signature.match, status) && (signature.alsoMatch ?? []).every((shape) => ruledOutByStatus(shape, status))
  )
}

function fitShape(
  signature: Rule,
  m: SignatureMatch,
  reply: ResponseSnapshot,
  signals: AwsSignals,
  withEvidence: boolean,
): SignatureFit | undefined {
  // Most signatures are ruled out by their status alone: check it before reading the body. An unknown status
  // (a pasted body) rules nothing out.
  const statusKnown = reply.status !== 0
  if (statusKnown && ruledOutByStatus(m, reply.status)) return undefined
  const evidence: Array<() => string> | undefined = withEvidence ? [] : undefined
  let score = 0

  // x-amzn-ErrorType must agree when the reply carries it; when it is hidden or absent it proves nothing.
  let errorTypeMatched = false
  // Every shape of a signature answers to the error type of its main one.
  const errorTypes = m.errorType ?? signature.match.errorType
  const wanted = signals.errorTypeKey
  if (wanted !== undefined && errorTypes !== undefined) {
    if (!errorTypes.some((type) => type.toLowerCase() === wanted)) return undefined
    errorTypeMatched = true
    score += SCORE.errorType
    evidence?.push(() => `x-amzn-errortype: ${signals.errorType}`)
  }

  const body = fitBody(m, reply, evidence)
  let bodyCustomized = false
  let bodyUnread = false
  if (body === undefined) {
    // A customised gateway response keeps its error type but not AWS's wording; a body we could not read
    // (absent, binary, a stream left to the caller) says nothing either way.
    if (!(m.customizable === true && errorTypeMatched)) return undefined
    bodyUnread = reply.text === undefined && reply.bodyKind !== 'json'
    bodyCustomized = !bodyUnread && !signals.errorTypeFromText
    // With no body to compare, the error type decides, whatever other layer's headers ride along.
    if (bodyCustomized) score += SCORE.customizedPenalty
  } else {
    score += body.score
  }

  // Read key by key rather than through Object.entries, which built an array of pairs for every shape.
  let headerTests = 0
  const headers = m.headers
  if (headers !== undefined)
    for (const name of Object.keys(headers)) {
      const value = reply.headers.get(name)
      if (value === undefined || !headerHolds(value, headers[name] as HeaderTest)) return undefined
      score += SCORE.header
      headerTests++
      evidence?.push(headerLine(name, value))
    }
  // Absence only excludes: scoring it would break the tie between look-alikes whose headers are hidden.
  if (m.absentHeaders !== undefined) for (const name of m.absentHeaders) if (reply.headers.has(name)) return undefined
  let statusTextMatched = false
  if (m.statusText !== undefined) {
    const text = reply.statusText.toLowerCase()
    if (!m.statusText.some((phrase) => text.includes(phrase.toLowerCase()))) return undefined
    score += SCORE.statusText
    statusTextMatched = true
    evidence?.push(() => `reason phrase: ${redactText(reply.statusText)}`)
  }
  const hostKind = reply.request.hostFacts.kind
  if (m.hosts !== undefined && hostKind !== 'unknown') {
    if (!m.hosts.includes(hostKind)) return undefined
    score += SCORE.host
  }
  if (signals.layers.has(signature.layer)) score += SCORE.layer

  let statusRemapped = false
  if (m.status !== undefined && statusKnown) {
    if (m.status.includes(reply.status)) {
      score += SCORE.status
    } else if (m.customizable === true && reply.status >= 400 && (errorTypeMatched || (body?.matchedContent ?? false))) {
      // A gateway response can be remapped to another error status; a success status is no error reply.
      statusRemapped = true
      score += SCORE.remappedPenalty
    } else {
      return undefined
    }
  }
  evidence?.unshift(() => `status: ${reply.status || 'none'}`)

  // A load balancer's own reason phrase is as telling as a body.
  const matchedContent = errorTypeMatched || statusTextMatched || (body?.matchedContent ?? false)
  const distinctiveBody = m.distinctive === true && (statusTextMatched || (body?.matchedContent ?? false))
  return {
    signature,
    score,
    evidence: evidence ?? NO_EVIDENCE,
    matchedContent,
    specific: errorTypeMatched || distinctiveBody || headerTests > 0,
    distinctiveBody,
    statusRemapped,
    bodyCustomized,
    bodyUnread,
    characteristicBody: body?.characteristic === true && !errorTypeMatched,
    errorTypeMatched,
  }
}

/** A reply with this status cannot be this one (a customisable gateway response takes any status). */
export function ruledOutByStatus(m: SignatureMatch, status: number): boolean {
  return m.status !== undefined && m.customizable !== true && !m.status.includes(status)
}

interface BodyFit {
  score: number
  matchedContent: boolean
  /** The body is API Gateway's default `{"message": …}` shape with the wording matched. */
  characteristic: boolean
}

/**
 * The body criteria of a signature; `undefined` when one fails. Evidence lines go to `evidence`, when given.
 * No closure is made here but the evidence lines (by the helpers below): this runs for every candidate.
 */
function fitBody(m: SignatureMatch, reply: ResponseSnapshot, evidence: Array<() => string> | undefined): BodyFit | undefined {
  let score = 0
  let matchedContent = false
  let characteristic = false
  const distinctive = m.distinctive === true
  const reading = reply.reading
  if (m.message !== undefined) {
    const wanted = m.message
    const found = findMessage(reading, distinctive, m.messageKey, wanted, false)
    if (found === undefined) {
      const sentence = distinctive ? firstSentenceIn(reading.plain, wanted) : undefined
      if (sentence === undefined) return undefined
      // The evidence quotes the first wanted text, as written.
      evidence?.push(containsLine(firstText(wanted)))
    } else {
      characteristic = isCharacteristic(found, m.messageKey)
      // A whole message that matched is one of the catalog's texts, whose quote is kept.
      evidence?.push(found.cut ? messageLine(found) : catalogMessageLine(found))
    }
    score += SCORE.exactMessage
    matchedContent = true
  }
  if (m.messageStartsWith !== undefined) {
    const prefixes = m.messageStartsWith
    const found = findMessage(reading, distinctive, m.messageKey, prefixes, true)
    if (found === undefined) {
      const prefix = distinctive ? firstSentenceIn(reading.plain, prefixes) : undefined
      if (prefix === undefined) return undefined
      evidence?.push(containsLine(prefix))
    } else {
      evidence?.push(messageLine(found))
    }
    score += SCORE.messagePrefix
    matchedContent = true
  }
  if (m.messageKey !== undefined) {
    // A fragment or plain text does not show the key; a JSON body that shows another one rules it out.
    const shown = shownKey(reading)
    if (shown !== undefined && shown !== m.messageKey) return undefined
    if (shown === m.messageKey) score += SCORE.messageKey
  }
  if (m.text !== undefined) {
    // A plain-text reply: the whole body, or a line of it as pasted; never a JSON field.
    if (!(m.text.includes(reply.trimmed) || hasTextLine(reading, m.text))) return undefined
    score += SCORE.exactText
    matchedContent = true
    evidence?.push(bodyLine(reply))
  }
  if (m.bodyIncludes !== undefined || m.bodyIncludesAny !== undefined) {
    const pages = fitPageFragments(m, reply, evidence)
    if (pages === undefined) return undefined
    score += pages
    matchedContent = true
  }
  if (m.emptyBody === true) {
    if (reply.trimmed !== '') return undefined
    score += SCORE.emptyBody
    evidence?.push(emptyBodyLine)
  }
  return { score, matchedContent, characteristic }
}

/** The first of the wanted texts that stands as a sentence in the plain text. */
function firstSentenceIn(plain: string, wanted: readonly (string | null)[]): string | undefined {
  for (const text of wanted) if (text !== null && containsSentence(plain, text)) return text
  return undefined
}

function firstText(wanted: readonly (string | null)[]): string {
  for (const text of wanted) if (text !== null) return text
  return ''
}

/** The key of the first `message`/`Message` field the reader found. */
function shownKey(reading: Reading): 'message' | 'Message' | undefined {
  for (const found of reading.messages) if (found.key === 'message' || found.key === 'Message') return found.key
  return undefined
}

/** A whole line of plain text (not cut short) is one of the texts. */
function hasTextLine(reading: Reading, texts: readonly string[]): boolean {
  for (const found of reading.messages)
    if (found.key === 'text' && !found.cut && found.value !== null && texts.includes(found.value)) return true
  return false
}

// Evidence lines, made only for the fit a diagnosis shows.
const containsLine =
  (text: string): (() => string) =>
  () =>
    `body contains ${quoteCatalogText(text)}`
const messageLine =
  (found: FoundMessage): (() => string) =>
  () =>
    `${found.key}: ${quote(found.value)}`
const catalogMessageLine =
  (found: FoundMessage): (() => string) =>
  () =>
    `${found.key}: ${found.value === null ? 'null' : quoteCatalogText(found.value)}`
const bodyLine =
  (reply: ResponseSnapshot): (() => string) =>
  () =>
    `body: ${quote(reply.trimmed)}`
const emptyBodyLine = (): string => 'body: empty'
const headerLine =
  (name: string, value: string): (() => string) =>
  () =>
    `${name}: ${isSafeHeader(name) ? redactText(value).slice(0, 120) : '[REDACTED]'}`

/** The score of a shape's page fragments (`bodyIncludes`, `bodyIncludesAny`); `undefined` when they fail. */
function fitPageFragments(
  m: SignatureMatch,
  reply: ResponseSnapshot,
  evidence: Array<() => string> | undefined,
): number | undefined {
  let score = 0
  // A short fragment ("Request blocked.") is read inside rendered text only beside a long one of the same page;
  // whether one stands there is found out once, when a short fragment first asks.
  let anchored: boolean | undefined
  if (m.bodyIncludes !== undefined) {
    if (m.bodyIncludes.length === 0) return undefined
    for (const fragment of m.bodyIncludes) {
      let holds = bodyHolds(reply, fragment, true)
      if (holds === ASK_ANCHOR) {
        anchored ??= isAnchored(m, reply)
        holds = shortFragmentHolds(reply, fragment, anchored)
      }
      if (holds !== true) return undefined
    }
    score += SCORE.bodyAll + SCORE.bodyAllExtra * (m.bodyIncludes.length - 1)
    if (evidence !== undefined) for (const fragment of m.bodyIncludes) evidence.push(containsLine(fragment))
  }
  if (m.bodyIncludesAny !== undefined) {
    let found: string | undefined
    for (const fragment of m.bodyIncludesAny) {
      let holds = bodyHolds(reply, fragment, false)
      if (holds === ASK_ANCHOR) {
        anchored ??= isAnchored(m, reply)
        holds = shortFragmentHolds(reply, fragment, anchored)
      }
      if (holds === true) {
        found = fragment
        break
      }
    }
    if (found === undefined) return undefined
    score += SCORE.bodyAny
    evidence?.push(containsLine(found))
  }
  return score
}

/**
 * The message the reader found that a criterion accepts: an exact value, or one the paste cut short that
 * begins the wanted text. A wording others use too (`Forbidden`) is taken only from a `message` field or an
 * XML `<Message>`; one only AWS writes, from plain text too.
 */
function findMessage(
  reading: Reading,
  distinctive: boolean,
  key: 'message' | 'Message' | undefined,
  wanted: readonly (string | null)[],
  prefixes: boolean,
): FoundMessage | undefined {
  for (const found of reading.messages) {
    if (!distinctive && found.key === 'text' && key !== undefined) continue
    if (!distinctive && found.key !== 'text' && !found.alone && found.key !== 'xml') continue
    if (
      found.cut
        ? found.value !== null && found.value.length >= 6 && beginsOne(wanted, found.value)
        : accepts(wanted, found.value, prefixes)
    )
      return found
  }
  return undefined
}

/** An exact criterion takes a value it lists; a prefix criterion, a value that starts with one of its prefixes. */
function accepts(wanted: readonly (string | null)[], value: string | null, prefixes: boolean): boolean {
  if (!prefixes) return wanted.includes(value)
  if (value === null) return false
  for (const prefix of wanted) if (prefix !== null && value.startsWith(prefix)) return true
  return false
}

/** A value cut short by whoever pasted it begins one of the wanted texts (or prefixes). */
function beginsOne(wanted: readonly (string | null)[], cut: string): boolean {
  for (const text of wanted) if (typeof text === 'string' && text.startsWith(cut)) return true
  return false
}

/**
 * A `{"message": …}` object with nothing else, or its fragment: API Gateway's default body. Characteristic
 * of AWS, not unique to it.
 */
function isCharacteristic(found: FoundMessage, key: 'message' | 'Message' | undefined): boolean {
  return (key === undefined ? found.key === 'message' || found.key === 'Message' : found.key === key) && found.alone
}

/** The sentence stands in the plain text, not inside a longer word. */
function containsSentence(plain: string, sentence: string): boolean {
  const wanted = lowerOf(sentence)
  if (wanted.length < 8) return false
  let at = plain.indexOf(wanted)
  while (at !== -1) {
    const before = plain[at - 1]
    const after = plain[at + wanted.length]
    if (
      (before === undefined || !WORD.test(before)) &&
      (after === undefined || !WORD.test(after) || !WORD.test(wanted.at(-1) ?? ''))
    )
      return true
    at = plain.indexOf(wanted, at + 1)
  }
  return false
}

const WORD = /\w/
const lowered = new Map<string, string>()

/** The lower case of a signature's text, computed once (the catalog's texts are few). */
function lowerOf(text: string): string {
  let lower = lowered.get(text)
  if (lower === undefined) {
    lower = text.toLowerCase()
    if (lowered.size < 4096) lowered.set(text, lower)
  }
  return lower
}

const plainFragments = new Map<string, string | null>()

/** Tags of an HTML page, which a browser renders away; other tags (`<Code>`, `<Message>`) are an XML document's. */
const HTML_TAG = /<\/?(?:html|head|title|body|h[1-6]|center|hr|br|p|div|span|pre|b|i|a|font|meta)\b/i
/** A fragment shorter than this is only taken, on rendered text, as a whole line ("403 ERROR", "CloudFront"). */
const SHORT_FRAGMENT = 24

/**
 * A body fragment is in the raw text, or, for a fragment of an HTML page, its words are in the text a browser
 * shows (a page copied from the screen loses its tags). XML documents are not rendered: their fragments must
 * stand as written. A fragment that is only HTML markup cannot be seen in rendered text: when the body has no
 * markup at all, it is not held against the reply (`lenient`).
 */
function bodyHolds(reply: ResponseSnapshot, fragment: string, lenient: boolean): boolean | typeof ASK_ANCHOR {
  const text = reply.text ?? ''
  if (text.includes(fragment)) return true
  const plain = plainOf(fragment)
  if (plain === null) return false
  const reading = reply.reading
  if (plain === '') return lenient && !reading.markup && text.trim() !== ''
  if (plain.length >= SHORT_FRAGMENT) return containsSentence(reading.plain, plain)
  return ASK_ANCHOR
}

/** What {@link bodyHolds} answers for a short fragment: it holds only if the shape is anchored (see below). */
const ASK_ANCHOR = 2

/** A short fragment, not in the raw text: in the rendered text of an anchored page, or as a whole line of plain text. */
function shortFragmentHolds(reply: ResponseSnapshot, fragment: string, anchored: boolean): boolean {
  const plain = plainOf(fragment) as string
  const reading = reply.reading
  if (anchored) return containsSentence(reading.plain, plain)
  if (reading.markup) return false
  return (reply.text ?? '').split('\n', 400).some((line) => line.trim().toLowerCase() === plain)
}

/** The fragment as rendered text; `null` for a fragment of an XML document, which is never rendered. */
export function plainOf(fragment: string): string | null {
  let plain = plainFragments.get(fragment)
  if (plain === undefined) {
    plain = !fragment.includes('<') || HTML_TAG.test(fragment) ? plainFragment(fragment) : null
    if (plainFragments.size < 4096) plainFragments.set(fragment, plain)
  }
  return plain
}

/** One long fragment of the signature stands in the body, so its short ones may be read inside the text. */
function isAnchored(m: SignatureMatch, reply: ResponseSnapshot): boolean {
  return hasLongFragment(m.bodyIncludes, reply) || hasLongFragment(m.bodyIncludesAny, reply)
}

function hasLongFragment(fragments: readonly string[] | undefined, reply: ResponseSnapshot): boolean {
  if (fragments === undefined) return false
  for (const fragment of fragments) {
    const plain = plainOf(fragment)
    if (plain !== null && plain.length >= SHORT_FRAGMENT && bodyHolds(reply, fragment, false) === true) return true
  }
  return false
}

function headerHolds(value: string, test: HeaderTest): boolean {
  if (test === true) return true
  const lower = value.toLowerCase()
  const wanted = typeof test === 'string' ? [test] : test
  return wanted.some((fragment) => lower.includes(fragment.toLowerCase()))
}

const quotedTexts = new Map<string, string>()

/** {@link quote} of a text of the catalog (a fragment, a wanted message), computed once: the catalog's texts are few. */
function quoteCatalogText(text: string): string {
  let quoted = quotedTexts.get(text)
  if (quoted === undefined) {
    quoted = quote(text)
    if (quotedTexts.size < 4096) quotedTexts.set(text, quoted)
  }
  return quoted
}

function quote(value: string | null): string {
  if (value === null) return 'null'
  const safe = redactText(value)
  return JSON.stringify(safe.length > 160 ? `${safe.slice(0, 157)}...` : safe)
}
