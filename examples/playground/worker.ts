/**
 * The playground's worker: reads what was pasted or dropped with the CLI's own code (src/cli/diagnose-text.ts:
 * the same detection, parsers and engine as `apigw-doctor`), and writes the CLI's report. It runs off the
 * page's thread so that a 50 MB HAR never freezes the page, and it makes no network request.
 */
import { decodeText, isGzip } from '../../src/cli/decode-text.ts'
import { diagnoseText, type TextOptions } from '../../src/cli/diagnose-text.ts'
import { InputError } from '../../src/cli/input-error.ts'
import { cliLocale, translateError } from '../../src/cli/locale.ts'
import { type InputOutcomes, statusOf } from '../../src/cli/outcome.ts'
import { pasteWords } from '../../src/cli/paste-words.ts'
import { displayUrl } from '../../src/cli/redact-output.ts'
import { adviceLine, writeTextReport } from '../../src/cli/report.ts'
import { type JsonEntry, jsonEntry } from '../../src/cli/report-json.ts'
import { scrubDeep, secretsOf } from '../../src/cli/scrub.ts'
import { styleFor } from '../../src/cli/style.ts'
import { redactText } from '../../src/output/redact.ts'
import { labelsFor } from '../../src/texts/labels.ts'
import type { LocaleOption } from '../../src/texts/locale.ts'
import { type DiagnoseRequest, type DiagnoseResponse, type FailedCall, MAX_BLOCKS, MAX_ENTRIES, MAX_FAILED } from './protocol.ts'

/** Inputs larger than this are refused, as the CLI refuses them. */
const MAX_INPUT_BYTES = 256 * 1024 * 1024

addEventListener('message', (event: MessageEvent<DiagnoseRequest>) => {
  void answer(event.data).then((response) => postMessage(response))
})
postMessage({ ready: true })

async function answer(request: DiagnoseRequest): Promise<DiagnoseResponse> {
  const started = performance.now()
  const locale = cliLocale(request.locale, {})
  try {
    const { source, text } = await readInput(request)
    const options: TextOptions = { awsHosts: [], locale }
    if (request.facts !== undefined) options.facts = request.facts
    const result = diagnoseText(source, text, options)
    return { id: request.id, ok: true, ...present(result, locale, request.locale), elapsedMs: performance.now() - started }
  } catch (error) {
    const reason = error instanceof InputError ? error.message : 'could not be processed (internal error)'
    return { id: request.id, ok: false, error: redactText(translateError(reason, locale)) }
  }
}

async function readInput(request: DiagnoseRequest): Promise<{ source: string; text: string }> {
  if ('text' in request.input) {
    if (request.input.text.trim() === '') throw new InputError('the input is empty')
    return { source: '-', text: request.input.text }
  }
  const { file, name } = request.input
  if (file.size > MAX_INPUT_BYTES) throw new InputError('is larger than 256 MiB')
  let bytes = new Uint8Array(await file.arrayBuffer())
  if (isGzip(bytes)) {
    try {
      const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))
      bytes = new Uint8Array(await new Response(stream).arrayBuffer())
    } catch {
      throw new InputError('is a damaged gzip file (or larger than 256 MiB unpacked)')
    }
  }
  return { source: name, text: decodeText(bytes) }
}

/** What the page shows, built by the CLI's report code. */
function present(
  result: InputOutcomes,
  locale: LocaleOption,
  language: DiagnoseRequest['locale'],
): Omit<Extract<DiagnoseResponse, { ok: true }>, 'id' | 'ok' | 'elapsedMs'> {
  const label = labelsFor(locale)
  const words = pasteWords(language === 'ja')
  const blocks: string[] = []
  let diagnosedBlocks = 0
  let cut = 0
  writeTextReport(result, { all: false, nameSources: false, style: styleFor(false), label, words }, (block) => {
    // Notes and the summary are one line each; a diagnosis block has labelled lines.
    if (block.includes('\n  ') && ++diagnosedBlocks > MAX_BLOCKS) cut++
    else blocks.push(block)
  })
  if (cut > 0)
    blocks.splice(
      blocks.length - 1,
      0,
      language === 'ja'
        ? `… ほかに ${cut} 件の診断（apigw-doctor はすべて出力する）`
        : `… ${cut} more diagnoses (apigw-doctor prints them all)`,
    )
  const entries: JsonEntry[] = []
  let diagnosed = 0
  const failed: FailedCall[] = []
  let failedTotal = 0
  for (const outcome of result.outcomes) {
    if (outcome.diagnosis !== undefined) {
      diagnosed++
      const entry = entries.length < MAX_ENTRIES ? jsonEntry(outcome, false) : undefined
      if (entry !== undefined) entries.push(entry)
    }
    const status = statusOf(outcome)
    if (status !== 0 && status < 400) continue
    if (status === 0 && outcome.exchange.kind === 'reply') continue // a paste whose status is unknown
    failedTotal++
    if (failed.length >= MAX_FAILED) continue
    const call: FailedCall = { index: outcome.index, status }
    const { exchange } = outcome
    if (exchange.method !== undefined) call.method = exchange.method
    if (exchange.url !== undefined) call.url = displayUrl(exchange.url, exchange.schemeAssumed === true)
    if (outcome.diagnosis !== undefined) call.code = outcome.diagnosis.code
    if (exchange.kind === 'no-reply') call.error = redactText(exchange.error)
    failed.push(scrubDeep(call, secretsOf(exchange)))
  }
  const response: Omit<Extract<DiagnoseResponse, { ok: true }>, 'id' | 'ok' | 'elapsedMs'> = {
    format: result.format,
    report: `${blocks.join('\n\n')}\n`,
    entries,
    diagnosed,
    failed,
    failedTotal,
  }
  if (result.advice !== undefined) response.advice = adviceLine(result.advice, words)
  return response
}
