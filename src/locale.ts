/**
 * Languages other than English are overlays keyed by signature code and cause id. English lives in the
 * signatures themselves, so a bundle that never imports an overlay carries no other language.
 * @module
 */
import type { PlaceholderWords } from './rank.ts'

/** Texts of one cause in one language. Placeholders as in English: `{request}`, `{path}`, `{stage}`, `{host}`. */
export interface CauseTexts {
  readonly cause: string
  readonly remedy: string
  readonly summary: string
}

/** Texts of one signature in one language; what is missing falls back to English. */
export interface SignatureTexts {
  readonly title?: string
  readonly causes?: Readonly<Record<string, CauseTexts>>
}

/** The engine's own advice lines (`Diagnosis.hints`). Placeholders: `{status}`, `{defaultStatus}`, `{rival}`. */
export interface HintTexts {
  readonly statusRemapped: string
  readonly bodyCustomized: string
  readonly bodyUnread: string
  readonly rival: string
  readonly headersHidden: string
  /** Only the body's wording says AWS: what would confirm it. */
  readonly confirmAws: string
  /** The status was not given (a pasted body). */
  readonly statusUnknown: string
  readonly localHost: string
  readonly truncated: string
}

/** A language overlay, such as the one `apigw-doctor/locales/ja` exports. */
export interface LocaleTexts {
  /** BCP 47 language tag, e.g. `ja`. */
  readonly id: string
  /** Texts by signature code (including `NO_RESPONSE`). */
  readonly signatures: Readonly<Record<string, SignatureTexts>>
  readonly hints: HintTexts
  /** What placeholders become when the fact is unknown. */
  readonly words: PlaceholderWords
  /** Labels used when formatting for people (console, CLI, enriched errors), by key. */
  readonly labels?: Readonly<Record<string, string>>
}

/** A language: `en` (default), `ja`, `auto` (the browser's or the environment's), or an overlay object. */
export type LocaleOption = 'en' | 'ja' | 'auto' | LocaleTexts

const registry = new Map<string, LocaleTexts>()

/** Makes an overlay available under its id, so that `locale: '<id>'` finds it. */
export function registerLocale(texts: LocaleTexts): void {
  registry.set(texts.id, texts)
}

/** The overlay to use for an option, or `undefined` for English (also when the overlay was not loaded). */
export function resolveLocale(option: LocaleOption | undefined): LocaleTexts | undefined {
  if (option === undefined || option === 'en') return undefined
  if (typeof option === 'object') return option
  const id = option === 'auto' ? detectLanguage() : option
  return registry.get(id)
}

/** `ja` when the browser's language or, in Node, `LC_ALL`/`LC_MESSAGES`/`LANG` starts with `ja`; else `en`. */
export function detectLanguage(): string {
  const nav = (globalThis as { navigator?: { language?: unknown } }).navigator
  if (typeof nav?.language === 'string' && typeof (globalThis as { document?: unknown }).document !== 'undefined')
    return nav.language.toLowerCase().startsWith('ja') ? 'ja' : 'en'
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env
  const value = env?.LC_ALL || env?.LC_MESSAGES || env?.LANG || ''
  return value.toLowerCase().startsWith('ja') ? 'ja' : 'en'
}
