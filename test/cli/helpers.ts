import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { detectFormat } from '../../src/cli/detect.ts'
import { decodeInput } from '../../src/cli/read-input.ts'
import { type CliIo, parseDetected, run } from '../../src/cli/run.ts'
import { type Exchange, newCounter, type ParseResult } from '../../src/cli/types.ts'

/** The repository root. */
export const ROOT: string = join(import.meta.dirname, '..', '..')
/** The CLI's capture fixtures. */
export const FIXTURES: string = join(ROOT, 'test', 'fixtures', 'cli')
/** Node 24 from node_modules, which runs the TypeScript sources directly. */
export const NODE24: string = join(ROOT, 'node_modules', '.bin', 'node')
export const MAIN: string = join(ROOT, 'src', 'cli', 'main.ts')

/** What one run of the CLI printed and returned. */
export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Options of an in-process run. */
export interface RunOptions {
  stdin?: string | Uint8Array
  env?: Record<string, string | undefined>
  stdoutIsTTY?: boolean
  stdinIsTTY?: boolean
  readFile?: CliIo['readFile']
}

/** Runs the CLI in this process with fake standard streams. */
export async function runCli(argv: string[], options: RunOptions = {}): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const input = options.stdin ?? ''
  const io: CliIo = {
    argv,
    env: options.env ?? {},
    stdin: (async function* () {
      if (input.length > 0) yield typeof input === 'string' ? Buffer.from(input) : input
    })(),
    stdinIsTTY: options.stdinIsTTY ?? false,
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    write: (text) => {
      stdout += text
    },
    error: (text) => {
      stderr += text
    },
  }
  if (options.readFile !== undefined) io.readFile = options.readFile
  const code = await run(io)
  return { code, stdout, stderr }
}

/** Runs `node src/cli/main.ts` as a separate process (Node 24), optionally feeding stdin. */
export function spawnCli(args: string[], input?: string | Uint8Array, env: Record<string, string> = {}): CliResult {
  const result = spawnSync(NODE24, [MAIN, ...args], {
    cwd: ROOT,
    input,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}

/** Reads a fixture of test/fixtures/cli as bytes. */
export function fixtureBytes(name: string): Buffer {
  return readFileSync(join(FIXTURES, name))
}

/** Parses text the way the CLI does: detection, then the format's parser. */
export function parseText(text: string): ParseResult {
  const work = newCounter()
  return parseDetected(detectFormat(text, work), work)
}

/** Parses a fixture file the way the CLI does. */
export function parseFixture(name: string): ParseResult {
  return parseText(decodeInput(fixtureBytes(name)))
}

/** The body of an exchange as text (bytes are decoded), or undefined. */
export function bodyText(exchange: Exchange | undefined): string | undefined {
  if (exchange?.kind !== 'reply') return undefined
  const body = exchange.input.body
  if (body === undefined || body === null) return undefined
  if (typeof body === 'string') return body
  if (body instanceof Uint8Array) return new TextDecoder().decode(body)
  return JSON.stringify(body)
}

/** The reply headers of an exchange as a lower-cased map. */
export function replyHeaders(exchange: Exchange | undefined): Map<string, string> {
  const out = new Map<string, string>()
  if (exchange?.kind !== 'reply') return out
  const headers = exchange.input.headers
  if (Array.isArray(headers)) for (const [name, value] of headers as Array<[string, string]>) out.set(name.toLowerCase(), value)
  else if (headers !== undefined) for (const [name, value] of Object.entries(headers)) out.set(name.toLowerCase(), String(value))
  return out
}
