import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { JsonEntry } from '../../src/cli/report-json.ts'
import { FIXTURES, ROOT, runCli } from './helpers.ts'

const CAPTURES = join(ROOT, 'examples', 'captures')

/** What the seed memo found for each case (test/fixtures/seed.json expects the same). */
const SEEDS: Array<[file: string, code: string, topCause: string]> = [
  ['seed-1-unauthorized.txt', 'UNAUTHORIZED', 'identity-source-missing'],
  ['seed-2-missing-authentication-token.txt', 'MISSING_AUTHENTICATION_TOKEN', 'no-route'],
  ['seed-3-explicit-deny.txt', 'AUTHORIZER_DENY', 'authorizer-returned-deny'],
  ['seed-4-cloudfront-502.txt', 'CLOUDFRONT_ORIGIN_CONNECTION_FAILED', 'origin-protocol-http-only'],
]

describe('examples/captures (shown in the README)', () => {
  it('holds the four seed transcripts and a HAR, and nothing unlisted', () => {
    expect(readdirSync(CAPTURES).sort()).toEqual(['README.md', 'browser-session.har', ...SEEDS.map(([file]) => file)].sort())
  })

  it.each(SEEDS)('%s is diagnosed as the seed memo found: %s, %s', async (file, code, topCause) => {
    const result = await runCli(['--json', join(CAPTURES, file)])
    expect(result.code).toBe(0)
    const [entry, ...rest] = JSON.parse(result.stdout) as JsonEntry[]
    expect(rest).toEqual([])
    expect(entry?.diagnosis?.code).toBe(code)
    expect(entry?.diagnosis?.causes[0]?.id).toBe(topCause)
    expect(entry?.diagnosis?.confidence).toBe('high')
  })

  it('the seed 2 capture reads as the README shows: heading, then title', async () => {
    const { stdout } = await runCli([join(CAPTURES, 'seed-2-missing-authentication-token.txt')])
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      '403 GET https://xxxxx00000.execute-api.ap-northeast-1.amazonaws.com/stage/v1/xxxxxx',
      'API Gateway found no route for GET /stage/v1/xxxxxx (403 Missing Authentication Token)',
      '  code          MISSING_AUTHENTICATION_TOKEN',
    ])
  })

  it('the HAR ends with its summary', async () => {
    const { stdout } = await runCli([join(CAPTURES, 'browser-session.har')])
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^Summary of .*browser-session\.har: 5 entries · 3 diagnosed/)
  })

  it('are the same captures the tests read', () => {
    const pairs: Array<[string, string]> = [
      ['seed-1-unauthorized.txt', 'curl7-http2-seed1-unauthorized.txt'],
      ['seed-2-missing-authentication-token.txt', 'curl8-http2-seed2-missing-token.txt'],
      ['seed-3-explicit-deny.txt', 'curl7-http11-seed3-explicit-deny.txt'],
      ['seed-4-cloudfront-502.txt', 'curl8-http11-seed4-cloudfront-502.txt'],
      ['browser-session.har', 'chrome-session.har'],
    ]
    for (const [example, fixture] of pairs)
      expect(readFileSync(join(CAPTURES, example))).toEqual(readFileSync(join(FIXTURES, fixture)))
  })
})
