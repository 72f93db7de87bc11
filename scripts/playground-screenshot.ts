/**
 * `npm run playground:screenshot`: writes docs/playground.png, the README's picture of the playground,
 * with headless Chromium (`CHROMIUM_PATH`, default /usr/bin/chromium): a gateway reply pasted after the
 * "Copy as cURL" of its request, diagnosed.
 */
import { join } from 'node:path'
import { startPlayground } from '../examples/playground/server.ts'
import { launchChromium } from '../test/browser/chromium.ts'

const PASTE = [
  "curl 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/itemz' \\",
  "  -H 'accept: application/json' \\",
  "  -H 'authorization: Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl'",
  'HTTP/2 403',
  'content-type: application/json',
  'x-amzn-requestid: 6f2b4c1e-1f0a-4c9e-9d3b-2a7e5f8c0d11',
  'x-amzn-errortype: MissingAuthenticationTokenException',
  'x-amz-apigw-id: Yx1AbCdEfGhIjK=',
  '',
  '{"message":"Missing Authentication Token"}',
].join('\n')

const playground = await startPlayground()
const chromium = await launchChromium({ locale: 'en-US' })
try {
  const page = await chromium.context.newPage()
  await page.setViewportSize({ width: 1200, height: 1260 })
  await page.goto(playground.url)
  await page.waitForFunction(() => document.body.dataset.state === 'ready')
  await page.fill('#paste', PASTE)
  await page.click('#diagnose')
  await page.waitForFunction(() => document.body.dataset.state === 'done')
  const path = join(import.meta.dirname, '..', 'docs', 'playground.png')
  await page.screenshot({ path })
  console.log(`wrote ${path}`)
} finally {
  await chromium.close()
  await playground.close()
}
