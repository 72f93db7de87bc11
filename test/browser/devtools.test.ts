/**
 * The devtools experience in a real Chromium: the demo page (examples/browser/) calls the gateway emulator
 * on another origin through axios (`log: true`) and ky (`throwEnriched: true`); the console calls reach
 * this suite over the DevTools Protocol exactly as DevTools gets them. Run: `npm run test:browser`.
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { Page } from 'playwright-core'
import { CANARIES, SCENARIOS } from '../../examples/browser/scenarios.ts'
import type { Demo } from '../../examples/browser/server.ts'
import { type ConsoleCall, type ConsoleCapture, transcript } from './console-capture.ts'
import { type Run, runScenarios, type ScenarioSession, UUID } from './scenario-session.ts'
import {
  ARTIFACTS_DIR,
  confidenceRank,
  eventually,
  lastRequest,
  linesOf,
  loggedGroups,
  onlyGroup,
  replyHeader,
  saveText,
} from './support.ts'

describe('the demo page against the gateway emulator', { timeout: 120_000 }, () => {
  let session: ScenarioSession
  let demo: Demo
  let page: Page
  let capture: ConsoleCapture
  const run = (id: string): Run => session.run(id)

  before(async () => {
    session = await runScenarios(
      (d) => `${d.pageUrl}?manual`,
      SCENARIOS.map((scenario) => scenario.id),
    )
    ;({ demo, page, capture } = session)
  })

  after(async () => {
    if (capture !== undefined) {
      const causes = new Map<ConsoleCall, string>()
      for (const call of capture.calls) {
        const error = call.args.find((arg) => arg.subtype === 'error')
        const cause = error === undefined ? undefined : (await capture.errorView(error)).cause
        if (cause !== undefined) causes.set(call, cause)
      }
      await saveText('console-emulator.txt', transcript(capture.calls, causes))
    }
    await session?.close()
  })

  test('CORS on, headers exposed: the console group shows code, cause, remedy and request ID', () => {
    const { outcome, calls } = run('axios-typo-exposed')
    const sent = lastRequest(demo.emulator, 'GET', '/prod/v1/itmes')
    assert.equal(sent.reply.status, 403)
    const requestId = replyHeader(sent, 'x-amzn-RequestId') ?? ''
    assert.match(requestId, UUID)

    const group = onlyGroup(calls)
    assert.equal(group.title.text, '[apigw-doctor] 403 MISSING_AUTHENTICATION_TOKEN (api-gateway-rest, high confidence)')
    assert.match(group.title.runs[0]?.style ?? '', /background:#c0392b/, 'the title is styled with %c')
    assert.equal(group.headline, 'API Gateway found no route for GET /prod/v1/itmes (403 Missing Authentication Token)')
    assert.deepEqual(linesOf(group, 'cause'), [outcome.cause])
    assert.deepEqual(linesOf(group, 'remedy'), [outcome.remedy])
    assert.ok((outcome.cause ?? '').length > 40 && (outcome.remedy ?? '').length > 40)
    assert.deepEqual(linesOf(group, 'request ids'), [
      `request id ${requestId}, x-amz-apigw-id ${replyHeader(sent, 'x-amz-apigw-id')}`,
    ])
    assert.match(linesOf(group, 'docs')[0] ?? '', /^https:\/\/\S+$/)
    assert.ok(
      group.lines.every((line) => line.labelStyle.includes('font-weight:bold')),
      'labels are bold',
    )
    assert.ok(group.closed, 'the group is closed')
    assert.equal(outcome.requestId, requestId)
    assert.equal(outcome.confidence, 'high')
  })

  test('CORS on, headers not exposed: the body-only diagnosis is right, with lower confidence and the Expose-Headers hint', () => {
    const exposed = run('axios-typo-exposed').outcome
    const { outcome, calls } = run('axios-typo-hidden')
    // The gateway did send its headers; the browser hid them from the script.
    const sent = lastRequest(demo.emulator, 'GET', '/prod/v1/item')
    assert.equal(replyHeader(sent, 'x-amzn-ErrorType'), 'MissingAuthenticationTokenException')
    assert.ok(replyHeader(sent, 'Access-Control-Allow-Origin') !== undefined)
    assert.equal(replyHeader(sent, 'Access-Control-Expose-Headers'), undefined)

    assert.equal(outcome.code, 'MISSING_AUTHENTICATION_TOKEN')
    assert.equal(outcome.topCauseId, exposed.topCauseId)
    assert.ok(
      confidenceRank(outcome.confidence) < confidenceRank(exposed.confidence),
      `${outcome.confidence} < ${exposed.confidence}`,
    )
    assert.equal(outcome.requestId, 'hidden')

    const group = onlyGroup(calls)
    assert.equal(
      group.title.text,
      `[apigw-doctor] 403 MISSING_AUTHENTICATION_TOKEN (api-gateway-rest, ${outcome.confidence} confidence)`,
    )
    assert.ok(
      linesOf(group, 'note').some((note) => note.includes('Access-Control-Expose-Headers') && note.includes('x-amzn-RequestId')),
    )
    assert.deepEqual(linesOf(group, 'request ids'), [])
    assert.ok(
      !calls.some((call) => call.text.includes(replyHeader(sent, 'x-amzn-RequestId') ?? '?')),
      'the hidden request id is not invented',
    )

    // ky's GatewayError carries the same hint: a 403 Forbidden read from its body alone.
    const forbidden = run('ky-forbidden-hidden').outcome
    assert.equal(forbidden.code, 'FORBIDDEN')
    assert.equal(forbidden.requestId, 'hidden')
    assert.ok(forbidden.hints?.some((hint) => hint.includes('Access-Control-Expose-Headers')))
  })

  test('no CORS on the error reply: the network-error hint names the missing CORS headers on gateway responses', async () => {
    const { outcome, calls } = run('axios-timeout-no-cors')
    const preflight = lastRequest(demo.emulator, 'OPTIONS', '/prod/v1/reports')
    assert.equal(preflight.reply.status, 200, 'the preflight passed')
    const sent = lastRequest(demo.emulator, 'GET', '/prod/v1/reports')
    assert.equal(sent.reply.status, 504)
    assert.equal(replyHeader(sent, 'Access-Control-Allow-Origin'), undefined)

    assert.equal(outcome.status, 0, 'the script saw no reply')
    assert.equal(outcome.code, 'NO_RESPONSE')
    assert.equal(outcome.topCauseId, 'cors-masked-error')
    const group = onlyGroup(calls)
    assert.equal(group.title.text, '[apigw-doctor] NO_RESPONSE (unknown, low confidence)')
    assert.equal(group.headline, 'No reply reached the client for GET /prod/v1/reports: network error')
    assert.match(linesOf(group, 'cause')[0] ?? '', /carries no CORS headers, so the browser hid it/)
    assert.match(
      linesOf(group, 'remedy')[0] ?? '',
      /Add CORS headers to the DEFAULT_4XX and DEFAULT_5XX gateway responses \(Access-Control-Allow-Origin/,
    )
    assert.ok(linesOf(group, 'note').some((note) => note.includes('DevTools Network tab')))
    // Chromium's own message, which no script can read, confirms what happened.
    await eventually(
      () =>
        capture.logEntries.some(
          (entry) => entry.text.includes('/prod/v1/reports') && entry.text.includes('blocked by CORS policy'),
        ),
      "Chromium's CORS message",
    )

    // The same with ky: its NetworkError becomes a GatewayError; the masked error is among the causes.
    const viaKy = run('ky-forbidden-no-cors')
    assert.equal(lastRequest(demo.emulator, 'GET', '/prod/v1/admin').reply.status, 403)
    assert.equal(viaKy.outcome.code, 'NO_RESPONSE')
    assert.ok(viaKy.outcome.causeIds?.slice(0, 2).includes('cors-masked-error'), String(viaKy.outcome.causeIds))
    assert.match(viaKy.outcome.errorLine ?? '', /^GatewayError: NO_RESPONSE — /)
  })

  test('throwEnriched: console.error of the GatewayError shows the one-line message and its cause', async () => {
    const { outcome, calls } = run('ky-unauthorized')
    const requestId = replyHeader(lastRequest(demo.emulator, 'GET', '/prod/v1/me'), 'x-amzn-RequestId') ?? ''
    assert.deepEqual(loggedGroups(calls), [], 'ky runs without log: true')
    const errors = calls.filter((call) => call.type === 'error')
    assert.equal(errors.length, 1)
    const arg = errors[0]?.args[0]
    assert.ok(arg !== undefined)
    assert.equal(arg.subtype, 'error')
    assert.equal(arg.className, 'GatewayError')

    // DevTools shows the description (the stack): the one-line message first, then the frames.
    const [first, ...frames] = (arg.description ?? '').split('\n')
    assert.match(first ?? '', new RegExp(`^GatewayError: 401 UNAUTHORIZED — [^\\n]+ \\(request id ${requestId}\\)$`))
    assert.equal(first, outcome.errorLine)
    assert.ok(frames.length > 0 && frames.every((frame) => /^\s+at /.test(frame)))
    const view = await capture.errorView(arg)
    assert.equal(view.stack.split('\n')[0], first)
    assert.match(
      view.cause ?? '',
      /^HTTPError: Request failed with status code 401 Unauthorized: GET http:\/\/127\.0\.0\.1:\d+\/prod\/v1\/me\n\s+at /,
    )

    // The other ky failures read the same way, each on one line.
    const expected: Record<string, RegExp> = {
      'ky-forbidden-hidden': /^GatewayError: 403 FORBIDDEN — \S.+$/,
      'ky-cloudfront-page': new RegExp(
        `^GatewayError: 502 CLOUDFRONT_ORIGIN_CONNECTION_FAILED — .+ \\(CloudFront request id ${escapeRegExp(replyHeader(lastRequest(demo.emulator, 'GET', '/cdn/v1/report'), 'X-Amz-Cf-Id') ?? '?')}\\)$`,
      ),
      'ky-forbidden-no-cors': /^GatewayError: NO_RESPONSE — .+$/,
    }
    for (const [id, pattern] of Object.entries(expected)) {
      const logged = run(id).calls.filter((call) => call.type === 'error' && call.args[0]?.className === 'GatewayError')
      assert.equal(logged.length, 1, id)
      assert.match(logged[0]?.args[0]?.description?.split('\n')[0] ?? '', pattern, id)
    }
  })

  test('no credential the page sent appears in any console output', async () => {
    // The page did send them.
    const received = demo.emulator.requests.filter((request) => request.method === 'GET')
    assert.ok(received.some((request) => request.headers.authorization === CANARIES.authorization))
    assert.ok(received.some((request) => request.headers['x-api-key'] === CANARIES.apiKey))
    assert.ok(received.some((request) => request.headers.cookie?.includes(CANARIES.cookie) === true))

    const texts = [
      ...capture.calls.map((call) => call.text),
      ...capture.logEntries.map((entry) => entry.text),
      ...capture.exceptions,
    ]
    for (const call of capture.calls)
      for (const arg of call.args.filter((candidate) => candidate.subtype === 'error')) {
        const view = await capture.errorView(arg)
        assert.match(view.ownJson, /"diagnosis":\{"code":"/)
        texts.push(view.stack, view.cause ?? '', view.ownJson)
      }
    const output = texts.join('\n')
    assert.ok(output.includes('[apigw-doctor]') && output.includes('GatewayError: '), 'the output was captured')
    const [, token = ''] = CANARIES.authorization.split(' ')
    const needles = [CANARIES.authorization, token, ...token.split('.'), CANARIES.apiKey, CANARIES.cookie]
    for (const needle of needles) assert.ok(!output.includes(needle), `the console shows ${needle}`)
  })

  test('a successful call passes untouched, and the page shows every outcome', async () => {
    const ok = run('axios-ok')
    assert.equal(ok.outcome.kind, 'passed')
    assert.equal(ok.outcome.status, 200)
    assert.deepEqual(loggedGroups(ok.calls), [])

    for (const scenario of SCENARIOS) {
      const { outcome } = run(scenario.id)
      const card = page.locator(`article[data-scenario="${scenario.id}"]`)
      assert.equal(await card.getAttribute('data-state'), outcome.kind, scenario.id)
      if (outcome.kind !== 'diagnosed') continue
      assert.match((await card.locator('dd[data-field="code"]').textContent()) ?? '', new RegExp(String(outcome.code)))
      assert.equal(await card.locator('dd[data-field="requestId"]').textContent(), outcome.requestId)
      assert.equal(await card.locator('dd[data-field="confidence"]').textContent(), outcome.confidence)
      assert.equal(await card.locator('dd[data-field="title"]').textContent(), outcome.title)
    }
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'emulator-page.png'), fullPage: true })
  })

  test('no uncaught error on the page', () => {
    assert.deepEqual(capture.exceptions, [])
  })
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
