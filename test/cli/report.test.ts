import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { textReport } from '../../src/cli/report.ts'
import type { JsonEntry } from '../../src/cli/report-json.ts'
import { styleFor, wantsColor } from '../../src/cli/style.ts'
import { diagnose } from '../../src/engine/diagnose.ts'
import type { Diagnosis } from '../../src/types.ts'
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

/** The text report of seed 2, as README.md shows it (there cut short with "…"). */
const SEED2_REPORT = [
  `403 GET https://${HOST}/stage/v1/xxxxxx`,
  'API Gateway found no route for GET /stage/v1/xxxxxx (403 Missing Authentication Token)',
  '  code          MISSING_AUTHENTICATION_TOKEN',
  '  layer         API Gateway REST API',
  '  confidence    high',
  '  likely cause  (43%) No resource and method match GET /stage/v1/xxxxxx on this stage: a typo or wrong letter case in the path, a missing or extra segment, a doubled slash, or a resource that was never deployed to the stage. Despite the message, this has nothing to do with tokens.',
  '  remedy        Compare the path with the deployed resources (`aws apigateway get-resources --rest-api-id <id>`, or export the stage: `aws apigateway get-export --rest-api-id <id> --stage-name <stage> --export-type oas30 out.json`); fix the URL, or redeploy the stage if the resource is new (`aws apigateway create-deployment --rest-api-id <id> --stage-name <stage>`).',
  '  other causes  28%  the method may require AWS_IAM auth: sign GET /stage/v1/xxxxxx with SigV4',
  '                21%  the resource may not define GET /stage/v1/xxxxxx: check the HTTP method',
  '                 4%  the path of GET /stage/v1/xxxxxx holds an unencoded character: percent-encode path parameters',
  '                 2%  the resource has no OPTIONS method for the CORS preflight: enable CORS on it',
  '                 1%  the root resource of stage "stage" has no method: call a resource path',
  '                … 2 less likely (see --json)',
  `  evidence      status: 403; x-amzn-errortype: MissingAuthenticationTokenException; message: "Missing Authentication Token"; x-amzn-requestid: xxxxxxxxxxxxxxxxx; x-amz-apigw-id: xxxxxxxxxxxxxx; host: ${HOST} (execute-api)`,
  '  request IDs   xxxxxxxxxxxxxxxxx (request ID) · xxxxxxxxxxxxxx (x-amz-apigw-id)',
  '  docs          https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html',
  '                https://repost.aws/knowledge-center/api-gateway-troubleshoot-403-forbidden',
]

/**
 * The plain text report of one reply whose diagnosis has causes of these likelihoods (most likely first,
 * named "cause 1", "cause 2"…), as lines; no evidence, request IDs, docs or notes, so the other causes come last.
 */
function reportOf(likelihoods: number[]): string[] {
  const causes = likelihoods.map((likelihood, i) => ({
    id: `cause-${i + 1}`,
    cause: `Cause ${i + 1}.`,
    remedy: `Remedy ${i + 1}.`,
    summary: `cause ${i + 1}`,
    likelihood,
  }))
  const diagnosis: Diagnosis = {
    code: 'TEST_CODE',
    layer: 'api-gateway-rest',
    confidence: 'high',
    status: 403,
    title: 'A test reply',
    cause: 'Cause 1.',
    remedy: 'Remedy 1.',
    causes,
    evidence: [],
    hints: [],
    docs: [],
  }
  const exchange = { kind: 'reply' as const, method: 'GET', url: `https://${HOST}/stage/x`, input: { status: 403 } }
  const report = textReport(
    { source: '-', format: 'curl', notes: [], outcomes: [{ source: '-', format: 'curl', index: 1, exchange, diagnosis }] },
    { all: false, nameSources: false, style: styleFor(false) },
  )
  return report.trimEnd().split('\n')
}

describe('text report', () => {
  it('shows title, code, layer, confidence, top cause and remedy, other causes, evidence, request IDs and docs', async () => {
    const { stdout } = await runCli([SEED2])
    expect(stdout).toBe(`${SEED2_REPORT.join('\n')}\n`)
    expect(stdout).not.toMatch(ANSI)
  })

  it('lists at most five other causes, none that rounds to 0%, and says how many more there are', () => {
    // Seven other causes, all of them 1% or more: five are listed, the other two counted.
    const many = reportOf([0.3, 0.2, 0.15, 0.12, 0.1, 0.05, 0.04, 0.04])
    expect(many.slice(7)).toEqual([
      '  other causes  20%  cause 2',
      '                15%  cause 3',
      '                12%  cause 4',
      '                10%  cause 5',
      '                 5%  cause 6',
      '                … 2 less likely (see --json)',
    ])
    // 0.5% rounds to 1% and is listed; 0.4% rounds to 0% and is only counted.
    expect(reportOf([0.691, 0.3, 0.005, 0.004]).slice(7)).toEqual([
      '  other causes  30%  cause 2',
      '                 1%  cause 3',
      '                … 1 less likely (see --json)',
    ])
    // Nothing to count: no "less likely" line; no other cause: no "other causes" field at all.
    expect(reportOf([0.6, 0.4]).slice(7)).toEqual(['  other causes  40%  cause 2'])
    expect(reportOf([1]).slice(7)).toEqual([])
  })

  it('lists successful, undiagnosed and unanswered entries with --all, and ends a HAR with a summary by code', async () => {
    const plain = await runCli([CHROME])
    expect(plain.stdout).not.toContain('[1/5]')
    expect(plain.stdout).toContain(`[2/5] 403 OPTIONS https://${HOST}/stage/v1/xxxxxx`)
    expect(plain.stdout.trimEnd().split('\n').at(-1)).toBe(
      `Summary of ${CHROME}: 5 entries · 3 diagnosed (MISSING_AUTHENTICATION_TOKEN ×1, NO_RESPONSE ×1, UNAUTHORIZED ×1) · 2 without error`,
    )
    const all = await runCli(['--all', CHROME])
    expect(all.stdout).toContain('[1/5] 200 GET https://app.example.com/ — no error\n')
    // The request after the rejected preflight got no reply: diagnosed, the preflight's status as evidence.
    expect(all.stdout).toContain(
      `[3/5] no reply GET https://${HOST}/stage/v1/xxxxxx\nNo reply reached the client for GET /stage/v1/xxxxxx: network error\n`,
    )
    expect(all.stdout).toContain('preflight: OPTIONS answered 403')
  })

  it('fills placeholders with its default English labels', () => {
    const exchange = { kind: 'reply' as const, method: 'GET', url: 'https://x.example/a', input: { status: 200 } }
    const out = textReport(
      { source: 'a.har', format: 'har', notes: [], outcomes: [{ source: 'a.har', format: 'har', index: 1, exchange }] },
      { all: true, nameSources: false, style: styleFor(false) },
    )
    expect(out).toContain('Summary of a.har: 1 entry')
    expect(out).not.toMatch(/\{[a-z]+\}/)
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
        // The library's own diagnosis of the same reply, written out independently of the parsers.
        diagnosis: diagnose(SEED2_INPUT),
      },
    ])
    expect(entries[0]?.diagnosis).toMatchObject({
      code: 'MISSING_AUTHENTICATION_TOKEN',
      layer: 'api-gateway-rest',
      confidence: 'high',
      requestId: 'xxxxxxxxxxxxxxxxx',
      extendedRequestId: 'xxxxxxxxxxxxxx',
    })
    expect(entries[0]?.diagnosis?.causes[0]?.id).toBe('no-route')
    expect(Object.keys(entries[0] ?? {})).toEqual(['source', 'index', 'format', 'method', 'url', 'status', 'diagnosis'])
  })

  it('lists every exchange with --all, with null diagnoses, reason phrases, timings and errors', async () => {
    const entries = JSON.parse((await runCli(['--json', '--all', CHROME])).stdout) as JsonEntry[]
    expect(entries.map((e) => [e.index, e.status, e.diagnosis === null, e.error ?? null])).toEqual([
      [1, 200, true, null],
      [2, 403, false, null],
      [3, 0, false, 'net::ERR_FAILED'],
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
      [CHROME, 3],
      [CHROME, 4],
    ])
  })
})
