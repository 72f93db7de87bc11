/**
 * Bundles what an app imports the way size-limit's rolldown preset does (one entry, tree-shaken, minified,
 * peer dependencies external), in memory, for checks size-limit cannot express.
 * @module
 */
import { isAbsolute, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { type Plugin, rolldown } from 'rolldown'

/** A bundle: its code, its minified+gzipped size and the modules it holds (all chunks together). */
export interface BundleResult {
  code: string
  gzip: number
  moduleIds: string[]
  /** What each module contributes before minification, after tree-shaking. */
  modules: ModuleShare[]
  /** The chunks, as a code-splitting bundler emits them: the entry first, then what `import()` loads later. */
  chunks: ChunkShare[]
}

/** One chunk of a code-splitting bundle. */
export interface ChunkShare {
  fileName: string
  /** `entry`: what the page loads with the import; `lazy`: loaded by an `import()`; `shared`: by several. */
  kind: 'entry' | 'lazy' | 'shared'
  code: string
  /** Minified and gzipped, in bytes. */
  gzip: number
  moduleIds: string[]
  /** The chunks this one imports statically (they load with it) and with `import()` (they load later). */
  imports: string[]
  dynamicImports: string[]
}

/** One module's rendered code in a bundle. */
export interface ModuleShare {
  id: string
  /** Characters of its rendered (tree-shaken, not yet minified) code. */
  rendered: number
  /** That code gzipped on its own: an upper bound of what it adds to the gzipped bundle. */
  gzip: number
}

/** The peer dependencies: never part of our bundle. */
const PEERS = /^(?:axios|ky|msw)(?:\/|$)/

const ENTRY = '\0size-entry'

/** The generated catalog's modules, and what each becomes when the catalog is left out. */
const EMPTY_GENERATED: Readonly<Record<string, string>> = {
  '/src/catalog/generated/rules.ts': 'export const rules = []',
  '/src/catalog/generated/rule-index.ts':
    'export const ruleIndex = { shapes: [], headerChecks: [], errorTypes: [], lengths: [] }',
  '/src/catalog/generated/texts-en.ts': 'export const englishTexts = {}',
  '/src/catalog/generated/examples.ts': 'export function builtInExamples() { return {} }',
}

/**
 * Swaps the built-in catalog (src/catalog/generated/: rules, index, English texts, examples) for empty ones: what is
 * left of `diagnose()` is the engine alone — matching, ranking, snapshot and hint code, no signatures' data
 * or texts.
 */
export const emptyCatalog: Plugin = {
  name: 'apigw-doctor:empty-catalog',
  load: (id) => {
    const path = id.replaceAll('\\', '/')
    return Object.entries(EMPTY_GENERATED).find(([suffix]) => path.endsWith(suffix))?.[1]
  },
}

/**
 * Bundles `imports` (file → `{ names }` or `*`), as size-limit's `import` option does, plus any extra
 * plugins (e.g. one that swaps a module out).
 */
export async function bundleSize(
  root: string,
  imports: Readonly<Record<string, string>>,
  plugins: Plugin[] = [],
): Promise<BundleResult> {
  const lines: string[] = []
  let index = 0
  for (const [file, names] of Object.entries(imports)) {
    const path = isAbsolute(file) ? file : join(root, file)
    const local = `m${index++}`
    // Using every import keeps it from being tree-shaken away, as size-limit's `console.log(…)` does.
    if (names.trim() === '*') lines.push(`import * as ${local} from ${JSON.stringify(path)}`, `console.log(${local})`)
    else lines.push(`import ${names} from ${JSON.stringify(path)}`, `console.log(${localNames(names)})`)
  }
  const entry: Plugin = {
    name: 'apigw-doctor:size-entry',
    resolveId: (id) => (id === ENTRY ? ENTRY : undefined),
    load: (id) => (id === ENTRY ? lines.join('\n') : undefined),
  }
  const bundle = await rolldown({
    input: ENTRY,
    external: PEERS,
    treeshake: true,
    plugins: [entry, ...plugins],
    logLevel: 'silent',
  })
  try {
    const { output } = await bundle.generate({ minify: true, comments: { annotation: false } })
    const code = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n')
    const moduleIds = output.flatMap((chunk) => (chunk.type === 'chunk' ? chunk.moduleIds : []))
    const modules = output.flatMap((chunk) =>
      chunk.type === 'chunk'
        ? Object.entries(chunk.modules).map(([id, module]) => ({
            id,
            rendered: module.renderedLength,
            gzip: module.code === null ? 0 : gzipSync(module.code).length,
          }))
        : [],
    )
    const chunks: ChunkShare[] = output.flatMap((chunk) =>
      chunk.type === 'chunk'
        ? [
            {
              fileName: chunk.fileName,
              kind: chunk.isEntry ? 'entry' : chunk.isDynamicEntry ? 'lazy' : 'shared',
              code: chunk.code,
              gzip: gzipSync(chunk.code).length,
              moduleIds: chunk.moduleIds,
              imports: chunk.imports,
              dynamicImports: chunk.dynamicImports,
            } satisfies ChunkShare,
          ]
        : [],
    )
    return { code, gzip: gzipSync(code).length, moduleIds, modules, chunks }
  } finally {
    await bundle.close()
  }
}

/** The local names of `{ a, b as c }`: `a, c`. */
function localNames(names: string): string {
  return names
    .replace(/[{}]/g, '')
    .split(',')
    .map(
      (name) =>
        name
          .trim()
          .split(/\s+as\s+/)
          .pop() ?? '',
    )
    .filter((name) => name !== '')
    .join(', ')
}
