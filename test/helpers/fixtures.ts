import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Confidence, DiagnoseInput, Layer } from '../../src/types.ts'

/** What a fixture expects `diagnose()` to conclude. */
export interface FixtureExpectation {
  /** The reply is not from AWS (or too thin): no diagnosis, or at most `maxConfidence`. */
  undiagnosed?: boolean
  maxConfidence?: Confidence
  code?: string
  layer?: Layer
  /** Id of the cause ranked first. */
  topCause?: string
  confidence?: Confidence
  requestId?: string
  extendedRequestId?: string
  cloudfrontId?: string
}

/** A reply quoted from AWS documentation or a capture, with its source. */
export interface Fixture {
  name: string
  /** Where the reply was quoted from (URL, or the seed memo, or the reference file and section). */
  source: string
  input: DiagnoseInput
  expect: FixtureExpectation
  /** The file the fixture came from. */
  file: string
}

interface RawFixture extends Omit<DiagnoseInput, 'body'> {
  name: string
  source: string
  body?: string
  /** A body stored beside the fixtures, under test/fixtures/bodies/. */
  bodyFile?: string
  expect: FixtureExpectation
}

const FIXTURE_DIR = join(import.meta.dirname, '..', 'fixtures')

/** Reads every `test/fixtures/*.json` file that holds `fixtures`. */
export function loadFixtures(): Fixture[] {
  const all: Fixture[] = []
  for (const file of readdirSync(FIXTURE_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const data = JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as { fixtures?: RawFixture[] }
    for (const raw of data.fixtures ?? []) {
      const { name, source, bodyFile, expect, ...input } = raw
      const body = bodyFile === undefined ? input.body : readFileSync(join(FIXTURE_DIR, 'bodies', bodyFile), 'utf8')
      all.push({ name, source, expect, file, input: { ...input, body } })
    }
  }
  return all
}
