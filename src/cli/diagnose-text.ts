/**
 * The CLI's reading of one input, from text to outcomes: detect the format, parse, diagnose each reply, and
 * for a paste work out what would help. Free of Node APIs, so that the playground page runs exactly this
 * (same detection, same parsers, same engine) in a Web Worker.
 * @module
 */
import type { LocaleOption } from '../texts/locale.ts'
import type { RouteTable } from '../types.ts'
import { adviceFor } from './advice.ts'
import { type Detection, detectFormat } from './detect.ts'
import { InputError } from './input-error.ts'
import { diagnoseInput, type InputOutcomes } from './outcome.ts'
import { parseCurlLines } from './parse-curl.ts'
import { parseHar } from './parse-har.ts'
import { parseJsonReplies } from './parse-json.ts'
import { parsePaste } from './parse-paste.ts'
import { parseRawLines } from './parse-raw.ts'
import { type InputFormat, newCounter, type ParseResult, type PasteFacts, type WorkCounter } from './types.ts'

/** Options of {@link diagnoseText}. */
export interface TextOptions {
  /** `--format`: read the input as this format instead of detecting it. */
  format?: InputFormat
  /** `--aws-host`. */
  awsHosts: string[]
  locale: LocaleOption
  /** `--status`, `--url`, `--method`: facts about a pasted reply. */
  facts?: PasteFacts
  /** `--routes FILE`: the API's route table. */
  routes?: RouteTable
}

/**
 * Reads one input's text and diagnoses every reply in it.
 * @throws {InputError} when the text holds nothing to diagnose (with the reason, fit for one line).
 */
export function diagnoseText(source: string, text: string, options: TextOptions): InputOutcomes {
  const work = newCounter()
  const parsed = parseDetected(detectFormat(text, work, options.format), work, options.facts)
  if (parsed.exchanges.length === 0) throw new InputError(parsed.emptyReason ?? 'no HTTP reply found')
  const result = diagnoseInput(source, parsed, { awsHosts: options.awsHosts, locale: options.locale, routes: options.routes })
  const advice = adviceFor(result, options.awsHosts)
  if (advice.length > 0) result.advice = advice
  return result
}

/** Runs the parser for a detected format. */
export function parseDetected(detection: Detection, work: WorkCounter, facts?: PasteFacts): ParseResult {
  if ('error' in detection) throw new InputError(detection.error)
  switch (detection.format) {
    case 'har':
      return parseHar(detection.value, work)
    case 'json':
      return parseJsonReplies(detection.value, work)
    case 'curl':
      return parseCurlLines(detection.lines, work)
    case 'raw':
      return parseRawLines(detection.lines, work)
    case 'paste':
      return parsePaste(detection.text, work, facts)
  }
}
