/**
 * `npm run field`: how often apigw-doctor is right on the field corpus (test/field/cases/), real replies as
 * people pasted them in public threads.
 *
 *   node scripts/field.ts              the score: layer, code, cause@1, cause@3, per layer, look-alikes
 *   node scripts/field.ts --misses     also every case that is not fully right, with what it got
 *   node scripts/field.ts --check      validate the corpus (ids, codes, cause ids, sources) and exit
 *   node scripts/field.ts --record     write test/field/record.json, the answers the regression test keeps
 *   node scripts/field.ts --engine DIR score another checkout's engine (DIR/src/index.ts), e.g. a baseline
 *   node scripts/field.ts --json       the score as JSON
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { signatures } from '../src/index.ts'
import { type FieldCase, isAwsCase, loadCorpus } from '../test/field/corpus.ts'
import { type DiagnoseFn, type FieldScore, percent, scoreCorpus } from '../test/field/score.ts'

const root = join(import.meta.dirname, '..')
const args = process.argv.slice(2)
const corpus = loadCorpus()

if (args.includes('--check')) {
  const problems = checkCorpus(corpus)
  for (const problem of problems) console.error(problem)
  console.log(`${corpus.length} cases, ${problems.length} problem(s)`)
  process.exit(problems.length === 0 ? 0 : 1)
}

const engineAt = args.indexOf('--engine')
const diagnose: DiagnoseFn =
  engineAt === -1
    ? (await import('../src/index.ts')).diagnose
    : (await import(pathToFileURL(resolve(args[engineAt + 1] ?? '.', 'src', 'index.ts')).href)).diagnose
const score = scoreCorpus(corpus, diagnose)

if (args.includes('--json')) {
  const { outcomes: _outcomes, ...totals } = score
  console.log(JSON.stringify(totals, null, 2))
} else {
  printScore(score)
  if (args.includes('--misses')) printMisses(corpus, score)
}
if (args.includes('--record')) {
  const record = Object.fromEntries(score.outcomes.map(({ id, ...outcome }) => [id, outcome]))
  writeFileSync(join(root, 'test', 'field', 'record.json'), `${JSON.stringify(record, null, 1)}\n`)
  console.log('wrote test/field/record.json')
}

function printScore(s: FieldScore): void {
  const ja = corpus.filter((entry) => entry.lang === 'ja').length
  console.log(
    `field corpus: ${s.cases} cases (${s.awsCases} from AWS, ${s.lookalikes.total} look-alikes; ${ja} from Japanese threads)`,
  )
  const silent = s.outcomes.filter((outcome) => outcome.aws && !outcome.evidence).length
  console.log(`AWS replies carrying evidence (a body, a header or an AWS host): ${s.evidenceBearing}`)
  console.log(`  (${silent} more quote only a status line such as "502 Bad Gateway": no reader can place those)`)
  console.log(`  right layer          ${percent(s.layer)}`)
  console.log(`  right code           ${percent(s.code)}`)
  console.log(`  thread's cause @1    ${percent(s.causeAt1)}`)
  console.log(`  thread's cause @3    ${percent(s.causeAt3)}`)
  console.log('  per layer (layer / code / cause@3):')
  for (const [layer, shares] of Object.entries(s.byLayer).sort())
    console.log(`    ${layer.padEnd(18)} ${percent(shares.layer)} / ${percent(shares.code)} / ${percent(shares.causeAt3)}`)
  const l = s.lookalikes
  console.log(`look-alikes from other servers: ${l.total}`)
  console.log(`  diagnosed at medium/high  ${l.mediumOrHigh}`)
  console.log(`  diagnosed at low          ${l.low}${l.total > 0 ? ` (${((100 * l.low) / l.total).toFixed(1)} %)` : ''}`)
}

function printMisses(cases: readonly FieldCase[], s: FieldScore): void {
  console.log('\nnot fully right:')
  for (const [index, outcome] of s.outcomes.entries()) {
    const entry = cases[index] as FieldCase
    const got = `${outcome.layer ?? '-'} ${outcome.code ?? '-'} [${outcome.causes.join(', ')}] ${outcome.confidence ?? ''}`
    if (!isAwsCase(entry)) {
      if (outcome.code !== undefined) console.log(`  ${entry.id}: look-alike diagnosed: ${got}`)
      continue
    }
    const wrong = outcome.layerRight === false || outcome.codeRight === false || outcome.causeAt3 === false
    if (!wrong) continue
    const e = entry.expect
    console.log(`  ${entry.id}: want ${e.layer} ${e.code ?? '-'} ${e.cause ?? '-'}; got ${got}`)
  }
}

/** Ids unique, sources public and not reserved, codes and cause ids that exist. */
function checkCorpus(cases: readonly FieldCase[]): string[] {
  const problems: string[] = []
  const reservedFile = join(root, '..', 'shared', 'reserved-sources.txt')
  const reserved = new Set(
    existsSync(reservedFile)
      ? readFileSync(reservedFile, 'utf8')
          .split('\n')
          .filter((line) => line.startsWith('http'))
          .map(normalizeUrl)
      : [],
  )
  const byCode = new Map(signatures.map((signature) => [signature.code, signature]))
  const seen = new Set<string>()
  for (const entry of cases) {
    const where = `${entry.file} ${entry.id}`
    if (typeof entry.id !== 'string' || entry.id === '') problems.push(`${where}: no id`)
    if (seen.has(entry.id)) problems.push(`${where}: duplicate id`)
    seen.add(entry.id)
    if (!/^https?:\/\//.test(entry.source ?? '')) problems.push(`${where}: source is not a URL`)
    else if (reserved.has(normalizeUrl(entry.source))) problems.push(`${where}: source is reserved for independent evaluation`)
    if (entry.lang !== 'en' && entry.lang !== 'ja') problems.push(`${where}: lang must be en or ja`)
    if (typeof entry.settled !== 'string' || entry.settled === '') problems.push(`${where}: no settled cause`)
    if (typeof entry.input !== 'object' || entry.input === null) problems.push(`${where}: no input`)
    if (!isAwsCase(entry)) continue
    const e = entry.expect
    if (e.code === null) continue
    const signature = byCode.get(e.code)
    if (signature === undefined) {
      problems.push(`${where}: unknown code ${e.code}`)
      continue
    }
    if (signature.layer !== e.layer) problems.push(`${where}: ${e.code} is ${signature.layer}, not ${e.layer}`)
    if (e.cause !== null && !signature.causes.some((cause) => cause.id === e.cause))
      problems.push(`${where}: ${e.code} has no cause ${e.cause}`)
  }
  return problems
}

function normalizeUrl(url: string): string {
  return url
    .trim()
    .replace(/#.*$/, '')
    .replace(/[.,;:]+$/, '')
    .replace(/\/$/, '')
}
