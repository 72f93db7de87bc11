/**
 * Opens Chromium's own DevTools frontend, the one a developer uses, on a page of the suite: the
 * remote-debugging server of the launched browser serves it at `/devtools/inspector.html`, and it connects
 * to the page's target over that server. The suite then reads the console panel as rendered.
 */
import type { Page } from 'playwright-core'
import type { LaunchedChromium } from './chromium.ts'

/** One entry of the remote-debugging server's `/json/list`. */
interface DebuggingTarget {
  id: string
  type: string
  url: string
}

/** Opens DevTools on `page` (console panel, no screencast) in a new tab; resolves once the console is ready. */
export async function openDevTools(browser: LaunchedChromium, page: Page): Promise<Page> {
  const port = browser.debuggingPort
  if (port === undefined) throw new Error('launch Chromium with remoteDebugging: true')
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as DebuggingTarget[]
  const target = targets.find((candidate) => candidate.type === 'page' && candidate.url === page.url())
  if (target === undefined) throw new Error(`no DevTools target for ${page.url()}`)
  const devtools = await browser.context.newPage()
  await devtools.setViewportSize({ width: 1000, height: 760 })
  // A frontend opened in a tab shows a screencast of the page beside the panels; the setting turns it off.
  await devtools.addInitScript(() => localStorage.setItem('screencast-enabled', 'false'))
  await devtools.goto(
    `http://127.0.0.1:${port}/devtools/inspector.html?ws=127.0.0.1:${port}/devtools/page/${target.id}&panel=console`,
  )
  await devtools.locator('.console-prompt-editor-container').first().waitFor({ timeout: 30_000 })
  return devtools
}

/** The console panel's messages as rendered text (expanded groups included), in order. */
export async function consoleTexts(devtools: Page): Promise<string[]> {
  return devtools.locator('.console-message-text').allInnerTexts()
}

/** Expands the console group whose title contains `title`. */
export async function expandGroup(devtools: Page, title: string): Promise<void> {
  await devtools.locator('.console-message-text', { hasText: title }).first().click()
}

/** Saves a screenshot of the console panel, cut just below the prompt (no empty space). */
export async function screenshotConsole(devtools: Page, path: string): Promise<void> {
  const prompt = await devtools.locator('.console-prompt-editor-container').first().boundingBox()
  const viewport = devtools.viewportSize() ?? { width: 1000, height: 760 }
  const height = prompt === null ? viewport.height : Math.min(viewport.height, Math.ceil(prompt.y + prompt.height + 8))
  await devtools.screenshot({ path, clip: { x: 0, y: 0, width: viewport.width, height } })
}
