/**
 * The Japanese overlay covers the whole catalog: every signature's title and every cause's cause, remedy
 * and summary, the no-response diagnosis, the engine's hints and the output labels; each in Japanese, with
 * the same placeholders as the English, and with no English left apart from codes and identifiers.
 */
import { describe, expect, it } from 'vitest'
import { diagnoseNoResponse, NO_RESPONSE } from '../../../src/engine/no-response.ts'
import { signatures } from '../../../src/index.ts'
import { ja } from '../../../src/locales/ja.ts'
import { ENGLISH_HINTS } from '../../../src/texts/hints.ts'
import { ENGLISH_LABELS } from '../../../src/texts/labels.ts'
import type { CauseTexts } from '../../../src/texts/locale.ts'
import { englishLeft } from './english-left.ts'

/** Hiragana, katakana or kanji. */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/

/** The `{name}` placeholders of a text, sorted, with repeats. */
function placeholders(text: string): string[] {
  return (text.match(/\{\w+\}/g) ?? []).sort()
}

/** Every Japanese text of the overlay, with where it lives. */
function allTexts(): Array<[where: string, text: string]> {
  const texts: Array<[string, string]> = []
  for (const [code, texts_] of Object.entries(ja.signatures)) {
    if (texts_.title !== undefined) texts.push([`${code} title`, texts_.title])
    for (const [id, cause] of Object.entries(texts_.causes ?? {}))
      for (const field of ['cause', 'remedy', 'summary'] as const) texts.push([`${code}/${id} ${field}`, cause[field]])
  }
  for (const [key, text] of Object.entries(ja.hints)) texts.push([`hint ${key}`, text])
  for (const [key, text] of Object.entries(ja.labels ?? {})) texts.push([`label ${key}`, text])
  for (const [key, text] of Object.entries(ja.words)) texts.push([`word ${key}`, text])
  return texts
}

describe('the Japanese overlay', () => {
  it('is registered under ja', () => {
    expect(ja.id).toBe('ja')
  })

  describe.each(signatures.map((s) => [s.code, s] as const))('%s', (code, signature) => {
    const texts = ja.signatures[code]

    it('has a Japanese title with the English placeholders', () => {
      expect(texts?.title).toMatch(JAPANESE)
      expect(placeholders(texts?.title ?? '')).toEqual(placeholders(signature.title))
    })

    it.each(signature.causes.map((c) => [c.id, c] as const))('has Japanese texts for cause %s', (id, rule) => {
      const cause: CauseTexts | undefined = texts?.causes?.[id]
      expect(cause, `${code}/${id} is missing`).toBeDefined()
      for (const field of ['cause', 'remedy', 'summary'] as const) {
        expect(cause?.[field], `${code}/${id} ${field}`).toMatch(JAPANESE)
        expect(placeholders(cause?.[field] ?? ''), `${code}/${id} ${field} placeholders`).toEqual(placeholders(rule[field]))
      }
    })

    it('has no cause id the signature does not have', () => {
      const ids = new Set(signature.causes.map((c) => c.id))
      expect(Object.keys(texts?.causes ?? {}).filter((id) => !ids.has(id))).toEqual([])
    })
  })

  it('holds no code that is neither in the catalog nor NO_RESPONSE', () => {
    const codes = new Set([...signatures.map((s) => s.code), NO_RESPONSE])
    expect(Object.keys(ja.signatures).filter((code) => !codes.has(code))).toEqual([])
  })

  it('covers every cause of the no-response diagnosis, with the same facts filled in', () => {
    const request = { method: 'PUT', url: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/orders/7' }
    const facts = ['abc123defg.execute-api.eu-west-1.amazonaws.com', 'PUT /prod/orders/7']
    const ids = new Set<string>()
    for (const kind of ['network', 'timeout'] as const) {
      const en = diagnoseNoResponse({ kind, request }, { locale: 'en' })
      const jp = diagnoseNoResponse({ kind, request }, { locale: 'ja' })
      expect(jp?.title).toMatch(JAPANESE)
      expect(jp?.causes.length).toBeGreaterThan(0)
      expect(jp?.causes.map((c) => c.id)).toEqual(en?.causes.map((c) => c.id))
      for (const [i, cause] of (jp?.causes ?? []).entries()) {
        ids.add(cause.id)
        const english = en?.causes[i]
        for (const field of ['cause', 'remedy', 'summary'] as const) {
          expect(cause[field], `${cause.id} ${field}`).toMatch(JAPANESE)
          for (const fact of facts)
            expect(cause[field].includes(fact), `${cause.id} ${field}: ${fact}`).toBe(english?.[field].includes(fact))
        }
      }
    }
    expect(Object.keys(ja.signatures[NO_RESPONSE]?.causes ?? {}).sort()).toEqual([...ids].sort())
  })

  it.each(Object.entries(ENGLISH_HINTS))('translates the hint %s with its placeholders', (key, english) => {
    const text = ja.hints[key as keyof typeof ENGLISH_HINTS]
    expect(text).toMatch(JAPANESE)
    expect(placeholders(text)).toEqual(placeholders(english))
  })

  it.each(Object.entries(ENGLISH_LABELS))('has the label %s with its placeholders', (key, english) => {
    const text = ja.labels?.[key]
    expect(text, key).toBeDefined()
    expect(placeholders(text ?? '')).toEqual(placeholders(english))
  })

  it('leaves no English apart from codes and identifiers', () => {
    const left = allTexts()
      .map(([where, text]) => [where, englishLeft(text)] as const)
      .filter(([, words]) => words.length > 0)
    expect(left).toEqual([])
  })
})

describe('the English-left check', () => {
  it('finds English in nearly every English text of the catalog (it is not hollow)', () => {
    const english = signatures.flatMap((s) => [s.title, ...s.causes.flatMap((c) => [c.cause, c.remedy, c.summary])])
    const flagged = english.filter((text) => englishLeft(text).length > 0)
    expect(flagged.length / english.length).toBeGreaterThan(0.99)
  })

  it('finds untranslated words among Japanese, and keeps codes, identifiers and quoted messages', () => {
    expect(englishLeft('ステージを再デプロイする。Check the path.')).toEqual(['Check', 'path'])
    expect(englishLeft('{request} の route がない')).toEqual(['route'])
    expect(
      englishLeft(
        'x-amzn-ErrorType: MissingAuthenticationTokenException と `aws apigateway get-resources --rest-api-id <id>`、arn:aws:execute-api:<region>:<account>:<api-id>/*、「Missing Authentication Token」、AWS_IAM、SigV4',
      ),
    ).toEqual([])
  })
})
