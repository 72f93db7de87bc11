/**
 * `npm run catalog`: derives the shipped catalog (src/catalog/generated/) from the signatures as they are
 * written (src/signatures/). `--check` writes nothing and fails when a generated file is stale, as CI runs it.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { builtInSourceExamples, sourceCatalog } from '../src/signatures/index.ts'
import { deriveCatalog } from './catalog/derive.ts'

const root = join(import.meta.dirname, '..')
const check = process.argv.includes('--check')
const quiet = process.argv.includes('--quiet')
const files = Object.entries(deriveCatalog(sourceCatalog, builtInSourceExamples()))

const stale = files.filter(([path, text]) => {
  try {
    return readFileSync(join(root, path), 'utf8') !== text
  } catch {
    return true // A missing file is stale too.
  }
})

if (check) {
  if (stale.length > 0) {
    console.error(`stale: ${stale.map(([path]) => path).join(', ')}\nRun \`npm run catalog\` and commit the result.`)
    process.exit(1)
  }
  if (!quiet) console.log(`the generated catalog is up to date (${sourceCatalog.length} signatures)`)
} else {
  for (const [path, text] of stale) writeFileSync(join(root, path), text)
  if (!quiet)
    console.log(
      stale.length === 0
        ? `the generated catalog is up to date (${sourceCatalog.length} signatures)`
        : `wrote ${stale.map(([path]) => path).join(', ')}`,
    )
}
