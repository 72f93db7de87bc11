import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { HELP } from '../../src/cli/help.ts'
import { InputError } from '../../src/cli/read-input.ts'
import type { JsonEntry } from '../../src/cli/report-json.ts'
import { packageVersion } from '../../src/cli/version.ts'
import { FIXTURES, fixtureBytes, ROOT, runCli } from './helpers.ts'

const SEED2 = join(FIXTURES, 'curl8-http2-seed2-missing-token.txt')

describe('run', () => {
  it('prints the help and exits 0', async () => {
    const result = await runCli(['--help'])
    expect(result).toEqual({ code: 0, stdout: HELP, stderr: '' })
    expect(HELP).toMatch(/^Usage: apigw-doctor \[options\] \[FILE\.\.\.\]/)
    for (const option of ['--json', '--all', '--no-color', '--format', '--aws-host', '--version']) expect(HELP).toContain(option)
  })

  it('prints the version read from package.json at run time', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' })
    expect(packageVersion(new URL('file:///nonexistent/dir/cli.js').href)).toBe('unknown')
  })

  it('exits 2 with one line on bad usage', async () => {
    expect(await runCli(['--bogus'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'apigw-doctor: unknown option --bogus (see --help)\n',
    })
  })

  it('reads a file once and exits 0', async () => {
    const readFile = vi.fn(async (path: string) => fixtureBytes(path.split('/').at(-1) ?? ''))
    const result = await runCli([SEED2], { readFile })
    expect(result.code).toBe(0)
    expect(readFile).toHaveBeenCalledTimes(1)
    expect(result.stdout).toContain('MISSING_AUTHENTICATION_TOKEN')
    expect(result.stderr).toBe('')
  })

  it('reads stdin when no file or - is given, and hints when stdin is a terminal', async () => {
    const stdin = fixtureBytes('curl8-http2-seed2-missing-token.txt')
    const piped = await runCli([], { stdin })
    expect(piped.code).toBe(0)
    expect(piped.stdout).toContain('MISSING_AUTHENTICATION_TOKEN')
    expect(piped.stderr).toBe('')
    const dash = await runCli(['-', '--json'], { stdin })
    expect((JSON.parse(dash.stdout) as JsonEntry[])[0]?.source).toBe('-')
    const tty = await runCli([], { stdin, stdinIsTTY: true })
    expect(tty.stderr).toBe(
      'apigw-doctor: reading standard input: paste a capture, a reply body or console lines, then press Ctrl-D (see --help)\n',
    )
  })

  it('exits 2 with one line per unusable input, after reporting the usable ones', async () => {
    const result = await runCli([SEED2, join(FIXTURES, 'missing.txt')])
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('MISSING_AUTHENTICATION_TOKEN')
    expect(result.stderr).toBe(`apigw-doctor: ${join(FIXTURES, 'missing.txt')}: no such file\n`)
  })

  it('exits 2 when the input holds no HTTP reply, saying why', async () => {
    expect(
      await runCli([], { stdin: 'curl: (6) Could not resolve host: abc123defg.execute-api.eu-west-1.amazonaws.com\n' }),
    ).toEqual({
      code: 2,
      stdout: '',
      stderr: 'apigw-doctor: stdin: curl: (6) Could not resolve host: abc123defg.execute-api.eu-west-1.amazonaws.com\n',
    })
    expect((await runCli([], { stdin: '{"log":{"entries":[]}}' })).stderr).toBe(
      'apigw-doctor: stdin: the HAR file has no entries\n',
    )
  })

  it('exits 0 when the input was read even if nothing was diagnosed', async () => {
    const nginx = 'HTTP/1.1 404 Not Found\r\nServer: nginx/1.25.3\r\nContent-Type: text/html\r\n\r\n<html><body>404</body></html>'
    const result = await runCli([], { stdin: nginx })
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('No AWS error reply recognised in stdin (1 reply: 404). Use --all to list every reply.\n')
    expect(await runCli(['--json'], { stdin: nginx })).toEqual({ code: 0, stdout: '[]\n', stderr: '' })
  })

  it('passes --aws-host to the engine as awsHosts', async () => {
    const reply = [
      '> GET /prod/x HTTP/1.1',
      '> Host: api.example.com',
      '>',
      '< HTTP/1.1 403 Forbidden',
      '< Content-Type: application/json',
      '<',
      '{"message":"Forbidden"}',
    ].join('\n')
    const without = JSON.parse((await runCli(['--json'], { stdin: reply })).stdout) as JsonEntry[]
    const declared = JSON.parse(
      (await runCli(['--json', '--aws-host', 'api.example.com'], { stdin: reply })).stdout,
    ) as JsonEntry[]
    // Without the declaration only the body's wording says AWS: low, with the hint that names --aws-host's option.
    expect(without).toHaveLength(1)
    expect(without[0]?.diagnosis?.confidence).toBe('low')
    expect(without[0]?.diagnosis?.hints.join(' ')).toContain('awsHosts')
    expect(declared).toHaveLength(1)
    expect(declared[0]?.diagnosis?.hints.join(' ')).not.toContain('awsHosts')
    expect(declared[0]?.diagnosis?.evidence).toContain('host: api.example.com (declared AWS host)')
  })

  it('reads the format given with --format', async () => {
    const result = await runCli(['--format', 'curl', '--json'], {
      stdin:
        '< HTTP/1.1 403 Forbidden\n< x-amzn-errortype: MissingAuthenticationTokenException\n<\n{"message":"Missing Authentication Token"}',
    })
    expect((JSON.parse(result.stdout) as JsonEntry[])[0]?.format).toBe('curl')
  })

  it('never lets an unexpected error escape: one line, exit 2', async () => {
    const readFile = async (): Promise<Uint8Array> => {
      throw new TypeError('unexpected at /secret/path')
    }
    expect(await runCli(['x.txt'], { readFile })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'apigw-doctor: x.txt: could not be processed (internal error)\n',
    })
    const fails = async (): Promise<Uint8Array> => {
      throw new InputError('is larger than 256 MiB')
    }
    expect((await runCli(['big.har'], { readFile: fails })).stderr).toBe('apigw-doctor: big.har: is larger than 256 MiB\n')
  })
})

describe('a protocol-relative request URL with user info', () => {
  it.each([[[]], [['--json']], [['--all']], [['--json', '--all']]])('never prints the password (%j)', async (flags) => {
    const input = JSON.stringify({
      status: 403,
      body: '{"message":"Missing Authentication Token"}',
      request: { method: 'GET', url: '//user:Pr0tocolRelativePassw0rd@abc123defg.execute-api.eu-west-1.amazonaws.com/prod/x' },
    })
    const result = await runCli([...flags, '-'], { stdin: input })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('MISSING_AUTHENTICATION_TOKEN')
    expect(result.stdout + result.stderr).not.toContain('Pr0tocolRelativePassw0rd')
  })
})

describe('control characters in a capture', () => {
  // A HAR or transcript from someone else must not drive the terminal: set its title (OSC), clear the
  // screen, hide text. Only the report's own styling may write escape sequences.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for.
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/
  const har = JSON.stringify({
    log: {
      entries: [
        {
          request: {
            method: 'GET',
            url: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/\u001b]0;PWNED\u0007x\u001b[8mhidden\u009b2J',
          },
          response: {
            status: 403,
            statusText: 'Forbidden\u001b[2J',
            headers: [
              { name: 'x-amzn-ErrorType', value: 'MissingAuthenticationTokenException' },
              { name: 'x-amzn-RequestId', value: 'abc\u001b[5mblink' },
            ],
            content: { text: '{"message":"Missing Authentication Token"}' },
          },
        },
        {
          request: { method: 'GET', url: 'https://example.com/\u001b[2Jx' },
          response: { status: 0, _error: 'net::\u001b[2JERR' },
        },
      ],
    },
  })

  it.each([[[]], [['--all']], [['--color']]])('never reach the text report (%j)', async (flags) => {
    const result = await runCli([...flags, '-'], { stdin: har })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('MISSING_AUTHENTICATION_TOKEN')
    // With --color the report's own SGR sequences remain; nothing else does.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping the report's own SGR sequences.
    expect(result.stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(CONTROL)
    expect(result.stdout).not.toContain('\u001b]0;')
    expect(result.stdout).not.toContain('\u001b[8m')
  })

  it('never reach the one line on stderr', async () => {
    const result = await runCli(['-'], { stdin: 'curl: (6) Could not resolve host: \u001b]0;PWNED\u0007evil\n' })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Could not resolve host')
    expect(result.stderr.trimEnd()).not.toMatch(CONTROL)
  })
})

describe('a HAR exported by a browser', () => {
  // A WAF Challenge on a fetch call through CloudFront, as Chrome's Network panel exports it (sanitized, so
  // no Cookie header), and the same traffic recorded by a proxy that may have served any client.
  const entry = {
    startedDateTime: '2025-03-04T09:12:40.511Z',
    time: 41.2,
    request: {
      method: 'POST',
      url: 'https://shop.example.com/api/cart',
      httpVersion: 'http/2.0',
      headers: [
        { name: 'content-type', value: 'application/json' },
        { name: 'accept', value: '*/*' },
      ],
    },
    response: {
      status: 202,
      statusText: '',
      httpVersion: 'http/2.0',
      headers: [
        { name: 'content-length', value: '0' },
        { name: 'x-amzn-waf-action', value: 'challenge' },
        { name: 'x-cache', value: 'Error from cloudfront' },
        { name: 'via', value: '1.1 2b8c0f6e4d3a1b9c7e5f3a1d9b7c5e3f.cloudfront.net (CloudFront)' },
        { name: 'x-amz-cf-pop', value: 'FRA56-P3' },
        { name: 'x-amz-cf-id', value: 'Jm3kR8vT1qW5xY9zA2bC4dE6fG8hI0jK1lM3nO5pQ7rS9tU1vW3xYz==' },
      ],
      content: { size: 0, mimeType: 'x-unknown' },
    },
  }
  const causesOf = async (creator: string): Promise<{ id: string; likelihood: number }[]> => {
    const har = JSON.stringify({ log: { version: '1.2', creator: { name: creator, version: '1' }, entries: [entry] } })
    const result = await runCli(['--json', '-'], { stdin: har })
    expect(result.code).toBe(0)
    const [first] = JSON.parse(result.stdout) as { diagnosis: { code: string; causes: { id: string; likelihood: number }[] } }[]
    expect(first?.diagnosis.code).toBe('WAF_CHALLENGE')
    return first?.diagnosis.causes ?? []
  }

  it('is diagnosed as a browser received it: a dropped token cookie ranks second, not last', async () => {
    const fromChrome = await causesOf('WebInspector')
    expect(fromChrome.map((cause) => cause.id)).toEqual(['no-token', 'token-cookie-dropped', 'token-expired'])
    const fromProxy = await causesOf('Charles Proxy')
    const dropped = (causes: { id: string; likelihood: number }[]): number =>
      causes.find((cause) => cause.id === 'token-cookie-dropped')?.likelihood ?? 0
    expect(dropped(fromChrome)).toBeGreaterThan(0.3)
    expect(dropped(fromProxy)).toBeLessThan(0.2)
  })
})
