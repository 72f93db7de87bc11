/**
 * A generated HAR capture like one saved from Chrome's devtools after a long session against an API behind
 * API Gateway and CloudFront: mostly successful JSON calls, some static assets (base64), redirects, and AWS
 * error replies taken from the catalog's examples. Deterministic (seeded), so every run parses the same
 * bytes.
 */
import { signatures } from '../src/catalog/index.ts'
import { bodyText } from './replies.ts'

/** A small, fast, seeded PRNG (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const HOSTS: Record<string, string> = {
  'api-gateway-rest': 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod',
  'api-gateway-http': 'https://xyz789hijk.execute-api.eu-west-1.amazonaws.com',
  'lambda-url': 'https://abcdefghijklmnopqrstuvwxyz012345.lambda-url.eu-west-1.on.aws',
  cloudfront: 'https://d111111abcdef8.cloudfront.net',
  waf: 'https://d111111abcdef8.cloudfront.net',
  alb: 'http://my-alb-1234567890.eu-west-1.elb.amazonaws.com',
  unknown: 'https://api.example.com',
}

type Pair = { name: string; value: string }

const pairs = (headers: Record<string, string>): Pair[] => Object.entries(headers).map(([name, value]) => ({ name, value }))

function requestHeaders(url: string, rand: () => number): Pair[] {
  const host = new URL(url).host
  return pairs({
    ':authority': host,
    ':method': 'GET',
    ':path': new URL(url).pathname,
    ':scheme': 'https',
    accept: 'application/json, text/plain, */*',
    'accept-encoding': 'gzip, deflate, br, zstd',
    'accept-language': 'en-GB,en;q=0.9,ja;q=0.8',
    authorization: `Bearer eyJhbGciOiJSUzI1NiJ9.${Math.floor(rand() * 1e9).toString(36)}.c2lnbmF0dXJl`,
    origin: 'https://app.example.com',
    referer: 'https://app.example.com/dashboard',
    'sec-ch-ua': '"Chromium";v="131", "Not_A Brand";v="24"',
    'sec-fetch-mode': 'cors',
    'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  })
}

function responseHeaders(extra: Record<string, string>, length: number): Pair[] {
  return pairs({
    'content-type': 'application/json',
    'content-length': String(length),
    date: 'Mon, 24 Nov 2026 10:21:07 GMT',
    'x-amzn-requestid': 'c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11',
    'x-amz-apigw-id': 'Yq3kHGbZjoEFXyQ=',
    'x-amzn-trace-id': 'Root=1-5e1b4151-5ac6c58f3375aa3b6d3a1c5e',
    'access-control-allow-origin': 'https://app.example.com',
    via: '1.1 4f1a2b3c.cloudfront.net (CloudFront)',
    'x-cache': 'Miss from cloudfront',
    'x-amz-cf-pop': 'FRA56-P1',
    'x-amz-cf-id': 'dH8n2F3kq1w4Zx9yVb7mNc6LpQr5St0uXy2Ab3Cd4Ef5Gh6Ij7Kl8==',
    ...extra,
  })
}

/** A JSON body of about `size` characters: a page of records, as list endpoints return. */
function jsonBody(size: number, rand: () => number): string {
  const items: unknown[] = []
  let length = 20
  while (length < size) {
    const item = {
      id: `ord_${Math.floor(rand() * 1e12).toString(36)}`,
      status: rand() < 0.8 ? 'shipped' : 'pending',
      total: Math.round(rand() * 100000) / 100,
      currency: 'EUR',
      customer: { name: `Customer ${Math.floor(rand() * 10000)}`, email: `c${Math.floor(rand() * 1e6)}@example.com` },
      createdAt: '2026-11-24T10:21:07.000Z',
      lines: [{ sku: `SKU-${Math.floor(rand() * 1e5)}`, qty: 1 + Math.floor(rand() * 4) }],
    }
    items.push(item)
    length += JSON.stringify(item).length + 1
  }
  return JSON.stringify({ items, next: null })
}

function timings(rand: () => number): Record<string, number> {
  return { blocked: 0.4, dns: -1, connect: -1, send: 0.1, wait: Math.round(rand() * 400), receive: 0.8, ssl: -1 }
}

/** Builds the HAR text: `entries` entries, about `targetBytes` long in total. */
export function generateHar(entries: number, targetBytes: number, seed = 8): string {
  const rand = random(seed)
  const errors = signatures.filter((s) => s.example.status >= 400 || s.code.startsWith('WAF'))
  const perEntry = targetBytes / entries
  const list: unknown[] = []
  for (let i = 0; i < entries; i++) {
    const roll = rand()
    let url: string
    let response: Record<string, unknown>
    if (roll < 0.12) {
      // An AWS error reply from the catalog, sent to the kind of host that produces it.
      const signature = errors[Math.floor(rand() * errors.length)] ?? errors[0]
      const example = signature?.example ?? { status: 500 }
      const body = bodyText(example)
      url = `${HOSTS[signature?.layer ?? 'unknown']}/v1/orders/${i}`
      const headers =
        example.headers !== undefined && !Array.isArray(example.headers) ? (example.headers as Record<string, unknown>) : {}
      response = {
        status: example.status,
        statusText: example.statusText ?? '',
        httpVersion: 'http/2.0',
        headers: pairs(Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, String(v)]))),
        content: { size: body.length, mimeType: 'application/json', text: body },
        redirectURL: '',
        headersSize: -1,
        bodySize: body.length,
      }
    } else if (roll < 0.17) {
      url = `${HOSTS.cloudfront}/static/img-${i}.png`
      const bytes = Math.round(perEntry * 0.6)
      const text = Buffer.from(Array.from({ length: bytes }, () => Math.floor(rand() * 256))).toString('base64')
      response = {
        status: 200,
        statusText: '',
        httpVersion: 'http/2.0',
        headers: responseHeaders({ 'content-type': 'image/png' }, bytes),
        content: { size: bytes, mimeType: 'image/png', text, encoding: 'base64' },
        redirectURL: '',
        headersSize: -1,
        bodySize: bytes,
      }
    } else if (roll < 0.2) {
      url = `${HOSTS['api-gateway-rest']}/v1/session`
      response = {
        status: 302,
        statusText: '',
        httpVersion: 'http/2.0',
        headers: responseHeaders({ location: 'https://app.example.com/login' }, 0),
        content: { size: 0, mimeType: 'x-unknown' },
        redirectURL: 'https://app.example.com/login',
        headersSize: -1,
        bodySize: 0,
      }
    } else {
      url = `${HOSTS['api-gateway-rest']}/v1/orders?page=${i}`
      const body = jsonBody(Math.max(200, perEntry - 2150), rand)
      response = {
        status: 200,
        statusText: '',
        httpVersion: 'http/2.0',
        headers: responseHeaders({}, body.length),
        content: { size: body.length, mimeType: 'application/json', text: body },
        redirectURL: '',
        headersSize: -1,
        bodySize: body.length,
      }
    }
    list.push({
      _initiator: { type: 'script' },
      _priority: 'High',
      _resourceType: 'fetch',
      cache: {},
      connection: '443',
      pageref: 'page_1',
      request: {
        method: 'GET',
        url,
        httpVersion: 'http/2.0',
        headers: requestHeaders(url, rand),
        queryString: [],
        cookies: [],
        headersSize: -1,
        bodySize: 0,
      },
      response,
      serverIPAddress: '203.0.113.10',
      startedDateTime: new Date(Date.UTC(2026, 10, 24, 10, 0, 0) + i * 1000).toISOString(),
      time: Math.round(rand() * 400 * 100) / 100,
      timings: timings(rand),
    })
  }
  return JSON.stringify({
    log: {
      version: '1.2',
      creator: { name: 'WebInspector', version: '537.36' },
      pages: [
        {
          startedDateTime: '2026-11-24T10:00:00.000Z',
          id: 'page_1',
          title: 'https://app.example.com/dashboard',
          pageTimings: {},
        },
      ],
      entries: list,
    },
  })
}
