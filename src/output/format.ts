/**
 * Formatting a diagnosis for people: the one-line message of an enriched error, and the grouped console
 * output of `log: true` (styled in a browser, plain indented text in Node). A diagnosis is redacted where
 * it is built (request paths are masked by allowlist, quoted messages pass through `redactText`), so its texts
 * are printed as they are: redacting them again would mangle prose such as "the token and". The labels
 * ("cause", "remedy"…) follow the optional `locale`, like the diagnosis texts.
 * @module
 */

import { type Labeler, labelsFor } from '../texts/labels.ts'
import type { LocaleOption } from '../texts/locale.ts'
import type { Diagnosis } from '../types.ts'

/** The console methods the `log` option uses. Inject your own to route the output elsewhere. */
export interface DiagnosisLogger {
  log(...data: unknown[]): void
  groupCollapsed?(...data: unknown[]): void
  groupEnd?(): void
}

/** Longest one-line message; the rest of a diagnosis lives in `error.diagnosis`. */
const MAX_MESSAGE = 400
/** Other causes shown besides the top one. */
const MAX_OTHER_CAUSES = 3

/**
 * The one-line message: status, code and the top cause's summary, then the request id, e.g.
 * `403 MISSING_AUTHENTICATION_TOKEN — no route matches GET /prod/v1/x: check the path, stage and method (request id …)`.
 */
export function formatMessage(diagnosis: Diagnosis, locale?: LocaleOption): string {
  const lead = diagnosis.status > 0 ? `${diagnosis.status} ${diagnosis.code}` : diagnosis.code
  const summary = diagnosis.causes[0]?.summary ?? diagnosis.title
  const id = requestIdLabel(diagnosis, labelsFor(locale))
  const message = oneLine(`${lead} — ${summary}${id === undefined ? '' : ` (${id})`}`)
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 3)}...` : message
}

/** `request id …`, or CloudFront's id when the reply has no API request id. */
function requestIdLabel(diagnosis: Diagnosis, label: Labeler): string | undefined {
  if (diagnosis.requestId !== undefined) return `${label('requestId')} ${diagnosis.requestId}`
  if (diagnosis.cloudfrontId !== undefined) return `${label('cloudfrontRequestId')} ${diagnosis.cloudfrontId}`
  return undefined
}

/** The lines below the title, label first; shared by the browser and the Node rendering. */
export function detailLines(diagnosis: Diagnosis, locale?: LocaleOption): Array<readonly [label: string, text: string]> {
  const label = labelsFor(locale)
  const lines: Array<readonly [string, string]> = [['', diagnosis.title]]
  if (diagnosis.cause !== '') lines.push([label('cause'), diagnosis.cause])
  if (diagnosis.remedy !== '') lines.push([label('remedy'), diagnosis.remedy])
  for (const other of diagnosis.causes.slice(1, 1 + MAX_OTHER_CAUSES))
    lines.push([label('otherCause'), `${other.summary} (${Math.round(other.likelihood * 100)}%)`])
  const ids = requestIds(diagnosis, label)
  if (ids !== '') lines.push([label('requestIds'), ids])
  for (const hint of diagnosis.hints) lines.push([label('note'), hint])
  const docs = diagnosis.causes[0]?.docs?.[0] ?? diagnosis.docs[0]
  if (docs !== undefined) lines.push([label('docs'), docs])
  return lines
}

function requestIds(diagnosis: Diagnosis, label: Labeler): string {
  const parts: string[] = []
  if (diagnosis.requestId !== undefined) parts.push(`${label('requestId')} ${diagnosis.requestId}`)
  if (diagnosis.extendedRequestId !== undefined) parts.push(`x-amz-apigw-id ${diagnosis.extendedRequestId}`)
  if (diagnosis.cloudfrontId !== undefined) parts.push(`x-amz-cf-id ${diagnosis.cloudfrontId}`)
  if (diagnosis.traceId !== undefined) parts.push(`${label('traceId')} ${diagnosis.traceId}`)
  return parts.join(', ')
}

/** The group title: status, code, layer and confidence. */
export function formatTitle(diagnosis: Diagnosis, locale?: LocaleOption): string {
  const label = labelsFor(locale)
  const status = diagnosis.status > 0 ? `${diagnosis.status} ` : ''
  const detail = label('layerConfidence', { layer: diagnosis.layer, confidence: label(`confidence.${diagnosis.confidence}`) })
  return oneLine(`[apigw-doctor] ${status}${diagnosis.code} (${detail})`)
}

/** The diagnosis as plain indented text, as `log: true` prints it in Node. */
export function formatText(diagnosis: Diagnosis, locale?: LocaleOption): string {
  const body = detailLines(diagnosis, locale).map(([label, text]) => `  ${label === '' ? '' : `${label}: `}${oneLine(text)}`)
  return [formatTitle(diagnosis, locale), ...body].join('\n')
}

/** Browsers render `%c` styles; Node strips the directive and would mishandle extra style arguments. */
function isBrowser(): boolean {
  return typeof window !== 'undefined' && typeof document !== 'undefined'
}

const TITLE_STYLE = 'color:#fff;background:#c0392b;padding:1px 4px;border-radius:2px;font-weight:bold'
const LABEL_STYLE = 'font-weight:bold'

/**
 * Prints a diagnosis: in a browser a collapsed console group with a styled title, then cause, remedy, other
 * causes, request ids and a docs link; elsewhere the same as plain indented text in one `log` call.
 */
export function logDiagnosis(diagnosis: Diagnosis, logger: DiagnosisLogger, locale?: LocaleOption): void {
  if (!isBrowser() || logger.groupCollapsed === undefined) {
    logger.log(formatText(diagnosis, locale))
    return
  }
  // Texts go in as %s arguments, so a "%" inside them is never read as a directive.
  logger.groupCollapsed('%c%s', TITLE_STYLE, formatTitle(diagnosis, locale))
  try {
    for (const [label, text] of detailLines(diagnosis, locale)) {
      if (label === '') logger.log('%s', text)
      else logger.log('%c%s:%c %s', LABEL_STYLE, label, '', text)
    }
  } finally {
    logger.groupEnd?.()
  }
}

/** C0 controls but tab and line feed, DEL, and C1 controls: what lets text drive a terminal. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/**
 * Text made safe for a terminal: its control characters (an escape sequence that sets the window title,
 * clears the screen or hides text) become U+FFFD. A request path is quoted as the caller wrote it, and a
 * capture (the CLI) may hold anything.
 */
export function printable(text: string): string {
  return text.replace(CONTROL, '\ufffd')
}

/** One printable line: line breaks folded, control characters replaced. */
function oneLine(text: string): string {
  // Split and trim rather than one /\s*[\r\n]+\s*/ pattern, which re-scans long runs of spaces.
  return printable(
    text
      .split(/[\r\n]+/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join(' '),
  )
}
