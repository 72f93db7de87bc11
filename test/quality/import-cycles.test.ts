/**
 * The code flows one way (reply → engine → output; see DESIGN.md): no module imports, directly or through
 * others, a module that imports it back. Type-only imports count too, since they tie the files together
 * just the same for a reader. Checked on the source's relative imports (static, re-exports and `import()`).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..', '..')

/** Relative imports and re-exports of a module: static, type-only, side-effect and dynamic. */
const IMPORT = /(?:\bfrom|\bimport|\bimport\()\s*['"](\.{1,2}\/[^'"]+\.ts)['"]/g

function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(folder, file))
}

function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of files) {
    const source = readFileSync(join(ROOT, file), 'utf8')
    graph.set(
      file,
      [...source.matchAll(IMPORT)].map((match) => relative(ROOT, resolve(ROOT, dirname(file), match[1] ?? ''))),
    )
  }
  return graph
}

/** Every cycle met by a depth-first walk, each as the chain of files that closes it. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const found: string[] = []
  const done = new Set<string>()
  const path: string[] = []
  const visit = (file: string): void => {
    path.push(file)
    for (const target of graph.get(file) ?? []) {
      const at = path.indexOf(target)
      if (at !== -1) found.push([...path.slice(at), target].join(' → '))
      else if (!done.has(target)) visit(target)
    }
    path.pop()
    done.add(file)
  }
  for (const file of graph.keys()) if (!done.has(file)) visit(file)
  return found
}

describe('the import graph of src/ and adapters/', () => {
  const graph = importGraph([...sources('src'), ...sources('adapters')])

  it('is read: it holds the modules and their imports', () => {
    expect(graph.size).toBeGreaterThan(40)
    expect(graph.get('src/engine/rank.ts')).toContain('src/texts/texts.ts')
  })

  it('has no import circle', () => {
    expect(cycles(graph)).toEqual([])
  })

  it('the walk finds a circle where there is one', () => {
    const circle = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ])
    expect(cycles(circle)).toEqual(['a.ts → b.ts → c.ts → a.ts'])
  })
})

/**
 * The folders of src/ each folder may import, besides its own files and the public types (src/types.ts): the
 * flow of DESIGN.md, reading a reply → engine → output, with the catalog, the words and the adapters' shared
 * code beside it. An import that runs back against the flow (output importing the engine, reading importing
 * output) is refused here even when it closes no circle. The root files (index.ts, types.ts) are not rows.
 */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  texts: [],
  reading: ['sigv4'],
  sigv4: ['reading'],
  routes: [],
  signatures: [],
  catalog: ['texts'],
  locales: ['texts'],
  output: ['texts'],
  engine: ['reading', 'catalog', 'sigv4', 'texts', 'output'],
  mock: ['catalog'],
  middleware: ['reading', 'engine', 'catalog', 'locales', 'output', 'texts'],
  cli: ['reading', 'engine', 'catalog', 'locales', 'routes', 'texts', 'output'],
}

/** The folder of src/ a module sits in ('engine' for src/engine/match.ts), or '' for src/'s own files. */
function folderOf(file: string): string {
  const parts = file.split(/[\\/]/)
  return parts[0] === 'src' && parts.length > 2 ? (parts[1] ?? '') : ''
}

/** Each import of a src/ folder's module that its folder's row does not allow, as `from → to`. */
function againstTheFlow(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const found: string[] = []
  for (const [file, targets] of graph) {
    const folder = folderOf(file)
    if (folder === '') continue
    for (const target of targets) {
      const into = folderOf(target)
      const allowed = into === folder || (into === '' ? target === 'src/types.ts' : (MAY_IMPORT[folder] ?? []).includes(into))
      if (!allowed) found.push(`${file} → ${target}`)
    }
  }
  return found
}

describe('the folders of src/', () => {
  const graph = importGraph(sources('src'))

  it('each have a row in the table of what they may import', () => {
    const folders = new Set([...graph.keys()].map(folderOf).filter((folder) => folder !== ''))
    expect([...folders].sort()).toEqual(Object.keys(MAY_IMPORT).sort())
  })

  it('import along the flow, never back', () => {
    expect(againstTheFlow(graph)).toEqual([])
  })

  it('the check refuses an import against the flow', () => {
    const back = new Map([
      ['src/output/format.ts', ['src/texts/labels.ts', 'src/engine/diagnose.ts']],
      ['src/reading/body.ts', ['src/types.ts', 'src/index.ts']],
    ])
    expect(againstTheFlow(back)).toEqual(['src/output/format.ts → src/engine/diagnose.ts', 'src/reading/body.ts → src/index.ts'])
  })
})
