/**
 * The Japanese overlay covers every finding (causes computed from a route table or a quoted canonical
 * request): each text in Japanese, with the English placeholders, with no English left, and no id that no
 * finding has.
 */
import { describe, expect, it } from 'vitest'
import { ja } from '../../../src/locales/ja.ts'
import { ROUTE_TEXTS } from '../../../src/routes/texts.ts'
import { SIGV4_TEXTS } from '../../../src/sigv4/texts.ts'
import { englishLeft } from './english-left.ts'

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/
const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort()
const ENGLISH = { ...ROUTE_TEXTS, ...SIGV4_TEXTS }

describe('the Japanese findings', () => {
  it.each(Object.entries(ENGLISH))('%s', (id, english) => {
    const texts = ja.findings?.[id]
    expect(texts, `${id} is missing`).toBeDefined()
    for (const field of ['cause', 'remedy', 'summary'] as const) {
      const text = texts?.[field] ?? ''
      expect(text, `${id} ${field}`).toMatch(JAPANESE)
      expect(placeholders(text), `${id} ${field} placeholders`).toEqual(placeholders(english[field]))
      expect(englishLeft(text), `${id} ${field}`).toEqual([])
    }
  })

  it('hold no id that no finding has', () => {
    expect(Object.keys(ja.findings ?? {}).filter((id) => !Object.hasOwn(ENGLISH, id))).toEqual([])
  })
})
