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
 * `src/locales/ja/`, one file per layer.
 * @module
 */
import { type LocaleTexts, registerLocale } from '../locale.ts'
import { albJa } from './ja/alb.ts'
import { clbJa } from './ja/clb.ts'
import { cloudfrontJa } from './ja/cloudfront.ts'
import { hintsJa, wordsJa } from './ja/hints.ts'
import { httpJa } from './ja/http.ts'
import { labelsJa } from './ja/labels.ts'
import { lambdaUrlJa } from './ja/lambda-url.ts'
import { noResponseJa } from './ja/no-response.ts'
import { restJa } from './ja/rest.ts'
import { restIntegrationJa } from './ja/rest-integration.ts'
import { wafJa } from './ja/waf.ts'

/** The Japanese texts: every built-in signature, `NO_RESPONSE`, the engine's hints and the output labels. */
export const ja: LocaleTexts = {
  id: 'ja',
  signatures: {
    ...wafJa,
    ...cloudfrontJa,
    ...albJa,
    ...clbJa,
    ...lambdaUrlJa,
    ...restJa,
    ...restIntegrationJa,
    ...httpJa,
    NO_RESPONSE: noResponseJa,
  },
  hints: hintsJa,
  words: wordsJa,
  labels: labelsJa,
}

registerLocale(ja)
