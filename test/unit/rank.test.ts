import { describe, expect, it } from 'vitest'
import { ENGLISH_WORDS, fill, placeholderValues } from '../../src/engine/rank.ts'
import { takeSnapshot } from '../../src/reading/snapshot.ts'

const reply = (url: string) =>
  takeSnapshot({
    status: 403,
    body: '{}',
    request: { method: 'GET', url: `https://abc123defg.execute-api.eu-west-1.amazonaws.com${url}` },
  })

describe('fill', () => {
  it('fills every placeholder with the request facts', () => {
    const values = placeholderValues(reply('/prod/v1/items'), ENGLISH_WORDS)
    expect(fill('{request} on {host}: {stage}, {path}; {stage}', values)).toBe(
      'GET /prod/v1/items on abc123defg.execute-api.eu-west-1.amazonaws.com: prod, /prod/v1/items; prod',
    )
  })

  it('inserts a value as written, even when it holds a placeholder or a replacement pattern', () => {
    const values = placeholderValues(reply("/{stage}/$&/$'/{path}"), ENGLISH_WORDS)
    expect(fill('no route for {request}', values)).toBe("no route for GET /{stage}/$&/$'/{path}")
  })

  it('uses the neutral words for unknown facts and leaves other braces alone', () => {
    const values = placeholderValues(takeSnapshot({ status: 403, body: '{}' }), ENGLISH_WORDS)
    expect(fill('{request} at {stage} of {host} ({proxy+})', values)).toBe('this request at the stage of this host ({proxy+})')
    expect(fill('no placeholder', values)).toBe('no placeholder')
  })

  it('redacts a credential in the path', () => {
    const values = placeholderValues(reply('/prod/x?token=abcdef123456'), ENGLISH_WORDS)
    expect(fill('{path}', values)).toBe('/prod/x')
    const inPath = placeholderValues(reply('/prod/token=abcdef123456/x'), ENGLISH_WORDS)
    expect(fill('{path}', inPath)).not.toContain('abcdef123456')
  })
})
