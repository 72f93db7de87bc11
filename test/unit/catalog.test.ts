import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtInRules as catalog } from '../../src/catalog/index.ts'
import { diagnose, signatures } from '../../src/index.ts'
import { loadFixtures } from '../helpers/fixtures.ts'

/** The 21 REST API gateway response types AWS documents. */
const REST_GATEWAY_RESPONSE_TYPES = [
  'ACCESS_DENIED',
  'API_CONFIGURATION_ERROR',
  'AUTHORIZER_CONFIGURATION_ERROR',
  'AUTHORIZER_FAILURE',
  'BAD_REQUEST_PARAMETERS',
  'BAD_REQUEST_BODY',
  'DEFAULT_4XX',
  'DEFAULT_5XX',
  'EXPIRED_TOKEN',
  'INTEGRATION_FAILURE',
  'INTEGRATION_TIMEOUT',
  'INVALID_API_KEY',
  'INVALID_SIGNATURE',
  'MISSING_AUTHENTICATION_TOKEN',
  'QUOTA_EXCEEDED',
  'REQUEST_TOO_LARGE',
  'RESOURCE_NOT_FOUND',
  'THROTTLED',
  'UNAUTHORIZED',
  'UNSUPPORTED_MEDIA_TYPE',
  'WAF_FILTERED',
]

type CoverageEntry = string | { unsupported: string }

function loadCoverage(): Map<string, CoverageEntry> {
  const dir = join(import.meta.dirname, '..', '..', 'docs', 'coverage')
  const map = new Map<string, CoverageEntry>()
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, CoverageEntry>
    for (const [id, entry] of Object.entries(data)) {
      expect(map.has(id), `${id} is mapped twice`).toBe(false)
      map.set(id, entry)
    }
  }
  return map
}

describe('the signature catalog', () => {
  const codes = signatures.map((s) => s.code)

  it('has unique, stable-looking codes', () => {
    expect(new Set(codes).size).toBe(codes.length)
    for (const code of codes) expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/)
  })

  it.each(signatures.map((s) => [s.code, s] as const))(
    '%s is complete and its example diagnoses back to it',
    (code, signature) => {
      expect(signature.title.length).toBeGreaterThan(10)
      expect(signature.docs.length).toBeGreaterThan(0)
      for (const url of signature.docs) expect(url).toMatch(/^https:\/\//)
      expect(signature.causes.length).toBeGreaterThan(0)
      const ids = signature.causes.map((c) => c.id)
      expect(new Set(ids).size).toBe(ids.length)
      for (const cause of signature.causes) {
        expect(cause.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
        expect(cause.weight).toBeGreaterThan(0)
        for (const text of [cause.cause, cause.remedy, cause.summary]) {
          expect(text.trim().length).toBeGreaterThan(5)
          // A finding cause also uses the placeholders its finding fills.
          const own =
            cause.finding === true
              ? /\{(request|path|stage|host|suggestion|route|methods|method|parent|count|aws|sent|header)\}/g
              : /\{(request|path|stage|host)\}/g
          expect(text.replace(own, '')).not.toMatch(/\{[a-z]+\}/)
        }
      }
      expect(diagnose(signature.example)?.code).toBe(code)
    },
  )

  it("is the engine's catalog, in the same order, each signature with an example of its own", () => {
    expect(catalog.map((s) => s.code)).toEqual(codes)
    for (const [index, signature] of signatures.entries()) {
      expect(catalog[index]).not.toHaveProperty('example')
      expect(signature.example.status).toBeGreaterThanOrEqual(200)
    }
    expect(new Set(signatures.map((s) => s.example)).size).toBe(signatures.length)
  })

  it('never claims high confidence for replies whose wording AWS has not confirmed', () => {
    const unconfirmed = [
      'ALB_401_AUTH_DENIED',
      'ALB_408_REQUEST_TIMEOUT',
      'ALB_463_XFF_TOO_MANY_IPS',
      'ALB_FIXED_RESPONSE',
      'CLOUDFRONT_FUNCTION_VALIDATION_ERROR',
      'CLOUDFRONT_HOST_NOT_SERVED',
      'CLOUDFRONT_REQUEST_HEADER_TOO_LARGE',
      'RESOURCE_NOT_FOUND',
    ]
    for (const code of unconfirmed) {
      const signature = signatures.find((s) => s.code === code)
      expect(signature, code).toBeDefined()
      expect(diagnose(signature?.example ?? { status: 0 })?.confidence, code).toBe('medium')
    }
  })

  it('gives every signature at least one independent fixture', () => {
    const covered = new Set(loadFixtures().map((f) => f.expect.code))
    expect(codes.filter((code) => !covered.has(code))).toEqual([])
  })

  it('covers all 21 REST gateway response types', () => {
    const covered = new Set(signatures.flatMap((s) => s.gatewayResponseTypes ?? []))
    expect(REST_GATEWAY_RESPONSE_TYPES.filter((type) => !covered.has(type))).toEqual([])
  })

  it('maps every researched reference signature to a code, or says why it is not supported', () => {
    const reference = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'reference-ids.json'), 'utf8')) as {
      apigw: string[]
      edge: string[]
    }
    expect(reference.apigw.length).toBeGreaterThan(0)
    expect(reference.edge.length).toBeGreaterThan(0)
    const coverage = loadCoverage()
    const missing = [...reference.apigw, ...reference.edge].filter((id) => !coverage.has(id))
    expect(missing).toEqual([])
    for (const [id, entry] of coverage) {
      if (typeof entry === 'string') expect(codes, `${id} maps to an unknown code`).toContain(entry)
      else expect(entry.unsupported.length, `${id} needs a reason`).toBeGreaterThan(10)
    }
  })
})
