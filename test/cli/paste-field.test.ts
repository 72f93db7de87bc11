/**
 * One reader: a reply body from the field corpus (test/field/cases, quoted from public threads as people
 * pasted them), piped into `apigw-doctor` as pasted text, gets the diagnosis `diagnose()` gives the same
 * text. The CLI only finds the request, the status and the headers in a paste; the engine reads the body.
 */
import { describe, expect, it } from 'vitest'
import type { JsonEntry } from '../../src/cli/report-json.ts'
import { diagnose } from '../../src/engine/diagnose.ts'
import { loadCorpus } from '../field/corpus.ts'
import { runCli } from './helpers.ts'

const pasted = loadCorpus().filter(
  (entry) =>
    typeof entry.input.body === 'string' &&
    entry.input.headers === undefined &&
    entry.input.request === undefined &&
    entry.input.statusText === undefined,
)

describe('field replies pasted into the CLI', () => {
  it('are many', () => {
    expect(pasted.length).toBeGreaterThan(50)
  })

  it.each(pasted.map((entry) => [entry.id, entry] as const))('%s', async (_id, entry) => {
    const status = entry.input.status ?? 0
    const args = ['--json', '--all', '--format', 'paste', ...(status > 0 ? ['--status', String(status)] : [])]
    const result = await runCli(args, { stdin: entry.input.body as string })
    const cli = JSON.parse(result.stdout) as JsonEntry[]
    // Console lines tell the CLI a browser made the request; a page's text does not.
    const options = entry.shape === 'console' ? (entry.options ?? {}) : {}
    const engine = diagnose({ status, body: entry.input.body as string }, options)
    expect(cli.map((e) => e.diagnosis?.code ?? null)).toEqual([engine?.code ?? null])
    expect(cli[0]?.diagnosis?.causes.map((c) => c.id)).toEqual(engine?.causes.map((c) => c.id))
  })
})
