import type { Rule } from '../catalog/rule.ts'
import { type ResponseSnapshot, takeSnapshot } from '../reading/snapshot.ts'
import { ENGLISH_HINTS, fillHint } from '../texts/hints.ts'
import {
  detectLanguage,
  type HintTexts,
  type LocaleOption,
  type LocaleTexts,
  resolveLocale,
  type SignatureTexts,
} from '../texts/locale.ts'
import type { Confidence, DiagnoseInput, DiagnoseOptions, Diagnosis, RouteTable, Signature } from '../types.ts'
import { builtInCandidates, builtInErrorTypes } from './catalog-index.ts'
import { findingsFor, placeFindings } from './findings.ts'
import { fitSignature, type SignatureFit } from './match.ts'
import { ENGLISH_WORDS, fill, placeholderValues, rankCauses } from './rank.ts'
import { type AwsSignals, readRequestIds, readSignals, redactOnce } from './signals.ts'

/** The built-in catalog's English texts by code (src/catalog/generated/texts-en.ts). */
export type EnglishTexts = Readonly<Record<string, SignatureTexts>>

/**
 * `diagnose()` with the built-in English texts passed in rather than imported: the middleware loads them as a
 * chunk of their own, which a page that diagnoses in Japanese never fetches. Without `english`, a built-in
 * signature's texts come from the language's overlay alone (the Japanese one has them all).
 */
export function diagnoseWith(
  input: DiagnoseInput,
  options: DiagnoseOptions,
  english: EnglishTexts | undefined,
): Diagnosis | undefined {
  try {
    const reply = takeSnapshot(input, options)
    // Status 0 is a reply whose status is unknown (a pasted body): diagnosed from what it does carry.
    if (reply.status === 0 ? reply.trimmed === '' && reply.headers.size === 0 : reply.status < 200 || reply.status > 599)
      return undefined
    return diagnoseSnapshot(reply, options.signatures ?? [], languageOf(options.locale), options.routes, english)
  } catch {
    // The engine must never make a failing request worse: an internal error means "no diagnosis".
    return undefined
  }
}

/** The language a diagnosis is written in: its tag and, when loaded, its overlay. */
export interface Language {
  id: string
  overlay?: LocaleTexts
}

/** Resolves the `locale` option. */
export function languageOf(option: LocaleOption | undefined): Language {
  const overlay = resolveLocale(option)
  if (overlay !== undefined) return { id: overlay.id, overlay }
  if (option === undefined || option === 'en') return { id: 'en' }
  return { id: typeof option === 'object' ? option.id : option === 'auto' ? detectLanguage() : option }
}

/** Diagnoses a snapshot with the custom signatures first, then the built-in catalog. */
export function diagnoseSnapshot(
  reply: ResponseSnapshot,
  custom: readonly Signature[],
  language: Language = { id: 'en' },
  routes?: RouteTable,
  english?: EnglishTexts,
): Diagnosis | undefined {
  const signals = readSignals(reply, knownErrorTypes(custom))
  const ranked = bestFits(custom, reply, signals) ?? bestFits(builtInCandidates(reply, signals), reply, signals)
  if (ranked === undefined) return undefined
  const [best, runnerUp] = ranked
  if (best === undefined) return undefined
  const tie = runnerUp !== undefined && runnerUp.score === best.score && runnerUp.signature.code !== best.signature.code
  return buildDiagnosis(best, tie ? runnerUp : undefined, reply, signals, language, routes, english)
}

/** The fits of a catalog, best first; `undefined` when no signature fits with enough AWS evidence. */
function bestFits(catalog: readonly Rule[], reply: ResponseSnapshot, signals: AwsSignals): SignatureFit[] | undefined {
  const fits: SignatureFit[] = []
  for (const signature of catalog) {
    let fit: SignatureFit | undefined
    try {
      fit = fitSignature(signature, reply, signals, false)
    } catch {
      continue // A malformed custom signature must not hide the rest of the catalog.
    }
    if (fit !== undefined && hasAwsEvidence(fit, signals)) fits.push(fit)
  }
  if (fits.length === 0) return undefined
  // Stable: on equal scores the catalog order decides.
  return fits.sort((a, b) => b.score - a.score)
}

/** The error types (lower case) the catalog and the custom signatures name. */
function knownErrorTypes(custom: readonly Signature[]): ReadonlySet<string> {
  if (custom.length === 0) return builtInErrorTypes()
  return new Set([...builtInErrorTypes(), ...errorTypesOf(custom)])
}

function errorTypesOf(catalog: readonly Signature[]): Set<string> {
  const types = new Set<string>()
  for (const signature of catalog) {
    try {
      for (const m of [signature.match, ...(signature.alsoMatch ?? [])])
        for (const type of Array.isArray(m?.errorType) ? m.errorType : [])
          if (typeof type === 'string') types.add(type.toLowerCase())
    } catch {
      // A malformed custom signature names no error type; bestFits skips it too.
    }
  }
  return types
}

/**
 * A diagnosis needs an AWS header, an AWS host, or a body only AWS sends; or, failing those, API Gateway's
 * default body shape from a reply no other server claims (then it is `low`, with a hint saying what would
 * confirm it).
 */
function hasAwsEvidence(fit: SignatureFit, signals: AwsSignals): boolean {
  return (
    signals.awsHeader ||
    signals.awsHost ||
    fit.distinctiveBody ||
    (signals.errorTypeFromText && fit.errorTypeMatched) ||
    (fit.characteristicBody && !signals.foreignServer)
  )
}

function buildDiagnosis(
  fit: SignatureFit,
  rival: SignatureFit | undefined,
  reply: ResponseSnapshot,
  signals: AwsSignals,
  language: Language,
  routes: RouteTable | undefined,
  englishTable: EnglishTexts | undefined,
): Diagnosis {
  const signature = fit.signature
  const texts = signatureTexts(signature, language)
  const english = builtInEnglish(signature, englishTable)
  const words = language.overlay?.words
  const values = placeholderValues(reply, words ?? ENGLISH_WORDS)
  const ranked = rankCauses(signature.causes, reply, { causes: texts?.causes, english: english?.causes }, values)
  // Findings (the API's routes, the canonical request AWS quotes) name what differs: they rank first. The
  // placeholder values are read one by one: they are computed on first read, and a spread would copy none.
  const findings = findingsFor(signature, reply, routes)
  const causes =
    findings.length === 0
      ? ranked
      : placeFindings(
          ranked,
          findings,
          signature.causes,
          { request: values.request, path: values.path, stage: values.stage, host: values.host },
          texts?.causes,
          english?.causes,
        )
  const top = causes[0]
  // Candidates are scored without evidence lines: the one shown is fitted again to write them.
  const evidence = (fitSignature(signature, reply, signals) ?? fit).evidence.map((line) => line())
  // Request IDs are quoted in the evidence and again on their own: each value is redacted once.
  const redact = redactOnce()
  for (const header of signals.headerEvidence) {
    const line = header(redact)
    if (!evidence.includes(line)) evidence.push(line)
  }
  const host = reply.request.host
  if (host !== undefined && signals.awsHost)
    evidence.push(`host: ${host} (${reply.request.declaredAwsHost ? 'declared AWS host' : reply.request.hostFacts.kind})`)

  const diagnosis: Diagnosis = {
    code: signature.code,
    layer: signature.layer,
    confidence: confidenceOf(fit, rival, signals),
    status: reply.status,
    title: fill(texts?.title ?? signature.title ?? english?.title ?? '', values),
    cause: top?.cause ?? '',
    remedy: top?.remedy ?? '',
    causes,
    evidence,
    hints: hintsFor(fit, rival, reply, signals, language.overlay?.hints ?? ENGLISH_HINTS),
    docs: [...signature.docs],
  }
  const ids = readRequestIds(reply, redact)
  if (ids.requestId !== undefined) diagnosis.requestId = ids.requestId
  if (ids.extendedRequestId !== undefined) diagnosis.extendedRequestId = ids.extendedRequestId
  if (ids.cloudfrontId !== undefined) diagnosis.cloudfrontId = ids.cloudfrontId
  if (ids.traceId !== undefined) diagnosis.traceId = ids.traceId
  return diagnosis
}

const LOWER: Record<Confidence, Confidence> = { high: 'medium', medium: 'low', low: 'low' }
const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 }

function confidenceOf(fit: SignatureFit, rival: SignatureFit | undefined, signals: AwsSignals): Confidence {
  const headersVisible = signals.awsHeader
  let confidence: Confidence
  if (headersVisible && fit.specific && !fit.bodyCustomized && !fit.bodyUnread) confidence = 'high'
  else if (fit.matchedContent || fit.specific) confidence = 'medium'
  else confidence = 'low'
  if (rival !== undefined) confidence = LOWER[confidence]
  if (signals.localHost) confidence = 'low'
  // Only the body's shape says AWS, or another server named itself on a reply whose body AWS could have sent.
  if (!signals.awsHeader && !signals.awsHost && !fit.distinctiveBody && !(signals.errorTypeFromText && fit.errorTypeMatched))
    confidence = 'low'
  if (signals.foreignServer && !signals.awsHeader) confidence = 'low'
  // CloudFront and load balancers pass an API's own headers through: when theirs are visible and no API
  // header came with a reply matched on its body alone, that body is as likely the origin app's own JSON
  // (many frameworks answer {"message":"Not Found"}).
  if (API_LAYERS.has(fit.signature.layer) && headersVisible && !signals.apiHeader && !fit.specific) confidence = 'low'
  const cap = fit.signature.maxConfidence
  if (cap !== undefined && RANK[confidence] > RANK[cap]) confidence = cap
  return confidence
}

const API_LAYERS: ReadonlySet<string> = new Set(['api-gateway-rest', 'api-gateway-http', 'lambda-url'])

/**
 * The English texts of a built-in rule, which carries none itself (a custom signature carries its own, and a
 * custom one that reuses a built-in code keeps them).
 */
function builtInEnglish(signature: Rule, table: EnglishTexts | undefined): SignatureTexts | undefined {
  return signature.title === undefined && table !== undefined && Object.hasOwn(table, signature.code)
    ? table[signature.code]
    : undefined
}

/** A signature's texts in the diagnosis language: its own, else the overlay's, else none (English). */
function signatureTexts(signature: Rule, language: Language): SignatureTexts | undefined {
  if (language.id === 'en') return undefined
  const own = signature.texts
  if (own !== undefined && Object.hasOwn(own, language.id)) return own[language.id]
  const overlay = language.overlay?.signatures
  return overlay !== undefined && Object.hasOwn(overlay, signature.code) ? overlay[signature.code] : undefined
}

function hintsFor(
  fit: SignatureFit,
  rival: SignatureFit | undefined,
  reply: ResponseSnapshot,
  signals: AwsSignals,
  texts: HintTexts,
): string[] {
  const hints: string[] = []
  const defaultStatus = fit.signature.match.status?.[0]
  if (fit.statusRemapped && defaultStatus !== undefined)
    hints.push(fillHint(texts.statusRemapped, { defaultStatus, status: reply.status }))
  if (fit.bodyCustomized) hints.push(texts.bodyCustomized)
  if (fit.bodyUnread) hints.push(texts.bodyUnread)
  if (rival !== undefined) hints.push(fillHint(texts.rival, { rival: rival.signature.code }))
  if (!signals.awsHeader && !signals.awsHost && !fit.distinctiveBody && !(signals.errorTypeFromText && fit.errorTypeMatched))
    hints.push(texts.confirmAws)
  else if (!signals.awsHeader && API_LAYERS.has(fit.signature.layer)) hints.push(texts.headersHidden)
  if (reply.status === 0) hints.push(texts.statusUnknown)
  if (signals.localHost) hints.push(texts.localHost)
  if (reply.truncated) hints.push(texts.truncated)
  return hints
}
