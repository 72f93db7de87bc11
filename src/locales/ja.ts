/**
 * `apigw-doctor/locales/ja`: the Japanese overlay. Importing it registers it, so that `locale: 'ja'` (or
 * `'auto'` on a Japanese system) writes every diagnosis in Japanese:
 *
 * ```ts
 * import 'apigw-doctor/locales/ja'
 * import { diagnose } from 'apigw-doctor'
 * diagnose(reply, { locale: 'ja' })
 * ```
 *
 * Only this entry holds Japanese, so English-only bundles carry none of it. The texts live in
 * `src/locales/ja/`, one file per layer. The registration stays in this file, the build entry itself, so
 * that bundlers keep it (package.json lists `./dist/locales/*.js` as having side effects).
 * @module
 */
import { registerLocale } from '../texts/locale.ts'
import { ja } from './ja/index.ts'

registerLocale(ja)

export { ja }
