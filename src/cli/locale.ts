/**
 * The language of the CLI's report: `--locale`, else Japanese when `LC_ALL`, `LC_MESSAGES` or `LANG` (the
 * first one set) starts with `ja`, else English. The Japanese overlay is imported statically (the CLI runs
 * in Node, where its size does not matter) and handed to the engine as an object, so no registration (a
 * side effect a bundler could drop) is involved.
 * @module
 */

import { ja } from '../locales/ja/index.ts'
import type { LocaleOption } from '../texts/locale.ts'
import { messageJa } from './messages-ja.ts'

/** The languages `--locale` takes. */
export const CLI_LOCALES: readonly CliLocale[] = ['en', 'ja', 'auto']

/** A value of `--locale`. */
export type CliLocale = 'en' | 'ja' | 'auto'

/** The language to write in (`'en'` or the Japanese overlay), from `--locale` and the CLI's environment. */
export function cliLocale(option: CliLocale | undefined, env: Readonly<Record<string, string | undefined>>): LocaleOption {
  if (option === 'en') return 'en'
  if (option === 'ja') return ja
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
  return value.toLowerCase().startsWith('ja') ? ja : 'en'
}

/** `--locale` as given in `argv`, read without the rest of the options (to word a usage error). */
export function localeFromArgs(argv: readonly string[]): CliLocale | undefined {
  let found: CliLocale | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--') break
    const value = arg === '--locale' ? argv[i + 1] : arg?.startsWith('--locale=') ? arg.slice('--locale='.length) : undefined
    if (value !== undefined && CLI_LOCALES.includes(value as CliLocale)) found = value as CliLocale
  }
  return found
}

/** The report is written in Japanese. */
export function isJapanese(locale: LocaleOption): boolean {
  return locale === ja
}

/** One of the CLI's error messages in the report's language. */
export function translateError(message: string, locale: LocaleOption): string {
  return isJapanese(locale) ? messageJa(message) : message
}
