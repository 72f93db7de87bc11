/**
 * `npm run size`: runs size-limit (.size-limit.ts) on the built package, prints each bundle against the
 * budgets of issue #8, measures each client adapter chunk by chunk (what installing it costs, what loads at
 * the first failure, what `locale: 'ja'` adds: issue #14), and proves that what an English user loads
 * carries no Japanese text. Exits 1 when a limit or a check fails. Needs `npm run build` first.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { englishTexts } from '../src/catalog/generated/texts-en.ts'
import { type BundleResult, bundleSize, type ChunkShare } from './size/bundle.ts'

const root = join(import.meta.dirname, '..')

/** One result of `size-limit --json`. */
interface SizeResult {
  name: string
  passed: boolean
  size: number
  sizeLimit?: number
}

/** The targets of issue #8, in bytes (1 kB = 1000 B, as size-limit counts). */
const BUDGETS: Readonly<Record<string, number>> = {
  'engine without the catalog (diagnose)': 4000,
  'core + English catalog (apigw-doctor: diagnose)': 12000,
}

const ADAPTERS = ['axios', 'ky', 'fetch', 'ofetch', 'got', 'openapi-fetch'] as const

/** What the page loads when it installs an adapter: the budget of issue #14, and a limit that stops growth. */
const INITIAL_BUDGET = 3000
const INITIAL_LIMIT = 2300 // measured 1.78 kB (fetch) to 1.90 kB (ky) on 2026-12-07; 1.85-2.04 kB with the caller-abort checks (issue #15); 1.85-2.09 kB with the English texts' own chunk; 1.91-2.23 kB with the base URL's host kept per options and ky 2's baseUrl

/** What loads later, by `import()`: the limit of each lazy part, the measured size rounded up. */
const LAZY_PARTS = {
  // The catalog's texts load beside the engine in one language: English, or Japanese (which has them all).
  diagnosis: { label: 'first failure: engine, rules, output', limit: 37500 }, // measured 35.23 kB on 2026-12-07 (80.99 kB with the English texts inside, before they became a chunk of their own); 36.26 kB with the index generated as data; 37.26 kB after the performance pass (warm diagnose ×0.35-0.45)
  english: { label: '+ in English: the catalog texts', limit: 50000 }, // measured 48.73 kB on 2026-12-07
  japanese: { label: '+ or in Japanese: the Japanese overlay', limit: 61500 }, // measured 59.55 kB on 2026-12-07 (route and SigV4 findings in Japanese)
} as const
type LazyPart = keyof typeof LAZY_PARTS

/** The lazily loaded part a dynamic chunk holds, by the module that starts it. */
function lazyPart(chunk: ChunkShare): LazyPart | undefined {
  const ids = chunk.moduleIds.map((id) => id.replaceAll('\\', '/'))
  if (ids.some((id) => /\/middleware-engine(?:-[\w-]+)?\.js$/.test(id))) return 'diagnosis'
  if (ids.some((id) => /\/locales\/ja\.js$/.test(id))) return 'japanese'
  if (ids.some((id) => /\/texts-en(?:-[\w-]+)?\.js$/.test(id))) return 'english'
  return undefined
}

/** A chunk and every chunk it imports statically, transitively: what loads together with it. */
function withStaticImports(chunk: ChunkShare, all: readonly ChunkShare[]): ChunkShare[] {
  const byName = new Map(all.map((entry) => [entry.fileName, entry]))
  const seen = new Map<string, ChunkShare>([[chunk.fileName, chunk]])
  const queue = [chunk]
  for (let next = queue.shift(); next !== undefined; next = queue.shift())
    for (const name of next.imports) {
      const imported = byName.get(name)
      if (imported === undefined || seen.has(name)) continue
      seen.set(name, imported)
      queue.push(imported)
    }
  return [...seen.values()]
}

/** The Japanese overlay's module: src/locales/ja.ts, dist/locales/ja.js or the chunk tsdown splits it into. */
const OVERLAY_MODULE = /[\\/](?:locales[\\/])?ja(?:-[\w-]+)?\.(?:js|ts)$/

/** Every built-in title as written (placeholders and all): none may be in the diagnosis chunk itself. */
const CATALOG_TITLES = Object.values(englishTexts).flatMap((texts) => (texts.title === undefined ? [] : [texts.title]))

/** Japanese script (kana, CJK ideographs, full-width forms): none of it may reach an English-only bundle. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff9f]/

function runSizeLimit(): SizeResult[] {
  let output: string
  try {
    // This Node (24), not the first `node` on PATH: size-limit 14 needs Node >= 22.19.
    output = execFileSync(process.execPath, [join(root, 'node_modules', 'size-limit', 'bin.js'), '--json'], {
      cwd: root,
      encoding: 'utf8',
    })
  } catch (error) {
    // size-limit exits 1 when a limit is exceeded but still prints its JSON.
    output = String((error as { stdout?: unknown }).stdout ?? '')
    if (output.trim() === '') throw error
  }
  return JSON.parse(output) as SizeResult[]
}

function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(2)} kB`
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length)
}

const problems: string[] = []
const results = runSizeLimit()

console.log('size-limit, minified + gzip:')
for (const result of results) {
  const budget = BUDGETS[result.name]
  const limit = result.sizeLimit === undefined ? '' : `limit ${kB(result.sizeLimit)}`
  const target =
    budget === undefined
      ? ''
      : result.size <= budget
        ? `budget ${kB(budget)} met`
        : `budget ${kB(budget)} MISSED by ${kB(result.size - budget)}`
  console.log(
    `  ${result.passed ? 'ok  ' : 'FAIL'} ${pad(result.name, 52)} ${pad(kB(result.size), 10)} ${pad(limit, 18)} ${target}`,
  )
  if (!result.passed) problems.push(`${result.name}: ${kB(result.size)} exceeds its limit`)
}

/** Per adapter: what an English user's page loads (at install, then at the first failure). */
const englishLoads = new Map<string, string>()
console.log(
  '\neach adapter as a code-splitting bundle (rolldown, as esbuild --splitting, Vite and webpack split import()), minified + gzip:',
)
for (const adapter of ADAPTERS) {
  const bundle = await bundleSize(root, { [`dist/${adapter}.js`]: '{ withDiagnosis }' })
  const entry = bundle.chunks.find((chunk) => chunk.kind === 'entry')
  if (entry === undefined) {
    problems.push(`apigw-doctor/${adapter}: the bundle has no entry chunk`)
    continue
  }
  const initial = withStaticImports(entry, bundle.chunks)
  const initialSize = initial.reduce((sum, chunk) => sum + chunk.gzip, 0)
  const budget = initialSize <= INITIAL_BUDGET ? `budget ${kB(INITIAL_BUDGET)} met` : `budget ${kB(INITIAL_BUDGET)} MISSED`
  console.log(
    `  ${initialSize <= INITIAL_LIMIT ? 'ok  ' : 'FAIL'} ${pad(`apigw-doctor/${adapter}, installed (initial chunk)`, 52)} ${pad(kB(initialSize), 10)} ${pad(`limit ${kB(INITIAL_LIMIT)}`, 18)} ${budget}`,
  )
  if (initialSize > INITIAL_LIMIT)
    problems.push(`apigw-doctor/${adapter} costs ${kB(initialSize)} at install, more than ${kB(INITIAL_LIMIT)}`)
  const seen = new Set<LazyPart>()
  let english = initial.map((chunk) => chunk.code).join('\n')
  // The diagnosis first, then the texts of each language.
  const order: readonly (LazyPart | undefined)[] = ['diagnosis', 'english', 'japanese']
  const lazy = bundle.chunks.filter((chunk) => chunk.kind === 'lazy')
  lazy.sort((a, b) => order.indexOf(lazyPart(a)) - order.indexOf(lazyPart(b)))
  for (const chunk of lazy) {
    const part = lazyPart(chunk)
    const loads = withStaticImports(chunk, bundle.chunks).filter((loaded) => !initial.includes(loaded))
    const size = loads.reduce((sum, loaded) => sum + loaded.gzip, 0)
    const files = loads.map((loaded) => loaded.fileName).join(' + ')
    if (part === undefined) {
      console.log(`  FAIL ${pad(`  then: ${files}`, 52)} ${pad(kB(size), 10)} a lazy chunk this check does not know`)
      problems.push(`apigw-doctor/${adapter}: unexpected lazy chunk ${files}`)
      continue
    }
    seen.add(part)
    const { label, limit } = LAZY_PARTS[part]
    console.log(
      `  ${size <= limit ? 'ok  ' : 'FAIL'} ${pad(`  then, ${label}`, 52)} ${pad(kB(size), 10)} ${pad(`limit ${kB(limit)}`, 18)} ${files}`,
    )
    if (size > limit) problems.push(`apigw-doctor/${adapter}: the ${part} chunk is ${kB(size)}, more than ${kB(limit)}`)
    if (part === 'diagnosis' || part === 'english') english += `\n${loads.map((loaded) => loaded.code).join('\n')}`
    if (part === 'diagnosis') {
      // What a Japanese page loads with the overlay: the catalog's English texts must not ride along.
      const code = loads.map((loaded) => loaded.code).join('\n')
      const carried = CATALOG_TITLES.filter((title) => code.includes(title))
      if (carried.length > 0)
        problems.push(`apigw-doctor/${adapter}: the diagnosis chunk carries English catalog texts: ${carried[0]}`)
    }
    if (part === 'english') {
      // The control: the same scan finds the titles in the English chunk, so a clean diagnosis chunk means something.
      const code = loads.map((loaded) => loaded.code).join('\n')
      const found = CATALOG_TITLES.filter((title) => code.includes(title)).length
      if (found < CATALOG_TITLES.length * 0.9)
        problems.push(
          `apigw-doctor/${adapter}: the title scan finds ${found} of ${CATALOG_TITLES.length} titles in the English chunk`,
        )
    }
  }
  for (const part of Object.keys(LAZY_PARTS) as LazyPart[])
    if (!seen.has(part)) problems.push(`apigw-doctor/${adapter}: no lazy ${part} chunk (is it loaded with the adapter?)`)
  englishLoads.set(`apigw-doctor/${adapter} (initial and first-failure chunks)`, english)
}

// What an app that never asks for Japanese loads: the root entry, and each adapter's initial and
// first-failure chunks (the overlay chunk is emitted beside them, and loads only for locale: 'ja').
const overlayExists = existsSync(join(root, 'src', 'locales', 'ja.ts'))
console.log(
  `\nJapanese in what English-only apps load (${overlayExists ? 'src/locales/ja.ts exists' : 'src/locales/ja.ts does not exist yet; checked anyway'}):`,
)
const rootBundle: BundleResult = await bundleSize(root, { 'dist/index.js': '*' })
const rootOverlay = rootBundle.moduleIds.filter((id) => OVERLAY_MODULE.test(id))
if (rootOverlay.length > 0) problems.push(`the root entry bundles the ja overlay: ${rootOverlay.join(', ')}`)
const englishCode = new Map<string, string>([
  ['apigw-doctor (diagnose, GatewayError, everything in the root entry)', rootBundle.code],
  ...englishLoads,
])
for (const [name, code] of englishCode) {
  const japanese = JAPANESE.exec(code)
  const ok = japanese === null
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${pad(name, 70)} ${ok ? 'no Japanese' : `Japanese found: ${japanese?.[0]}`}`)
  if (!ok) problems.push(`${name} carries Japanese text`)
}

if (overlayExists) {
  // The control: the overlay itself is found by the same scan, so a clean result above means something.
  const overlay = await bundleSize(root, { 'dist/locales/ja.js': '*' })
  const seen = JAPANESE.test(overlay.code) && overlay.moduleIds.some((id) => OVERLAY_MODULE.test(id))
  console.log(
    `  ${seen ? 'ok  ' : 'FAIL'} ${pad('control: apigw-doctor/locales/ja itself', 70)} ${seen ? 'Japanese found, as it should be' : 'no Japanese found: the scan is broken'}`,
  )
  if (!seen) problems.push('the Japanese scan does not find the Japanese overlay itself')
}

if (problems.length > 0) {
  console.error(`\nsize check failed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
  process.exitCode = 1
}
