/**
 * `apigw-doctor/msw` in a real Chromium: MSW's `setupWorker` answers the demo's MSW page with
 * `gatewayError()` on an execute-api host (the service worker intercepts the calls; nothing leaves the
 * machine), and apigw-doctor diagnoses what the page's axios and ky see. Run: `npm run test:browser`.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { Page } from 'playwright-core'
import { MSW_SCENARIOS } from '../../examples/browser/msw-scenarios.ts'
import { CANARIES } from '../../examples/browser/scenarios.ts'
import type { Demo } from '../../examples/browser/server.ts'
import { type ConsoleCapture, transcript } from './console-capture.ts'
import { type Run, runScenarios, type ScenarioSession, UUID } from './scenario-session.ts'
import { ARTIFACTS_DIR, linesOf, loggedGroups, onlyGroup, saveText } from './support.ts'

describe('gatewayError() through setupWorker', { timeout: 120_000 }, () => {
  let session: ScenarioSession
  let demo: Demo
  let page: Page
  let capture: ConsoleCapture
  const run = (id: string): Run => session.run(id)

  before(async () => {
    session = await runScenarios(
      (d) => `${d.mswUrl}?manual`,
      MSW_SCENARIOS.map((scenario) => scenario.id),
    )
    ;({ demo, page, capture } = session)
  })

  after(async () => {
    if (capture !== undefined) await saveText('console-msw.txt', transcript(capture.calls))
    await session?.close()
  })

  test('the service worker controls the page and answers every call', async () => {
    assert.equal(await page.evaluate('navigator.serviceWorker.controller?.scriptURL'), `${demo.mswUrl}mockServiceWorker.js`)
    assert.deepEqual(demo.emulator.requests, [], 'no call reached a real server')
  })

  test("gatewayError('MISSING_AUTHENTICATION_TOKEN') on an execute-api host: no route, high confidence", () => {
    const { outcome, calls } = run('msw-missing-token')
    assert.equal(outcome.status, 403)
    assert.equal(outcome.code, 'MISSING_AUTHENTICATION_TOKEN')
    assert.equal(outcome.confidence, 'high')
    assert.equal(outcome.topCauseId, 'no-route')
    const group = onlyGroup(calls)
    assert.equal(group.title.text, '[apigw-doctor] 403 MISSING_AUTHENTICATION_TOKEN (api-gateway-rest, high confidence)')
    assert.match(linesOf(group, 'cause')[0] ?? '', /^No resource and method match GET \/prod\/v1\/itmes on this stage/)
    assert.match(linesOf(group, 'request ids')[0] ?? '', new RegExp(`^request id ${outcome.requestId}, x-amz-apigw-id \\S+$`))
  })

  test("gatewayError('THROTTLED'): the full reply, diagnosed with high confidence and its request id", () => {
    const { outcome, calls } = run('msw-throttled')
    assert.equal(outcome.status, 429)
    assert.equal(outcome.code, 'THROTTLED')
    assert.equal(outcome.confidence, 'high')
    assert.match(outcome.requestId, UUID)
    const group = onlyGroup(calls)
    assert.equal(group.title.text, '[apigw-doctor] 429 THROTTLED (api-gateway-rest, high confidence)')
    assert.equal(group.headline, 'API Gateway throttled GET /prod/v1/search (429 Too Many Requests)')
    assert.match(linesOf(group, 'request ids')[0] ?? '', new RegExp(`^request id ${outcome.requestId}, x-amz-apigw-id \\S+$`))
    assert.deepEqual(linesOf(group, 'cause'), [outcome.cause])
  })

  test("browserView 'cors-blocked': a network error, read as a gateway error hidden by missing CORS headers", () => {
    const { outcome, calls } = run('msw-cors-blocked')
    assert.equal(outcome.status, 0)
    assert.equal(outcome.code, 'NO_RESPONSE')
    assert.equal(outcome.topCauseId, 'cors-masked-error')
    const group = onlyGroup(calls)
    assert.equal(group.title.text, '[apigw-doctor] NO_RESPONSE (unknown, low confidence)')
    assert.match(linesOf(group, 'remedy')[0] ?? '', /DEFAULT_4XX and DEFAULT_5XX gateway responses/)
  })

  test("browserView 'headers-hidden': status and body only, with the Expose-Headers hint", () => {
    const { outcome, calls } = run('msw-headers-hidden')
    assert.equal(outcome.status, 403)
    assert.equal(outcome.code, 'MISSING_AUTHENTICATION_TOKEN')
    assert.equal(outcome.topCauseId, 'no-route')
    assert.equal(outcome.confidence, 'medium')
    assert.equal(outcome.requestId, 'hidden')
    const group = onlyGroup(calls)
    assert.ok(linesOf(group, 'note').some((note) => note.includes('Access-Control-Expose-Headers')))
    assert.deepEqual(linesOf(group, 'request ids'), [])
  })

  test('ky with throwEnriched: console.error shows the GatewayError line and its HTTPError cause', async () => {
    const { outcome, calls } = run('msw-unauthorized')
    assert.deepEqual(loggedGroups(calls), [])
    const errors = calls.filter((call) => call.type === 'error' && call.args[0]?.className === 'GatewayError')
    assert.equal(errors.length, 1)
    const arg = errors[0]?.args[0]
    assert.ok(arg !== undefined)
    assert.match(arg.description?.split('\n')[0] ?? '', /^GatewayError: 401 UNAUTHORIZED — .+ \(request id [0-9a-f-]{36}\)$/)
    assert.equal(arg.description?.split('\n')[0], outcome.errorLine)
    const view = await capture.errorView(arg)
    assert.match(
      view.cause ?? '',
      /^HTTPError: Request failed with status code 401 Unauthorized: GET https:\/\/abc123defg\.execute-api\.eu-west-1\.amazonaws\.com\/prod\/v1\/me/,
    )
  })

  test('no credential appears in the console, no uncaught error, and the page shows every outcome', async () => {
    const texts = [
      ...capture.calls.map((call) => call.text),
      ...capture.logEntries.map((entry) => entry.text),
      ...capture.exceptions,
    ]
    for (const call of capture.calls)
      for (const arg of call.args.filter((candidate) => candidate.subtype === 'error')) {
        const view = await capture.errorView(arg)
        texts.push(view.stack, view.cause ?? '', view.ownJson)
      }
    const output = texts.join('\n')
    const [, token = ''] = CANARIES.authorization.split(' ')
    for (const needle of [token, ...token.split('.'), CANARIES.apiKey])
      assert.ok(!output.includes(needle), `the console shows ${needle}`)
    assert.deepEqual(capture.exceptions, [])

    for (const scenario of MSW_SCENARIOS) {
      const card = page.locator(`article[data-scenario="${scenario.id}"]`)
      assert.equal(await card.getAttribute('data-state'), 'diagnosed', scenario.id)
      assert.equal(await card.locator('dd[data-field="requestId"]').textContent(), run(scenario.id).outcome.requestId)
    }
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'msw-page.png'), fullPage: true })
  })
})
