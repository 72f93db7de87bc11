/**
 * `npm run bench`: the performance promises of apigw-doctor, as ratios against a baseline measured in the
 * same run (see measure.ts for the method). Prints a table and writes bench/results.json with the machine.
 *
 *   (a) diagnose() on representative replies vs JSON.parse of the same body            goal ≤ 10×
 *       in a hot loop, and once per reply after 10 ms idle (cold caches, as after a real request);
 *       absolute targets per diagnosis (issue #14): API Gateway JSON ≤ 5 µs and CloudFront page ≤ 15 µs
 *       warm, any reply ≤ 30 µs once after idle
 *   (b) a failing request through axios, ky and fetch with vs without apigw-doctor       goal ≤ 1.02×
 *   (c) the CLI on a generated 50 MiB, 10 000-entry HAR vs JSON.parse of the same file    goal ≤ 2×
 *   (d) diagnose() on adversarial 1 MiB bodies vs an ordinary 1 MiB body                 goal ≤ 2×
 *       and on a parsed 10 MiB JSON body vs the same body as text
 *
 * `node bench/run.ts a d` runs only some sections (the others are kept from the last results.json).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { arch, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { run as runCli } from '../src/cli/run.ts'
import { diagnose } from '../src/engine/diagnose.ts'
import type { DiagnoseInput, DiagnoseOptions } from '../src/types.ts'
import { clientPairs, loopbackGateway, mockedGateway } from './adapters.ts'
import { adversarialBodies, MIB, ordinaryBodies } from './adversarial.ts'
import { generateHar } from './har.ts'
import { formatNs, type Paired, paired, pairedCold } from './measure.ts'
import { representativeReplies } from './replies.ts'

/** One line of the results table. */
interface Row {
  section: 'a' | 'b' | 'c' | 'd'
  name: string
  baseline: string
  baselineNs: number
  subjectNs: number
  ratio: number
  ratioIqr: [number, number]
  goal: number
  met: boolean
  /** An absolute target for the subject's time per operation, when the row has one. */
  targetNs?: number
  /** The subject's time per operation is within `targetNs`. */
  targetMet?: boolean
  /** Extra facts (bytes, added time per operation). */
  note?: string
}

const GOALS = { a: 10, b: 1.02, c: 2, d: 2 } as const
/** Absolute targets of section (a), per diagnosis: warm by reply (name prefix), and once after idle for any reply. */
const WARM_TARGET_NS: Readonly<Record<string, number>> = { 'API Gateway JSON': 5_000, 'CloudFront HTML page': 15_000 }
const COLD_TARGET_NS = 30_000
const warmTarget = (name: string): number | undefined =>
  Object.entries(WARM_TARGET_NS).find(([prefix]) => name.startsWith(prefix))?.[1]
const resultsPath = join(import.meta.dirname, 'results.json')
const wanted = new Set(process.argv.slice(2).filter((arg) => /^[abcd]$/.test(arg)))
const runs = (section: keyof typeof GOALS): boolean => wanted.size === 0 || wanted.has(section)

function row(section: Row['section'], name: string, baseline: string, result: Paired, note?: string, targetNs?: number): Row {
  const goal = GOALS[section]
  return {
    section,
    name,
    baseline,
    baselineNs: Math.round(result.baselineNs),
    subjectNs: Math.round(result.subjectNs),
    ratio: round(result.ratio),
    ratioIqr: [round(result.ratioIqr[0]), round(result.ratioIqr[1])],
    goal,
    met: result.ratio <= goal,
    ...(targetNs === undefined ? {} : { targetNs, targetMet: result.subjectNs <= targetNs }),
    ...(note === undefined ? {} : { note }),
  }
}

const round = (value: number): number => Math.round(value * 1000) / 1000

function progress(text: string): void {
  process.stderr.write(`  … ${text}\n`)
}

/** (a) diagnose() against JSON.parse of the same body. */
async function sectionA(): Promise<Row[]> {
  const rows: Row[] = []
  for (const reply of representativeReplies()) {
    progress(`(a) ${reply.name}`)
    // A body that is not JSON (an HTML page) is parsed as a JSON string of the same text: the same characters to scan.
    const json = reply.body.trimStart().startsWith('{') ? reply.body : JSON.stringify(reply.body)
    if (diagnose(reply.input) === undefined && !reply.name.startsWith('no match'))
      throw new Error(`${reply.name} is not diagnosed`)
    const result = await paired(
      () => JSON.parse(json),
      () => diagnose(reply.input),
      { rounds: 30 },
    )
    rows.push(
      row(
        'a',
        reply.name,
        `JSON.parse of the ${json.length}-char body`,
        result,
        `${formatNs(result.subjectNs)} per diagnosis`,
        warmTarget(reply.name),
      ),
    )
  }
  // The same, once per reply after 10 ms idle: what a failed request costs in an app (see pairedCold).
  for (const reply of representativeReplies()) {
    progress(`(a) ${reply.name}, cold`)
    const json = reply.body.trimStart().startsWith('{') ? reply.body : JSON.stringify(reply.body)
    const result = await pairedCold(
      () => JSON.parse(json),
      () => diagnose(reply.input),
      { samples: 200, idleMs: 10 },
    )
    const note = `${formatNs(result.subjectNs)} per diagnosis, ${formatNs(result.baselineNs)} per JSON.parse`
    rows.push(row('a', `${reply.name}, cold (once after 10 ms idle)`, `JSON.parse, cold`, result, note, COLD_TARGET_NS))
  }
  return rows
}

/** (b) a failing request through each adapter, with and without apigw-doctor. */
async function sectionB(): Promise<Row[]> {
  const rows: Row[] = []
  const base = 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod'
  const mock = mockedGateway(base)
  try {
    for (const pair of clientPairs(`${base}/v1/itemz`)) {
      progress(`(b) ${pair.client} against MSW`)
      const result = await paired(pair.plain, pair.wrapped, {
        rounds: 60,
        minBatchMs: 80,
        warmupMs: 1000,
        interleave: true,
        collectBetween: true,
      })
      rows.push(
        row(
          'b',
          `${pair.client}, MSW-mocked gateway`,
          `${pair.client} alone`,
          result,
          `+${formatNs(result.subjectNs - result.baselineNs)} per failed request`,
        ),
      )
    }
  } finally {
    mock.close()
  }
  // A real HTTP exchange over loopback: at once, then with the latency of a nearby AWS region.
  for (const latencyMs of [0, 10]) {
    const loopback = await loopbackGateway(latencyMs)
    const where = latencyMs === 0 ? 'loopback HTTP server' : `loopback HTTP server, ${latencyMs} ms latency`
    try {
      for (const pair of clientPairs(loopback.url)) {
        progress(`(b) ${pair.client} against a ${where}`)
        const batches = latencyMs === 0 ? { rounds: 60, minBatchMs: 80 } : { rounds: 24, minBatchMs: 300 }
        const result = await paired(pair.plain, pair.wrapped, {
          ...batches,
          warmupMs: 1000,
          interleave: true,
          collectBetween: true,
        })
        const added = `+${formatNs(result.subjectNs - result.baselineNs)} per failed request`
        rows.push(row('b', `${pair.client}, ${where}`, `${pair.client} alone`, result, added))
      }
    } finally {
      await loopback.close()
    }
  }
  return rows
}

/** (c) the CLI on a 50 MiB HAR against JSON.parse of the same file. */
async function sectionC(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'apigw-doctor-bench-'))
  const path = join(dir, 'session.har')
  try {
    progress('(c) generating the HAR')
    const har = generateHar(10_000, 50 * MIB)
    writeFileSync(path, har)
    const bytes = Buffer.byteLength(har)
    const cli = (json: boolean) => async (): Promise<number> => {
      let written = 0
      const code = await runCli({
        argv: json ? ['--json', path] : [path],
        env: {},
        stdin: (async function* () {
          // The HAR is read as a file, never from stdin.
        })(),
        stdinIsTTY: false,
        stdoutIsTTY: false,
        write: (text) => {
          written += text.length
        },
        error: () => undefined,
      })
      if (code !== 0 || written === 0) throw new Error(`the CLI failed on the HAR (exit ${code})`)
      return written
    }
    const baseline = async (): Promise<unknown> => JSON.parse(await readFile(path, 'utf8'))
    const rows: Row[] = []
    for (const json of [false, true]) {
      progress(`(c) CLI${json ? ' --json' : ''} on the HAR`)
      const result = await paired(baseline, cli(json), {
        rounds: 10,
        minBatchMs: 0,
        warmupMs: 0,
        maxBatch: 1,
        collectBetween: true,
      })
      rows.push(
        row(
          'c',
          `CLI${json ? ' --json' : ''}: read, parse, diagnose 10 000 entries, report`,
          'reading + JSON.parse of the file',
          result,
          `${(bytes / MIB).toFixed(1)} MiB, 10 000 entries`,
        ),
      )
    }
    return rows
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** (d) adversarial 1 MiB bodies against an ordinary 1 MiB body. */
async function sectionD(): Promise<Row[]> {
  const contexts: Record<string, Omit<DiagnoseInput, 'body'>> = {
    'CloudFront reply': {
      status: 403,
      headers: {
        server: 'CloudFront',
        'x-amz-cf-id': 'dH8n2F3kq1w4Zx9yVb7mNc6LpQr5St0uXy2Ab3Cd4Ef5Gh6Ij7Kl8==',
        'content-type': 'text/html',
      },
      request: { method: 'GET', url: 'https://d111111abcdef8.cloudfront.net/x' },
    },
    'API Gateway host': {
      status: 403,
      headers: { 'content-type': 'application/json' },
      request: { method: 'GET', url: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/x' },
    },
  }
  const modes: Record<string, DiagnoseOptions> = { 'default 64 KiB read': {}, 'whole body read': { maxBodyBytes: 2 * MIB } }
  const ordinary = ordinaryBodies()
  const rows: Row[] = []
  for (const [bodyName, body] of Object.entries(adversarialBodies())) {
    for (const [modeName, options] of Object.entries(modes)) {
      // The worst pairing is what counts: every context, against the cheaper ordinary body.
      let worst: { result: Paired; against: string } | undefined
      for (const [contextName, context] of Object.entries(contexts)) {
        for (const [ordinaryName, plain] of Object.entries(ordinary)) {
          progress(`(d) ${bodyName}, ${contextName}, ${modeName}, against a ${ordinaryName}`)
          const result = await paired(
            () => diagnose({ ...context, body: plain }, options),
            () => diagnose({ ...context, body }, options),
            { rounds: 12, minBatchMs: 20, warmupMs: 150 },
          )
          if (worst === undefined || result.ratio > worst.result.ratio)
            worst = { result, against: `${contextName}, vs ${ordinaryName}` }
        }
      }
      if (worst !== undefined)
        rows.push(
          row(
            'd',
            `${bodyName} (${modeName})`,
            'ordinary 1 MiB body (JSON or HTML)',
            worst.result,
            `worst: ${worst.against}; ${formatNs(worst.result.subjectNs)} per diagnosis`,
          ),
        )
    }
  }
  rows.push(await parsedBodyRow(contexts['API Gateway host']))
  return rows
}

/**
 * A 10 MiB body handed over parsed (axios, ky 2) against the same body as text: only `maxBodyBytes` of it
 * may be serialised (issue #15: `JSON.stringify` of all of it took 33–83 ms).
 */
async function parsedBodyRow(context: Omit<DiagnoseInput, 'body'> | undefined): Promise<Row> {
  const items = Array.from({ length: (10 * MIB) / 100 }, (_, id) => ({ id, name: `item-${id}`, note: 'x'.repeat(60) }))
  const parsed = { message: 'Missing Authentication Token', items }
  const text = JSON.stringify(parsed)
  progress('(d) a parsed 10 MiB JSON body, against the same as text')
  const result = await paired(
    () => diagnose({ status: 403, ...context, body: text }),
    () => diagnose({ status: 403, ...context, body: parsed }),
    { rounds: 12, minBatchMs: 20, warmupMs: 150 },
  )
  return row(
    'd',
    'a parsed 10 MiB JSON body (axios, ky 2)',
    'the same body as text',
    result,
    `${formatNs(result.subjectNs)} per diagnosis`,
  )
}

const loadAtStart = loadavg()[0] ?? 0
if (loadAtStart > cpus().length / 2 && !process.argv.some((arg) => arg.startsWith('--section=')))
  process.stderr.write(
    `warning: load average ${loadAtStart.toFixed(2)} on ${cpus().length} cores: other processes will add noise\n`,
  )

function machine(): Record<string, unknown> {
  const cpu = cpus()
  return {
    loadAverage: { start: round(loadAtStart), end: round(loadavg()[0] ?? 0) },
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    v8: process.versions.v8,
    os: `${platform()} ${release()} ${arch()}`,
  }
}

function table(rows: readonly Row[]): string {
  const header = ['', 'benchmark', 'baseline', 'baseline/op', 'subject/op', 'ratio (IQR)', 'goal', '', 'target/op', '']
  const lines = rows.map((r) => [
    `(${r.section})`,
    r.name,
    r.baseline,
    formatNs(r.baselineNs),
    formatNs(r.subjectNs),
    `${r.ratio.toFixed(r.section === 'b' ? 3 : 2)}× (${r.ratioIqr[0].toFixed(r.section === 'b' ? 3 : 2)}–${r.ratioIqr[1].toFixed(r.section === 'b' ? 3 : 2)})`,
    `≤ ${r.goal}×`,
    r.met ? 'met' : 'MISSED',
    r.targetNs === undefined ? '' : `≤ ${formatNs(r.targetNs)}`,
    r.targetMet === undefined ? '' : r.targetMet ? 'met' : 'MISSED',
  ])
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => (line[i] ?? '').length)))
  const format = (cells: string[]): string => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`
  return [format(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(format)].join('\n')
}

const SECTIONS = { a: sectionA, b: sectionB, c: sectionC, d: sectionD } as const
const childSection = /^--section=([abcd])$/.exec(process.argv[2] ?? '')?.[1] as keyof typeof SECTIONS | undefined

if (childSection !== undefined) {
  // A child measures one section and hands its rows back on stdout.
  process.stdout.write(JSON.stringify(await SECTIONS[childSection]()))
} else {
  const previous = existsSync(resultsPath) ? (JSON.parse(readFileSync(resultsPath, 'utf8')) as { rows?: Row[] }) : {}
  const rows: Row[] = []
  for (const section of Object.keys(SECTIONS) as (keyof typeof SECTIONS)[]) {
    if (!runs(section)) {
      rows.push(...(previous.rows ?? []).filter((r) => r.section === section))
      continue
    }
    // Each section in a fresh process: what one section leaves behind (JIT feedback from other input shapes, a
    // grown heap) must not slow the next, and the CLI runs in its own process anyway.
    const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, `--section=${section}`], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    if (child.status !== 0) throw new Error(`section (${section}) failed with exit status ${child.status}`)
    rows.push(...(JSON.parse(child.stdout) as Row[]))
  }

  const info = machine()
  console.log(`\napigw-doctor benchmark — ${info.cpu}, ${info.cores} cores, Node ${info.node}, ${info.os}\n`)
  console.log(table(rows))
  for (const r of rows.filter((entry) => entry.note !== undefined)) console.log(`  (${r.section}) ${r.name}: ${r.note}`)
  writeFileSync(
    resultsPath,
    `${JSON.stringify({ date: new Date().toISOString(), machine: info, goals: GOALS, rows }, null, 2)}\n`,
  )
  console.log(`\nwritten to ${resultsPath}`)
}
