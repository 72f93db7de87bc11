/**
 * Every reply quoted in test/fixtures and every catalog example, diagnosed with `locale: 'ja'`: the same
 * code and ranking as in English, written in Japanese with no English left but codes and identifiers.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { diagnose, signatures } from '../../../src/index.ts'
import '../../../src/locales/ja.ts'
import type { DiagnoseInput, Diagnosis } from '../../../src/types.ts'
import { loadFixtures } from '../../helpers/fixtures.ts'
import { englishLeft } from './english-left.ts'

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/

/** Every text of a diagnosis a person reads, without the request's path (a fact, not a translation). */
function prose(d: Diagnosis, input: DiagnoseInput): string[] {
  const path = typeof input.request?.url === 'string' ? input.request.url.replace(/^\w+:\/\/[^/]*/, '') : ''
  const texts = [d.title, d.cause, d.remedy, ...d.causes.flatMap((c) => [c.cause, c.remedy, c.summary]), ...d.hints]
  return path.length > 1 ? texts.map((text) => text.replaceAll(path, ' ')) : texts
}

function expectJapanese(input: DiagnoseInput): void {
  const en = diagnose(input)
  const jp = diagnose(input, { locale: 'ja' })
  expect(jp?.code).toBe(en?.code)
  expect(jp?.confidence).toBe(en?.confidence)
  expect(jp?.causes.map((c) => c.id)).toEqual(en?.causes.map((c) => c.id))
  expect(jp?.title).toMatch(JAPANESE)
  expect(jp?.cause).toMatch(JAPANESE)
  expect(jp?.title).not.toBe(en?.title)
  expect(prose(jp as Diagnosis, input).flatMap(englishLeft)).toEqual([])
}

describe("locale: 'ja' over the fixtures", () => {
  const diagnosed = loadFixtures().filter((f) => f.expect.undiagnosed !== true)

  it('has fixtures to check', () => {
    expect(diagnosed.length).toBeGreaterThan(50)
  })

  it.each(diagnosed.map((f) => [`${f.file}: ${f.name}`, f] as const))('%s', (_name, fixture) => {
    expectJapanese(fixture.input)
  })
})

describe("locale: 'ja' over the catalog examples", () => {
  it.each(signatures.map((s) => [s.code, s] as const))('%s', (_code, signature) => {
    expectJapanese(signature.example)
  })
})

describe("locale: 'auto'", () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('writes Japanese when the environment says ja, English otherwise', () => {
    const example = signatures[0]?.example ?? { status: 0 }
    vi.stubEnv('LC_ALL', '')
    vi.stubEnv('LC_MESSAGES', '')
    vi.stubEnv('LANG', 'ja_JP.UTF-8')
    expect(diagnose(example, { locale: 'auto' })?.title).toMatch(JAPANESE)
    vi.stubEnv('LANG', 'en_US.UTF-8')
    expect(diagnose(example, { locale: 'auto' })?.title).not.toMatch(JAPANESE)
  })
})
