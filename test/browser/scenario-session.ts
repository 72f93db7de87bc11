/**
 * One Chromium session over a page of the browser demo: start the demo servers and Chromium, open the page,
 * and run each scenario alone so that the console calls made while it ran are its own.
 */
import type { Page } from 'playwright-core'
import type { Outcome } from '../../examples/browser/render.ts'
import { type Demo, startDemo } from '../../examples/browser/server.ts'
import { type LaunchedChromium, launchChromium } from './chromium.ts'
import { type ConsoleCall, ConsoleCapture } from './console-capture.ts'

/** What one scenario gave: the page's outcome and the console calls made while it ran. */
export interface Run {
  outcome: Outcome
  calls: ConsoleCall[]
}

/** A running session; `close()` stops Chromium and the demo servers. */
export interface ScenarioSession {
  demo: Demo
  page: Page
  capture: ConsoleCapture
  run(id: string): Run
  close(): Promise<void>
}

/** A request ID as API Gateway writes it. */
export const UUID: RegExp = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** Opens the page `urlOf(demo)` and runs the scenarios `ids` in order through its `window.apigwDemo`. */
export async function runScenarios(urlOf: (demo: Demo) => string, ids: readonly string[]): Promise<ScenarioSession> {
  const demo = await startDemo()
  let browser: LaunchedChromium | undefined
  try {
    browser = await launchChromium()
    const page = browser.context.pages()[0] ?? (await browser.context.newPage())
    const capture = await ConsoleCapture.attach(page)
    await page.goto(urlOf(demo))
    // The page sets its handle once it is ready (the MSW page after worker.start() has resolved).
    await page.waitForFunction('window.apigwDemo !== undefined')
    const runs = new Map<string, Run>()
    for (const id of ids) {
      const { value, calls } = await capture.evaluate<Outcome>(`window.apigwDemo.run(${JSON.stringify(id)})`)
      runs.set(id, { outcome: value, calls })
    }
    const opened = browser
    return {
      demo,
      page,
      capture,
      run(id) {
        const found = runs.get(id)
        if (found === undefined) throw new Error(`scenario ${id} did not run`)
        return found
      },
      async close() {
        await opened.close()
        await demo.close()
      },
    }
  } catch (error) {
    await browser?.close()
    await demo.close()
    throw error
  }
}
