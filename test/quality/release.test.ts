/**
 * What a published package needs beyond the code: the licence package.json names, a `prepack` that builds
 * (a fresh clone has no dist/, and `npm pack` would ship package.json and README alone), and a README that
 * says which runtimes load it.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..', '..')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  license: string
  type: string
  files: string[]
  scripts: Record<string, string>
  peerDependencies: Record<string, string>
}
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')

describe('the package', () => {
  it('ships the MIT licence that package.json declares', () => {
    expect(pkg.license).toBe('MIT')
    const licence = readFileSync(join(ROOT, 'LICENSE'), 'utf8')
    expect(licence).toMatch(/^MIT License\n/)
    expect(licence).toContain('Permission is hereby granted, free of charge')
  })

  it('builds dist/ before it is packed, from a generated catalog that is not stale, printing nothing on stdout (npm pack --json reads it)', () => {
    expect(pkg.files).toEqual(['dist'])
    expect(pkg.scripts.prepack).toMatch(/^node scripts\/catalog\.ts --check --quiet && tsdown\b/)
    expect(pkg.scripts.prepack).toContain('--logLevel warn')
  })

  it('is ESM-only, and the README says so with the Node versions require() and the msw subpath need', () => {
    expect(pkg.type).toBe('module')
    expect(readme).toContain('The package is ESM-only.')
    expect(readme).toMatch(/require\('apigw-doctor'\)`[\s\S]{0,120}Node ≥ 20\.19/)
    expect(readme).toMatch(/`apigw-doctor\/msw` runs on the Node your msw needs: msw 3 needs Node ≥ 22\.12/)
  })

  it('quotes the Node that the installed msw 3 declares', () => {
    const msw = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'msw', 'package.json'), 'utf8')) as {
      version: string
      engines: { node: string }
    }
    expect(msw.version).toMatch(/^3\./)
    expect(msw.engines.node).toBe('>=22.12.0')
  })
})
