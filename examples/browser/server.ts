/**
 * `npm run demo:browser`: builds the demo site, then serves it on one origin and the gateway emulator on
 * another (a different port is a different origin, so every call is cross-origin and CORS applies as in
 * production), and prints the URL. Ports: `PAGE_PORT` (default 4173) and `API_PORT` (default 4174).
 * The browser tests start the same pair on free ports with {@link startDemo}.
 */
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import { buildSite, SITE_DIR } from './build.ts'
import { type GatewayEmulator, startGatewayEmulator } from './gateway-emulator.ts'
import { SCENARIOS } from './scenarios.ts'

/** A running demo: the page server and the emulator. */
export interface Demo {
  /** The emulator page, e.g. `http://127.0.0.1:4173/`. */
  pageUrl: string
  /** The MSW page. */
  mswUrl: string
  emulator: GatewayEmulator
  close(): Promise<void>
}

/** Options of {@link startDemo}; ports default to 0 (any free port). */
export interface DemoOptions {
  pagePort?: number
  apiPort?: number
  /** Build the site first (default true). */
  build?: boolean
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.css': 'text/css; charset=utf-8',
}

/** Starts the emulator and the page server. */
export async function startDemo(options: DemoOptions = {}): Promise<Demo> {
  if (options.build !== false) await buildSite()
  const emulator = await startGatewayEmulator({ routes: SCENARIOS.map((scenario) => scenario.route), port: options.apiPort ?? 0 })
  const config = JSON.stringify({ api: emulator.origin })
  const server = createServer((request, response) => {
    void serve(request.url ?? '/', config).then(({ status, type, body }) => {
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' })
      response.end(body)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.pagePort ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {
    pageUrl: `${origin}/`,
    mswUrl: `${origin}/msw/`,
    emulator,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      await emulator.close()
    },
  }
}

/** A static file of the built site, or the page's configuration. */
async function serve(url: string, config: string): Promise<{ status: number; type: string; body: string | Buffer }> {
  const path = new URL(url, 'http://demo').pathname
  if (path === '/config.json') return { status: 200, type: 'application/json', body: config }
  const file = normalize(join(SITE_DIR, path.endsWith('/') ? `${path}index.html` : path))
  if (!file.startsWith(SITE_DIR + sep)) return { status: 403, type: 'text/plain', body: 'forbidden' }
  try {
    return { status: 200, type: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) }
  } catch {
    return { status: 404, type: 'text/plain', body: 'not found' }
  }
}

if (import.meta.main) {
  const demo = await startDemo({ pagePort: Number(process.env.PAGE_PORT ?? 4173), apiPort: Number(process.env.API_PORT ?? 4174) })
  console.log(`apigw-doctor browser demo: open ${demo.pageUrl} and DevTools' console (Ctrl+C to stop)`)
  console.log(`  gateway emulator: ${demo.emulator.origin}   MSW page: ${demo.mswUrl}`)
  process.once('SIGINT', () => void demo.close().then(() => process.exit(0)))
}
