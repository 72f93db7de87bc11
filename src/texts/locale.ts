/**
 * Languages other than English are overlays keyed by signature code and cause id. English lives in the
 * signatures themselves, so a bundle that never imports an overlay carries no other language.
 * @module
 */
import type { LocaleOption, LocaleTexts } from './texts.ts'

export type { CauseTexts, HintTexts, LocaleOption, LocaleTexts, SignatureTexts } from './texts.ts'

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
