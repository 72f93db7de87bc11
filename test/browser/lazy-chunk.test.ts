/**
 * Lazy diagnosis in a real Chromium (issue #14): a page that installs `apigw-doctor/fetch`, bundled with
 * code splitting as an app would bundle it, loads without the diagnosis chunk; the first failed reply
 * loads it and is diagnosed; while the chunk cannot be fetched a failure passes on untouched and the next
 * one tries again; the idle prefetch lets a later failure be diagnosed with no network at all; and the
 * Japanese overlay loads only for `locale: 'ja'`. Run: `npm run test:browser` (it builds dist/ first).
 */
import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize, sep } from 'node:path'
import { after, before, beforeEach, describe, test } from 'node:test'
import type { Page } from 'playwright-core'
import { build } from 'rolldown'
import { LOAD_TIMEOUT_MS } from '../../src/middleware/engine-loader.ts'
import { gatewayReply } from '../../src/mock/replies.ts'
import { type LaunchedChromium, launchChromium } from './chromium.ts'
import type { CallResult } from './lazy/page.ts'

/** The diagnosis chunk (engine, rules, output), the catalog's English texts and the Japanese overlay, by file name. */
const ENGINE_CHUNK = /\/middleware-engine-[\w-]+\.js$/
const ENGLISH_CHUNK = /\/texts-en-[\w-]+\.js$/
const JAPANESE_CHUNK = /\/ja-[\w-]+\.js$/

/**
 * An execute-api URL for the offline instance, whose fetch rejects without touching the network: a network
 * error against an AWS endpoint is diagnosed (NO_RESPONSE) whenever the diagnosis code is there.
 */
const AWS_URL = 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/v1/x'

/** API Gateway's 403 Missing Authentication Token, as the apigw-doctor/msw toolkit writes it (its fixtures quote AWS). */
const REPLY = gatewayReply('MISSING_AUTHENTICATION_TOKEN')

describe('the diagnosis code loads at the first failure', { timeout: 120_000 }, () => {
  let site: string
  let server: Server
  let origin: string
  let browser: LaunchedChromium
  let page: Page
  /** Every URL the page requested since it was opened. */
  let requested: string[]
  /** The idle callbacks the page scheduled; the test runs them when it chooses (see `openPage`). */
  const idleCallbacks = 'window.__idleCallbacks'

  before(async () => {
    site = await mkdtemp(join(tmpdir(), 'apigw-doctor-lazy-'))
    await build({
      input: { page: join(import.meta.dirname, 'lazy', 'page.ts') },
      platform: 'browser',
      logLevel: 'warn',
      output: { dir: site, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    })
    server = createServer((request, response) => {
      void respond(request.url ?? '/').then(({ status, headers, body }) => {
        response.writeHead(status, { 'Cache-Control': 'no-store', ...headers })
        response.end(body)
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    browser = await launchChromium()
  })

  after(async () => {
    await browser?.close()
    await new Promise<void>((resolve) => (server === undefined ? resolve() : server.close(() => resolve())))
    await rm(site, { recursive: true, force: true })
  })

  /** The built page, its chunks, and the API: every `/prod/…` path answers API Gateway's reply. */
  async function respond(url: string): Promise<{ status: number; headers: Record<string, string>; body: string | Buffer }> {
    const path = new URL(url, 'http://page').pathname
    if (path.startsWith('/prod/')) return { status: REPLY.status, headers: REPLY.headers, body: REPLY.body }
    if (path === '/') return { status: 200, headers: { 'Content-Type': 'text/html' }, body: PAGE }
    const file = normalize(join(site, path))
    if (!file.startsWith(site + sep)) return { status: 403, headers: {}, body: 'forbidden' }
    try {
      const type = extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream'
      return { status: 200, headers: { 'Content-Type': type }, body: await readFile(file) }
    } catch {
      return { status: 404, headers: {}, body: 'not found' }
    }
  }

  beforeEach(async () => {
    await page?.close()
    page = await browser.context.newPage()
    requested = []
    page.on('request', (request) => requested.push(request.url()))
    // The test decides when the page is idle: requestIdleCallback only queues the prefetch.
    await page.addInitScript(`
      window.__idleCallbacks = []
      window.requestIdleCallback = (callback) => window.__idleCallbacks.push(callback)
    `)
  })

  async function openPage(): Promise<void> {
    await page.goto(`${origin}/`)
    await page.waitForFunction('window.lazyTest !== undefined')
  }

  const loaded = (chunk: RegExp): string[] => requested.filter((url) => chunk.test(url))

  /** One call through the page's English or Japanese instance (to the local API), or its offline one. */
  async function call(kind: 'english' | 'japanese' | 'offline'): Promise<CallResult> {
    const url = kind === 'offline' ? AWS_URL : `${origin}/prod/v1/x`
    return page.evaluate(`window.lazyTest.${kind}(${JSON.stringify(url)})`)
  }

  test('the page loads without the diagnosis chunk; the first failed reply loads it and is diagnosed', async () => {
    await openPage()
    assert.ok(
      requested.some((url) => url.endsWith('/page.js')),
      'the page script loaded',
    )
    assert.deepEqual(loaded(ENGINE_CHUNK), [], 'no diagnosis chunk before a failure')
    assert.deepEqual(loaded(ENGLISH_CHUNK), [], 'no texts before a failure')
    assert.deepEqual(loaded(JAPANESE_CHUNK), [])
    assert.equal(await page.evaluate(`${idleCallbacks}.length`), 2, 'a prefetch is queued per language')

    const result = await call('english')
    assert.equal(result.status, 403)
    assert.equal(result.code, 'MISSING_AUTHENTICATION_TOKEN')
    assert.equal(result.body, REPLY.body, 'the body stays readable for the page')
    assert.equal(loaded(ENGINE_CHUNK).length, 1, 'the diagnosis chunk loaded once')
    assert.equal(loaded(ENGLISH_CHUNK).length, 1, 'the English texts loaded beside it')
    assert.match(result.title ?? '', /^API Gateway found no route for GET \/prod\/v1\/x/, 'the title is the catalog English text')
    assert.deepEqual(loaded(JAPANESE_CHUNK), [], 'an English failure loads no Japanese')

    const again = await call('english')
    assert.equal(again.code, 'MISSING_AUTHENTICATION_TOKEN')
    assert.equal(loaded(ENGINE_CHUNK).length, 1, 'the second failure uses the loaded chunk')
  })

  test("locale: 'ja' loads the Japanese overlay chunk with the diagnosis, and writes Japanese", async () => {
    await openPage()
    const result = await call('japanese')
    assert.equal(result.code, 'MISSING_AUTHENTICATION_TOKEN')
    assert.match(result.title ?? '', /[\u3040-\u30ff\u4e00-\u9fff]/)
    assert.equal(loaded(ENGINE_CHUNK).length, 1)
    assert.equal(loaded(JAPANESE_CHUNK).length, 1)
    assert.deepEqual(loaded(ENGLISH_CHUNK), [], 'a Japanese page never fetches the English texts: the overlay has them all')
  })

  test('while the chunk cannot be fetched, a failure passes on untouched; the next failure retries and is diagnosed', async () => {
    let blocked = 0
    await page.route(ENGINE_CHUNK, (route) => {
      blocked += 1
      return route.abort('internetdisconnected')
    })
    await openPage()

    const reply = await call('english')
    assert.equal(blocked, 1, 'the page tried to load the chunk')
    assert.equal(reply.status, 403)
    assert.equal(reply.code, null)
    assert.equal(reply.marked, false)
    assert.deepEqual(reply.ownKeys, [], 'nothing added to the Response')
    assert.equal(reply.body, REPLY.body, 'the body is untouched and readable')

    const network = await call('offline')
    assert.equal(blocked, 2, 'a failure after a failed load tries again')
    assert.equal(network.sameError, true, 'the very TypeError fetch rejected with')
    assert.equal(network.error, 'TypeError: Failed to fetch')
    assert.equal(network.marked, false)
    assert.deepEqual(network.ownKeys.sort(), ['message', 'stack'])

    await page.unroute(ENGINE_CHUNK)
    const retried = await call('english')
    assert.equal(retried.code, 'MISSING_AUTHENTICATION_TOKEN', 'the next failure loaded the chunk and was diagnosed')
    assert.equal(retried.marked, true)
  })

  test('a chunk stuck on a slow network does not hold the error: it passes on undiagnosed, the next failure finds the chunk', async () => {
    await page.route(ENGINE_CHUNK, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, LOAD_TIMEOUT_MS + 1500))
      await route.continue()
    })
    await openPage()
    const started = Date.now()
    const slow = await call('english')
    const waited = Date.now() - started
    assert.equal(slow.status, 403)
    assert.equal(slow.code, null, 'passed on undiagnosed')
    assert.equal(slow.marked, false)
    assert.equal(slow.body, REPLY.body)
    // It waited for the load as long as the timeout allows, and no longer: the chunk came 1.5 s after that.
    assert.ok(waited >= LOAD_TIMEOUT_MS - 100, `waited ${waited} ms`)

    await waitFor(() => loaded(ENGINE_CHUNK).length === 1, 'the chunk request')
    await new Promise((resolve) => setTimeout(resolve, 2000)) // the chunk arrives meanwhile
    const next = await call('english')
    assert.equal(next.code, 'MISSING_AUTHENTICATION_TOKEN')
    assert.equal(loaded(ENGINE_CHUNK).length, 1, 'the load that was under way served the next failure')
  })

  test('the idle prefetch loads the chunks, so that a failure with no network is still diagnosed', async () => {
    await openPage()
    assert.deepEqual(loaded(ENGINE_CHUNK), [])
    await page.evaluate(`${idleCallbacks}.forEach((callback) => callback())`)
    await waitFor(() => loaded(ENGINE_CHUNK).length === 1 && loaded(JAPANESE_CHUNK).length === 1, 'the prefetch')

    // From now on every request fails: what the diagnosis needs must be there already.
    await page.route('**/*', (route) => route.abort('internetdisconnected'))
    const requestsBefore = requested.length
    const network = await call('offline')
    assert.equal(network.sameError, true, 'the very TypeError fetch rejected with')
    assert.equal(network.code, 'NO_RESPONSE', 'diagnosed with no network')
    assert.equal(network.marked, true)
    assert.equal(requested.length, requestsBefore, 'nothing was fetched for it')
  })
})

async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

const PAGE = '<!doctype html><meta charset="utf-8"><title>lazy</title><script type="module" src="/page.js"></script>'
