/**
 * `npm run playground`: builds the playground and serves its static files on 127.0.0.1 (port `PORT`, default
 * 4175). Any static host serves the built folder as well; this one also sends the page's Content Security
 * Policy as a header, so that it covers the worker too. The browser tests start it on a free port.
 */
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import { buildPlayground, PLAYGROUND_SITE } from './build.ts'

/** A running playground server. */
export interface Playground {
  url: string
  close(): Promise<void>
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}

/** What the page may load: its own files, nothing it could send data to. */
export const CSP =
  "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; form-action 'none'; base-uri 'none'"

/** Builds (unless `build` is false) and serves the playground. */
export async function startPlayground(options: { port?: number; build?: boolean } = {}): Promise<Playground> {
  if (options.build !== false) await buildPlayground()
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://playground').pathname
    const file = normalize(join(PLAYGROUND_SITE, path.endsWith('/') ? `${path}index.html` : path))
    if (!file.startsWith(PLAYGROUND_SITE + sep)) {
      response.writeHead(403).end()
      return
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Content-Security-Policy': CSP,
          'Cache-Control': 'no-store',
        })
        response.end(body)
      },
      () => response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'),
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

if (import.meta.main) {
  const playground = await startPlayground({ port: Number(process.env.PORT ?? 4175) })
  console.log(`apigw-doctor playground: open ${playground.url} (Ctrl+C to stop)`)
  process.once('SIGINT', () => void playground.close().then(() => process.exit(0)))
}
