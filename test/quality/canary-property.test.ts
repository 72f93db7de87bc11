/**
 * Every output channel, against generated requests and replies that carry canary secrets in every place a
 * secret can sit: request headers of any name, the query, a path segment, a matrix parameter, user info
 * (`https://`, `https:\\`, none), percent-encoded and double-encoded queries inside the path, JSON and form
 * request bodies at any depth (values after escaped quotes included), reply headers of any name and reply
 * body fields at any depth. The replies are the catalog's own examples, so most runs are diagnosed. No
 * canary may appear in any output: the diagnosis (title, causes, summaries, evidence, hints), the
 * `GatewayError` message, `JSON.stringify(error)`, `util.inspect(error)`, `log: true` output, and the CLI's
 * text and `--json` reports (of curl -v, HAR, and pastes: cURL and fetch copies with the reply, the Headers panel). Fixed seed, bounded runs: part of `npm test` (issue #15).
 */
import { inspect } from 'node:util'
import axios, { AxiosError, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios'
import fc from 'fast-check'
import got from 'got'
import ky1 from 'ky1'
import ky2 from 'ky2'
import { http } from 'msw'
import { setupServer } from 'msw/node'
import { ofetch } from 'ofetch'
import createClient from 'openapi-fetch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withDiagnosis as withAxios } from '../../adapters/axios.ts'
import { withDiagnosis as withFetch } from '../../adapters/fetch.ts'
import { withDiagnosis as withGot } from '../../adapters/got.ts'
import { withDiagnosis as withKy } from '../../adapters/ky.ts'
import { withDiagnosis as withOfetch } from '../../adapters/ofetch.ts'
import { withDiagnosis as withOpenapiFetch } from '../../adapters/openapi-fetch.ts'
import { diagnose, formatDiagnosis, formatMessage, routeTable, signatures } from '../../src/index.ts'
import type { DiagnosisOptions } from '../../src/middleware/middleware.ts'
import type { DiagnosisLogger } from '../../src/output/format.ts'
import { runCli } from '../cli/helpers.ts'

const SEED = 15_2026
const RUNS = 100

const HOST = 'abc123defg.execute-api.eu-west-1.amazonaws.com'

/** One generated exchange and the canaries it carries. */
interface Case {
  canaries: string[]
  method: string
  /** The URL as an app might write it (user info, backslashes, no scheme…). */
  url: string
  /** The same request with a plain `https://host` authority, for clients that refuse user info. */
  plainUrl: string
  requestHeaders: Record<string, string>
  /** A JSON or form request body. */
  requestBody: string
  requestJson: unknown
  status: number
  replyHeaders: Record<string, string>
  replyBody: string | undefined
}

/** A canary: unmistakable, letters and digits; `opaque` ones are long enough to be a token in a path. */
const canary = (opaque: boolean): fc.Arbitrary<string> =>
  fc
    .stringMatching(opaque ? /^[A-Za-z0-9]{14,24}$/ : /^[A-Za-z0-9]{5,24}$/)
    .map((tail) => `Cq9${tail}`)
    .filter((value) => !opaque || /[A-Za-z].*\d|\d.*[A-Za-z]/.test(value))

const name = fc.stringMatching(/^[a-z][a-z0-9]{0,9}(?:[_-][a-z0-9]{1,8})?$/)
/** A header name no allowlist knows (an app's own: none of AWS's or the transport's). */
const headerName = fc
  .tuple(fc.constantFrom('x-', 'x-app-', 'my-', 'api-', ''), fc.stringMatching(/^[a-z]{1,10}(?:-[a-z]{1,10})?$/))
  .map(([prefix, rest]) => `${prefix}${rest}`)
  .filter(
    (n) =>
      !/^(?:x-amz|x-cache|host|server|via|age|date|vary|te|dnt|accept|content-|cache-|connection|origin|pragma|priority|retry-after|transfer-|keep-alive|user-agent|access-control-|sec-|upgrade-)/.test(
        n,
      ),
  )
/** A body field name that is not one of the error fields a reply keeps (`message`, `code`…). */
const fieldName = name.map((n) => `f_${n}`)
const word = fc.constantFrom('v1', 'items', 'orders', 'users', 'cb', 'callback', 'reset', 'prod2')

/** Every character percent-encoded, as a client may send a value. */
function encodeAll(text: string): string {
  return [...new TextEncoder().encode(text)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('')
}

/** A value nested `depth` levels deep under generated field names. */
function nest(keys: readonly string[], value: unknown): unknown {
  return keys.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value)
}

const pathSecret = fc.tuple(
  fc.constantFrom('opaque', 'matrix', 'encoded-query', 'double-encoded-query', 'pair', 'encoded-canary'),
  name,
  canary(true),
)

const caseArbitrary: fc.Arbitrary<Case> = fc
  .record({
    method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
    userInfo: fc.constantFrom('none', 'https://', 'https:\\\\', 'bare'),
    user: canary(false),
    segments: fc.array(word, { minLength: 0, maxLength: 3 }),
    pathSecret,
    query: fc.option(fc.tuple(name, canary(false)), { nil: undefined }),
    fragment: fc.option(canary(false), { nil: undefined }),
    headers: fc.array(fc.tuple(headerName, canary(false)), { minLength: 1, maxLength: 4 }),
    bearer: canary(false),
    cookie: canary(false),
    bodyKind: fc.constantFrom('json', 'form'),
    bodyPath: fc.array(fieldName, { minLength: 1, maxLength: 5 }),
    bodyValue: fc.tuple(fc.constantFrom('plain', 'escaped-quote', 'array'), canary(false)),
    signature: fc.integer({ min: 0, max: signatures.length - 1 }),
    replyHeaders: fc.array(fc.tuple(headerName, canary(false)), { minLength: 0, maxLength: 3 }),
    replyField: fc.tuple(fc.array(fieldName, { minLength: 1, maxLength: 4 }), canary(false)),
  })
  .map((g): Case => {
    const canaries: string[] = [g.bearer, g.cookie]
    const [kind, key, secret] = g.pathSecret
    canaries.push(secret)
    const special =
      kind === 'opaque'
        ? secret
        : kind === 'matrix'
          ? `items;${key}=${secret}`
          : kind === 'encoded-query'
            ? `cb%3F${key}%3D${secret}`
            : kind === 'double-encoded-query'
              ? `cb%253F${key}%253D${secret}`
              : kind === 'pair'
                ? `${key}=${secret}`
                : encodeAll(secret)
    let path = `/prod/${[...g.segments, special].join('/')}`
    if (g.query !== undefined) {
      path += `?${g.query[0]}=${g.query[1]}&page=2`
      canaries.push(g.query[1])
    }
    if (g.fragment !== undefined) {
      path += `#${g.fragment}`
      canaries.push(g.fragment)
    }
    let url = `https://${HOST}${path}`
    if (g.userInfo !== 'none') {
      canaries.push(g.user)
      const authority = `u:${g.user}@${HOST}`
      url = g.userInfo === 'bare' ? `${authority}${path}` : `${g.userInfo}${authority}${path}`
    }
    const requestHeaders: Record<string, string> = { authorization: `Bearer ${g.bearer}`, cookie: `sid=${g.cookie}` }
    for (const [header, value] of g.headers) {
      requestHeaders[header] = value
      canaries.push(value)
    }
    const [valueKind, bodySecret] = g.bodyValue
    canaries.push(bodySecret)
    const value = valueKind === 'plain' ? bodySecret : valueKind === 'escaped-quote' ? `pa"ss-${bodySecret}` : [1, bodySecret]
    const requestJson = { ...(nest(g.bodyPath, value) as object), note: 'ok' }
    const requestBody =
      g.bodyKind === 'json' ? JSON.stringify(requestJson) : `${g.bodyPath[0]}=${encodeURIComponent(String(bodySecret))}&a=1`

    const example = signatures[g.signature]?.example
    const replyHeaders: Record<string, string> = {}
    for (const [header, headerValue] of Object.entries(example?.headers ?? {})) replyHeaders[header] = String(headerValue)
    for (const [header, headerValue] of g.replyHeaders) {
      replyHeaders[header] = headerValue
      canaries.push(headerValue)
    }
    let replyBody = typeof example?.body === 'string' ? example.body : undefined
    if (replyBody?.trim().startsWith('{')) {
      try {
        const parsed = JSON.parse(replyBody) as Record<string, unknown>
        replyBody = JSON.stringify({ ...parsed, ...(nest(g.replyField[0], g.replyField[1]) as object) })
        canaries.push(g.replyField[1])
      } catch {
        // Not an object body: left as the catalog has it.
      }
    }
    return {
      canaries,
      method: g.method,
      url,
      plainUrl: `https://${HOST}${path}`,
      requestHeaders,
      requestBody,
      requestJson,
      status: example?.status ?? 403,
      replyHeaders,
      replyBody,
    }
  })

/** The canaries of a case found in a text, in plain or percent-encoded form (expected: none). */
function leaks(c: Case, text: string): string[] {
  return c.canaries.filter((secret) => text.includes(secret) || text.includes(encodeAll(secret)))
}

function capture(): { logger: DiagnosisLogger; text: () => string } {
  const lines: string[] = []
  const push = (...data: unknown[]) => lines.push(data.map((item) => (typeof item === 'string' ? item : inspect(item))).join(' '))
  return { logger: { log: push, groupCollapsed: push, groupEnd: () => undefined }, text: () => lines.join('\n') }
}

/** What the app can see of a failure, and print. */
function channels(outcome: unknown, log: string): string[] {
  const texts = [log]
  const carrier = outcome as { diagnosis?: unknown; message?: unknown; response?: unknown } | undefined
  // A client's error the library did not touch (a 2xx that axios rejects, an undiagnosed reply) serialises
  // as its client made it: only what the library attached or threw is its output.
  if (carrier?.diagnosis === undefined) return texts
  texts.push(JSON.stringify(carrier.diagnosis) ?? '', JSON.stringify(outcome) ?? '')
  if (outcome instanceof Error && outcome.name === 'GatewayError') {
    texts.push(outcome.message, outcome.stack ?? '', String(outcome), inspect(outcome), inspect(outcome, { depth: 10 }))
    if (!(carrier?.response instanceof Response)) texts.push(JSON.stringify(carrier?.response) ?? '')
  }
  return texts
}

function reply(c: Case): Response {
  return new Response(c.replyBody ?? null, { status: c.status, headers: c.replyHeaders })
}

async function viaFetch(c: Case, options: DiagnosisOptions): Promise<unknown> {
  const apiFetch = withFetch(async () => reply(c), options)
  return apiFetch(c.url, { method: c.method, headers: c.requestHeaders, body: c.method === 'GET' ? undefined : c.requestBody })
    .then((response) => response)
    .catch((e: unknown) => e)
}

async function viaAxios(c: Case, options: DiagnosisOptions): Promise<unknown> {
  const api = axios.create({
    adapter: async (config: InternalAxiosRequestConfig) => {
      let data: unknown = c.replyBody
      try {
        data = c.replyBody === undefined ? undefined : JSON.parse(c.replyBody)
      } catch {
        // Text stays text, as axios leaves it.
      }
      const response = { data, status: c.status, statusText: '', headers: c.replyHeaders, config } as AxiosResponse
      throw new AxiosError(`Request failed with status code ${c.status}`, 'ERR_BAD_REQUEST', config, {}, response)
    },
  })
  return withAxios(api, options)
    .request({ method: c.method, url: c.url, headers: c.requestHeaders, data: c.requestBody, params: { extra: c.canaries[0] } })
    .catch((e: unknown) => e)
}

async function viaKy(ky: typeof ky2, c: Case, options: DiagnosisOptions): Promise<unknown> {
  const api = withKy(ky.create({ fetch: async () => reply(c), retry: 0, throwHttpErrors: true }), options)
  return api(c.plainUrl.split('#')[0] ?? c.plainUrl, {
    method: c.method,
    headers: c.requestHeaders,
    json: c.method === 'GET' ? undefined : c.requestJson,
  }).catch((e: unknown) => e)
}

async function viaOfetch(c: Case, options: DiagnosisOptions): Promise<unknown> {
  const api = withOfetch(ofetch.create({ retry: 0 }, { fetch: async () => reply(c) }), options)
  const body = c.method === 'GET' ? undefined : c.requestJson
  return api(c.plainUrl.split('#')[0] ?? c.plainUrl, { method: c.method, headers: c.requestHeaders, body: body as never }).catch(
    (e: unknown) => e,
  )
}

/**
 * got speaks Node's HTTP, not `fetch`: it reaches the generated reply through an MSW server (`http` module
 * interception), which answers every request to the API host with the case being checked.
 */
let served: Case | undefined
const gateway = setupServer(http.all(`https://${HOST}/*`, () => (served === undefined ? Response.error() : reply(served))))
beforeAll(() => gateway.listen({ onUnhandledFrame: 'error' }))
afterAll(() => gateway.close())

async function viaGot(c: Case, options: DiagnosisOptions): Promise<unknown> {
  served = c
  const api = withGot(got.extend({ retry: { limit: 0 } }), options)
  const body = c.method === 'GET' ? undefined : c.requestBody
  return api(c.plainUrl.split('#')[0] ?? c.plainUrl, { method: c.method as 'GET', headers: c.requestHeaders, body }).catch(
    (e: unknown) => e,
  )
}

/** openapi-fetch resolves an HTTP error as `{ error, response }`: the diagnosis is on `response`. */
async function viaOpenapiFetch(c: Case, options: DiagnosisOptions): Promise<unknown> {
  const client = withOpenapiFetch(createClient({ fetch: async () => reply(c) }), options) as unknown as {
    request(
      method: string,
      path: string,
      init: { headers: Record<string, string>; body?: unknown },
    ): Promise<{ response: Response }>
  }
  const body = c.method === 'GET' ? undefined : c.requestJson
  return client
    .request(c.method, c.plainUrl.split('#')[0] ?? c.plainUrl, { headers: c.requestHeaders, body })
    .then((result) => result.response)
    .catch((e: unknown) => e)
}

/** The exchange as `curl -v` prints it, and as a HAR entry. */
function captures(c: Case): { curl: string; har: string } {
  const target = c.plainUrl.slice(`https://${HOST}`.length).split('#')[0] ?? '/'
  const curl = [
    `> ${c.method} ${target} HTTP/1.1`,
    `> Host: ${HOST}`,
    ...Object.entries(c.requestHeaders).map(([header, value]) => `> ${header}: ${value}`),
    '> ',
    `< HTTP/1.1 ${c.status} Error`,
    ...Object.entries(c.replyHeaders).map(([header, value]) => `< ${header}: ${value}`),
    '< ',
    c.replyBody ?? '',
  ].join('\n')
  const pairs = (headers: Record<string, string>) => Object.entries(headers).map(([n, value]) => ({ name: n, value }))
  const har = JSON.stringify({
    log: {
      version: '1.2',
      creator: { name: 'property-test', version: '1' },
      entries: [
        {
          startedDateTime: '2026-01-01T00:00:00.000Z',
          time: 120,
          request: {
            method: c.method,
            url: c.url,
            httpVersion: 'HTTP/1.1',
            headers: pairs(c.requestHeaders),
            queryString: [],
            postData: { mimeType: 'application/json', text: c.requestBody },
          },
          response: {
            status: c.status,
            statusText: 'Error',
            httpVersion: 'HTTP/1.1',
            headers: pairs(c.replyHeaders),
            content: { size: c.replyBody?.length ?? 0, mimeType: 'application/json', text: c.replyBody ?? '' },
          },
        },
      ],
    },
  })
  return { curl, har }
}

/** Single-quoted for a POSIX shell, as DevTools' "Copy as cURL (bash)" writes a word. */
const shellQuote = (text: string): string => `'${text.replaceAll("'", "'\\''")}'`

/**
 * The exchange as a person pastes it (issue #17): DevTools' "Copy as cURL" or "Copy as fetch" with the
 * reply's text after it, and the Headers panel copied as text (General lines, reply headers, body).
 */
function pastes(c: Case): Array<[string, string]> {
  const body = c.method === 'GET' ? [] : [`--data-raw ${shellQuote(c.requestBody)}`]
  const curl = [
    `curl ${shellQuote(c.url)}`,
    `-X ${shellQuote(c.method)}`,
    ...Object.entries(c.requestHeaders).map(([header, value]) => `-H ${shellQuote(`${header}: ${value}`)}`),
    ...body,
  ].join(' \\\n  ')
  const init = { headers: c.requestHeaders, body: c.method === 'GET' ? null : c.requestBody, method: c.method }
  const fetchCopy = `fetch(${JSON.stringify(c.url)}, ${JSON.stringify(init, null, 2)});`
  const panel = [
    `Request URL: ${c.url}`,
    `Request Method: ${c.method}`,
    `Status Code: ${c.status}`,
    ...Object.entries(c.replyHeaders).map(([header, value]) => `${header}: ${value}`),
    '',
  ].join('\n')
  const replyText = c.replyBody ?? ''
  return [
    ['paste cURL copy', `${curl}\n${replyText}`],
    ['paste fetch copy', `${fetchCopy}\n${replyText}`],
    ['paste Headers panel', `${panel}\n${replyText}`],
  ]
}

describe('no canary reaches any output channel', () => {
  it('adapters (fetch, axios, ky 1, ky 2, ofetch, got, openapi-fetch) in both modes, diagnose(), and the CLI', async () => {
    let diagnosed = 0
    const seen = new Set<string>()
    const cliDiagnosed = new Set<string>()
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (c) => {
        const found: string[] = []
        const check = (where: string, text: string) => {
          for (const leak of leaks(c, text)) found.push(`${where}: ${leak}`)
        }
        for (const [client, call] of [
          ['fetch', viaFetch],
          ['axios', viaAxios],
          ['ky 1', (c: Case, options: DiagnosisOptions) => viaKy(ky1 as unknown as typeof ky2, c, options)],
          ['ky 2', (c: Case, options: DiagnosisOptions) => viaKy(ky2, c, options)],
          ['ofetch', viaOfetch],
          ['got', viaGot],
          ['openapi-fetch', viaOpenapiFetch],
        ] as const) {
          for (const throwEnriched of [false, true]) {
            const out = capture()
            const outcome = await call(c, { throwEnriched, log: true, logger: out.logger })
            if ((outcome as { diagnosis?: unknown } | undefined)?.diagnosis !== undefined) seen.add(client)
            for (const text of channels(outcome, out.text())) check(`${client}${throwEnriched ? ' (enriched)' : ''}`, text)
          }
        }
        const d = diagnose({
          status: c.status,
          headers: c.replyHeaders,
          body: c.replyBody,
          request: { method: c.method, url: c.url, headers: c.requestHeaders },
        })
        if (d !== undefined) {
          diagnosed++
          check('diagnose()', `${JSON.stringify(d)}\n${formatDiagnosis(d)}\n${formatMessage(d)}`)
        }
        const { curl, har } = captures(c)
        for (const [format, stdin] of [['curl', curl], ['har', har], ...pastes(c)] as const) {
          for (const mode of [['--all'], ['--json', '--all']]) {
            const result = await runCli([...mode, '-'], { stdin })
            check(`CLI ${format} ${mode.join(' ')}`, result.stdout + result.stderr)
            if (mode.includes('--json') && result.stdout.includes('"code"')) cliDiagnosed.add(format)
          }
        }
        expect(found, JSON.stringify(c, null, 1)).toEqual([])
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    )
    // The property is only worth something if the replies were diagnosed: the channels then quote most.
    expect(diagnosed).toBeGreaterThan(RUNS / 2)
    // And every client's output was really exercised with a diagnosis in it.
    expect([...seen].sort()).toEqual(['axios', 'fetch', 'got', 'ky 1', 'ky 2', 'ofetch', 'openapi-fetch'])
    // And so was every input format of the CLI, pastes included.
    expect([...cliDiagnosed].sort()).toEqual(['curl', 'har', 'paste Headers panel', 'paste cURL copy', 'paste fetch copy'])
  }, 120_000)
})

/**
 * Findings quote the request beside the catalog's texts (issue #16): a route table's nearest route, stage and
 * greedy findings name the path that was requested, and a SigV4 comparison names the path, the query and
 * signed header values. The same generated requests, with a table made from their own path (so that the
 * stage, greedy and "did you mean" findings fire) and with a signature-mismatch message that quotes them.
 */
describe('no canary reaches the findings', () => {
  const noRoute = (url: string, method: string) => ({
    status: 403,
    headers: { 'x-amzn-errortype': 'MissingAuthenticationTokenException', 'x-amz-apigw-id': 'Yq3kHGbZjoEFXyQ=' },
    body: '{"message":"Missing Authentication Token"}',
    request: { method, url },
  })
  it('of a route table, a deny message or a SigV4 comparison', async () => {
    const ids = new Set<string>()
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (c) => {
        const found: string[] = []
        const check = (where: string, d: ReturnType<typeof diagnose>) => {
          if (d === undefined) return
          for (const cause of d.causes) ids.add(cause.id)
          for (const leak of leaks(c, `${JSON.stringify(d)}\n${formatDiagnosis(d)}`)) found.push(`${where}: ${leak}`)
        }
        const target = c.plainUrl.slice(`https://${HOST}`.length).split(/[?#]/)[0] ?? '/'
        const below = target.replace(/^\/prod/, '')
        const parent = below.slice(0, below.lastIndexOf('/'))
        const tables = [
          routeTable([`${c.method} ${below}`]),
          routeTable([`ANY ${below}/{proxy+}`]),
          routeTable([`${c.method} ${parent}/{id}`, `GET ${below}x`]),
          routeTable([`${c.method} ${below}`], { stage: '' }),
        ]
        for (const [i, routes] of tables.entries())
          for (const path of [target, below, `/prod${target}`, `/other${target}`]) {
            const url = `https://${HOST}${path}`
            check(`routes ${i} ${path}`, diagnose(noRoute(url, c.method), { routes }))
            check(`routes ${i} custom domain`, diagnose(noRoute(`https://api.example.com${path}`, c.method), { routes }))
          }
        // A resource policy's deny quotes the method ARN, whose tail is the requested path.
        const deny = `User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:eu-west-1:123456789012:abc123defg/prod/${c.method}${below} with an explicit deny`
        const denied: Case = {
          ...c,
          status: 403,
          replyHeaders: { 'x-amzn-errortype': 'AccessDeniedException' },
          replyBody: JSON.stringify({ Message: deny }),
        }
        check(
          'deny ARN',
          diagnose({
            status: 403,
            headers: denied.replyHeaders,
            body: denied.replyBody,
            request: { method: c.method, url: c.url },
          }),
        )
        // axios' GatewayError.response copy keeps the whole message (the evidence cuts it).
        const error = await viaAxios(denied, { throwEnriched: true })
        if ((error as { name?: unknown }).name === 'GatewayError') ids.add('GatewayError')
        for (const text of channels(error, '')) for (const leak of leaks(c, text)) found.push(`deny ARN, GatewayError: ${leak}`)
        const query = c.plainUrl.split('#')[0]?.split('?')[1] ?? ''
        const signedHeaders = ['host', 'x-amz-date', ...Object.keys(c.requestHeaders)].sort()
        const canonical = [
          c.method === 'GET' ? 'POST' : 'GET',
          `${target}x`,
          query === '' ? 'a=1' : '',
          `host:other-${HOST}`,
          'x-amz-date:20260101T000000Z',
          ...Object.entries(c.requestHeaders).map(([name, value]) => `${name}:${value}x`),
          '',
          signedHeaders.join(';'),
          'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        ].join('\n')
        const message = `The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\nThe Canonical String for this request should have been\n'${canonical}'\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20260101T000000Z\n20260101/eu-west-1/execute-api/aws4_request\nabc'\n`
        check(
          'SigV4',
          diagnose({
            status: 403,
            headers: { 'x-amzn-errortype': 'InvalidSignatureException' },
            body: JSON.stringify({ message }),
            request: {
              method: c.method,
              url: c.url,
              headers: {
                ...c.requestHeaders,
                authorization: `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/eu-west-1/execute-api/aws4_request, SignedHeaders=${signedHeaders.join(';')}, Signature=${'f'.repeat(64)}`,
                'x-amz-date': '20260101T000000Z',
              },
            },
          }),
        )
        expect(found, JSON.stringify(c, null, 1)).toEqual([])
      }),
      { seed: SEED, numRuns: RUNS },
    )
    // The findings that quote the request were reached.
    for (const id of [
      'route-stage-missing',
      'route-greedy-empty',
      'route-did-you-mean',
      'signed-path-differs',
      'signed-query-differs',
      'signed-method-differs',
    ])
      expect(ids).toContain(id)
  })
})
