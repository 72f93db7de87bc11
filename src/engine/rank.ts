import type { RuleCause } from '../catalog/rule.ts'
import { maskPath } from '../output/mask.ts'
import type { ResponseSnapshot } from '../reading/snapshot.ts'
import type { CauseTexts, PlaceholderWords } from '../texts/texts.ts'
import type { Condition, RankedCause } from '../types.ts'

/** Whether a condition holds for this reply and request. Unknown facts never satisfy a condition. */
export function conditionHolds(when: Condition, reply: ResponseSnapshot): boolean {
  const req = reply.request
  if (when.auth !== undefined && !when.auth.includes(req.auth)) return false
  if (when.sent !== undefined && (req.headerNames === undefined || !when.sent.every((name) => req.headerNames?.has(name))))
    return false
  if (when.notSent !== undefined && (req.headerNames === undefined || when.notSent.some((name) => req.headerNames?.has(name))))
    return false
  if (when.method !== undefined && (req.method === undefined || !when.method.includes(req.method))) return false
  if (when.host !== undefined && !when.host.includes(req.hostFacts.kind)) return false
  if (when.path !== undefined && (req.path === undefined || !when.path.every((trait) => req.pathTraits.has(trait)))) return false
  if (when.elapsedMs !== undefined) {
    const elapsed = reply.elapsedMs
    if (elapsed === undefined) return false
    if (when.elapsedMs.min !== undefined && elapsed < when.elapsedMs.min) return false
    if (when.elapsedMs.max !== undefined && elapsed > when.elapsedMs.max) return false
  }
  if (when.status !== undefined && !when.status.includes(reply.status)) return false
  if (when.replyHas !== undefined && !when.replyHas.every((name) => reply.headers.has(name))) return false
  if (when.messageIncludes !== undefined) {
    const message = reply.message?.value ?? reply.trimmed
    if (!message.includes(when.messageIncludes)) return false
  }
  if (when.browser !== undefined && when.browser !== reply.browser) return false
  if (when.not !== undefined && conditionHolds(when.not, reply)) return false
  return true
}

/** Where the causes' texts come from, by cause id: the language's, then English; a custom rule carries its own. */
export interface RankLanguage {
  /** The diagnosis language's texts (an overlay such as Japanese). */
  causes?: Readonly<Record<string, CauseTexts>>
  /** The built-in catalog's English texts (src/catalog/generated/texts-en.ts). */
  english?: Readonly<Record<string, CauseTexts>>
  words?: PlaceholderWords
}

/** A cause's texts: the language's, else the built-in English, else the rule's own (a custom signature's). */
export function causeTexts(
  rule: RuleCause,
  language: Readonly<Record<string, CauseTexts>> | undefined,
  english: Readonly<Record<string, CauseTexts>> | undefined,
): { readonly cause?: string; readonly remedy?: string; readonly summary?: string } {
  if (language !== undefined && Object.hasOwn(language, rule.id)) return language[rule.id] ?? rule
  if (english !== undefined && Object.hasOwn(english, rule.id)) return english[rule.id] ?? rule
  return rule
}

/**
 * Weighs each cause with the request's context and sorts them, most likely first. `values` are the
 * placeholders' values when the caller has them already.
 */
export function rankCauses(
  rules: readonly RuleCause[],
  reply: ResponseSnapshot,
  language: RankLanguage = {},
  values: PlaceholderWords = placeholderValues(reply, language.words ?? ENGLISH_WORDS),
): RankedCause[] {
  // Finding causes are placed by their findings (src/engine/findings.ts), never by weight. Loops rather than
  // filter/map/reduce: this runs on every diagnosis, and the callbacks were a good part of its cost.
  const weighted: WeightedRule[] = []
  let total = 0
  for (const rule of rules) {
    if (rule.finding === true) continue
    // A malformed custom weight (NaN, negative) counts as 0 rather than spoiling every likelihood.
    let weight = Number.isFinite(rule.weight) && rule.weight > 0 ? rule.weight : 0
    const adjust = rule.adjust
    if (adjust !== undefined)
      for (const { when, factor } of adjust) if (factor >= 0 && conditionHolds(when, reply)) weight *= factor
    weighted.push({ rule, index: weighted.length, weight })
    total += weight
  }
  weighted.sort(byWeight)
  const ranked: RankedCause[] = []
  for (const { rule, weight } of weighted) {
    const texts = causeTexts(rule, language.causes, language.english)
    const cause: RankedCause = {
      id: rule.id,
      cause: fill(texts.cause ?? '', values),
      remedy: fill(texts.remedy ?? '', values),
      summary: fill(texts.summary ?? '', values),
      likelihood: total > 0 ? Math.round((weight / total) * 1000) / 1000 : 0,
    }
    if (rule.docs !== undefined && rule.docs.length > 0) cause.docs = [...rule.docs]
    ranked.push(cause)
  }
  return ranked
}

interface WeightedRule {
  rule: RuleCause
  index: number
  weight: number
}

/** Most likely first; on equal weights the catalog order decides. */
const byWeight = (a: WeightedRule, b: WeightedRule): number => b.weight - a.weight || a.index - b.index

/** Fills `{request}`, `{path}`, `{stage}` and `{host}` with this request's facts, or neutral words. */
export function fillPlaceholders(text: string, reply: ResponseSnapshot, words: PlaceholderWords = ENGLISH_WORDS): string {
  return text.includes('{') ? fill(text, placeholderValues(reply, words)) : text
}

/**
 * The values of the placeholders for one reply, each masked once rather than once per text, and only when a
 * text uses it (most texts use none). Read them by name: they are getters, which a spread does not copy.
 */
export function placeholderValues(reply: ResponseSnapshot, words: PlaceholderWords): PlaceholderWords {
  return new LazyPlaceholders(reply, words)
}

/** Placeholder values computed on first read: masking a path no text shows is wasted work. */
class LazyPlaceholders implements PlaceholderWords {
  /** The masked path; `null` until read, `undefined` when the path is unknown. */
  #path: string | undefined | null = null
  #stage: string | undefined
  /** `{request}`, once built: most texts of a diagnosis quote it. */
  #request: string | undefined
  readonly #reply: ResponseSnapshot
  readonly #words: PlaceholderWords

  constructor(reply: ResponseSnapshot, words: PlaceholderWords) {
    this.#reply = reply
    this.#words = words
  }

  #maskedPath(): string | undefined {
    if (this.#path === null) {
      // Masked by allowlist (query-like parts, matrix parameters, user info, opaque segments), then cut: a cut
      // first could leave a token too short to be recognised as one.
      const path = this.#reply.request.path
      const masked = path === undefined ? undefined : maskPath(path)
      this.#path = masked === undefined || masked.length <= 200 ? masked : `${masked.slice(0, 197)}...`
    }
    return this.#path
  }

  get request(): string {
    if (this.#request === undefined) {
      const path = this.#maskedPath()
      const method = this.#reply.request.method
      this.#request = path === undefined ? this.#words.request : method === undefined ? path : `${method} ${path}`
    }
    return this.#request
  }

  get path(): string {
    return this.#maskedPath() ?? this.#words.path
  }

  get stage(): string {
    const segment = this.#reply.request.firstSegment
    if (segment === undefined) return this.#words.stage
    this.#stage ??= maskPath(segment).slice(0, 64)
    return this.#stage
  }

  get host(): string {
    return this.#reply.request.host ?? this.#words.host
  }
}

/** A text cut at its placeholders (literal, name, literal, …), or `null` for a text without any. */
type Template = readonly string[] | null

const templates = new Map<string, Template>()
const PLACEHOLDER = /\{(request|path|stage|host)\}/

/** A text's template, compiled once: the catalog's texts are few, and each is filled on every diagnosis. */
function templateOf(text: string): Template {
  let template = templates.get(text)
  if (template === undefined) {
    // split() with a capture group puts each placeholder's name at the odd indexes.
    const parts = text.includes('{') ? text.split(PLACEHOLDER) : []
    template = parts.length > 1 ? parts : null
    if (templates.size < 4096) templates.set(text, template)
  }
  return template
}

/**
 * Fills the placeholders of a text with values from {@link placeholderValues}, in one pass: a value is the
 * request's own text, inserted as it is (a `{path}` or `$&` inside it stays as written).
 */
export function fill(text: string, values: PlaceholderWords): string {
  const template = templateOf(text)
  if (template === null) return text
  let out = template[0] ?? ''
  for (let i = 1; i < template.length; i += 2)
    out += placeholderValue(values, template[i] as keyof PlaceholderWords) + (template[i + 1] ?? '')
  return out
}

/** A placeholder's value, read by name (each a getter of {@link LazyPlaceholders}: a keyed read is slower). */
function placeholderValue(values: PlaceholderWords, name: keyof PlaceholderWords): string {
  switch (name) {
    case 'request':
      return values.request
    case 'path':
      return values.path
    case 'stage':
      return values.stage
    default:
      return values.host
  }
}

export const ENGLISH_WORDS: PlaceholderWords = {
  request: 'this request',
  path: 'this path',
  stage: 'the stage',
  host: 'this host',
}
