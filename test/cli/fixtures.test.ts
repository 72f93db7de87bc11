import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { JsonEntry } from '../../src/cli/report-json.ts'
import { bodyText, FIXTURES, parseFixture, runCli } from './helpers.ts'

interface ExpectedReply {
  status: number
  statusText?: string
  method?: string
  url?: string
  schemeAssumed?: boolean
  body?: string
  error?: string
  elapsedMs?: number
  code: string | null
}

interface Manifest {
  files: Array<{ file: string; format: string; capture: string; source: string; replies: ExpectedReply[] }>
  canaries: Array<{ file: string; format: string; source: string }>
}

const manifest = JSON.parse(readFileSync(join(FIXTURES, 'sources.json'), 'utf8')) as Manifest

describe('capture fixtures (test/fixtures/cli/sources.json)', () => {
  it('lists every capture file with its source, and only files that exist', () => {
    const listed = [...manifest.files, ...manifest.canaries].map((f) => f.file).sort()
    const present = readdirSync(FIXTURES)
      .filter((name) => name !== 'sources.json')
      .sort()
    expect(listed).toEqual(present)
    for (const entry of [...manifest.files, ...manifest.canaries]) expect(entry.source.length).toBeGreaterThan(20)
  })

  it('covers every format, curl 7 and 8, HTTP/1.1 and HTTP/2, Chrome and Firefox HAR with base64 content', () => {
    const formats = new Set(manifest.files.map((f) => f.format))
    expect([...formats].sort()).toEqual(['curl', 'har', 'json', 'raw'])
    const text = manifest.files.map((f) => `${f.file} ${f.capture}`).join('\n')
    for (const needle of ['curl 7', 'curl 8', 'HTTP/1.1', 'HTTP/2', 'Chrome', 'Firefox', 'base64']) expect(text).toContain(needle)
  })

  describe.each(manifest.files.map((f) => [f.file, f] as const))('%s', (file, entry) => {
    it(`is read as ${entry.format} with its replies in order`, () => {
      expect(entry.replies.length).toBeGreaterThan(0)
      const parsed = parseFixture(file)
      expect(parsed.format).toBe(entry.format)
      expect(parsed.exchanges).toHaveLength(entry.replies.length)
      entry.replies.forEach((want, i) => {
        const got = parsed.exchanges[i]
        expect(got?.kind).toBe(want.status === 0 ? 'no-reply' : 'reply')
        if (got?.kind === 'reply') {
          expect(got.input.status).toBe(want.status)
          expect(got.input.statusText).toBe(want.statusText)
          if (want.body !== undefined) expect(bodyText(got)).toBe(want.body)
          if (want.elapsedMs !== undefined) expect(got.input.elapsedMs).toBe(want.elapsedMs)
          if (want.url !== undefined) expect(got.input.request?.url).toBe(want.url)
        } else if (got?.kind === 'no-reply') {
          expect(got.error).toBe(want.error)
        }
        expect(got?.method).toBe(want.method)
        expect(got?.url).toBe(want.url)
        expect(got?.schemeAssumed).toBe(want.schemeAssumed)
      })
    })

    it('diagnoses each reply as expected (--json --all)', async () => {
      const result = await runCli(['--json', '--all', join(FIXTURES, file)])
      expect(result.code).toBe(0)
      const entries = JSON.parse(result.stdout) as JsonEntry[]
      expect(entries.map((e) => e.diagnosis?.code ?? null)).toEqual(entry.replies.map((r) => r.code))
      expect(entries.map((e) => e.status)).toEqual(entry.replies.map((r) => r.status))
      expect(entries.map((e) => e.index)).toEqual(entry.replies.map((_, i) => i + 1))
    })
  })
})
