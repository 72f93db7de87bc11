import { describe, expect, it } from 'vitest'
import { parseJsonReplies } from '../../src/cli/parse-json.ts'

const MISSING = '{"message":"Missing Authentication Token"}'

describe('parseJsonReplies', () => {
  it('reads one object in the shape diagnose() takes', () => {
    const result = parseJsonReplies({
      status: 403,
      statusText: 'Forbidden',
      headers: { 'x-amzn-ErrorType': 'MissingAuthenticationTokenException' },
      body: MISSING,
      request: {
        method: 'get',
        url: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/x',
        headers: { Authorization: 'Bearer a.b.c' },
      },
      elapsedMs: 12,
    })
    expect(result.exchanges).toEqual([
      {
        kind: 'reply',
        method: 'GET',
        url: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/x',
        input: {
          status: 403,
          statusText: 'Forbidden',
          headers: [['x-amzn-ErrorType', 'MissingAuthenticationTokenException']],
          body: MISSING,
          elapsedMs: 12,
          request: {
            method: 'GET',
            url: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/x',
            headers: [['Authorization', 'Bearer a.b.c']],
          },
        },
      },
    ])
  })

  it('reads an array, keeps parsed JSON bodies and every header shape, and notes skipped items', () => {
    const result = parseJsonReplies([
      { status: 403, headers: [['x-amzn-RequestId', 'r1']], body: { message: 'Forbidden' } },
      { status: 502, headers: [{ name: 'Server', value: 'awselb/2.0' }], body: '<html></html>' },
      { status: 'oops' },
      'not an object',
      { status: 429, headers: { 'set-cookie': ['a=1', 'b=2'] } },
    ])
    expect(result.exchanges.map((e) => e.kind === 'reply' && [e.input.status, e.input.headers, e.input.body])).toEqual([
      [403, [['x-amzn-RequestId', 'r1']], { message: 'Forbidden' }],
      [502, [['Server', 'awselb/2.0']], '<html></html>'],
      [
        429,
        [
          ['set-cookie', 'a=1'],
          ['set-cookie', 'b=2'],
        ],
        undefined,
      ],
    ])
    expect(result.notes).toEqual(['2 item(s) without a valid HTTP status were skipped.'])
  })

  it('reads a fixture file of this repository ({ fixtures: [...] })', () => {
    const result = parseJsonReplies({ description: 'x', fixtures: [{ name: 'a', status: 403, body: MISSING }] })
    expect(result.exchanges).toHaveLength(1)
  })

  it('explains that a body alone cannot be diagnosed', () => {
    const result = parseJsonReplies({ message: 'Missing Authentication Token' })
    expect(result.exchanges).toEqual([])
    expect(result.emptyReason).toMatch(/valid `status`/)
    expect(parseJsonReplies([{ status: 99 }, { status: 600 }, { status: 403.5 }]).exchanges).toEqual([])
  })
})
