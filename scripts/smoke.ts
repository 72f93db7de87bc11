/**
 * `npm run test:smoke`: tests the published artifact, not the source tree. Packs the package with
 * `npm pack`, installs the tarball offline into a throwaway project with no HTTP client in it, and there,
 * under the system Node 20 and under the project's Node 24, imports every subpath of `exports` (and
 * `require()`s the root, as CJS users do through require(esm)), diagnoses a seed reply, checks that each
 * adapter exports `withDiagnosis`, and runs the `bin` with `--version`. Then, for each HTTP client, a
 * project holding the tarball and that one client only: its subpath diagnoses a real 403 from a local
 * server through the client, under both Nodes (with the client's major that Node supports). Needs
 * `npm run build` first.
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
  } else if (['./axios', './ky', './fetch', './ofetch', './got', './openapi-fetch'].includes(subpath)) {
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

/**
 * The HTTP clients, each tried in a project where it is the only package beside apigw-doctor. `source` is
 * the repository's copy to link for a Node major: got 16 and ky 2 need Node >= 22, so Node 20 gets got 14
 * and ky 1 (both inside the supported peer ranges).
 */
const CLIENTS: { subpath: string; peer: string; source: (major: number) => string; call: string }[] = [
  {
    subpath: './axios',
    peer: 'axios',
    source: () => 'axios',
    call: `const { default: axios } = await import('axios')
    try { await withDiagnosis(axios.create(), options).get(url) } catch (e) { return { diagnosis: e.diagnosis, body: e.response?.data } }`,
  },
  {
    subpath: './ky',
    peer: 'ky',
    source: (major) => (major >= 22 ? 'ky2' : 'ky1'),
    call: `const { default: ky } = await import('ky')
    try { await withDiagnosis(ky, options)(url, { retry: 0 }) } catch (e) { return { diagnosis: e.diagnosis, body: 'data' in e ? e.data : await e.response.text() } }`,
  },
  {
    subpath: './ofetch',
    peer: 'ofetch',
    source: () => 'ofetch',
    call: `const { ofetch } = await import('ofetch')
    try { await withDiagnosis(ofetch, options)(url, { retry: 0 }) } catch (e) { return { diagnosis: e.diagnosis, body: e.data } }`,
  },
  {
    subpath: './got',
    peer: 'got',
    source: (major) => (major >= 22 ? 'got' : 'got14'),
    call: `const { default: got } = await import('got')
    try { await withDiagnosis(got, options)(url, { retry: { limit: 0 } }) } catch (e) { return { diagnosis: e.diagnosis, body: e.response?.body } }`,
  },
  {
    subpath: './openapi-fetch',
    peer: 'openapi-fetch',
    source: () => 'openapi-fetch',
    call: `const { default: createClient } = await import('openapi-fetch')
    const { error, response } = await withDiagnosis(createClient({ baseUrl: new URL(url).origin }), options).GET(new URL(url).pathname)
    return { diagnosis: response.diagnosis, body: error }`,
  },
]

/** The script a client project runs: a local server answers 403 Missing Authentication Token; the client calls it. */
function clientCheck(client: (typeof CLIENTS)[number]): string {
  return `
import { readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
const name = ${JSON.stringify(pkg.name)}
const peer = ${JSON.stringify(client.peer)}
const installed = readdirSync(new URL('./node_modules/', import.meta.url)).filter((entry) => !entry.startsWith('.'))
const version = JSON.parse(readFileSync(new URL('./node_modules/' + peer + '/package.json', import.meta.url), 'utf8')).version
const server = createServer((request, response) => {
  response.writeHead(403, { 'content-type': 'application/json', 'x-amzn-errortype': 'MissingAuthenticationTokenException', 'x-amzn-requestid': 'c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11' })
  response.end('{"message":"Missing Authentication Token"}')
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const url = 'http://127.0.0.1:' + server.address().port + '/prod/v1/x'
const options = { awsHosts: ['127.0.0.1'] }
let outcome
let failure
try {
  const { withDiagnosis } = await import(name + ${JSON.stringify(client.subpath.slice(1))})
  outcome = await (async () => {
    ${client.call}
  })()
} catch (error) { failure = String(error) } finally { server.close() }
const what = name + ${JSON.stringify(client.subpath.slice(1))} + ' with only ' + peer + ' ' + version + ' installed'
const body = typeof outcome?.body === 'string' ? JSON.parse(outcome.body) : outcome?.body
if (installed.sort().join(',') !== [name, peer].sort().join(',')) { console.log('  FAIL ' + what + ': node_modules holds ' + installed.join(', ')); process.exit(1) }
if (failure !== undefined || outcome?.diagnosis?.code !== 'MISSING_AUTHENTICATION_TOKEN' || body?.message !== 'Missing Authentication Token') {
  console.log('  FAIL ' + what + ': ' + (failure ?? JSON.stringify({ code: outcome?.diagnosis?.code, body })))
  process.exit(1)
}
console.log('  ok   ' + what + ': a real 403 is diagnosed, the body still readable')
`
}

/** Links the repository's copy of a package into a project's node_modules under `name`, replacing any link. */
function link(project: string, name: string, source: string): void {
  const target = join(project, 'node_modules', name)
  rmSync(target, { recursive: true, force: true })
  mkdirSync(dirname(target), { recursive: true })
  symlinkSync(join(root, 'node_modules', source), target, 'dir')
}

/** A throwaway project with the tarball installed (offline: apigw-doctor has no dependencies). */
function projectWith(tarball: string, dir: string): string {
  mkdirSync(dir)
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'apigw-doctor-smoke', private: true, type: 'module' }, null, 2))
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball], dir)
  return dir
}

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

  const project = projectWith(tarball, join(work, 'project'))
  // Optional peers are not installed from a registry here. Only msw is imported at run time (by the msw
  // subpath); the HTTP client adapters import nothing from their clients, so they import here with none.
  if (existsSync(join(root, 'node_modules', 'msw'))) link(project, 'msw', 'msw')
  writeFileSync(join(project, 'checks.mjs'), CHECKS)
  const clientProjects = CLIENTS.filter((client) => pkg.exports[client.subpath] !== undefined).map((client) => {
    const dir = projectWith(tarball, join(work, `client-${client.peer}`))
    writeFileSync(join(dir, 'check.mjs'), clientCheck(client))
    return { client, dir }
  })

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
    for (const { client, dir } of clientProjects) {
      link(dir, client.peer, client.source(node.major))
      const checked = spawnSync(node.path, ['check.mjs'], { cwd: dir, encoding: 'utf8' })
      process.stdout.write(checked.stdout)
      if (checked.status !== 0) {
        failed = true
        process.stdout.write(checked.stderr)
      }
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
