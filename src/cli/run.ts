import { printable } from '../output/format.ts'
import { redactText } from '../output/redact.ts'
import { routeTable } from '../routes/table.ts'
import { labelsFor } from '../texts/labels.ts'
import type { RouteTable } from '../types.ts'
import { parseArgs } from './args.ts'
import { diagnoseText, type TextOptions } from './diagnose-text.ts'
import { helpText } from './help.ts'
import { cliLocale, isJapanese, localeFromArgs, translateError } from './locale.ts'
import type { InputOutcomes } from './outcome.ts'
import { pasteWords } from './paste-words.ts'
import { decodeInput, InputError, readInputFile, readStream } from './read-input.ts'
import { adviceLine, sourceName, writeTextReport } from './report.ts'
import { jsonEntry } from './report-json.ts'
import { styleFor, wantsColor } from './style.ts'
import { packageVersion } from './version.ts'

export { parseDetected } from './diagnose-text.ts'

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
    io.error(`apigw-doctor: ${translateError(options, cliLocale(localeFromArgs(io.argv), io.env))}\n`)
    return EXIT_UNUSABLE
  }
  const locale = cliLocale(options.locale, io.env)
  if (options.help) {
    io.write(helpText(locale))
    return EXIT_OK
  }
  if (options.version) {
    io.write(`${packageVersion()}\n`)
    return EXIT_OK
  }
  let routes: RouteTable | undefined
  if (options.routesFile !== undefined) {
    const read = await readRoutes(options.routesFile, io)
    if (typeof read === 'string') {
      io.error(`apigw-doctor: --routes ${oneLine(options.routesFile)}: ${read}\n`)
      return EXIT_UNUSABLE
    }
    routes = read
  }
  const sources = options.files.length > 0 ? options.files : ['-']
  const results: InputOutcomes[] = []
  const textOptions: TextOptions = { awsHosts: options.awsHosts, locale }
  if (routes !== undefined) textOptions.routes = routes
  if (options.format !== undefined) textOptions.format = options.format
  if (options.paste !== undefined) textOptions.facts = options.paste
  let failed = 0
  for (const source of sources) {
    try {
      results.push(diagnoseText(source, await readText(source, io, locale), textOptions))
    } catch (error) {
      failed++
      const reason = error instanceof InputError ? error.message : 'could not be processed (internal error)'
      io.error(`apigw-doctor: ${oneLine(sourceName(source))}: ${oneLine(redactText(translateError(reason, locale)))}\n`)
    }
  }
  if (results.length > 0) {
    // Written piece by piece: the report of a large HAR can exceed the longest string V8 can build.
    const out = chunkedWriter((text) => io.write(text))
    const words = pasteWords(isJapanese(locale))
    if (options.json) {
      for (const result of results) {
        for (const note of result.notes) io.error(`apigw-doctor: note: ${oneLine(redactText(note))}\n`)
        if (result.advice !== undefined) io.error(`apigw-doctor: ${oneLine(adviceLine(result.advice, words))}\n`)
      }
      // The layout of `JSON.stringify(entries, null, 2)`, one entry at a time.
      let count = 0
      for (const result of results)
        for (const outcome of result.outcomes) {
          const entry = jsonEntry(outcome, options.all)
          if (entry === undefined) continue
          out.add(`${count++ === 0 ? '[\n  ' : ',\n  '}${JSON.stringify(entry, null, 2).replaceAll('\n', '\n  ')}`)
        }
      out.add(count === 0 ? '[]\n' : '\n]\n')
    } else {
      const style = styleFor(wantsColor(options.color, io.stdoutIsTTY, io.env))
      const nameSources = sources.length > 1
      const label = labelsFor(locale)
      results.forEach((result, i) => {
        let first = true
        if (i > 0) out.add('\n')
        writeTextReport(result, { all: options.all, nameSources, style, label, words }, (block) => {
          out.add(first ? block : `\n\n${block}`)
          first = false
        })
        out.add('\n')
      })
    }
    out.flush()
  }
  return failed > 0 ? EXIT_UNUSABLE : EXIT_OK
}

/** The route table of `--routes`, or why it cannot be used. */
async function readRoutes(path: string, io: CliIo): Promise<RouteTable | string> {
  let text: string
  try {
    text = decodeInput(await (io.readFile ?? readInputFile)(path))
  } catch (error) {
    return error instanceof InputError ? error.message : 'cannot be read'
  }
  const table = routeTable(text)
  if (table.routes.length === 0)
    return 'no routes found (expected an OpenAPI or Swagger export, a SAM template or serverless.yml, the JSON of get-resources or get-routes, or lines such as GET /v1/items)'
  return table
}

/** Reads one input (a file, or stdin for `-`) as text. */
async function readText(source: string, io: CliIo, locale: TextOptions['locale']): Promise<string> {
  let bytes: Uint8Array
  if (source === '-') {
    if (io.stdinIsTTY) io.error(`apigw-doctor: ${translateError(STDIN_PROMPT, locale)}\n`)
    bytes = await readStream(io.stdin)
  } else {
    bytes = await (io.readFile ?? readInputFile)(source)
  }
  return decodeInput(bytes)
}

/** Said when stdin is a terminal: the CLI waits for a paste. */
const STDIN_PROMPT = 'reading standard input: paste a capture, a reply body or console lines, then press Ctrl-D (see --help)'

/** Text is handed to `write` in pieces of about this many characters. */
const WRITE_CHUNK = 1 << 20

/** Gathers text and hands it to `write` in pieces of about {@link WRITE_CHUNK} characters. */
function chunkedWriter(write: (text: string) => void): { add(text: string): void; flush(): void } {
  let pending: string[] = []
  let size = 0
  const flush = (): void => {
    if (pending.length > 0) write(pending.join(''))
    pending = []
    size = 0
  }
  return {
    add(text) {
      pending.push(text)
      size += text.length
      if (size >= WRITE_CHUNK) flush()
    },
    flush,
  }
}

/** Keeps a message on one line of bounded length. */
function oneLine(text: string): string {
  const flat = printable(text.replace(/[\r\n\t]+/g, ' '))
  return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat
}
