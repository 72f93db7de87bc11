/**
 * `npm run size:why`: where the bytes of the core bundle go, to shrink it by structure rather than by
 * cutting texts. Prints (1) the modules of `diagnose()` and of each adapter's chunks (what installing it
 * costs, what loads at the first failure, the Japanese overlay) by rendered size, (2) the
 * catalog's data by kind (texts, example replies, matching rules, links) gzipped per kind, and (3) the
 * phrases repeated most across the catalog's texts, after the size of the prose alone at the best compression
 * (the floor of any bundle that holds it). Bundles from source, so it needs no build.
 */
import { join, relative } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { signatures } from '../src/catalog/index.ts'
import { type BundleResult, bundleSize, emptyCatalog } from './size/bundle.ts'

const root = join(import.meta.dirname, '..')

function printModules(title: string, bundle: BundleResult, limit = 20): void {
  console.log(
    `\n${title}: ${bundle.code.length} B minified, ${bundle.gzip} B gzip, ${brotliCompressSync(bundle.code).length} B brotli`,
  )
  console.log('  rendered B   alone gz B  module')
  for (const module of [...bundle.modules].sort((a, b) => b.rendered - a.rendered).slice(0, limit))
    console.log(
      `  ${String(module.rendered).padStart(10)} ${String(module.gzip).padStart(12)}  ${relative(root, module.id).replaceAll('\0', '')}`,
    )
}

printModules('engine without the catalog', await bundleSize(root, { 'src/engine/diagnose.ts': '{ diagnose }' }, [emptyCatalog]))
const core = await bundleSize(root, { 'src/index.ts': '{ diagnose }' })
printModules('diagnose() with the English catalog', core)
for (const adapter of ['axios', 'ky', 'fetch', 'ofetch', 'got', 'openapi-fetch']) {
  // Split as a code-splitting bundler splits it: what installing the adapter costs, and what import() loads later.
  const bundle = await bundleSize(root, { [`adapters/${adapter}.ts`]: '{ withDiagnosis }' })
  for (const chunk of bundle.chunks) {
    const ids = new Set(chunk.moduleIds)
    const when = chunk.kind === 'entry' ? 'installed (initial chunk)' : `loaded later by import(): ${chunk.fileName}`
    printModules(
      `apigw-doctor/${adapter}, ${when}: ${chunk.gzip} B gzip`,
      { ...bundle, code: chunk.code, gzip: chunk.gzip, modules: bundle.modules.filter((module) => ids.has(module.id)) },
      chunk.kind === 'entry' ? 20 : 8,
    )
  }
}

// The catalog's data by kind: what would move if texts, examples or rules were stored differently.
const kinds = new Map<string, string[]>()
const add = (kind: string, value: unknown): void => {
  const list = kinds.get(kind) ?? []
  list.push(typeof value === 'string' ? value : JSON.stringify(value ?? null))
  kinds.set(kind, list)
}
for (const signature of signatures) {
  add('title', signature.title)
  add('match rules', signature.match)
  add('docs links (signature)', signature.docs)
  add('example reply (status, headers, body, request)', signature.example)
  add('codes, layers, gateway response types', [signature.code, signature.layer, signature.gatewayResponseTypes ?? []])
  for (const cause of signature.causes) {
    add('cause text', cause.cause)
    add('remedy text', cause.remedy)
    add('summary text', cause.summary)
    add('context rules (adjust, weight)', [cause.weight, cause.adjust ?? []])
    add('docs links (cause)', cause.docs ?? [])
    add('cause ids', cause.id)
  }
}
const everything = [...kinds.values()].flat().join('\n')
console.log(
  `\ncatalog data: ${signatures.length} signatures, ${everything.length} chars, ${gzipSync(everything).length} B gzip as one text`,
)
console.log('       chars   gz alone  kind')
for (const [kind, values] of [...kinds].sort((a, b) => b[1].join('\n').length - a[1].join('\n').length)) {
  const text = values.join('\n')
  console.log(`  ${String(text.length).padStart(10)} ${String(gzipSync(text).length).padStart(10)}  ${kind}`)
}

// Repeated phrases (6+ words) across cause, remedy, summary and title texts.
const texts = signatures.flatMap((signature) => [
  signature.title,
  ...signature.causes.flatMap((cause) => [cause.cause, cause.remedy, cause.summary]),
])

// The floor: the distinct prose a user reads, compressed as well as general-purpose compression can (brotli at
// its maximum quality and window, whose built-in dictionary favours English). No layout of the catalog's data
// gets a bundle that holds these texts below this, short of cutting them.
const prose = [...new Set(texts)].join('\n')
const brotliMax = brotliCompressSync(prose, {
  params: {
    [constants.BROTLI_PARAM_QUALITY]: 11,
    [constants.BROTLI_PARAM_LGWIN]: 24,
    [constants.BROTLI_PARAM_SIZE_HINT]: prose.length,
  },
}).length
console.log(
  `\nthe prose alone (titles, causes, remedies, summaries; distinct): ${prose.length} chars, ${gzipSync(prose, { level: 9 }).length} B gzip -9, ${brotliMax} B brotli at maximum quality`,
)
const counts = new Map<string, number>()
for (const text of texts) {
  const words = text.split(' ')
  const seen = new Set<string>()
  for (let i = 0; i + 6 <= words.length; i++) {
    const phrase = words.slice(i, i + 6).join(' ')
    if (seen.has(phrase)) continue
    seen.add(phrase)
    counts.set(phrase, (counts.get(phrase) ?? 0) + 1)
  }
}
const repeated = [...counts].filter(([, count]) => count >= 4).sort((a, b) => b[1] * b[0].length - a[1] * a[0].length)
console.log(`\nmost repeated 6-word phrases in the texts (count × length):`)
for (const [phrase, count] of repeated.slice(0, 25)) console.log(`  ${String(count).padStart(4)}×  ${phrase}`)
