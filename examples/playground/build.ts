/**
 * `npm run playground:build`: builds the playground into `examples/playground/dist/` (git-ignored) as plain
 * static files anyone can host: index.html, style.css, page.js and worker.js (the CLI's reading code and
 * the engine, bundled from the sources with rolldown). The page loads nothing else.
 */
import { copyFile, mkdir, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'rolldown'

/** This folder. */
export const PLAYGROUND_DIR: string = dirname(fileURLToPath(import.meta.url))
/** Where the built site goes. */
export const PLAYGROUND_SITE: string = join(PLAYGROUND_DIR, 'dist')

/** Builds the site; resolves once every file is written. */
export async function buildPlayground(): Promise<void> {
  await rm(PLAYGROUND_SITE, { recursive: true, force: true })
  await mkdir(PLAYGROUND_SITE, { recursive: true })
  // Two builds, so that each file stands alone: the page never loads the engine, the worker never loads the UI.
  for (const name of ['page', 'worker'] as const)
    await build({
      input: join(PLAYGROUND_DIR, `${name}.ts`),
      platform: 'browser',
      logLevel: 'warn',
      output: { file: join(PLAYGROUND_SITE, `${name}.js`), format: 'esm', minify: true, sourcemap: false },
    })
  await Promise.all(['index.html', 'style.css'].map((file) => copyFile(join(PLAYGROUND_DIR, file), join(PLAYGROUND_SITE, file))))
}

if (import.meta.main) {
  await buildPlayground()
  console.log(`built ${PLAYGROUND_SITE}`)
}
