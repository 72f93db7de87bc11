/**
 * The shapes of a language's texts: what an overlay such as `apigw-doctor/locales/ja` holds and what the
 * engine fills placeholders with. Types only, importing nothing, so that the locale registry (locale.ts)
 * and the ranking (rank.ts) both read them without importing each other.
 * @module
 */

/** What placeholders become when the fact is unknown. */
export interface PlaceholderWords {
  request: string
  path: string
  stage: string
  host: string
}

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
