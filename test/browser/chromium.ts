/**
 * Launches Debian's Chromium (`/usr/bin/chromium`, or `CHROMIUM_PATH`) through playwright-core: headless,
 * with a fresh profile in a temporary folder that `close()` removes. Nothing is downloaded.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'

/** The browser binary the suite drives. */
export const CHROMIUM_PATH: string = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** No sandbox (CI runs as root), no GPU, and nothing that talks to the network on its own. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
]

/** A running browser with one fresh profile. */
export interface LaunchedChromium {
  context: BrowserContext
  /** The remote-debugging port on 127.0.0.1, when launched with `remoteDebugging`. */
  debuggingPort?: number
  close(): Promise<void>
}

/** Options of {@link launchChromium}. */
export interface LaunchOptions {
  /** Also listen for DevTools on a free port of 127.0.0.1 (it serves the DevTools frontend too). */
  remoteDebugging?: boolean
  /** The browser's language (`navigator.language`, Accept-Language), e.g. `ja-JP`. */
  locale?: string
}

/** Launches Chromium; the context's viewport is 1280×800. */
export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedChromium> {
  const profile = await mkdtemp(join(tmpdir(), 'apigw-doctor-chromium-'))
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args:
        options.remoteDebugging === true ? [...ARGS, '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0'] : ARGS,
      viewport: { width: 1280, height: 800 },
      ...(options.locale === undefined ? {} : { locale: options.locale }),
    })
    // With port 0, Chromium writes the port it chose to the profile's DevToolsActivePort file.
    const debuggingPort =
      options.remoteDebugging === true
        ? Number((await readFile(join(profile, 'DevToolsActivePort'), 'utf8')).split('\n')[0])
        : undefined
    return {
      context,
      debuggingPort,
      close: async () => {
        await context.close()
        await rm(profile, { recursive: true, force: true })
      },
    }
  } catch (error) {
    await rm(profile, { recursive: true, force: true })
    throw error
  }
}
