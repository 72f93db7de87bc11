/**
 * The playground page (examples/playground) in a real Chromium: paste → the diagnosis; a HAR dropped → its
 * failed calls; the same code and causes as `apigw-doctor --json` for the same input (one engine, one
 * reader); no canary from the pasted text on the page; no request after the page's own files; a 50 MB HAR
 * read off the page's thread in about the CLI's time; English or Japanese. Run: `npm run test:browser`.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { Page, Request } from 'playwright-core'
import { type Playground, startPlayground } from '../../examples/playground/server.ts'
import type { JsonEntry } from '../../src/cli/report-json.ts'
import { type CliIo, run } from '../../src/cli/run.ts'
import { bigHar } from '../helpers/big-har.ts'
import { type LaunchedChromium, launchChromium } from './chromium.ts'

const ROOT = join(import.meta.dirname, '..', '..')
const API = 'https://abc123defg.execute-api.eu-west-1.amazonaws.com'

/** Runs the CLI in this process, as the vitest suite does. */
async function cli(argv: string[], stdin: string): Promise<{ code: number; stdout: string }> {
  let stdout = ''
  const io: CliIo = {
    argv,
    env: {},
    stdin: (async function* () {
      yield Buffer.from(stdin)
    })(),
    stdinIsTTY: false,
    stdoutIsTTY: false,
    write: (text) => {
      stdout += text
    },
    error: () => {
      // The advice line and notes go to stderr; the comparisons read stdout.
    },
  }
  const code = await run(io)
  return { code, stdout }
}

/** What the page shows for a diagnosis card: its code and its causes' ids, in order. */
interface Shown {
  code: string
  causes: string[]
}

async function shownCards(page: Page): Promise<Shown[]> {
  return page.$$eval('.card', (cards) =>
    cards.map((card) => ({
      code: (card as HTMLElement).dataset.code ?? '',
      causes: [...card.querySelectorAll<HTMLElement>('[data-cause-id]')].map((item) => item.dataset.causeId ?? ''),
    })),
  )
}

async function pasteAndWait(page: Page, text: string, facts: { status?: string; url?: string } = {}): Promise<void> {
  await page.$eval('details.facts-form', (details) => {
    ;(details as HTMLDetailsElement).open = true
  })
  await page.fill('#status', facts.status ?? '')
  await page.fill('#url', facts.url ?? '')
  await page.fill('#paste', text)
  await page.click('#diagnose')
  await page.waitForFunction(() => document.body.dataset.state === 'done' || document.body.dataset.state === 'error')
}

describe('the playground page', { timeout: 300_000 }, () => {
  let playground: Playground
  let chromium: LaunchedChromium
  let page: Page
  const requests: string[] = []
  let loaded = 0
  const dir = mkdtempSync(join(tmpdir(), 'apigw-doctor-playground-'))

  before(async () => {
    playground = await startPlayground()
    chromium = await launchChromium({ locale: 'en-US' })
    // Every request of the browser context: the page's, the worker's, and any other.
    chromium.context.on('request', (request: Request) => requests.push(request.url()))
    page = await chromium.context.newPage()
    await page.goto(playground.url)
    await page.waitForFunction(() => document.body.dataset.state === 'ready')
    loaded = requests.length
  })

  after(async () => {
    await chromium?.close()
    await playground?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  test('loads only its own files, and says it makes no network request', async () => {
    const own = ['', 'style.css', 'page.js', 'worker.js'].map((file) => `${playground.url}${file}`)
    assert.deepEqual([...requests.slice(0, loaded)].sort(), own.sort())
    assert.match((await page.textContent('#offline')) ?? '', /no server, no network request/)
  })

  test('paste → the diagnosis, with causes, remedies, docs links and request IDs to copy', async () => {
    await pasteAndWait(
      page,
      [
        'HTTP/1.1 403 Forbidden',
        'Content-Type: application/json',
        'x-amzn-RequestId: c6a1d40c-8434-4be6-b923-5dba2fb3e34b',
        'x-amzn-ErrorType: MissingAuthenticationTokenException',
        'x-amz-apigw-id: LLCm7FonFiAFXFg=',
        '',
        '{"message":"Missing Authentication Token"}',
      ].join('\n'),
    )
    const card = page.locator('.card').first()
    assert.equal(await card.getAttribute('data-code'), 'MISSING_AUTHENTICATION_TOKEN')
    assert.equal(await card.locator('.layer').textContent(), 'API Gateway REST API')
    assert.equal(await card.locator('.confidence').textContent(), 'high')
    assert.match((await card.locator('.causes .remedy').first().textContent()) ?? '', /^remedy: /)
    assert.ok((await card.locator('.docs a[href^="https://docs.aws.amazon.com/"]').count()) > 0)
    assert.equal(
      await card.locator('.id-lines').textContent(),
      'x-amzn-RequestId: c6a1d40c-8434-4be6-b923-5dba2fb3e34b\nx-amz-apigw-id: LLCm7FonFiAFXFg=',
    )
    // The CLI's report, as it prints it.
    const text = await page.inputValue('#paste')
    assert.equal(await page.textContent('#report'), (await cli([], text)).stdout)
  })

  test('the page and the CLI give the same code and causes for the same input', async () => {
    const inputs: Array<{ text: string; args: string[]; facts?: { status?: string; url?: string } }> = [
      // https://github.com/acantril/learn-cantrill-io-labs/issues/72
      {
        text: "Access to fetch at 'https://hfg9swflk0.execute-api.us-east-1.amazonaws.com/prod/petcuddleotron' from origin 'http://petcuddleotron9007.s3-website-us-east-1.amazonaws.com' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
        args: [],
      },
      {
        text: '{"message":"Missing Authentication Token"}',
        args: ['--status', '403', '--url', `${API}/prod/itemz`],
        facts: { status: '403', url: `${API}/prod/itemz` },
      },
      { text: `POST ${API}/prod/items 504 (Gateway Timeout)\n{"message": "Endpoint request timed out"}`, args: [] },
      // A bare message, the status unknown: https://github.com/pingidentity/pingone-sample-custom-signon/issues/103
      { text: 'Missing Authentication Token', args: [] },
      // CloudFront's page as the browser shows it: https://github.com/zxcloli666/SoundCloud-Desktop/issues/255
      {
        text: [
          '403 ERROR',
          'The request could not be satisfied.',
          "Request blocked. We can't connect to the server for this app or website at this time. There might be too much traffic or a configuration error. Try again later, or contact the app or website owner.",
          'Generated by cloudfront (CloudFront)',
          'Request ID: z72t2zferZF53w40-qTJ_MWODloWg0jUBcHk1-T-yckcxnIDNkHdww==',
        ].join('\n'),
        args: [],
      },
      { text: readFileSync(join(ROOT, 'test', 'fixtures', 'cli', 'chrome-session.har'), 'utf8'), args: [] },
    ]
    for (const input of inputs) {
      await pasteAndWait(page, input.text, input.facts)
      const fromCli = JSON.parse((await cli(['--json', ...input.args], input.text)).stdout) as JsonEntry[]
      const expected = fromCli.slice(0, 50).map((entry) => ({
        code: entry.diagnosis?.code ?? '',
        causes: (entry.diagnosis?.causes ?? [])
          .filter((c) => c.likelihood >= 0.005)
          .slice(0, 6)
          .map((c) => c.id),
      }))
      assert.ok(expected.length > 0, 'the CLI diagnosed the input')
      assert.deepEqual(await shownCards(page), expected)
    }
  })

  test('no canary from the pasted text appears on the page', async () => {
    const paste = [
      `curl '${API}/prod/items?api_key=CANARYQUERY4242' \\`,
      "  -H 'authorization: Bearer eyJCANARYBEARER.payload.signature' \\",
      "  -H 'x-api-key: CANARYAPIKEY12345' \\",
      "  -H 'cookie: session=CANARYCOOKIE99887' \\",
      '  --compressed',
      'HTTP/2 403 ',
      'x-amzn-errortype: MissingAuthenticationTokenException',
      'set-cookie: AWSALB=CANARYSETCOOKIE555; Path=/',
      '',
      '{"message":"Missing Authentication Token"}',
    ].join('\n')
    await pasteAndWait(page, paste)
    assert.equal(await page.locator('.card').first().getAttribute('data-code'), 'MISSING_AUTHENTICATION_TOKEN')
    // The page's markup with every attribute (the text box's value is not part of it) and the output's text.
    const html = await page.content()
    const outputText = (await page.locator('#result').textContent()) ?? ''
    assert.ok(outputText.length > 200)
    for (const text of [html, outputText]) assert.doesNotMatch(text, /CANARY/)
  })

  test('a HAR dropped on the page → its failed calls listed', async () => {
    const har = readFileSync(join(ROOT, 'test', 'fixtures', 'cli', 'chrome-session.har'), 'utf8')
    const fromCli = JSON.parse((await cli(['--json', '--all'], har)).stdout) as JsonEntry[]
    const failed = fromCli.filter((entry) => entry.status === 0 || entry.status >= 400)
    assert.ok(failed.length >= 2)
    await page.fill('#paste', '')
    const drop = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([text], 'session.har', { type: 'application/json' }))
      return transfer
    }, har)
    await page.dispatchEvent('#drop', 'drop', { dataTransfer: drop })
    await page.waitForFunction(() => document.body.dataset.state === 'done')
    const rows = await page.$$eval('#failed tr', (trs) => trs.map((tr) => (tr as HTMLElement).dataset.index))
    assert.deepEqual(
      rows,
      failed.map((entry) => String(entry.index)),
    )
    assert.match((await page.textContent('#report')) ?? '', /Summary of session\.har: /)
  })

  test('a 50 MB HAR is read off the page thread, within the time the CLI takes', async () => {
    const path = join(dir, 'big.har')
    writeFileSync(path, bigHar(10_000, 6300))
    assert.ok(statSync(path).size > 50 * 1024 * 1024, 'the HAR is over 50 MB')
    const started = Date.now()
    const spawned = spawnSync(join(ROOT, 'node_modules', '.bin', 'node'), [join(ROOT, 'src', 'cli', 'main.ts'), path], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    })
    const cliMs = Date.now() - started
    assert.equal(spawned.status, 0)
    // A heartbeat on the page's thread: its longest pause is how long the page froze.
    await page.evaluate(() => {
      const w = window as unknown as { gap: number; last: number; beat: number }
      w.gap = 0
      w.last = performance.now()
      w.beat = window.setInterval(() => {
        const now = performance.now()
        w.gap = Math.max(w.gap, now - w.last)
        w.last = now
      }, 20)
    })
    const t0 = Date.now()
    await page.setInputFiles('#har', path)
    await page.waitForFunction(() => document.body.dataset.state === 'done', undefined, { timeout: 120_000 })
    const pageMs = Date.now() - t0
    const gap = await page.evaluate(() => {
      const w = window as unknown as { gap: number; beat: number }
      clearInterval(w.beat)
      return w.gap
    })
    console.log(
      `# 50 MB HAR: page ${pageMs} ms, CLI ${cliMs} ms (process start included), longest pause of the page ${Math.round(gap)} ms`,
    )
    assert.ok(pageMs < cliMs * 2 + 2000, `the page took ${pageMs} ms, the CLI ${cliMs} ms`)
    assert.ok(gap < 500, `the page froze for ${Math.round(gap)} ms`)
    assert.match((await page.textContent('#failed h2')) ?? '', /^Failed calls \(3000\)$/)
    assert.match(
      (await page.textContent('#report')) ?? '',
      /Summary of big\.har: 10000 entries · 1000 diagnosed \(MISSING_AUTHENTICATION_TOKEN ×1000\)/,
    )
  })

  test('follows the browser language, with a switch', async () => {
    const ja = await launchChromium({ locale: 'ja-JP' })
    try {
      const jaPage = await ja.context.newPage()
      await jaPage.goto(playground.url)
      await jaPage.waitForFunction(() => document.body.dataset.state === 'ready')
      assert.equal(await jaPage.getAttribute('html', 'lang'), 'ja')
      await pasteAndWait(jaPage, `{"message":"Missing Authentication Token"}`, { status: '403', url: `${API}/prod/itemz` })
      assert.equal(await jaPage.locator('.card .layer').first().textContent(), 'API Gateway REST API')
      assert.match((await jaPage.locator('.card h2').first().textContent()) ?? '', /[\u3040-\u30ff]/)
      assert.match((await jaPage.textContent('#report')) ?? '', /コード/)
      await jaPage.click('[data-locale="en"]')
      await jaPage.waitForFunction(() => document.body.dataset.state === 'done' && document.documentElement.lang === 'en')
      await jaPage.waitForFunction(() => /\n {2}code +MISSING/.test(document.getElementById('report')?.textContent ?? ''))
    } finally {
      await ja.close()
    }
  })

  test('no request left the page after its own files loaded', () => {
    assert.deepEqual(requests.slice(loaded), [])
  })
})
