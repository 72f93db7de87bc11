import { describe, expect, it } from 'vitest'
import { messageJa } from '../../src/cli/messages-ja.ts'

/** Every one-line message the CLI writes in English, as it writes it. */
const MESSAGES = [
  'unknown option --bogus (see --help)',
  '--format takes one of: curl, raw, har, json, paste',
  '--locale takes one of: en, ja, auto',
  '--aws-host takes a host name, e.g. --aws-host api.example.com',
  '--status takes an HTTP status code, e.g. --status 403',
  '--url takes the request URL, e.g. --url https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/items',
  '--method takes an HTTP method, e.g. --method POST',
  'no such file',
  'permission denied',
  'is a directory',
  'is too large',
  'cannot be read',
  'cannot be read (EIO)',
  'is larger than 256 MiB',
  'is empty',
  'the input is empty',
  'is binary data, not text',
  'is a damaged gzip file (or larger than 256 MiB unpacked)',
  'not valid JSON: the HAR file is truncated or damaged',
  'not valid JSON (truncated or damaged?)',
  'not a HAR file: it has no log.entries list',
  'the HAR file has no entries',
  'the JSON holds no reply with a valid `status` (expected { "status": 403, "headers": {…}, "body": "…" } or an array of them)',
  'the curl transcript holds no reply line (`< HTTP/…`)',
  'nothing to diagnose was found in the paste',
  "the cURL copy holds the request but no reply: paste the reply's text after it, or run the request with curl -sv and pipe its output in",
  "the fetch copy holds the request but no reply: paste the reply's text after it, or run the request with curl -sv and pipe its output in",
  'no HTTP reply found',
  'could not be processed (internal error)',
  'reading standard input: paste a capture, a reply body or console lines, then press Ctrl-D (see --help)',
]

describe('the CLI messages in Japanese', () => {
  it.each(MESSAGES)('%s', (message) => {
    const japanese = messageJa(message)
    expect(japanese).not.toBe(message)
    expect(japanese).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
  })

  it('keeps what it does not know, such as curl quoted as it wrote it', () => {
    expect(messageJa('curl: (6) Could not resolve host: x')).toBe('curl: (6) Could not resolve host: x')
  })

  it('keeps the values of the message', () => {
    expect(messageJa('unknown option --frobnicate (see --help)')).toContain('--frobnicate')
    expect(messageJa('cannot be read (EIO)')).toContain('EIO')
    expect(messageJa('--format takes one of: curl, raw, har, json, paste')).toContain('curl, raw, har, json, paste')
  })
})
