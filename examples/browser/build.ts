/**
 * Builds the browser demo into `examples/browser/dist/` (git-ignored): the two pages' scripts bundled
 * with rolldown for the browser, the HTML and CSS, and MSW's service worker copied from the installed
 * msw package (what `npx msw init` would do). The pages import the library by its package name, so run
 * `npm run build` first: they use `dist/`, as an app would.
 */
import { copyFile, mkdir, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'rolldown'

/** This folder. */
export const DEMO_DIR: string = dirname(fileURLToPath(import.meta.url))
/** Where the built site goes. */
export const SITE_DIR: string = join(DEMO_DIR, 'dist')

/** Builds the site; resolves once every file is written. */
export async function buildSite(): Promise<void> {
  await rm(SITE_DIR, { recursive: true, force: true })
  await mkdir(join(SITE_DIR, 'msw'), { recursive: true })
  await build({
    input: { page: join(DEMO_DIR, 'page.ts'), 'msw/page': join(DEMO_DIR, 'msw-page.ts') },
    platform: 'browser',
    logLevel: 'warn',
    output: {
      dir: SITE_DIR,
      format: 'esm',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/shared-[hash].js',
    },
  })
  const serviceWorker = createRequire(import.meta.url).resolve('msw/mockServiceWorker.js')
  await Promise.all([
    copyFile(join(DEMO_DIR, 'index.html'), join(SITE_DIR, 'index.html')),
    copyFile(join(DEMO_DIR, 'msw.html'), join(SITE_DIR, 'msw', 'index.html')),
    copyFile(join(DEMO_DIR, 'style.css'), join(SITE_DIR, 'style.css')),
    copyFile(serviceWorker, join(SITE_DIR, 'msw', 'mockServiceWorker.js')),
  ])
}

if (import.meta.main) {
  await buildSite()
  console.log(`built ${SITE_DIR}`)
}
