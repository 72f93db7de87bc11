import { isSafeHeader } from './mask.ts'
import { redactText } from './redact.ts'
import type { AwsSignals } from './signals.ts'
import type { ResponseSnapshot } from './snapshot.ts'
import type { HeaderTest, Signature, SignatureMatch } from './types.ts'

/** How well one signature fits one reply. */
export interface SignatureFit {
  signature: Signature
  score: number
  /** The signals this signature matched on, quoted (and redacted) only for the fit a diagnosis shows. */
  evidence: Array<() => string>
  /** A body criterion or the error type matched (more than status and host). */
  matchedContent: boolean
  /** A criterion only AWS produces matched: error type, a distinctive body, or an AWS header test. */
  specific: boolean
  /** The body criteria are distinctive of AWS and matched. */
  distinctiveBody: boolean
  /** AWS's status for this reply differs: the gateway response was customised. */
  statusRemapped: boolean
  /** The body differs from AWS's default; only the error type identified it. */
  bodyCustomized: boolean
  /** The body could not be read; only the error type identified the reply. */
  bodyUnread: boolean
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

/** Scores a signature against a reply; `undefined` when it does not fit. */
export function fitSignature(signature: Signature, reply: ResponseSnapshot, signals: AwsSignals): SignatureFit | undefined {
  const m = signature.match
  // Most signatures are ruled out by their status alone: check it before reading the body.
  if (ruledOutByStatus(m, reply.status)) return undefined
  const evidence: Array<() => string> = []
  let score = 0

  // x-amzn-ErrorType must agree when the reply carries it; when it is hidden or absent it proves nothing.
  let errorTypeMatched = false
  const wanted = signals.errorTypeKey
  if (wanted !== undefined && m.errorType !== undefined) {
    if (!m.errorType.some((type) => type.toLowerCase() === wanted)) return undefined
    errorTypeMatched = true
    score += SCORE.errorType
    evidence.push(() => `x-amzn-errortype: ${signals.errorType}`)
  }

  const body = fitBody(signature, reply)
  let bodyCustomized = false
  let bodyUnread = false
  if (body === undefined) {
    // A customised gateway response keeps its error type but not AWS's wording; a body we could not read
    // (absent, binary, a stream left to the caller) says nothing either way.
    if (!(m.customizable === true && errorTypeMatched)) return undefined
    bodyUnread = reply.text === undefined && reply.bodyKind !== 'json'
    bodyCustomized = !bodyUnread
    score += SCORE.customizedPenalty
  } else {
    score += body.score
    evidence.push(...body.evidence)
  }

  for (const [name, test] of Object.entries(m.headers ?? {})) {
    const value = reply.headers.get(name)
    if (value === undefined || !headerHolds(value, test)) return undefined
    score += SCORE.header
    evidence.push(() => `${name}: ${isSafeHeader(name) ? redactText(value).slice(0, 120) : '[REDACTED]'}`)
  }
  // Absence only excludes: scoring it would break the tie between look-alikes whose headers are hidden.
  if ((m.absentHeaders ?? []).some((name) => reply.headers.has(name))) return undefined
  let statusTextMatched = false
  if (m.statusText !== undefined) {
    const text = reply.statusText.toLowerCase()
    if (!m.statusText.some((phrase) => text.includes(phrase.toLowerCase()))) return undefined
    score += SCORE.statusText
    statusTextMatched = true
    evidence.push(() => `reason phrase: ${redactText(reply.statusText)}`)
  }
  const hostKind = reply.request.hostFacts.kind
  if (m.hosts !== undefined && hostKind !== 'unknown') {
    if (!m.hosts.includes(hostKind)) return undefined
    score += SCORE.host
  }
  if (signals.layers.has(signature.layer)) score += SCORE.layer

  let statusRemapped = false
  if (m.status !== undefined) {
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
  evidence.unshift(() => `status: ${reply.status || 'none'}`)

  // A load balancer's own reason phrase is as telling as a body.
  const matchedContent = errorTypeMatched || statusTextMatched || (body?.matchedContent ?? false)
  const distinctiveBody = m.distinctive === true && (statusTextMatched || (body?.matchedContent ?? false))
  return {
    signature,
    score,
    evidence,
    matchedContent,
    specific: errorTypeMatched || distinctiveBody || Object.keys(m.headers ?? {}).length > 0,
    distinctiveBody,
    statusRemapped,
    bodyCustomized,
    bodyUnread,
  }
}

/** A reply with this status cannot be this one (a customisable gateway response takes any status). */
export function ruledOutByStatus(m: SignatureMatch, status: number): boolean {
  return m.status !== undefined && m.customizable !== true && !m.status.includes(status)
}

interface BodyFit {
  score: number
  evidence: Array<() => string>
  matchedContent: boolean
}

/** The body criteria of a signature; `undefined` when one fails. */
function fitBody(signature: Signature, reply: ResponseSnapshot): BodyFit | undefined {
  const m = signature.match
  const evidence: Array<() => string> = []
  let score = 0
  let matchedContent = false
  const message = reply.message
  if (m.message !== undefined) {
    if (message === undefined || !m.message.includes(message.value)) return undefined
    score += SCORE.exactMessage
    matchedContent = true
    evidence.push(() => `${message.key}: ${quote(message.value)}`)
  }
  if (m.messageStartsWith !== undefined) {
    const value = message?.value
    if (typeof value !== 'string' || !m.messageStartsWith.some((prefix) => value.startsWith(prefix))) return undefined
    score += SCORE.messagePrefix
    matchedContent = true
    evidence.push(() => `${message?.key ?? 'message'}: ${quote(value)}`)
  }
  if (m.messageKey !== undefined) {
    if (message?.key !== m.messageKey) return undefined
    score += SCORE.messageKey
  }
  if (m.text !== undefined) {
    if (!m.text.includes(reply.trimmed)) return undefined
    score += SCORE.exactText
    matchedContent = true
    evidence.push(() => `body: ${quote(reply.trimmed)}`)
  }
  const text = reply.text ?? ''
  if (m.bodyIncludes !== undefined) {
    if (m.bodyIncludes.length === 0 || !m.bodyIncludes.every((fragment) => text.includes(fragment))) return undefined
    score += SCORE.bodyAll + SCORE.bodyAllExtra * (m.bodyIncludes.length - 1)
    matchedContent = true
    for (const fragment of m.bodyIncludes) evidence.push(() => `body contains ${quote(fragment)}`)
  }
  if (m.bodyIncludesAny !== undefined) {
    const found = m.bodyIncludesAny.find((fragment) => text.includes(fragment))
    if (found === undefined) return undefined
    score += SCORE.bodyAny
    matchedContent = true
    evidence.push(() => `body contains ${quote(found)}`)
  }
  if (m.emptyBody === true) {
    if (reply.trimmed !== '') return undefined
    score += SCORE.emptyBody
    evidence.push(() => 'body: empty')
  }
  return { score, evidence, matchedContent }
}

function headerHolds(value: string, test: HeaderTest): boolean {
  if (test === true) return true
  const lower = value.toLowerCase()
  const wanted = typeof test === 'string' ? [test] : test
  return wanted.some((fragment) => lower.includes(fragment.toLowerCase()))
}

function quote(value: string | null): string {
  if (value === null) return 'null'
  const safe = redactText(value)
  return JSON.stringify(safe.length > 160 ? `${safe.slice(0, 157)}...` : safe)
}
