import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES, runCli, spawnCli } from './helpers.ts'

const FILES = ['canary-secrets.har', 'canary-secrets-curl.txt', 'canary-secrets-raw.txt', 'canary-secrets.json']
const MODES: string[][] = [[], ['--all'], ['--json'], ['--json', '--all'], ['--color', '--all'], ['--no-color', '--all']]

/** Every made-up credential of a canary file: its CANARY… tokens, and the encoded ones. */
function canaries(file: string): string[] {
  const text = readFileSync(join(FIXTURES, file), 'utf8')
  const found = new Set(text.match(/CANARY[A-Za-z0-9]*/g) ?? [])
  // Basic credentials and JWTs carry their canary encoded: check the encoded form too.
  for (const encoded of text.match(/(?:Basic |Bearer )[A-Za-z0-9+/=._-]{8,}/g) ?? []) found.add(encoded.split(' ')[1] ?? '')
  return [...found].filter((c) => c.length >= 8)
}

describe('canary secrets never appear in any output', () => {
  it('the canary files carry the credentials they are meant to', () => {
    const har = canaries('canary-secrets.har')
    for (const needle of [
      'CANARYBEARER04abcdef',
      'CANARYCOOKIE05',
      'CANARYAPIKEY06xyz',
      'CANARYQUERYTOKEN01',
      'CANARYPASSWORD09',
      'CANARYRAWAUTH12',
      'CANARYSIGV4SIGNATURE19',
      'CANARYJSESSION21',
    ])
      expect(har).toContain(needle)
    expect(canaries('canary-secrets-raw.txt')).toContain('Q0FOQVJZUkFXQkFTSUM0Mjpw')
    // Each file is checked below for its own canaries: a file without any would pass unseen.
    for (const file of FILES) expect(canaries(file).length, file).toBeGreaterThanOrEqual(3)
  })

  describe.each(FILES)('%s', (file) => {
    it.each(MODES.map((mode) => [mode.join(' ') || '(default)', mode] as const))('%s', async (_name, mode) => {
      const result = await runCli([...mode, join(FIXTURES, file)])
      expect(result.code).toBe(0)
      const output = result.stdout + result.stderr
      expect(output.length).toBeGreaterThan(0)
      for (const secret of canaries(file)) expect(output, secret).not.toContain(secret)
    })
  })

  it('the report still says what it found in the canary HAR (redaction is not silence)', async () => {
    const { stdout } = await runCli(['--all', join(FIXTURES, 'canary-secrets.har')])
    expect(stdout).toContain('MISSING_AUTHENTICATION_TOKEN')
    expect(stdout).toContain('/stage/v1/xxxxxx')
    expect(stdout).toContain('[REDACTED]')
  })

  it('holds for the real process reading stdin, and for truncated input', () => {
    const bytes = readFileSync(join(FIXTURES, 'canary-secrets.har'))
    for (const mode of [[], ['--json', '--all']]) {
      const result = spawnCli([...mode, '-'], bytes)
      expect(result.code).toBe(0)
      for (const secret of canaries('canary-secrets.har')) expect(result.stdout + result.stderr).not.toContain(secret)
    }
    const truncated = spawnCli([], bytes.subarray(0, Math.floor(bytes.length / 2)))
    expect(truncated.code).toBe(2)
    expect(truncated.stderr).not.toContain('CANARY')
  })
})
