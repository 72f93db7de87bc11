/**
 * `npm run test:smoke`: tests the published artifact, not the source tree. Packs the package with
 * `npm pack`, installs the tarball offline into a throwaway project, and there, under the system Node 20
 * and under the project's Node 24, imports every subpath of `exports` (and `require()`s the root, as CJS
 * users do through require(esm)), diagnoses a seed reply, checks that each adapter exports
 * `withDiagnosis`, and runs the `bin` with `--version`. Needs `npm run build` first.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'

const root = join(import.meta.dirname, '..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string
  version: string
  exports: Record<string, unknown>
  bin?: string | Record<string, string>
  peerDependencies?: Record<string, string>
}

/** The Node binaries to test with: the system's (major 20) and the project's own (major 24). */
function nodeBinaries(): { label: string; path: string; major: number }[] {
  const own = join(root, 'node_modules', '.bin', 'node')
  const found = new Map<string, { label: string; path: string; major: number }>()
  const add = (label: string, path: string): void => {
    if (!existsSync(path)) return
    const real = realpathSync(path)
    if (found.has(real)) return
    const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim()
    found.set(real, { label: `${label} ${version}`, path, major: Number(/^v(\d+)/.exec(version)?.[1] ?? 0) })
  }
  // npm run puts node_modules/.bin first on PATH: the system's Node is any other one.
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '' || !existsSync(dir) || realpathSync(dir).startsWith(join(root, 'node_modules'))) continue
    add('system Node', join(dir, 'node'))
  }
  add('project Node', own)
  return [...found.values()]
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' })
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}

/** The script each Node runs inside the installed project: imports, checks, prints one line per subpath. */
const CHECKS = String.raw`
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
const name = ${JSON.stringify(pkg.name)}
const pkg = JSON.parse(readFileSync(new URL('./node_modules/' + name + '/package.json', import.meta.url), 'utf8'))
const major = Number(process.versions.node.split('.')[0])
const minor = Number(process.versions.node.split('.')[1])
const seed = {
  status: 403,
  headers: { 'x-amzn-errortype': 'MissingAuthenticationTokenException', 'x-amzn-requestid': 'c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11' },
  body: '{"message":"Missing Authentication Token"}',
  request: { method: 'GET', url: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/v1/x', headers: { authorization: 'Bearer x' } },
}
const failures = []
const ok = (what) => console.log('  ok   ' + what)
const fail = (what) => { failures.push(what); console.log('  FAIL ' + what) }
const expect = (cond, what) => (cond ? ok(what) : fail(what))
for (const [subpath, target] of Object.entries(pkg.exports)) {
  const specifier = subpath === '.' ? name : name + subpath.slice(1)
  if (typeof target === 'object' && target !== null && typeof target.types === 'string') {
    try { readFileSync(new URL('./node_modules/' + name + '/' + target.types, import.meta.url)); ok(specifier + ': types file ' + target.types + ' is in the package') }
    catch { fail(specifier + ': types file ' + target.types + ' is missing from the package') }
  }
  let mod
  try {
    mod = subpath.endsWith('.json') ? (await import(specifier, { with: { type: 'json' } })).default : await import(specifier)
  } catch (error) {
    // msw 3 (the peer the msw subpath imports) needs Node >= 22.12; older Nodes use msw 2.
    if (subpath === './msw' && (major < 22 || (major === 22 && minor < 12))) { console.log('  skip ' + specifier + ': the installed msw needs Node >= 22.12 (' + String(error).split('\n')[0] + ')'); continue }
    fail(specifier + ': import failed: ' + String(error)); continue
  }
  if (subpath === '.') {
    const d = mod.diagnose(seed)
    expect(d?.code === 'MISSING_AUTHENTICATION_TOKEN' && d.causes[0]?.id === 'no-route', specifier + ': diagnose(seed) is MISSING_AUTHENTICATION_TOKEN / no-route')
    expect(Array.isArray(mod.signatures) && mod.signatures.length > 20, specifier + ': signatures has ' + mod.signatures?.length + ' entries')
    expect(typeof mod.GatewayError === 'function', specifier + ': exports GatewayError')
  } else if (subpath === './package.json') {
    expect(mod.version === pkg.version, specifier + ': version ' + mod.version)
  } else if (subpath === './msw') {
    expect(typeof mod.gatewayError === 'function' && typeof mod.gatewayHandlers === 'function', specifier + ': exports gatewayError and gatewayHandlers')
  } else if (['./axios', './ky', './fetch'].includes(subpath)) {
    expect(typeof mod.withDiagnosis === 'function', specifier + ': exports withDiagnosis')
    if (subpath === './fetch') {
      const reply = () => new Response(seed.body, { status: 403, headers: seed.headers })
      const res = await mod.withDiagnosis(async () => reply())(seed.request.url)
      expect(res.diagnosis?.code === 'MISSING_AUTHENTICATION_TOKEN' && (await res.text()) === seed.body, specifier + ': withDiagnosis(fetch) diagnoses a 403 and leaves the body readable')
      // The class the lazily loaded code throws is the root entry's own: instanceof holds.
      const { GatewayError } = await import(name)
      const thrown = await mod.withDiagnosis(async () => reply(), { throwEnriched: true })(seed.request.url).catch((error) => error)
      expect(thrown instanceof GatewayError && thrown.diagnosis.code === 'MISSING_AUTHENTICATION_TOKEN', specifier + ": throwEnriched rejects with an instance of the root entry's GatewayError")
      // Before anything imported the overlay: the adapter loads it itself, with the diagnosis code.
      const ja = await mod.withDiagnosis(async () => reply(), { locale: 'ja' })(seed.request.url)
      expect(/[\u3040-\u30ff\u4e00-\u9fff]/.test(ja.diagnosis?.title ?? ''), specifier + ": locale 'ja' loads the Japanese overlay lazily: " + ja.diagnosis?.title)
    }
  } else {
    expect(mod !== undefined, specifier + ': imports')
  }
}
// The Japanese overlay registers itself with the root entry's registry: one module instance, also when packed.
if (pkg.exports['./locales/ja'] !== undefined) {
  await import(name + '/locales/ja')
  const { diagnose } = await import(name)
  const title = diagnose(seed, { locale: 'ja' })?.title ?? ''
  expect(/[\u3040-\u30ff\u4e00-\u9fff]/.test(title), "diagnose(seed, { locale: 'ja' }) after importing " + name + '/locales/ja is in Japanese: ' + title)
  expect(!/[\u3040-\u30ff\u4e00-\u9fff]/.test(diagnose(seed)?.title ?? ''), 'diagnose(seed) stays English')
}
// CommonJS users: require() of the ESM-only build (require(esm), Node >= 20.19 and >= 22.12).
if ((major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22) {
  const require = createRequire(import.meta.url)
  try {
    const cjs = require(name)
    expect(cjs.diagnose(seed)?.code === 'MISSING_AUTHENTICATION_TOKEN', "require('" + name + "').diagnose(seed) works")
    const { withDiagnosis } = require(name + '/fetch')
    const res = await withDiagnosis(async () => new Response(seed.body, { status: 403, headers: seed.headers }))(seed.request.url)
    expect(res.diagnosis?.code === 'MISSING_AUTHENTICATION_TOKEN', "require('" + name + "/fetch'): its lazy import() of the diagnosis code works")
  } catch (error) { fail("require('" + name + "') failed: " + String(error)) }
}
if (failures.length > 0) process.exit(1)
`

const work = mkdtempSync(join(tmpdir(), 'apigw-doctor-smoke-'))
let failed = false
try {
  if (!existsSync(join(root, 'dist'))) throw new Error('dist/ is missing: run `npm run build` first')
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root)) as {
    filename: string
    files: { path: string }[]
  }[]
  const tarball = join(work, packed[0]?.filename ?? '')
  console.log(`packed ${packed[0]?.filename} (${packed[0]?.files.length} files)`)

  const project = join(work, 'project')
  mkdirSync(project)
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'apigw-doctor-smoke', private: true, type: 'module' }, null, 2),
  )
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball], project)
  // Optional peers are not installed from a registry here; link the repository's copies for the subpaths that import them.
  for (const peer of Object.keys(pkg.peerDependencies ?? {})) {
    const source = join(root, 'node_modules', peer)
    const target = join(project, 'node_modules', peer)
    if (existsSync(source) && !existsSync(target)) {
      mkdirSync(dirname(target), { recursive: true })
      symlinkSync(source, target, 'dir')
    }
  }
  writeFileSync(join(project, 'checks.mjs'), CHECKS)

  const nodes = nodeBinaries()
  const missing = [20, 24].filter((major) => !nodes.some((node) => node.major === major))
  if (missing.length > 0) throw new Error(`no Node ${missing.join(' or ')} found (looked on PATH and in node_modules/.bin)`)

  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin === undefined ? undefined : Object.values(pkg.bin)[0]
  const binName = typeof pkg.bin === 'object' && pkg.bin !== null ? Object.keys(pkg.bin)[0] : pkg.name
  for (const node of nodes.filter((n) => n.major === 20 || n.major === 24)) {
    console.log(`\n${node.label} (${node.path})`)
    const result = spawnSync(node.path, ['checks.mjs'], { cwd: project, encoding: 'utf8' })
    process.stdout.write(result.stdout)
    if (result.status !== 0) {
      failed = true
      process.stdout.write(result.stderr)
    }
    if (bin !== undefined) {
      // The installed bin, as npm links it, run with this Node first on PATH (its shebang is `env node`).
      const linked = join(project, 'node_modules', '.bin', binName ?? '')
      const env = { ...process.env, PATH: `${dirname(node.path)}${delimiter}${process.env.PATH ?? ''}` }
      const version = spawnSync(linked, ['--version'], { cwd: project, env, encoding: 'utf8' })
      const executable = existsSync(linked) && (statSync(linked).mode & 0o111) !== 0
      if (executable && version.status === 0 && version.stdout.trim() === pkg.version)
        console.log(`  ok   ${binName} --version prints ${pkg.version}`)
      else {
        failed = true
        console.log(
          `  FAIL ${binName} --version: exit ${version.status}, printed ${JSON.stringify(version.stdout.trim())} ${version.stderr.trim()}`,
        )
      }
    }
  }
} catch (error) {
  failed = true
  console.error(String(error instanceof Error ? error.message : error))
} finally {
  rmSync(work, { recursive: true, force: true })
}
if (failed) {
  console.error('\nsmoke test failed')
  process.exitCode = 1
} else console.log('\nsmoke test passed')
