import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { JsonEntry } from '../../src/cli/report-json.ts'
import { FIXTURES, ROOT, spawnCli } from './helpers.ts'

const dir = mkdtempSync(join(tmpdir(), 'apigw-doctor-cli-'))
const SEED2 = join(FIXTURES, 'curl8-http2-seed2-missing-token.txt')

/** Exit 2, nothing on stdout, exactly one line on stderr, and no stack trace. */
function expectUnusable(result: { code: number; stdout: string; stderr: string }, reason: RegExp): void {
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).toMatch(/^apigw-doctor: [^\n]+\n$/)
  expect(result.stderr).toMatch(reason)
  expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/)
}

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the apigw-doctor process (node src/cli/main.ts)', () => {
  it('diagnoses a file and exits 0', () => {
    const result = spawnCli([SEED2])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('MISSING_AUTHENTICATION_TOKEN')
  })

  it('diagnoses stdin (no FILE, and -) with the same result as the file', () => {
    const bytes = readFileSync(SEED2)
    const file = spawnCli(['--json', SEED2])
    expect((JSON.parse(file.stdout) as JsonEntry[])[0]?.diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    for (const args of [['--json'], ['--json', '-']]) {
      const piped = spawnCli(args, bytes)
      expect(piped.code).toBe(0)
      const [fromStdin] = JSON.parse(piped.stdout) as JsonEntry[]
      const [fromFile] = JSON.parse(file.stdout) as JsonEntry[]
      expect(fromStdin?.source).toBe('-')
      expect(fromStdin?.diagnosis).toEqual(fromFile?.diagnosis)
    }
  })

  it('prints its version and help', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
    expect(spawnCli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' })
    expect(spawnCli(['--help']).stdout).toMatch(/^Usage: apigw-doctor/)
  })

  describe('garbage input: exit 2, one line on stderr, no stack trace', () => {
    it('binary data', () => {
      const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')
      expectUnusable(spawnCli([], png), /stdin: is binary data, not text$/m)
    })

    it('empty input, from stdin and from a file', () => {
      expectUnusable(spawnCli([], ''), /stdin: is empty$/m)
      const empty = join(dir, 'empty.txt')
      writeFileSync(empty, '')
      expectUnusable(spawnCli([empty]), /empty\.txt: is empty$/m)
    })

    it('a truncated HAR', () => {
      const har = readFileSync(join(FIXTURES, 'chrome-session.har'))
      const path = join(dir, 'truncated.har')
      writeFileSync(path, har.subarray(0, Math.floor(har.length * 0.7)))
      expectUnusable(spawnCli([path]), /truncated\.har: not valid JSON: the HAR file is truncated or damaged$/m)
    })

    it('a 1 MB line without a newline: read as a paste, not recognised, and what would help said', () => {
      for (const text of ['A'.repeat(1024 * 1024), `* ${'x'.repeat(1024 * 1024)}`]) {
        const result = spawnCli([], text)
        expect(result.code).toBe(0)
        expect(result.stderr).toBe('')
        expect(result.stdout).toMatch(/^No AWS error reply recognised in stdin \(1 reply\)\./)
        expect(result.stdout).toMatch(/\nWhat would help: add the request URL with --url; [^\n]+\n$/)
      }
    })

    it('a missing file, a directory, and an unknown option', () => {
      expectUnusable(spawnCli([join(dir, 'nope.har')]), /nope\.har: no such file$/m)
      expectUnusable(spawnCli([dir]), /: is a directory$/m)
      expectUnusable(spawnCli(['--frobnicate']), /unknown option --frobnicate/)
    })
  })
})
