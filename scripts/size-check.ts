/**
 * `npm run size`: runs size-limit (.size-limit.ts) on the built package, prints each bundle against the
 * budgets of issue #8, checks what each adapter adds on top of the core, and proves that the English
 * bundles carry no Japanese text. Exits 1 when a limit or a check fails. Needs `npm run build` first.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { type BundleResult, bundleSize } from './size/bundle.ts'

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

/**
 * What each adapter may add to the core: the 1 kB budget, or the measured delta rounded up while the budget
 * is missed (see the report of issue #8).
 */
const ADAPTER_DELTA_LIMIT = 6200 // measured up to 5.76 kB on 2026-11-24, 6.07 kB over the core of issue #16
const ADAPTER_DELTA_BUDGET = 1000
const ADAPTERS = ['axios', 'ky', 'fetch'] as const
const CORE = 'core + English catalog (apigw-doctor: diagnose)'

/** The Japanese overlay's module: src/locales/ja.ts, dist/locales/ja.js or the chunk tsdown splits it into. */
const OVERLAY_MODULE = /[\\/](?:locales[\\/])?ja(?:-[\w-]+)?\.(?:js|ts)$/

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
const byName = new Map(results.map((result) => [result.name, result]))

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

const core = byName.get(CORE)
if (core === undefined) problems.push(`size-limit has no check named "${CORE}"`)
else {
  console.log('\nadded on top of the core by each adapter subpath (the shared middleware included):')
  for (const adapter of ADAPTERS) {
    const result = results.find((entry) => entry.name.startsWith(`apigw-doctor/${adapter} `))
    if (result === undefined) {
      problems.push(`size-limit has no check for apigw-doctor/${adapter}`)
      continue
    }
    const delta = result.size - core.size
    const status = delta <= ADAPTER_DELTA_BUDGET ? 'budget 1 kB met' : `budget 1 kB MISSED by ${kB(delta - ADAPTER_DELTA_BUDGET)}`
    console.log(
      `  ${delta <= ADAPTER_DELTA_LIMIT ? 'ok  ' : 'FAIL'} ${pad(adapter, 52)} ${pad(`+${kB(delta)}`, 10)} ${pad(`limit +${kB(ADAPTER_DELTA_LIMIT)}`, 18)} ${status}`,
    )
    if (delta > ADAPTER_DELTA_LIMIT)
      problems.push(`apigw-doctor/${adapter} adds ${kB(delta)}, more than ${kB(ADAPTER_DELTA_LIMIT)}`)
  }
}

// English-only bundles: what an app that never asks for Japanese ships.
const englishEntries: Record<string, Record<string, string>> = {
  'apigw-doctor (diagnose, GatewayError, everything in the root entry)': { 'dist/index.js': '*' },
  'apigw-doctor/axios': { 'dist/axios.js': '*' },
  'apigw-doctor/ky': { 'dist/ky.js': '*' },
  'apigw-doctor/fetch': { 'dist/fetch.js': '*' },
}
const overlayExists = existsSync(join(root, 'src', 'locales', 'ja.ts'))
console.log(
  `\nJapanese in English-only bundles (${overlayExists ? 'src/locales/ja.ts exists' : 'src/locales/ja.ts does not exist yet; checked anyway'}):`,
)
for (const [name, imports] of Object.entries(englishEntries)) {
  const bundle: BundleResult = await bundleSize(root, imports)
  const japanese = JAPANESE.exec(bundle.code)
  const overlayModules = bundle.moduleIds.filter((id) => OVERLAY_MODULE.test(id))
  const ok = japanese === null && overlayModules.length === 0
  console.log(
    `  ${ok ? 'ok  ' : 'FAIL'} ${pad(name, 70)} ${ok ? 'no Japanese' : `Japanese found: ${japanese?.[0] ?? overlayModules.join(', ')}`}`,
  )
  if (!ok) problems.push(`${name} carries Japanese text or the ja overlay`)
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
