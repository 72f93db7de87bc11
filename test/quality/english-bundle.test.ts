/**
 * Japanese must not weigh on those who do not use it: no module that the English entries (the package
 * root and the browser adapters) import statically, directly or through others, imports `src/locales/`.
 * The adapters may load the overlay later, with `import()` of its own entry module (`locale: 'ja'`), which
 * bundlers split into a chunk of its own. Checked on the source's import graph, so no build is needed; the
 * Japanese entry itself is checked to register its overlay and to be packaged as `apigw-doctor/locales/ja`.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..', '..')

/** Relative static imports and re-exports of a module, side-effect imports included. */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*['"](\.{1,2}\/[^'"]+)['"]/g
/** Relative dynamic imports: `import('./x.ts')`. */
const DYNAMIC_IMPORT = /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g

/** Files a module imports through relative specifiers, as paths from the repository root. */
function importsOf(file: string, pattern: RegExp): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8')
  return [...source.matchAll(pattern)].map((match) => relative(ROOT, resolve(ROOT, dirname(file), match[1] ?? '')))
}

/**
 * Every module reachable from an entry, the entry included, with the importer that first reached it;
 * through static imports only (what loads with the entry), or through `import()` as well (`lazy`).
 */
function reachable(entry: string, lazy = false): Map<string, string> {
  const seen = new Map<string, string>([[entry, '(entry)']])
  const queue = [entry]
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const targets = importsOf(file, STATIC_IMPORT)
    if (lazy) targets.push(...importsOf(file, DYNAMIC_IMPORT))
    for (const target of targets) {
      if (seen.has(target)) continue
      seen.set(target, file)
      if (target.endsWith('.ts') && existsSync(join(ROOT, target))) queue.push(target)
    }
  }
  return seen
}

/** Every `import()` in the modules an entry reaches, as `importer → imported`. */
function dynamicImports(entry: string): string[] {
  return [...reachable(entry, true).keys()]
    .filter((file) => file.endsWith('.ts') && existsSync(join(ROOT, file)))
    .flatMap((file) => importsOf(file, DYNAMIC_IMPORT).map((target) => `${file} → ${target}`))
}

/** The build entries of tsdown.config.ts, by output name. */
function buildEntries(): Map<string, string> {
  const config = readFileSync(join(ROOT, 'tsdown.config.ts'), 'utf8')
  const block = /entry:\s*\{([^}]*)\}/.exec(config)?.[1] ?? ''
  return new Map([...block.matchAll(/['"]?([\w/-]+)['"]?\s*:\s*['"]([^'"]+\.ts)['"]/g)].map((m) => [m[1] ?? '', m[2] ?? '']))
}

/** Entries that hold Japanese on purpose: the overlay itself, and the CLI (Node, no bundle-size concern). */
const JAPANESE_ENTRIES = new Set(['cli'])

describe('the English entries', () => {
  const entries = [...buildEntries()].filter(([name]) => !name.startsWith('locales/') && !JAPANESE_ENTRIES.has(name))

  it('include the package root and the client adapters', () => {
    expect(entries.map(([name]) => name)).toEqual(
      expect.arrayContaining(['index', 'axios', 'ky', 'fetch', 'ofetch', 'got', 'openapi-fetch']),
    )
  })

  it.each(entries)('%s (%s) reaches no module under src/locales/ through static imports', (_name, entry) => {
    const graph = reachable(entry)
    expect(graph.size).toBeGreaterThan(3)
    const japanese = [...graph].filter(([file]) => file.startsWith('src/locales/')).map(([file, by]) => `${by} imports ${file}`)
    expect(japanese).toEqual([])
  })

  it.each(entries)('%s (%s) loads Japanese, if at all, only through import() of the overlay entry', (_name, entry) => {
    const intoLocales = dynamicImports(entry).filter((edge) => edge.includes('→ src/locales/'))
    expect(intoLocales.filter((edge) => !edge.endsWith('→ src/locales/ja.ts'))).toEqual([])
  })

  it.each(['axios', 'ky', 'fetch'])('the %s adapter loads the overlay lazily, for locale: ja', (name) => {
    expect(dynamicImports(`adapters/${name}.ts`)).toContain('src/middleware/engine-loader.ts → src/locales/ja.ts')
  })

  it('the walk does find the overlay from a module that imports it (the CLI)', () => {
    expect([...reachable('src/cli/main.ts').keys()]).toContain('src/locales/ja/rest.ts')
  })
})

describe('the Japanese entry', () => {
  it('is built as locales/ja from src/locales/ja.ts', () => {
    expect(buildEntries().get('locales/ja')).toBe('src/locales/ja.ts')
  })

  it('is exported as apigw-doctor/locales/ja, types first, and kept by bundlers as a side effect', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      exports: Record<string, Record<string, string>>
      sideEffects: unknown
    }
    const subpath = pkg.exports['./locales/ja']
    expect(subpath).toEqual({ types: './dist/locales/ja.d.ts', default: './dist/locales/ja.js' })
    expect(Object.keys(subpath ?? {})[0]).toBe('types')
    expect(pkg.sideEffects).toEqual(['./dist/locales/*.js'])
  })

  it('registers in the entry module itself, which nothing in src/ or adapters/ imports statically', () => {
    // Were the entry imported elsewhere, the build would move it, registration included, into a shared
    // chunk that package.json's sideEffects does not list, and bundlers could drop the registration. An
    // `import()` of the entry module (the adapters' lazy overlay) resolves to the entry chunk itself.
    expect(readFileSync(join(ROOT, 'src/locales/ja.ts'), 'utf8')).toMatch(/^registerLocale\(ja\)$/m)
    const importers = [...buildEntries().values()]
      .flatMap((entry) => [...reachable(entry)])
      .filter(([file, by]) => file === 'src/locales/ja.ts' && by !== '(entry)')
    expect(importers).toEqual([])
  })

  it('registers its overlay when imported', async () => {
    const { resolveLocale } = await import('../../src/texts/locale.ts')
    const { ja } = await import('../../src/locales/ja.ts')
    expect(resolveLocale('ja')).toBe(ja)
  })
})
