/**
 * The language of the CLI's report: `--locale`, else Japanese when `LC_ALL`, `LC_MESSAGES` or `LANG` (the
 * first one set) starts with `ja`, else English. The Japanese overlay is imported statically (the CLI runs
 * in Node, where its size does not matter) and handed to the engine as an object, so no registration (a
 * side effect a bundler could drop) is involved.
 * @module
 */
import type { LocaleOption } from '../locale.ts'
import { ja } from '../locales/ja/index.ts'

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
