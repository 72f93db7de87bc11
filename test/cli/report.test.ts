import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { JsonEntry } from '../../src/cli/report-json.ts'
import { wantsColor } from '../../src/cli/style.ts'
import { diagnose } from '../../src/diagnose.ts'
import { FIXTURES, runCli } from './helpers.ts'

const SEED2 = join(FIXTURES, 'curl8-http2-seed2-missing-token.txt')
const CHROME = join(FIXTURES, 'chrome-session.har')
const HOST = 'xxxxx00000.execute-api.ap-northeast-1.amazonaws.com'
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences are what is looked for.
const ANSI = /\u001b\[\d+m/

/** The seed 2 reply and request, written independently of the parsers. */
const SEED2_INPUT = {
  status: 403,
  headers: {
    date: 'Wed, 22 May 2019 08:31:54 GMT',
    'content-type': 'application/json',
    'content-length': '42',
    'x-amzn-requestid': 'xxxxxxxxxxxxxxxxx',
    'x-amzn-errortype': 'MissingAuthenticationTokenException',
    'x-amz-apigw-id': 'xxxxxxxxxxxxxx',
  },
  body: '{"message":"Missing Authentication Token"}',
  request: {
    method: 'GET',
    url: `https://${HOST}/stage/v1/xxxxxx`,
    headers: { Host: HOST, 'User-Agent': 'curl/8.7.1', Accept: '*/*' },
  },
}

describe('text report', () => {
  it('shows title, code, layer, confidence, top cause and remedy, other causes, evidence, request IDs and docs', async () => {
    const { stdout } = await runCli([SEED2])
    const expected = diagnose(SEED2_INPUT)
    if (expected === undefined) throw new Error('seed 2 must be diagnosed')
    const lines = stdout.split('\n')
    expect(lines[0]).toBe(`403 GET https://${HOST}/stage/v1/xxxxxx`)
    expect(lines[1]).toBe(expected.title)
    expect(stdout).toContain('  code          MISSING_AUTHENTICATION_TOKEN\n')
    expect(stdout).toContain('  layer         API Gateway REST API\n')
    expect(stdout).toContain(`  confidence    ${expected.confidence}\n`)
    const top = expected.causes[0]
    expect(stdout).toContain(`  likely cause  (${Math.round((top?.likelihood ?? 0) * 100)}%) ${expected.cause}\n`)
    expect(stdout).toContain(`  remedy        ${expected.remedy}\n`)
    expect(stdout).toContain(
      `  other causes  ${`${Math.round((expected.causes[1]?.likelihood ?? 0) * 100)}%`.padStart(3)}  ${expected.causes[1]?.summary}\n`,
    )
    expect(stdout).toContain('x-amzn-errortype: MissingAuthenticationTokenException')
    expect(stdout).toContain('  request IDs   xxxxxxxxxxxxxxxxx (request ID) · xxxxxxxxxxxxxx (x-amz-apigw-id)\n')
    expect(stdout).toContain(`  docs          ${expected.docs[0]}\n`)
    expect(stdout).not.toMatch(ANSI)
  })

  it('lists at most five other causes, none that rounds to 0%, and says how many more there are', async () => {
    const { stdout } = await runCli([SEED2])
    const expected = diagnose(SEED2_INPUT)
    const others = expected?.causes.slice(1) ?? []
    const visible = others.filter((c) => c.likelihood >= 0.005).slice(0, 5)
    const listed = stdout.split('\n').filter((line) => /^ {2}(other causes {2}| {14}) ?\d{1,3}% {2}/.test(line))
    expect(listed).toHaveLength(visible.length)
    expect(listed.length).toBeLessThanOrEqual(5)
    expect(listed.every((line) => !/ 0% {2}/.test(line))).toBe(true)
    if (others.length > visible.length) expect(stdout).toContain(`… ${others.length - visible.length} less likely (see --json)`)
    else expect(stdout).not.toContain('less likely')
  })

  it('lists successful, undiagnosed and unanswered entries with --all, and ends a HAR with a summary by code', async () => {
    const plain = await runCli([CHROME])
    expect(plain.stdout).not.toContain('[1/5]')
    expect(plain.stdout).toContain(`[2/5] 403 OPTIONS https://${HOST}/stage/v1/xxxxxx`)
    expect(plain.stdout.trimEnd().split('\n').at(-1)).toBe(
      `Summary of ${CHROME}: 5 entries · 2 diagnosed (MISSING_AUTHENTICATION_TOKEN ×1, UNAUTHORIZED ×1) · 2 without error · 1 without a reply`,
    )
    const all = await runCli(['--all', CHROME])
    expect(all.stdout).toContain('[1/5] 200 GET https://app.example.com/ — no error\n')
    expect(all.stdout).toContain(
      `[3/5] no reply GET https://${HOST}/stage/v1/xxxxxx — net::ERR_FAILED: no reply reached the client (a CORS failure, a blocked request or a network error)\n`,
    )
  })

  it('counts undiagnosed errors by status in the summary', async () => {
    const entries = [403, 404, 404, 500].map((status) => ({
      request: { method: 'GET', url: 'https://example.com/x', headers: [] },
      response: { status, headers: [{ name: 'server', value: 'nginx' }], content: { text: 'no' } },
    }))
    const { stdout } = await runCli([], { stdin: JSON.stringify({ log: { entries } }) })
    expect(stdout).toBe('Summary of stdin: 4 entries · 0 diagnosed · 4 other errors (404 ×2, 403 ×1, 500 ×1) · 0 without error\n')
  })

  it('names each input when several are given', async () => {
    const { stdout } = await runCli([SEED2, join(FIXTURES, 'curl7-http2-seed1-unauthorized.txt')])
    expect(stdout).toContain(`${SEED2} 403 GET`)
    expect(stdout).toContain(`${join(FIXTURES, 'curl7-http2-seed1-unauthorized.txt')} 401 GET`)
  })

  it('prints a URL without its query string, and without a scheme the capture did not show', async () => {
    const reply = [
      '> GET /stage/v1/xxxxxx?token=abc&x=1 HTTP/1.1',
      `> Host: ${HOST}`,
      '>',
      '< HTTP/1.1 403 Forbidden',
      '< x-amzn-errortype: MissingAuthenticationTokenException',
      '<',
      '{"message":"Missing Authentication Token"}',
    ].join('\n')
    const { stdout } = await runCli([], { stdin: reply })
    expect(stdout.split('\n')[0]).toBe(`403 Forbidden GET ${HOST}/stage/v1/xxxxxx`)
  })

  it('shows the remarks of the parser, such as a sanitized HAR', async () => {
    const entries = [
      {
        request: { method: 'GET', url: `https://${HOST}/p`, headers: [{ name: 'accept', value: '*/*' }] },
        response: { status: 200, headers: [] },
      },
    ]
    const har = JSON.stringify({ log: { creator: { name: 'WebInspector' }, entries } })
    const text = await runCli([], { stdin: har })
    expect(text.stdout).toMatch(/^note: No request in this HAR carries an Authorization or Cookie header/)
    const json = await runCli(['--json'], { stdin: har })
    expect(json.stdout).toBe('[]\n')
    expect(json.stderr).toMatch(/^apigw-doctor: note: No request in this HAR carries an Authorization or Cookie header.*\n$/)
  })
})

describe('colour', () => {
  it('is used only on a terminal, unless NO_COLOR is set, TERM is dumb, or a flag decides', async () => {
    expect((await runCli([SEED2], { stdoutIsTTY: true })).stdout).toMatch(ANSI)
    expect((await runCli([SEED2], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI)
    expect((await runCli([SEED2], { stdoutIsTTY: true, env: { TERM: 'dumb' } })).stdout).not.toMatch(ANSI)
    expect((await runCli(['--no-color', SEED2], { stdoutIsTTY: true })).stdout).not.toMatch(ANSI)
    expect((await runCli(['--color', SEED2], { stdoutIsTTY: false, env: { NO_COLOR: '1' } })).stdout).toMatch(ANSI)
    expect((await runCli([SEED2], { stdoutIsTTY: false })).stdout).not.toMatch(ANSI)
  })

  it('takes an empty NO_COLOR as unset (no-color.org)', () => {
    expect(wantsColor(undefined, true, { NO_COLOR: '' })).toBe(true)
  })

  it('changes only the styling, not the text', async () => {
    const coloured = (await runCli(['--color', '--all', CHROME])).stdout
    const plain = (await runCli(['--all', CHROME])).stdout
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping ANSI escape sequences.
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain)
  })
})

describe('--json', () => {
  it('prints an array with one entry per diagnosed reply: where it is, what it was, and the diagnosis', async () => {
    const { stdout, code } = await runCli(['--json', SEED2])
    expect(code).toBe(0)
    const entries = JSON.parse(stdout) as JsonEntry[]
    expect(entries).toEqual([
      {
        source: SEED2,
        index: 1,
        format: 'curl',
        method: 'GET',
        url: `https://${HOST}/stage/v1/xxxxxx`,
        status: 403,
        diagnosis: diagnose(SEED2_INPUT),
      },
    ])
    expect(Object.keys(entries[0] ?? {})).toEqual(['source', 'index', 'format', 'method', 'url', 'status', 'diagnosis'])
  })

  it('lists every exchange with --all, with null diagnoses, reason phrases, timings and errors', async () => {
    const entries = JSON.parse((await runCli(['--json', '--all', CHROME])).stdout) as JsonEntry[]
    expect(entries.map((e) => [e.index, e.status, e.diagnosis === null, e.error ?? null])).toEqual([
      [1, 200, true, null],
      [2, 403, false, null],
      [3, 0, true, 'net::ERR_FAILED'],
      [4, 401, false, null],
      [5, 200, true, null],
    ])
    expect(entries[1]?.elapsedMs).toBe(121.7)
    const firefox = JSON.parse((await runCli(['--json', '--all', join(FIXTURES, 'firefox-session.har')])).stdout) as JsonEntry[]
    expect(firefox[0]?.statusText).toBe('Forbidden')
  })

  it('gathers the entries of several inputs in one array', async () => {
    const entries = JSON.parse((await runCli(['--json', SEED2, CHROME])).stdout) as JsonEntry[]
    expect(entries.map((e) => [e.source, e.index])).toEqual([
      [SEED2, 1],
      [CHROME, 2],
      [CHROME, 4],
    ])
  })
})
