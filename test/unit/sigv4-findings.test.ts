/**
 * SigV4 explained (issue #16): when a signature-mismatch message quotes AWS's canonical request and
 * string-to-sign, the diagnosis names what differs from the request sent, first; an identical request makes
 * no claim of a difference. The messages are quoted from public threads (test/fixtures/sigv4/, each with its
 * source and what was replaced).
 */
import { describe, expect, it } from 'vitest'
import { type DiagnoseInput, type Diagnosis, diagnose, signatures } from '../../src/index.ts'
import { ja } from '../../src/locales/ja.ts'
import { type QuotedSigv4Case, quotedSigv4Cases } from '../helpers/sigv4-quotes.ts'

const cases = quotedSigv4Cases()

/** The causes INVALID_SIGNATURE gives only from a comparison. */
const FINDING_IDS = new Set(
  (signatures.find((s) => s.code === 'INVALID_SIGNATURE')?.causes ?? []).filter((c) => c.finding === true).map((c) => c.id),
)
const KEY_ID = 'AKIDEXAMPLE'
const SIGNATURE = '5e8f3a1b2c4d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7'

function reply(
  c: Pick<QuotedSigv4Case, 'message' | 'request' | 'signedHeaders' | 'amzDate' | 'scope'>,
  token?: string,
): DiagnoseInput {
  const headers: Record<string, string> = {
    authorization: `AWS4-HMAC-SHA256 Credential=${KEY_ID}/${c.scope}/aws4_request, SignedHeaders=${c.signedHeaders}, Signature=${SIGNATURE}`,
    'x-amz-date': c.amzDate,
    ...c.request.headers,
  }
  if (token !== undefined) headers['x-amz-security-token'] = token
  return {
    status: 403,
    headers: {
      'content-type': 'application/json',
      'x-amzn-RequestId': 'c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11',
      'x-amzn-ErrorType': 'InvalidSignatureException',
      'x-amz-apigw-id': 'Yq3kHGbZjoEFXyQ=',
    },
    body: JSON.stringify({ message: c.message }),
    request: { method: c.request.method, url: c.request.url, headers },
  }
}

const findings = (d: Diagnosis | undefined) => (d?.causes ?? []).filter((cause) => FINDING_IDS.has(cause.id))
const byId = (d: Diagnosis | undefined, id: string) => d?.causes.find((cause) => cause.id === id)

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const d = diagnose(reply(c))

  it('cites where the message comes from', () => {
    expect(c.source).toMatch(/^https:\/\/github\.com\//)
  })

  it(`finds ${c.expect.join(', ')}, first and nothing else`, () => {
    expect(d?.code).toBe('INVALID_SIGNATURE')
    expect(findings(d).map((f) => f.id)).toEqual(c.expect)
    expect(d?.causes.slice(0, c.expect.length).map((f) => f.id)).toEqual(c.expect)
    expect(d?.causes.reduce((sum, cause) => sum + cause.likelihood, 0)).toBeCloseTo(1, 2)
  })

  it('shows no credential: key id, signature, session token', () => {
    const text = JSON.stringify(diagnose(reply(c, 'IQoJb3JpZ2luX2VjSENTTOKENVALUE0123456789')))
    expect(text).not.toContain(KEY_ID)
    expect(text).not.toContain(SIGNATURE)
    expect(text).not.toContain('EXAMPLETOKENPLACEHOLDER')
    expect(text).not.toContain('SENTTOKENVALUE')
  })
})

it('INVALID_SIGNATURE declares its finding causes', () => {
  expect(FINDING_IDS.size).toBe(11)
  expect(FINDING_IDS.has('signed-host-differs')).toBe(true)
})

describe('what the findings say', () => {
  const paw = cases[0] as QuotedSigv4Case
  const aws4 = cases[2] as QuotedSigv4Case

  it('names the path as AWS encoded it and as it was sent', () => {
    expect(byId(diagnose(reply(paw)), 'signed-path-encoding')?.summary).toBe(
      'the path must be signed as /dev/%2540connections/asnFYeJtCGYCEZQ%253D, not /dev/%40connections/asnFYeJtCGYCEZQ%3D: let the signer encode the path again',
    )
  })

  it('names the host AWS received and the host the request was signed for', () => {
    const d = diagnose(
      reply({ ...paw, request: { ...paw.request, url: 'https://ws.example.com/dev/%40connections/asnFYeJtCGYCEZQ%3D' } }),
    )
    expect(d?.causes[0]?.summary).toBe(
      'AWS received host xxxxxxxx.execute-api.eu-west-3.amazonaws.com, the request was signed for ws.example.com: sign for the host AWS receives',
    )
  })

  it('names the query parameters AWS received and those sent, never a value, nor a token written as a name', () => {
    const search = cases.find((c) => c.expect.includes('signed-query-differs')) as QuotedSigv4Case
    const named = diagnose(reply(search))
    expect(byId(named, 'signed-query-differs')?.summary).toBe(
      'the query reached AWS as (none), sent as size=[REDACTED]: sign the final, encoded query',
    )
    // `?<token>` is canonicalised as `<token>=`: the name is the secret.
    const token = 'Zq9bareToken0123456789'
    const bare = diagnose(
      reply({ ...search, request: { ...search.request, url: `${search.request.url.split('?')[0]}?${token}` } }),
    )
    expect(byId(bare, 'signed-query-differs')?.summary).toBe(
      'the query reached AWS as (none), sent as [REDACTED]=[REDACTED]: sign the final, encoded query',
    )
    expect(JSON.stringify(bare)).not.toContain(token)
  })

  it('names the header value AWS received and the value sent', () => {
    const d = diagnose(reply({ ...aws4, request: { ...aws4.request, headers: { 'content-type': 'application/json' } } }))
    expect(d?.causes[0]?.summary).toBe(
      'content-type reached AWS as text/plain, sent as application/json: sign the header value that is sent',
    )
  })

  it('ranks a named difference above the generic causes it replaces', () => {
    const d = diagnose(
      reply({
        ...aws4,
        request: {
          ...aws4.request,
          url: aws4.request.url.replace('zbit14e2a7.execute-api.us-east-1.amazonaws.com', 'api.example.com'),
        },
      }),
    )
    expect(d?.causes[0]?.id).toBe('signed-host-differs')
    expect(d?.causes[0]?.likelihood).toBeGreaterThan(0.5)
    expect(byId(d, 'signed-for-other-host')?.likelihood ?? 1).toBeLessThan(0.2)
  })

  it('says a signed header that reached AWS empty is missing', () => {
    const message = aws4.message.replace('content-type:text/plain\n', 'content-type:\n')
    const d = diagnose(reply({ ...aws4, message, request: { ...aws4.request, headers: { 'content-length': '34' } } }))
    expect(findings(d).map((f) => f.id)).toEqual(['signed-header-missing'])
    expect(d?.causes[0]?.summary).toBe('the signed header content-type did not reach AWS: sign only headers that are sent')
  })

  it('in Japanese, with the same facts', () => {
    const d = diagnose(reply(paw), { locale: ja })
    expect(d?.causes[0]?.summary).toBe(
      'パスは /dev/%40connections/asnFYeJtCGYCEZQ%3D ではなく /dev/%2540connections/asnFYeJtCGYCEZQ%253D として署名する必要がある。署名処理にパスを再エンコードさせる',
    )
  })
})

describe('no false claims', () => {
  const paw = cases[0] as QuotedSigv4Case

  it('a message without a quoted canonical request adds no finding', () => {
    const d = diagnose(reply({ ...paw, message: paw.message.slice(0, paw.message.indexOf('\n\n')) }))
    expect(d?.code).toBe('INVALID_SIGNATURE')
    expect(findings(d)).toEqual([])
  })

  it('too few facts to compare make no "arrived as sent" claim', () => {
    const aws4 = cases[2] as QuotedSigv4Case
    const input = reply(aws4)
    const thin = { method: 'POST', url: aws4.request.url, headers: { authorization: 'AWS4-HMAC-SHA256 Credential=FAKE' } }
    expect(findings(diagnose({ ...input, request: thin }))).toEqual([])
    // With SignedHeaders and X-Amz-Date known and agreeing, it does.
    expect(findings(diagnose(input)).map((f) => f.id)).toEqual(['canonical-request-matches'])
  })

  it('a request that was not signed with SigV4 adds no finding', () => {
    const input = reply(paw)
    const d = diagnose({ ...input, request: { method: 'POST', url: paw.request.url, headers: { authorization: 'Bearer x' } } })
    expect(findings(d)).toEqual([])
  })

  it('the request unknown: no finding', () => {
    const { request: _, ...input } = reply(paw)
    expect(findings(diagnose(input))).toEqual([])
  })

  it('a garbled quote is ignored, not misread', () => {
    for (const message of [
      `${paw.message.slice(0, 200)}'`,
      "The Canonical String for this request should have been\n'not a method\n/x",
      "The Canonical String for this request should have been\n'",
      `The Canonical String for this request should have been\n'GET\n/${'a'.repeat(5000)}`,
    ]) {
      const d = diagnose(
        reply({ ...paw, message: `The request signature we calculated does not match the signature you provided. ${message}` }),
      )
      expect(d?.code).toBe('INVALID_SIGNATURE')
      expect(findings(d)).toEqual([])
    }
  })
})
