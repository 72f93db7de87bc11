/**
 * What a developer sees in Chromium's DevTools console, read from the DevTools frontend itself (not only
 * the protocol): the styled apigw-doctor group, Chromium's own CORS message, and a `GatewayError` with its
 * "Caused by" line. Saves screenshots of the console under `.artifacts/browser/`. Run: `npm run test:browser`.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { Page } from 'playwright-core'
import { CANARIES } from '../../examples/browser/scenarios.ts'
import { type Demo, startDemo } from '../../examples/browser/server.ts'
import { type LaunchedChromium, launchChromium } from './chromium.ts'
import { consoleTexts, expandGroup, openDevTools, screenshotConsole } from './devtools-frontend.ts'
import { ARTIFACTS_DIR, lastRequest, replyHeader } from './support.ts'

describe("Chromium's DevTools console", { timeout: 120_000 }, () => {
  let demo: Demo
  let browser: LaunchedChromium
  let page: Page
  let devtools: Page

  before(async () => {
    demo = await startDemo()
    browser = await launchChromium({ remoteDebugging: true })
    page = browser.context.pages()[0] ?? (await browser.context.newPage())
    await page.goto(`${demo.pageUrl}?manual`)
    await page.waitForFunction('window.apigwDemo !== undefined')
    devtools = await openDevTools(browser, page)
  })

  after(async () => {
    await browser?.close()
    await demo?.close()
  })

  test('shows the styled group, the CORS message and the GatewayError with its cause, and no credential', async () => {
    for (const id of ['axios-typo-exposed', 'axios-timeout-no-cors', 'ky-unauthorized'])
      await page.evaluate(`window.apigwDemo.run(${JSON.stringify(id)})`)
    const title = '[apigw-doctor] 403 MISSING_AUTHENTICATION_TOKEN (api-gateway-rest, high confidence)'
    await devtools.locator('.console-message-text', { hasText: 'GatewayError: 401 UNAUTHORIZED' }).first().waitFor()
    await expandGroup(devtools, title)
    await devtools.locator('.console-message-text', { hasText: 'request ids: ' }).first().waitFor()
    const texts = await consoleTexts(devtools)

    const typo = lastRequest(demo.emulator, 'GET', '/prod/v1/itmes')
    assert.ok(texts.includes(title), 'the group title')
    const background = await devtools
      .locator('.console-message-text span[style]', { hasText: title })
      .first()
      .evaluate((span) => getComputedStyle(span).backgroundColor)
    assert.equal(background, 'rgb(192, 57, 43)', 'the title keeps its %c style')
    assert.ok(texts.some((text) => text.startsWith('cause: ')))
    assert.ok(texts.some((text) => text.startsWith('remedy: ')))
    assert.ok(
      texts.includes(
        `request ids: request id ${replyHeader(typo, 'x-amzn-RequestId')}, x-amz-apigw-id ${replyHeader(typo, 'x-amz-apigw-id')}`,
      ),
    )
    assert.ok(texts.includes('[apigw-doctor] NO_RESPONSE (unknown, low confidence)'), 'the network error is diagnosed')
    assert.ok(
      texts.some((text) => text.includes('/prod/v1/reports') && text.includes('blocked by CORS policy')),
      "Chromium's CORS message",
    )

    const requestId = replyHeader(lastRequest(demo.emulator, 'GET', '/prod/v1/me'), 'x-amzn-RequestId') ?? '?'
    const error = texts.find((text) => text.startsWith('GatewayError: 401 UNAUTHORIZED — ')) ?? ''
    assert.ok(error.split('\n')[0]?.endsWith(`(request id ${requestId})`), error)
    assert.match(
      error,
      /\nCaused by: HTTPError: Request failed with status code 401 Unauthorized: GET http:\/\/127\.0\.0\.1:\d+\/prod\/v1\/me\n/,
    )

    const shown = texts.join('\n')
    const [, token = ''] = CANARIES.authorization.split(' ')
    for (const needle of [token, ...token.split('.'), CANARIES.apiKey, CANARIES.cookie])
      assert.ok(!shown.includes(needle), `DevTools shows ${needle}`)
    await screenshotConsole(devtools, join(ARTIFACTS_DIR, 'devtools-console.png'))
  })

  test('the MSW page on an execute-api host reads the same way', async () => {
    await page.goto(`${demo.mswUrl}?manual`)
    await page.waitForFunction('window.apigwDemo !== undefined')
    for (const id of ['msw-missing-token', 'msw-unauthorized']) await page.evaluate(`window.apigwDemo.run(${JSON.stringify(id)})`)
    const title = '[apigw-doctor] 403 MISSING_AUTHENTICATION_TOKEN (api-gateway-rest, high confidence)'
    await devtools.locator('.console-message-text', { hasText: 'GatewayError: 401 UNAUTHORIZED' }).first().waitFor()
    await expandGroup(devtools, title)
    await devtools.locator('.console-message-text', { hasText: 'request ids: ' }).first().waitFor()
    const texts = await consoleTexts(devtools)
    assert.ok(texts.includes('API Gateway found no route for GET /prod/v1/itmes (403 Missing Authentication Token)'))
    assert.ok(texts.some((text) => text.startsWith('cause: No resource and method match GET /prod/v1/itmes')))
    assert.ok(texts.some((text) => /^GatewayError: 401 UNAUTHORIZED — .+\nCaused by: HTTPError: /s.test(text)))
    assert.ok(!texts.some((text) => text.startsWith('[MSW]')), 'MSW reports no unhandled or failed request')
    await screenshotConsole(devtools, join(ARTIFACTS_DIR, 'devtools-console-msw.png'))
  })
})
