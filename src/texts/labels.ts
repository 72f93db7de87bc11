/**
 * The words that frame a diagnosis for people (console output, enriched errors, the CLI report) and the
 * no-response diagnosis's own lines, in English. Overlays translate the same keys in `LocaleTexts.labels`;
 * a key an overlay lacks stays English.
 * @module
 */
import { fillHint } from './hints.ts'
import { type LocaleOption, resolveLocale } from './locale.ts'

/** English labels by key. Placeholders in braces, e.g. `{count}`. */
export const ENGLISH_LABELS = {
  // Console output and GatewayError (src/output/format.ts, src/output/error.ts).
  cause: 'cause',
  remedy: 'remedy',
  otherCause: 'other cause',
  otherCauses: 'other causes',
  requestIds: 'request ids',
  requestId: 'request id',
  cloudfrontRequestId: 'CloudFront request id',
  traceId: 'trace id',
  note: 'note',
  docs: 'docs',
  layer: 'layer',
  confidence: 'confidence',
  /** The group title's detail: `(api-gateway-rest, high confidence)`. */
  layerConfidence: '{layer}, {confidence} confidence',
  'confidence.high': 'high',
  'confidence.medium': 'medium',
  'confidence.low': 'low',
  // The no-response diagnosis (src/engine/no-response.ts).
  'noResponse.timeoutTitle': 'No reply reached the client for {request}: the request timed out',
  'noResponse.requestOnly': 'No reply was seen, so this rests on the request alone.',
  'noResponse.browser':
    "The browser hides a reply without CORS headers from scripts; the DevTools Network tab and the console's CORS message show the real status.",
  'noResponse.node': 'Repeat the request with `curl -v` to see whether any reply arrives.',
  // The CLI's text report (src/cli/report.ts).
  'cli.code': 'code',
  'cli.layer': 'layer',
  'cli.confidence': 'confidence',
  'cli.likelyCause': 'likely cause',
  'cli.remedy': 'remedy',
  'cli.otherCauses': 'other causes',
  'cli.evidence': 'evidence',
  'cli.requestIds': 'request IDs',
  'cli.requestId': 'request ID',
  'cli.docs': 'docs',
  'cli.note': 'note',
  'cli.noReply': 'no reply',
  'cli.requestNotCaptured': '(the request is not in the capture)',
  'cli.lessLikely': '… {count} less likely (see --json)',
  'cli.noReplyRemark': 'no reply reached the client (a CORS failure, a blocked request or a network error)',
  'cli.noError': 'no error',
  'cli.notRecognised': 'not recognised as an AWS error reply',
  'cli.summary': 'Summary of {source}: {parts}',
  'cli.entries.one': '{count} entry',
  'cli.entries.other': '{count} entries',
  'cli.diagnosed': '{count} diagnosed',
  'cli.otherErrors.one': '{count} other error',
  'cli.otherErrors.other': '{count} other errors',
  'cli.withoutError': '{count} without error',
  'cli.withoutReply': '{count} without a reply',
  'cli.nothingFound': 'No AWS error reply recognised in {source} ({replies}).',
  'cli.replies.one': '{count} reply',
  'cli.replies.other': '{count} replies',
  'cli.useAll': 'Use --all to list every reply.',
  'layer.api-gateway-rest': 'API Gateway REST API',
  'layer.api-gateway-http': 'API Gateway HTTP API',
  'layer.lambda-url': 'Lambda function URL',
  'layer.cloudfront': 'CloudFront',
  'layer.waf': 'AWS WAF',
  'layer.alb': 'Elastic Load Balancing',
  'layer.unknown': 'unknown layer',
} as const

/** A label key. */
export type LabelKey = keyof typeof ENGLISH_LABELS

/** Looks up a label and fills its placeholders. */
export type Labeler = (key: LabelKey, values?: Readonly<Record<string, string | number>>) => string

/** The labels of a language: the overlay's where it has them, English otherwise. */
export function labelsFor(locale: LocaleOption | undefined): Labeler {
  const overlay = resolveLocale(locale)?.labels
  return (key, values) => {
    const text =
      overlay !== undefined && Object.hasOwn(overlay, key) ? (overlay[key] ?? ENGLISH_LABELS[key]) : ENGLISH_LABELS[key]
    return values === undefined ? text : fillHint(text, values)
  }
}
