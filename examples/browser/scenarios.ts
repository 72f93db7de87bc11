/**
 * The cases the browser demo runs, shared by the page, the gateway emulator and the browser tests: which
 * client calls which route, what the emulated gateway answers there, and how its reply treats a
 * cross-origin script. Browser-safe (no Node imports): the page bundles it.
 */

/**
 * The CORS headers on a route's reply, as the API owner configured the gateway:
 * - `'off'`: none, API Gateway's default for its own error replies: the browser hides the reply and the
 *   script sees a network error;
 * - `'allow'`: `Access-Control-Allow-Origin` (and `-Credentials`): status and body are readable, but the
 *   `x-amzn-*` headers are not;
 * - `'expose'`: also `Access-Control-Expose-Headers` listing the gateway's diagnostic headers.
 */
export type CorsMode = 'off' | 'allow' | 'expose'

/** A request header the page sends with a canary value. */
export type SentCredential = 'authorization' | 'x-api-key'

/** One route of the emulated API. */
export interface EmulatedRoute {
  /** Path on the emulator, e.g. `/prod/v1/itmes`. */
  path: string
  /** A catalog code: the emulator answers with the reply AWS sends for it; `'ok'`: the integration's 200. */
  reply: string
  /** CORS headers on the reply. */
  cors: CorsMode
  /**
   * The resource has an OPTIONS method ("Enable CORS"), so preflights succeed. Without one, API Gateway
   * answers a preflight with 403 Missing Authentication Token and no CORS headers.
   */
  preflight: boolean
}

/** One case of the demo. */
export interface Scenario {
  id: string
  client: 'axios' | 'ky'
  /** A few words for the results table. */
  label: string
  /** What the case shows, one sentence. */
  story: string
  route: EmulatedRoute
  /** Credentials sent as request headers (both clients also send the page's cookie). */
  send: readonly SentCredential[]
}

/**
 * Credentials the page sends. Fake, but shaped like the real thing (a JWT, an API key, a session cookie),
 * so that redaction is exercised; the browser tests check that none of them reaches the console.
 */
export const CANARIES = {
  authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjYW5hcnktdXNlciJ9.CanarySignatureAuthz4f2a91',
  apiKey: 'CanaryApiKey7d3e5b0c9a1f2e4d6b8a',
  cookieName: 'session',
  cookie: 'CanarySessionCookie9e8d7c6b5a',
} as const

/** The catalog code of a route's reply that is the integration's own success. */
export const OK = 'ok'

/** The scenarios, in the order the page shows and runs them. */
export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'axios-typo-exposed',
    client: 'axios',
    label: 'Typo in the path',
    story: 'No route matches: the gateway answers 403 Missing Authentication Token; its CORS headers expose x-amzn-*.',
    route: { path: '/prod/v1/itmes', reply: 'MISSING_AUTHENTICATION_TOKEN', cors: 'expose', preflight: false },
    send: [],
  },
  {
    id: 'axios-typo-hidden',
    client: 'axios',
    label: 'Typo, headers not exposed',
    story: 'The same 403, allowed cross-origin but without Access-Control-Expose-Headers: only status and body are visible.',
    route: { path: '/prod/v1/item', reply: 'MISSING_AUTHENTICATION_TOKEN', cors: 'allow', preflight: false },
    send: [],
  },
  {
    id: 'axios-throttled',
    client: 'axios',
    label: 'Throttled',
    story: 'The stage or usage plan limit is exceeded: 429 Too Many Requests.',
    route: { path: '/prod/v1/search', reply: 'THROTTLED', cors: 'expose', preflight: true },
    send: ['x-api-key'],
  },
  {
    id: 'axios-timeout-no-cors',
    client: 'axios',
    label: 'Timeout, reply without CORS',
    story:
      'The integration timed out (504), and the gateway response carries no CORS headers: the browser shows a network error.',
    route: { path: '/prod/v1/reports', reply: 'INTEGRATION_TIMEOUT', cors: 'off', preflight: true },
    send: ['x-api-key'],
  },
  {
    id: 'axios-ok',
    client: 'axios',
    label: 'A working call',
    story: 'A 200 from the integration passes through untouched.',
    route: { path: '/prod/v1/items', reply: OK, cors: 'expose', preflight: true },
    send: ['x-api-key'],
  },
  {
    id: 'ky-unauthorized',
    client: 'ky',
    label: 'Token rejected',
    story: 'The Lambda authorizer rejects the bearer token: 401 Unauthorized, headers exposed.',
    route: { path: '/prod/v1/me', reply: 'UNAUTHORIZED', cors: 'expose', preflight: true },
    send: ['authorization', 'x-api-key'],
  },
  {
    id: 'ky-forbidden-hidden',
    client: 'ky',
    label: 'Forbidden, headers not exposed',
    story: '403 {"message":"Forbidden"}: with x-amzn-ErrorType hidden, REST and HTTP APIs send the same bytes.',
    route: { path: '/prod/v1/orders', reply: 'FORBIDDEN', cors: 'allow', preflight: true },
    send: ['authorization', 'x-api-key'],
  },
  {
    id: 'ky-cloudfront-page',
    client: 'ky',
    label: 'CloudFront error page',
    story: 'CloudFront cannot reach the origin: its 502 HTML page (CORS allowed here; CloudFront pages usually have none).',
    route: { path: '/cdn/v1/report', reply: 'CLOUDFRONT_ORIGIN_CONNECTION_FAILED', cors: 'allow', preflight: true },
    send: ['authorization', 'x-api-key'],
  },
  {
    id: 'ky-forbidden-no-cors',
    client: 'ky',
    label: '403 without CORS headers',
    story: 'The preflight passes, but the 403 gateway response has no CORS headers: ky sees a NetworkError.',
    route: { path: '/prod/v1/admin', reply: 'FORBIDDEN', cors: 'off', preflight: true },
    send: ['authorization', 'x-api-key'],
  },
]

/** The scenario with this id; throws for an unknown one (a typo in a test). */
export function scenarioById(id: string): Scenario {
  const scenario = SCENARIOS.find((candidate) => candidate.id === id)
  if (scenario === undefined) throw new RangeError(`unknown scenario ${id}`)
  return scenario
}
