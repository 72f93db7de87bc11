import { labelsFor } from '../labels.ts'
import { redactText } from '../redact.ts'
import { parseArgs } from './args.ts'
import { type Detection, detectFormat } from './detect.ts'
import { HELP } from './help.ts'
import { cliLocale } from './locale.ts'
import { diagnoseInput, type InputOutcomes } from './outcome.ts'
import { parseCurlLines } from './parse-curl.ts'
import { parseHar } from './parse-har.ts'
import { parseJsonReplies } from './parse-json.ts'
import { parseRawLines } from './parse-raw.ts'
import { decodeInput, InputError, readInputFile, readStream } from './read-input.ts'
import { sourceName, textReport } from './report.ts'
import { jsonEntries } from './report-json.ts'
import { styleFor, wantsColor } from './style.ts'
import { newCounter, type ParseResult, type WorkCounter } from './types.ts'
import { packageVersion } from './version.ts'

/** What the CLI talks to: the process in production, fakes in tests. */
export interface CliIo {
  /** The arguments after the program name. */
  argv: readonly string[]
  env: Readonly<Record<string, string | undefined>>
  stdin: AsyncIterable<unknown>
  stdinIsTTY: boolean
  stdoutIsTTY: boolean
  /** Writes to stdout. */
  write(text: string): void
  /** Writes to stderr. */
  error(text: string): void
  /** Reads a file; defaults to the file system. */
  readFile?(path: string): Promise<Uint8Array>
}

/** Exit status: the input was read (whether or not anything was diagnosed). */
export const EXIT_OK = 0
/** Exit status: bad usage, or an input that cannot be read or holds no HTTP reply. */
export const EXIT_UNUSABLE = 2

/**
 * Runs `apigw-doctor`: reads each input once, detects its format, parses its exchanges, diagnoses each
 * reply with `diagnose()`, and prints the report. Never throws; problems become one line on stderr.
 * @returns the exit status.
 */
export async function run(io: CliIo): Promise<number> {
  const options = parseArgs(io.argv)
  if (typeof options === 'string') {
    io.error(`apigw-doctor: ${options}\n`)
    return EXIT_UNUSABLE
  }
  if (options.help) {
    io.write(HELP)
    return EXIT_OK
  }
  if (options.version) {
    io.write(`${packageVersion()}\n`)
    return EXIT_OK
  }
  const locale = cliLocale(options.locale, io.env)
  const sources = options.files.length > 0 ? options.files : ['-']
  const results: InputOutcomes[] = []
  let failed = 0
  for (const source of sources) {
    try {
      const parsed = await readAndParse(source, io, options.format)
      results.push(diagnoseInput(source, parsed, { awsHosts: options.awsHosts, locale }))
    } catch (error) {
      failed++
      const reason = error instanceof InputError ? error.message : 'could not be processed (internal error)'
      io.error(`apigw-doctor: ${oneLine(sourceName(source))}: ${oneLine(redactText(reason))}\n`)
    }
  }
  if (results.length > 0) {
    if (options.json) {
      const entries = results.flatMap((result) => jsonEntries(result.outcomes, options.all))
      for (const result of results)
        for (const note of result.notes) io.error(`apigw-doctor: note: ${oneLine(redactText(note))}\n`)
      io.write(`${JSON.stringify(entries, null, 2)}\n`)
    } else {
      const style = styleFor(wantsColor(options.color, io.stdoutIsTTY, io.env))
      const nameSources = sources.length > 1
      const label = labelsFor(locale)
      io.write(results.map((result) => textReport(result, { all: options.all, nameSources, style, label })).join('\n'))
    }
  }
  return failed > 0 ? EXIT_UNUSABLE : EXIT_OK
}

async function readAndParse(source: string, io: CliIo, forced: Parameters<typeof detectFormat>[2]): Promise<ParseResult> {
  let bytes: Uint8Array
  if (source === '-') {
    if (io.stdinIsTTY) io.error('apigw-doctor: reading standard input: paste a capture, then press Ctrl-D (see --help)\n')
    bytes = await readStream(io.stdin)
  } else {
    bytes = await (io.readFile ?? readInputFile)(source)
  }
  const text = decodeInput(bytes)
  const work = newCounter()
  const parsed = parseDetected(detectFormat(text, work, forced), work)
  if (parsed.exchanges.length === 0) throw new InputError(parsed.emptyReason ?? 'no HTTP reply found')
  return parsed
}

/** Runs the parser for a detected format. */
export function parseDetected(detection: Detection, work: WorkCounter): ParseResult {
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
  }
}

/** Keeps a message on one line of bounded length. */
function oneLine(text: string): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ')
  return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat
}
