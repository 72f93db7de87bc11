/**
 * The language of the CLI's report: `--locale`, else `ja` when `LC_ALL`, `LC_MESSAGES` or `LANG` (the
 * first one set) starts with `ja`, else English. The Japanese overlay is always loaded: the CLI runs in
 * Node, where its size does not matter.
 * @module
 */
import '../locales/ja.ts'

/** The languages `--locale` takes. */
export const CLI_LOCALES: readonly CliLocale[] = ['en', 'ja', 'auto']

/** A value of `--locale`. */
export type CliLocale = 'en' | 'ja' | 'auto'

/** The language to write in, from `--locale` and the environment the CLI was given. */
export function cliLocale(option: CliLocale | undefined, env: Readonly<Record<string, string | undefined>>): 'en' | 'ja' {
  if (option === 'en' || option === 'ja') return option
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
  return value.toLowerCase().startsWith('ja') ? 'ja' : 'en'
}
