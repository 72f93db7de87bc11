import { describe, expect, it } from 'vitest'
import { redactText, redactUrl } from '../../src/redact.ts'

const CANARY = 'CANARY7Q2secretVALUE'

describe('redactText', () => {
  it.each([
    ['an echoed Authorization header', `Authorization header requires 'Credential' parameter. Authorization=Bearer ${CANARY}`],
    ['the old missing-equal-sign form', `'${CANARY}' not a valid key=value pair (missing equal-sign) in Authorization header: 'Bearer ${CANARY}'.`],
    ['the hashed missing-equal-sign form', `Invalid key=value pair (missing equal-sign) in Authorization header (hashed with SHA-256 and encoded with Base64): '${CANARY}='.`],
    ['a bearer token', `sent Bearer ${CANARY}.more`],
    ['a SigV4 header', `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/eu-west-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=${CANARY}`],
    ['presigned query parameters', `?X-Amz-Security-Token=${CANARY}&X-Amz-Signature=${CANARY}`],
    ['a JWT', `token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.${CANARY}`],
    ['generic token parameters', `session_id=${CANARY}; api_key=${CANARY}`],
    ['servlet and PHP session ids', `/app;jsessionid=${CANARY}?PHPSESSID=${CANARY}`],
    ['canonical request header lines', `host:abc\nx-amz-security-token:${CANARY}\nx-api-key: ${CANARY}`],
  ])('removes %s', (_name, text) => {
    expect(redactText(text)).not.toContain(CANARY)
    expect(redactText(text)).toContain('[REDACTED]')
  })

  it('removes access key ids', () => {
    expect(redactText('key AKIAIOSFODNN7EXAMPLE used')).toBe('key [REDACTED] used')
  })

  it('leaves ordinary text alone', () => {
    const text = 'User is not authorized to access this resource with an explicit deny'
    expect(redactText(text)).toBe(text)
  })

  it('finishes on adversarial input (a backtracking pattern would hit the test timeout)', () => {
    const adversarial = `${"'".repeat(50_000)}${'Bearer '.repeat(10_000)}${'Authorization='.repeat(5_000)}`
    const copies = 3
    let out = ''
    for (let i = 0; i < copies; i++) out = redactText(adversarial)
    expect(out.length).toBeGreaterThan(0)
  })
})

describe('redactUrl', () => {
  it('drops query, fragment and user info', () => {
    expect(redactUrl(`https://user:${CANARY}@api.example.com/prod/x?token=${CANARY}#${CANARY}`)).toBe('https://api.example.com/prod/x')
  })
})

describe('redactText and prose', () => {
  it('leaves the words of an explanation intact', () => {
    const prose = 'the token or cookie was rejected; send a Bearer token; Basic auth is not SigV4'
    expect(redactText(prose)).toBe(prose)
  })
})
