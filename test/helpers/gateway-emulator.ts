/**
 * An MSW gateway emulator that serves every fixture of `test/fixtures/*.json` as AWS sent it: status,
 * reason phrase, headers and body byte for byte, on the host the fixture's request URL names (execute-api,
 * lambda-url, cloudfront.net, ELB), or on a host of the fixture's layer when it has no URL. Each fixture is
 * reached by its own URL, told apart by a query parameter (queries never enter the request facts).
 */
import { type HttpHandler, HttpResponse, http } from 'msw'
import { type SetupServer, setupServer } from 'msw/node'
import { diagnose } from '../../src/engine/diagnose.ts'
import type { Diagnosis, Layer } from '../../src/types.ts'
import { type Fixture, loadFixtures } from './fixtures.ts'

/** The query parameter that selects the fixture. */
const KEY = 'apigw-emulator-fixture'

/** Hosts for fixtures that carry no request URL, by the layer they expect (API IDs are placeholders). */
const HOST_BY_LAYER: Partial<Record<Layer, string>> = {
  cloudfront: 'd111111abcdef8.cloudfront.net',
  alb: 'my-alb-1234567890.us-east-1.elb.amazonaws.com',
  'lambda-url': 'abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws',
}
const DEFAULT_HOST = 'abc123defg.execute-api.us-east-1.amazonaws.com'

/** Transport headers the emulator's own HTTP stack sets; a stored value would not match the body sent. */
const TRANSPORT_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive'])
/** Request headers fetch refuses or computes itself. */
const UNSENDABLE_REQUEST_HEADERS = new Set([
  'host',
  'content-length',
  'connection',
  'transfer-encoding',
  'keep-alive',
  'expect',
  'te',
  'trailer',
  'upgrade',
])
const UNSENDABLE_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK'])

/** One fixture as the emulator serves it. */
export interface EmulatedReply {
  /** `file: name`, for test titles. */
  title: string
  fixture: Fixture
  /** The URL to call: the fixture's own (query added before any fragment), or one on a host of its layer. */
  url: string
  method: string
  /** The request headers to send, as the fixture recorded them (minus what fetch refuses). */
  headers: Record<string, string>
  /** `diagnose()` of the fixture as stored: what every adapter must conclude. */
  expected: Diagnosis | undefined
}

/** Every fixture that can be served over HTTP (a status fetch accepts, a method fetch may send). */
export function emulatedReplies(fixtures: readonly Fixture[] = loadFixtures()): EmulatedReply[] {
  const replies: EmulatedReply[] = []
  fixtures.forEach((fixture, index) => {
    const status = fixture.input.status
    const method = (fixture.input.request?.method ?? 'GET').toUpperCase()
    if (!(status >= 200 && status <= 599) || UNSENDABLE_METHODS.has(method)) return
    replies.push({
      title: `${fixture.file}: ${fixture.name}`,
      fixture,
      url: urlFor(fixture, index),
      method,
      headers: requestHeaders(fixture),
      expected: diagnose(fixture.input),
    })
  })
  return replies
}

/** The fixtures every adapter must diagnose: failures (status ≥ 400) that `diagnose()` recognises. */
export function diagnosedReplies(replies: readonly EmulatedReply[] = emulatedReplies()): EmulatedReply[] {
  return replies.filter((reply) => reply.expected !== undefined && reply.fixture.input.status >= 400)
}

function urlFor(fixture: Fixture, index: number): string {
  const raw = fixture.input.request?.url
  const given = typeof raw === 'string' ? raw : raw?.href
  if (given !== undefined && /^https?:\/\//i.test(given)) {
    const hash = given.indexOf('#')
    const base = hash === -1 ? given : given.slice(0, hash)
    const fragment = hash === -1 ? '' : given.slice(hash)
    return `${base}${base.includes('?') ? '&' : '?'}${KEY}=${index}${fragment}`
  }
  const layer = fixture.expect.layer ?? diagnose(fixture.input)?.layer ?? 'unknown'
  const host = HOST_BY_LAYER[layer] ?? DEFAULT_HOST
  return `https://${host}/prod/emulated/${index}?${KEY}=${index}`
}

function requestHeaders(fixture: Fixture): Record<string, string> {
  const out: Record<string, string> = {}
  const headers = fixture.input.request?.headers
  if (headers === undefined || Array.isArray(headers) || typeof headers !== 'object') return out
  for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
    // Header values are byte strings: a fixture's elision mark (…) is sent as "?", keeping the header's name.
    if (typeof value === 'string' && !UNSENDABLE_REQUEST_HEADERS.has(name.toLowerCase()))
      out[name] = value.replace(/[^\x20-\x7e\t]/g, '?')
  }
  return out
}

/** The reply as AWS sent it; the body as bytes so that no Content-Type is added that AWS did not send. */
export function replyFor(fixture: Fixture): Response {
  const headers = new Headers()
  const stored = fixture.input.headers
  if (stored !== undefined && typeof stored === 'object' && !Array.isArray(stored)) {
    for (const [name, value] of Object.entries(stored as Record<string, unknown>)) {
      if (TRANSPORT_HEADERS.has(name.toLowerCase())) continue
      if (typeof value === 'string') headers.append(name, value)
      else if (Array.isArray(value)) for (const item of value) headers.append(name, String(item))
    }
  }
  const body =
    typeof fixture.input.body === 'string' && fixture.input.body !== '' ? new TextEncoder().encode(fixture.input.body) : null
  return new HttpResponse(body, { status: fixture.input.status, statusText: fixture.input.statusText, headers })
}

/** One catch-all handler serving every emulated reply by its query parameter. */
export function gatewayHandlers(replies: readonly EmulatedReply[]): HttpHandler[] {
  const byKey = new Map(replies.map((reply) => [new URL(reply.url).searchParams.get(KEY), reply]))
  return [
    http.all('*', ({ request }) => {
      const reply = byKey.get(new URL(request.url).searchParams.get(KEY))
      return reply === undefined ? undefined : replyFor(reply.fixture)
    }),
  ]
}

/** A started MSW server serving every fixture; unhandled requests fail the test. */
export function startGatewayEmulator(
  replies: readonly EmulatedReply[] = emulatedReplies(),
  extra: readonly HttpHandler[] = [],
): SetupServer {
  const server = setupServer(...extra, ...gatewayHandlers(replies))
  // msw 3 renamed onUnhandledRequest to onUnhandledFrame (the old key is silently ignored).
  server.listen({ onUnhandledFrame: 'error' })
  return server
}
