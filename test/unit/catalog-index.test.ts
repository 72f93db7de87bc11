import { describe, expect, it } from 'vitest'
import { signatures } from '../../src/catalog/index.ts'
import { builtInCandidates } from '../../src/engine/catalog-index.ts'
import { diagnose } from '../../src/engine/diagnose.ts'
import { readSignals } from '../../src/engine/signals.ts'
import { takeSnapshot } from '../../src/reading/snapshot.ts'
import type { DiagnoseInput } from '../../src/types.ts'

function candidates(input: DiagnoseInput): string[] {
  const reply = takeSnapshot(input)
  return builtInCandidates(reply, readSignals(reply)).map((signature) => signature.code)
}

const example = (code: string): DiagnoseInput => {
  const found = signatures.find((signature) => signature.code === code)
  if (found === undefined) throw new Error(`no signature ${code}`)
  return found.example
}

describe('builtInCandidates', () => {
  it('scores a reply that names its error type against the few signatures that can fit', () => {
    const codes = candidates(example('MISSING_AUTHENTICATION_TOKEN'))
    expect(codes).toContain('MISSING_AUTHENTICATION_TOKEN')
    // Every other signature that names error types names others; CloudFront's pages need a Server header.
    expect(codes).not.toContain('INVALID_API_KEY')
    expect(codes).not.toContain('CLOUDFRONT_ERROR_NO_BODY')
    expect(codes.length).toBeLessThan(signatures.length / 4)
  })

  it('rules out the signatures with error-type criteria when the reply names a type none of them knows', () => {
    const codes = candidates({
      status: 403,
      headers: { 'x-amzn-ErrorType': 'SomethingNewException' },
      body: '{"message":"Missing Authentication Token"}',
    })
    expect(codes).not.toContain('MISSING_AUTHENTICATION_TOKEN')
  })

  it('keeps a customised gateway response whose error type matches, whatever its body', () => {
    const codes = candidates({ status: 418, headers: { 'x-amzn-ErrorType': 'MissingAuthenticationTokenException' } })
    expect(codes).toContain('MISSING_AUTHENTICATION_TOKEN')
  })

  it('keeps the body-less replies for an empty body and drops them for a page', () => {
    const headers = { server: 'CloudFront', 'x-amz-cf-id': 'abc' }
    expect(candidates({ status: 403, headers, body: '' })).toContain('CLOUDFRONT_ERROR_NO_BODY')
    expect(candidates({ status: 403, headers, body: '<html>403 ERROR</html>' })).not.toContain('CLOUDFRONT_ERROR_NO_BODY')
  })

  it('takes a common wording only from a message the reader found, and a distinctive one from the page too', () => {
    const page = candidates({ status: 403, body: '<html><body><h1>Forbidden</h1></body></html>' })
    expect(page).not.toContain('FORBIDDEN')
    expect(page).toContain('MISSING_AUTHENTICATION_TOKEN')
    expect(candidates({ status: 403, body: '{"message":"Forbidden"}' })).toContain('FORBIDDEN')
  })

  it('leaves out the pages whose sentences a short body cannot hold', () => {
    const short = candidates({ status: 403, headers: { 'x-amz-cf-id': 'abc' }, body: 'Forbidden' })
    expect(short).not.toContain('CLOUDFRONT_GEO_RESTRICTED')
    const page = signatures.find((signature) => signature.code === 'CLOUDFRONT_GEO_RESTRICTED')?.example
    expect(page && candidates({ ...page, headers: { 'x-amz-cf-id': 'abc' } })).toContain('CLOUDFRONT_GEO_RESTRICTED')
  })

  it('leaves every status to a reply whose status is unknown', () => {
    expect(candidates({ status: 0, body: 'Missing Authentication Token' })).toContain('MISSING_AUTHENTICATION_TOKEN')
  })
})

describe('the compiled catalog', () => {
  // The same signatures passed as custom ones are scored one by one, unindexed: the answers must not differ.
  const unindexed = { signatures }
  const variants = (input: DiagnoseInput): [string, DiagnoseInput][] => {
    const headers = input.headers !== undefined && !Array.isArray(input.headers) ? Object.entries(input.headers) : []
    return [
      ['as sent', input],
      ['status unknown', { ...input, status: 0 }],
      ['another status', { ...input, status: input.status === 403 ? 502 : 403 }],
      ['without headers', { ...input, headers: undefined }],
      ['without a body', { ...input, body: undefined }],
      ['with another error type', { ...input, headers: { ...Object.fromEntries(headers), 'x-amzn-errortype': 'X' } }],
      ...headers.map(([name]): [string, DiagnoseInput] => [
        `without ${name}`,
        { ...input, headers: Object.fromEntries(headers.filter(([other]) => other !== name)) },
      ]),
    ]
  }
  const cases = signatures.flatMap((signature) =>
    variants(signature.example).map(([variant, input]) => [`${signature.code}, ${variant}`, input] as const),
  )

  it.each(cases)('gives the answer of scoring the whole catalog: %s', (_name, input) => {
    expect(diagnose(input)).toEqual(diagnose(input, unindexed))
  })
})
