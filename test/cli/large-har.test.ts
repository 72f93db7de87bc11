import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { parseHar } from '../../src/cli/parse-har.ts'
import type { JsonEntry } from '../../src/cli/report-json.ts'
import { run } from '../../src/cli/run.ts'
import { newCounter } from '../../src/cli/types.ts'
import { bigHar } from '../helpers/big-har.ts'
import { runCli, spawnCli } from './helpers.ts'

const ENTRIES = 10_000
const HOST = 'abc123defg.execute-api.eu-west-1.amazonaws.com'

describe('a 50 MB HAR with 10 000 entries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-doctor-big-'))
  const path = join(dir, 'big.har')
  writeFileSync(path, bigHar(ENTRIES, 6300))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('is about 50 MB', () => {
    expect(statSync(path).size).toBeGreaterThan(50 * 1024 * 1024)
  })

  it('is parsed with one step per entry', () => {
    const work = newCounter()
    const result = parseHar(JSON.parse(readFileSync(path, 'utf8')), work)
    expect(result.exchanges).toHaveLength(ENTRIES)
    expect(work.steps).toBe(ENTRIES)
  })

  it('is read once and every entry is reported', { timeout: 60_000 }, async () => {
    const readFile = vi.fn(async (file: string) => readFileSync(file))
    const result = await runCli(['--json', '--all', path], { readFile })
    expect(result.code).toBe(0)
    expect(readFile).toHaveBeenCalledTimes(1)
    const entries = JSON.parse(result.stdout) as JsonEntry[]
    expect(entries).toHaveLength(ENTRIES)
    expect(entries.filter((e) => e.diagnosis?.code === 'MISSING_AUTHENTICATION_TOKEN')).toHaveLength(ENTRIES / 10)
    expect(entries.filter((e) => e.status === 0)).toHaveLength(ENTRIES / 10)
  })

  it('works end to end in the real process, ending with the summary by code', { timeout: 60_000 }, () => {
    const result = spawnCli([path])
    expect(result.code).toBe(0)
    expect(result.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^Summary of .*big\.har: 10000 entries · \d+ diagnosed \(MISSING_AUTHENTICATION_TOKEN ×1000(, [A-Z_]+ ×\d+)*\) · .*7000 without error · 1000 without a reply$/,
    )
  })
})

describe('a HAR of 150 000 small entries', () => {
  // More entries than a call can take as spread arguments, and a report that could outgrow V8's longest
  // string (512 MiB) were the entries larger: it is written in pieces.
  const COUNT = 150_000
  const entry = (i: number) => ({
    request: { method: 'GET', url: `https://${HOST}/prod/items/${i}` },
    response: {
      status: i % 100 === 99 ? 403 : 200,
      headers: i % 100 === 99 ? [{ name: 'x-amzn-errortype', value: 'MissingAuthenticationTokenException' }] : [],
      content: { text: i % 100 === 99 ? '{"message":"Missing Authentication Token"}' : '{}' },
    },
  })
  const har = JSON.stringify({ log: { entries: Array.from({ length: COUNT }, (_, i) => entry(i)) } })

  it.each([[['--all']], [['--all', '--json']]])('is reported whole with %j', { timeout: 120_000 }, async (flags) => {
    const writes: number[] = []
    let stdout = ''
    let stderr = ''
    const code = await run({
      argv: [...flags, 'big.har'],
      env: {},
      stdin: (async function* () {
        // Not read: the input is a file.
      })(),
      stdinIsTTY: false,
      stdoutIsTTY: false,
      readFile: async () => Buffer.from(har),
      write: (text) => {
        writes.push(text.length)
        stdout += text
      },
      error: (text) => {
        stderr += text
      },
    })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(Math.max(...writes)).toBeLessThan(4 * 1024 * 1024)
    if (flags.includes('--json')) {
      const entries = JSON.parse(stdout) as JsonEntry[]
      expect(entries).toHaveLength(COUNT)
      expect(entries.filter((e) => e.diagnosis?.code === 'MISSING_AUTHENTICATION_TOKEN')).toHaveLength(COUNT / 100)
    } else {
      expect(stdout.trimEnd().split('\n').at(-1)).toBe(
        `Summary of big.har: ${COUNT} entries · ${COUNT / 100} diagnosed (MISSING_AUTHENTICATION_TOKEN ×${COUNT / 100}) · ${COUNT - COUNT / 100} without error`,
      )
      expect(stdout).toContain(`[${COUNT}/${COUNT}] 403 GET https://${HOST}/prod/items/${COUNT - 1}`)
    }
  })
})
