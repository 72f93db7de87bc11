/**
 * The Japanese overlay's texts, assembled: pure data, no registration. `src/locales/ja.ts` (the
 * `apigw-doctor/locales/ja` entry) registers it; the CLI passes it to the engine directly.
 * @module
 */
import type { LocaleTexts } from '../../texts/locale.ts'
import { albJa } from './alb.ts'
import { clbJa } from './clb.ts'
import { cloudfrontJa } from './cloudfront.ts'
import { hintsJa, wordsJa } from './hints.ts'
import { httpJa } from './http.ts'
import { labelsJa } from './labels.ts'
import { lambdaUrlJa } from './lambda-url.ts'
import { noResponseJa } from './no-response.ts'
import { restJa } from './rest.ts'
import { restIntegrationJa } from './rest-integration.ts'
import { wafJa } from './waf.ts'

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
