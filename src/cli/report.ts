import { printable } from '../output/format.ts'
import { redactText } from '../output/redact.ts'
import { type Labeler, labelsFor } from '../texts/labels.ts'
import type { Diagnosis } from '../types.ts'
import { type Advice, type InputOutcomes, type Outcome, statusOf } from './outcome.ts'
import { type PasteWords, pasteWords } from './paste-words.ts'
import { displayUrl, printableDeep } from './redact-output.ts'
import { scrub, secretsOf } from './scrub.ts'
import type { Style } from './style.ts'
import { summarize } from './summary.ts'

/** How the text report is laid out. */
export interface TextReportOptions {
  /** List successful and undiagnosed exchanges too. */
  all: boolean
  /** Several inputs were given: name the input in each heading. */
  nameSources: boolean
  style: Style
  /** The report's words in the chosen language (`labelsFor(locale)`); English by default. */
  label?: Labeler
  /** The words for pasted text in the same language (`pasteWords(…)`); English by default. */
  words?: PasteWords
}

const englishLabel: Labeler = labelsFor(undefined)
const englishWords: PasteWords = pasteWords(false)

/** Other causes listed under the most likely one, at most. */
const MAX_OTHER_CAUSES = 5
const LABEL_WIDTH = 14

/**
 * The readable report of one input: a block per diagnosed reply (title, code, layer, confidence, the most
 * likely cause and its remedy, other causes, evidence, request IDs, docs), one line per other exchange
 * with `all`, and for HAR files a summary counting replies by code.
 *
 * Redaction: what came from the capture (evidence, IDs, reason phrases, errors) goes through
 * `redactText`, URLs through `redactUrl`, and each block loses the credential values its own request
 * carried. The catalog's prose (title, causes, remedies) is not run through `redactText`, whose patterns
 * would mangle words such as "token"; its placeholders were already redacted by the engine.
 */
export function textReport(input: InputOutcomes, options: TextReportOptions): string {
  const blocks: string[] = []
  writeTextReport(input, options, (block) => blocks.push(block))
  return `${blocks.join('\n\n')}\n`
}

/**
 * {@link textReport} block by block, for output too long for one string (a HAR of 100 000 entries): `emit`
 * gets each block; the report is the blocks joined by blank lines, ending with a line break.
 */
export function writeTextReport(input: InputOutcomes, options: TextReportOptions, emit: (block: string) => void): void {
  const { style } = options
  const label = options.label ?? englishLabel
  for (const note of input.notes) emit(style.dim(`${label('cli.note')}: ${redactText(note)}`))
  const total = input.outcomes.length
  const width = valueColumn(label)
  let diagnosed = 0
  for (const outcome of input.outcomes) {
    // Secrets are gathered only for what is printed: most entries of a HAR file are not.
    if (outcome.diagnosis !== undefined) {
      diagnosed++
      const shown = printableOutcome(outcome)
      emit(scrub(diagnosisBlock(shown, printableDeep(outcome.diagnosis), total, width, options), printableSecrets(outcome)))
    } else if (options.all) emit(scrub(otherLine(printableOutcome(outcome), total, options), printableSecrets(outcome)))
  }
  if (input.format === 'har') emit(summaryLine(input, options))
  else if (diagnosed === 0) emit(nothingFound(input, options))
  if (input.advice !== undefined) emit(style.bold(adviceLine(input.advice, options.words ?? englishWords)))
}

/** The one line that says what would help tell a paste better. */
export function adviceLine(advice: readonly Advice[], words: PasteWords): string {
  return words('wouldHelp', { items: advice.map((item) => words(item.key, item.values)).join('; ') })
}

/** The outcome with the capture's strings the report prints made {@link printable}. */
function printableOutcome(outcome: Outcome): Outcome {
  const { exchange } = outcome
  const shown = { ...exchange }
  if (shown.method !== undefined) shown.method = printable(shown.method)
  if (shown.url !== undefined) shown.url = printable(shown.url)
  if (shown.kind === 'no-reply') shown.error = printable(shown.error)
  else if (shown.input.statusText !== undefined) shown.input = { ...shown.input, statusText: printable(shown.input.statusText) }
  return { ...outcome, exchange: shown }
}

/** The exchange's own credential values, as they appear once made printable. */
function printableSecrets(outcome: Outcome): string[] {
  return secretsOf(outcome.exchange).map(printable)
}

function heading(outcome: Outcome, total: number, options: TextReportOptions): string {
  const { style } = options
  const parts: string[] = []
  if (options.nameSources) parts.push(style.dim(sourceName(outcome.source)))
  if (total > 1) parts.push(style.dim(`[${outcome.index}/${total}]`))
  const status = statusOf(outcome)
  const statusText = outcome.exchange.kind === 'reply' ? outcome.exchange.input.statusText : undefined
  const label = options.label ?? englishLabel
  const statusLabel =
    status === 0
      ? outcome.exchange.kind === 'reply'
        ? (options.words ?? englishWords)('statusUnknown')
        : label('cli.noReply')
      : statusText === undefined
        ? String(status)
        : `${status} ${redactText(statusText.slice(0, 60))}`
  parts.push(
    status >= 500 || status === 0 ? style.red(statusLabel) : status >= 400 ? style.yellow(statusLabel) : style.green(statusLabel),
  )
  parts.push(requestLabel(outcome, label))
  return parts.join(' ')
}

function requestLabel(outcome: Outcome, label: Labeler): string {
  const { method, url, schemeAssumed } = outcome.exchange
  if (url === undefined) return method === undefined ? label('cli.requestNotCaptured') : method
  const shown = displayUrl(url, schemeAssumed === true)
  return method === undefined ? shown : `${method} ${shown}`
}

/** A diagnosis as a block of labelled lines, the values starting at column `width`. */
function diagnosisBlock(outcome: Outcome, d: Diagnosis, total: number, width: number, options: TextReportOptions): string {
  const { style } = options
  const label = options.label ?? englishLabel
  const lines = [style.bold(heading(outcome, total, options)), style.bold(d.title)]
  const field = (name: string, value: string, more: readonly string[] = []): void => {
    lines.push(`  ${style.dim(name + ' '.repeat(Math.max(0, width - columns(name))))}${value}`)
    for (const line of more) lines.push(`  ${' '.repeat(width)}${line}`)
  }
  field(label('cli.code'), style.cyan(d.code))
  field(label('cli.layer'), label(`layer.${d.layer}`))
  field(label('cli.confidence'), label(`confidence.${d.confidence}`))
  const [top, ...others] = d.causes
  field(label('cli.likelyCause'), `${top === undefined ? '' : `(${percent(top.likelihood)}) `}${d.cause}`)
  field(label('cli.remedy'), d.remedy)
  // Causes that round to 0% are counted, not listed.
  const listed = others.filter((c) => c.likelihood >= 0.005).slice(0, MAX_OTHER_CAUSES)
  const shown = listed.map((c) => `${percent(c.likelihood).padStart(3)}  ${c.summary}`)
  if (others.length > listed.length) shown.push(style.dim(label('cli.lessLikely', { count: others.length - listed.length })))
  if (shown.length > 0) field(label('cli.otherCauses'), shown[0] ?? '', shown.slice(1))
  if (d.evidence.length > 0) field(label('cli.evidence'), d.evidence.map(redactText).join('; '))
  const ids = requestIds(d, label)
  if (ids.length > 0) field(label('cli.requestIds'), ids.join(' · '))
  if (d.docs.length > 0) field(label('cli.docs'), d.docs[0] ?? '', d.docs.slice(1))
  for (const hint of d.hints) field(label('cli.note'), hint)
  return lines.join('\n')
}

/** The labels of a diagnosis block, whose widest sets the column of the values. */
const FIELD_LABELS = [
  'cli.code',
  'cli.layer',
  'cli.confidence',
  'cli.likelyCause',
  'cli.remedy',
  'cli.otherCauses',
  'cli.evidence',
  'cli.requestIds',
  'cli.docs',
  'cli.note',
] as const

/** Where the values of a diagnosis block start: after its widest label, in terminal columns. */
function valueColumn(label: Labeler): number {
  return Math.max(LABEL_WIDTH, ...FIELD_LABELS.map((key) => columns(label(key)) + 2))
}

/** Terminal columns of a text: wide (CJK, full-width) characters take two. */
function columns(text: string): number {
  let n = 0
  for (const char of text)
    n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1
  return n
}

function requestIds(d: Diagnosis, label: Labeler): string[] {
  const ids: string[] = []
  if (d.requestId !== undefined) ids.push(`${redactText(d.requestId)} (${label('cli.requestId')})`)
  if (d.extendedRequestId !== undefined) ids.push(`${redactText(d.extendedRequestId)} (x-amz-apigw-id)`)
  if (d.cloudfrontId !== undefined) ids.push(`${redactText(d.cloudfrontId)} (x-amz-cf-id)`)
  if (d.traceId !== undefined) ids.push(`${redactText(d.traceId)} (x-amzn-trace-id)`)
  return ids
}

function otherLine(outcome: Outcome, total: number, options: TextReportOptions): string {
  const { style } = options
  const label = options.label ?? englishLabel
  const status = statusOf(outcome)
  let remark: string
  if (outcome.exchange.kind === 'no-reply') remark = `${redactText(outcome.exchange.error)}: ${label('cli.noReplyRemark')}`
  else if (status < 400) remark = label('cli.noError')
  else remark = label('cli.notRecognised')
  return `${heading(outcome, total, options)} ${style.dim(`— ${remark}`)}`
}

function summaryLine(input: InputOutcomes, options: TextReportOptions): string {
  const label = options.label ?? englishLabel
  const s = summarize(input.outcomes)
  const parts = [label(s.total === 1 ? 'cli.entries.one' : 'cli.entries.other', { count: s.total })]
  parts.push(`${label('cli.diagnosed', { count: s.diagnosed })}${s.diagnosed > 0 ? ` (${counts(s.byCode)})` : ''}`)
  if (s.otherErrors > 0)
    parts.push(
      `${label(s.otherErrors === 1 ? 'cli.otherErrors.one' : 'cli.otherErrors.other', { count: s.otherErrors })} (${counts(s.byStatus)})`,
    )
  parts.push(label('cli.withoutError', { count: s.ok }))
  if (s.noReply > 0) parts.push(label('cli.withoutReply', { count: s.noReply }))
  return options.style.bold(label('cli.summary', { source: sourceName(input.source), parts: parts.join(' · ') }))
}

function nothingFound(input: InputOutcomes, options: TextReportOptions): string {
  const replies = input.outcomes.filter((o) => o.exchange.kind === 'reply')
  const statuses = [...new Set(replies.map(statusOf))].filter((status) => status !== 0).join(', ')
  const label = options.label ?? englishLabel
  const missing = input.outcomes.length - replies.length
  // A paste of console lines holds requests that got no reply, and no reply at all.
  const count =
    replies.length === 0 && missing > 0
      ? label('cli.withoutReply', { count: missing })
      : label(replies.length === 1 ? 'cli.replies.one' : 'cli.replies.other', { count: replies.length })
  const what = `${count}${statuses === '' ? '' : `: ${statuses}`}`
  const found = label('cli.nothingFound', { source: sourceName(input.source), replies: what })
  return options.all ? found : `${found} ${label('cli.useAll')}`
}

function counts(map: ReadonlyMap<string, number>): string {
  return [...map].map(([key, n]) => `${key} ×${n}`).join(', ')
}

function percent(likelihood: number): string {
  return `${Math.round(likelihood * 100)}%`
}

/** How an input is named in the report. */
export function sourceName(source: string): string {
  return source === '-' ? 'stdin' : printable(source)
}
