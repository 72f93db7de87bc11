/**
 * `apigw-doctor/msw`: reproduce any API Gateway, CloudFront, WAF or ALB error in your own tests with
 * [MSW](https://mswjs.io) (msw ≥ 2, an optional peer dependency).
 *
 * - {@link gatewayError} answers one request with the exact reply AWS sends for a signature.
 * - {@link gatewayHandlers} emulates a whole API: routes, stage, API key, authorizer and throttling, with
 *   the errors the real gateway sends when a request gets one of them wrong.
 * @module
 */
import { type DefaultBodyType, type HttpHandler, HttpResponse, http } from 'msw'
import { type GatewayReply, type GatewayReplyOverrides, gatewayReply } from '../src/mock/replies.ts'
import { CORS_SAFELISTED_RESPONSE_HEADERS } from '../src/reading/headers.ts'
import type { Signature } from '../src/types.ts'
import { apiGatewayReplyFor, type GatewayRejection } from './msw-rejections.ts'
import { parseRoutes, pathSegments, selectRoute } from './msw-routes.ts'

export { findSignature, type GatewayReply, type GatewayReplyOverrides, gatewayReply } from '../src/mock/replies.ts'

/**
 * What a browser script sees of a cross-origin reply. MSW does not emulate CORS, so a test that runs in
 * Node (or with `setupWorker`) sees every reply in full unless it asks for the browser's view:
 * - `'cors-blocked'`: the reply has no `Access-Control-Allow-Origin` (AWS's own error replies have none
 *   unless the API owner adds them), so the browser shows a network error: `TypeError: Failed to fetch`,
 *   axios `ERR_NETWORK`, ky `NetworkError`. Modelled with `HttpResponse.error()`.
 * - `'headers-hidden'`: the reply is allowed cross-origin, so status and body are readable, but only the
 *   CORS-safelisted headers (Cache-Control, Content-Language, Content-Length, Content-Type, Expires,
 *   Last-Modified, Pragma) and those named in `Access-Control-Expose-Headers` are visible: no
 *   `x-amzn-ErrorType`, no request IDs.
 */
export type BrowserView = 'cors-blocked' | 'headers-hidden'

/** Options of {@link gatewayError}: the overrides of `gatewayReply()` plus the browser's view. */
export interface GatewayErrorOptions extends GatewayReplyOverrides {
  /** Model what a browser script sees instead of the full reply. */
  browserView?: BrowserView
}

/**
 * An MSW response identical to what AWS sends for a signature: status, headers in AWS's casing, body
 * bytes, `Content-Length`, and fresh request IDs on every call.
 *
 * @param code a code of the catalog (see `signatures` from `apigw-doctor`), or a signature of your own.
 * @param options overrides (status, message, headers) for a customised gateway response, and `browserView`.
 * @throws RangeError for an unknown code; the message lists the closest codes.
 * @example
 * ```ts
 * import { http } from 'msw'
 * import { gatewayError } from 'apigw-doctor/msw'
 *
 * server.use(http.get('https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/items', () => gatewayError('THROTTLED')))
 * // a customised gateway response: the API owner remapped the status and the message
 * gatewayError('MISSING_AUTHENTICATION_TOKEN', { status: 404, message: 'No such route' })
 * // what a browser sees when the error carries no CORS headers
 * gatewayError('MISSING_AUTHENTICATION_TOKEN', { browserView: 'cors-blocked' })
 * ```
 */
export function gatewayError<BodyType extends DefaultBodyType = string>(
  code: string | Signature,
  options: GatewayErrorOptions = {},
): HttpResponse<BodyType> {
  const { browserView, ...overrides } = options
  // Built even for 'cors-blocked', so that an unknown code or a bad override fails loudly either way.
  return toHttpResponse<BodyType>(gatewayReply(code, overrides), browserView)
}

/** Turns a reply into an `HttpResponse`, seen as `view` describes. */
function toHttpResponse<BodyType extends DefaultBodyType>(
  reply: GatewayReply,
  view: BrowserView | undefined,
): HttpResponse<BodyType> {
  if (view === 'cors-blocked') return HttpResponse.error() as HttpResponse<BodyType>
  const headers = view === 'headers-hidden' ? visibleCrossOrigin(reply.headers) : reply.headers
  // Bytes, not a string: a string body would make fetch add `Content-Type: text/plain` where AWS sends none.
  const body = reply.body === '' ? null : new TextEncoder().encode(reply.body)
  const init =
    reply.statusText === undefined
      ? { status: reply.status, headers }
      : { status: reply.status, statusText: reply.statusText, headers }
  return new HttpResponse(body as BodyType | null, init)
}

/** The headers a cross-origin script may read: the safelisted ones and those the reply exposes. */
function visibleCrossOrigin(headers: Readonly<Record<string, string>>): Record<string, string> {
  const exposeHeader = Object.entries(headers).find(([name]) => name.toLowerCase() === 'access-control-expose-headers')?.[1] ?? ''
  const exposed = new Set(
    exposeHeader
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== ''),
  )
  // `*` exposes every header to requests without credentials (Fetch standard, CORS protocol).
  if (exposed.has('*')) return { ...headers }
  return Object.fromEntries(
    Object.entries(headers).filter(
      ([name]) => CORS_SAFELISTED_RESPONSE_HEADERS.has(name.toLowerCase()) || exposed.has(name.toLowerCase()),
    ),
  )
}

/** What a route resolver receives. */
export interface GatewayRouteInfo {
  /** The intercepted request. */
  request: Request
  /** Path parameters of the route key: `{id}` → `params.id`; a greedy `{proxy+}` gets the rest of the path. */
  params: Record<string, string>
  /** The route key that matched, e.g. `GET /items/{id}`. */
  route: string
  /** The request's cookies. */
  cookies: Record<string, string>
  /** MSW's ID for this request. */
  requestId: string
}

/** The integration behind a route: answers the request, as a Lambda function or HTTP backend would. */
export type GatewayRouteResolver = (info: GatewayRouteInfo) => Response | undefined | Promise<Response | undefined>

/** A route with settings of its own. */
export interface GatewayRoute {
  /** Answers the request once the gateway lets it through. */
  resolver: GatewayRouteResolver
  /** `false`: this method has no authorizer (authorization NONE), e.g. a public `GET /health`. */
  authorizer?: boolean
  /** Overrides the API's `apiKeyRequired` for this method. */
  apiKeyRequired?: boolean
}

/** An authorizer's decision about one request, as a Lambda authorizer expresses it. */
export type AuthorizerDecision =
  /** The request goes on to the route. */
  | 'Allow'
  /** A policy with `Effect: Deny`: REST answers 403 with an explicit deny, HTTP APIs 403 Forbidden. */
  | 'Deny'
  /** The function failed with the exact error `Unauthorized`: 401. */
  | 'Unauthorized'

/**
 * A Lambda (REQUEST or TOKEN) authorizer in front of every route that does not opt out.
 * A request without the identity source is rejected with 401 before the function runs; a function that
 * throws anything else is an authorizer failure (REST: 500 `{"message":null}`).
 */
export interface GatewayAuthorizer {
  /** The request header the identity source names, e.g. `Authorization` or `Cookie`. */
  identitySource: string
  /** The function's decision; gets a clone of the request. Default: always `'Allow'`. */
  authorize?: (request: Request) => AuthorizerDecision | Promise<AuthorizerDecision>
}

/** Stage or usage-plan throttling: a token bucket, as API Gateway applies it. */
export interface GatewayThrottle {
  /** Steady-state requests per second (tokens added per second). */
  rateLimit: number
  /** Bucket size: how many requests may pass at once. */
  burstLimit: number
}

/** The API that {@link gatewayHandlers} emulates. */
export interface GatewayApiSpec {
  /**
   * The invoke URL up to the routes. REST: `https://<api-id>.execute-api.<region>.amazonaws.com/<stage>`;
   * HTTP APIs: the same, or no path for the `$default` stage; a custom domain: `https://<domain>/<base path>`.
   */
  baseUrl: string
  /** `'rest'` (API Gateway v1, the default) or `'http'` (HTTP APIs, v2): they reject requests differently. */
  kind?: 'rest' | 'http'
  /**
   * Route keys as API Gateway writes them (`GET /items`, `POST /items/{id}`, `ANY /{proxy+}`, and
   * `$default` for HTTP APIs), each with its resolver or a {@link GatewayRoute}.
   */
  routes: Readonly<Record<string, GatewayRouteResolver | GatewayRoute>>
  /** Every method needs an `x-api-key` header (REST only; HTTP APIs have no API keys). */
  apiKeyRequired?: boolean
  /** Valid key values; any other `x-api-key` is rejected. Default: any non-empty key passes. */
  apiKeys?: readonly string[]
  /** A Lambda authorizer in front of the routes. */
  authorizer?: GatewayAuthorizer
  /** Throttling: requests beyond the bucket get 429 Too Many Requests. */
  throttle?: GatewayThrottle
  /** How a browser sees the gateway's own error replies (the routes' replies are left alone). */
  browserView?: BrowserView
}

interface NormalizedRoute {
  resolver: GatewayRouteResolver
  authorizer: boolean
  apiKeyRequired: boolean
}

/**
 * MSW handlers that answer for a whole API as the real gateway does. A request is checked in this order,
 * and the first check that fails answers with AWS's own reply:
 *
 * | check | REST API (`kind: 'rest'`) | HTTP API (`kind: 'http'`) |
 * |---|---|---|
 * | stage / base path | 403 `FORBIDDEN` | 404 `HTTP_API_NOT_FOUND` |
 * | route (path, then method) | 403 `MISSING_AUTHENTICATION_TOKEN`, or `INCOMPLETE_SIGNATURE` when a non-SigV4 `Authorization` was sent | 404 `HTTP_API_NOT_FOUND` |
 * | authorizer identity source missing, or `'Unauthorized'` | 401 `UNAUTHORIZED` | 401 `HTTP_API_UNAUTHORIZED` |
 * | authorizer decides `'Deny'` | 403 `AUTHORIZER_DENY` | 403 `HTTP_API_FORBIDDEN` |
 * | authorizer throws | 500 `AUTHORIZER_CONFIGURATION_ERROR` | 500 `HTTP_API_INTERNAL_SERVER_ERROR` |
 * | `x-api-key` missing or unknown | 403 `FORBIDDEN` | — |
 * | throttle bucket empty | 429 `THROTTLED` | 429 `HTTP_API_TOO_MANY_REQUESTS` |
 *
 * Then the route's resolver answers. Use one `gatewayHandlers()` per host.
 *
 * @throws TypeError for an invalid spec (bad base URL or route key, API keys on an HTTP API).
 * @example
 * ```ts
 * import { HttpResponse } from 'msw'
 * import { setupServer } from 'msw/node'
 * import { gatewayHandlers } from 'apigw-doctor/msw'
 *
 * const server = setupServer(
 *   ...gatewayHandlers({
 *     baseUrl: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod',
 *     routes: {
 *       'GET /items': () => HttpResponse.json([{ id: 1 }]),
 *       'GET /items/{id}': ({ params }) => HttpResponse.json({ id: params.id }),
 *       'GET /health': { resolver: () => HttpResponse.text('ok'), authorizer: false, apiKeyRequired: false },
 *     },
 *     apiKeyRequired: true,
 *     authorizer: { identitySource: 'Authorization', authorize: (req) => (req.headers.get('authorization') === 'Bearer good' ? 'Allow' : 'Deny') },
 *     throttle: { rateLimit: 10, burstLimit: 5 },
 *   }),
 * )
 * // fetch('…/prod/itemz')  → 403 {"message":"Missing Authentication Token"}
 * // fetch('…/Prod/items')  → 403 {"message":"Forbidden"}
 * ```
 */
export function gatewayHandlers(spec: GatewayApiSpec): HttpHandler[] {
  const kind = spec.kind ?? 'rest'
  const base = parseBaseUrl(spec.baseUrl, kind)
  if (
    kind === 'http' &&
    (spec.apiKeyRequired === true || Object.values(spec.routes).some((r) => typeof r !== 'function' && r.apiKeyRequired === true))
  )
    throw new TypeError('gatewayHandlers: HTTP APIs have no API keys; use kind: "rest" or drop apiKeyRequired')
  const routes = parseRoutes<NormalizedRoute>(
    Object.fromEntries(
      Object.entries(spec.routes).map(([key, route]) => [
        key,
        typeof route === 'function'
          ? { resolver: route, authorizer: true, apiKeyRequired: spec.apiKeyRequired === true }
          : {
              resolver: route.resolver,
              authorizer: route.authorizer !== false,
              apiKeyRequired: route.apiKeyRequired ?? spec.apiKeyRequired === true,
            },
      ]),
    ),
  )
  if (kind === 'rest' && routes.some((r) => r.isDefault))
    throw new TypeError('gatewayHandlers: "$default" is a route of HTTP APIs; REST APIs use "ANY /{proxy+}"')
  const bucket = spec.throttle === undefined ? undefined : new TokenBucket(spec.throttle)
  const reject = async (rejection: GatewayRejection, request: Request): Promise<Response> =>
    toHttpResponse(await apiGatewayReplyFor(kind, rejection, request), spec.browserView)

  return [
    http.all(`${base.origin}/*`, async ({ request, cookies, requestId }) => {
      const url = new URL(request.url)
      const rest = stripBasePath(url.pathname, base.path)
      if (rest === undefined) return reject('wrong-stage', request)
      const outcome = selectRoute(routes, request.method, pathSegments(rest), kind)
      if (outcome.found === undefined) return reject('no-route', request)
      const { route, params } = outcome.found
      const settings = route.value

      if (spec.authorizer !== undefined && settings.authorizer) {
        const identity = request.headers.get(spec.authorizer.identitySource)
        if (identity === null || identity.trim() === '') return reject('unauthorized', request)
        let decision: AuthorizerDecision
        try {
          decision = (await spec.authorizer.authorize?.(request.clone())) ?? 'Allow'
        } catch {
          return reject('authorizer-error', request)
        }
        if (decision === 'Unauthorized') return reject('unauthorized', request)
        if (decision === 'Deny') return reject('deny', request)
        if (decision !== 'Allow') return reject('authorizer-error', request)
      }
      if (settings.apiKeyRequired) {
        const key = request.headers.get('x-api-key')
        if (key === null || key.trim() === '' || (spec.apiKeys !== undefined && !spec.apiKeys.includes(key)))
          return reject('api-key', request)
      }
      if (bucket !== undefined && !bucket.take()) return reject('throttled', request)
      return settings.resolver({ request, params, route: route.key, cookies, requestId })
    }),
  ]
}

/** Origin and base path (stage) of the invoke URL; validates the URL for the API kind. */
function parseBaseUrl(baseUrl: string, kind: 'rest' | 'http'): { origin: string; path: string } {
  let url: URL
  try {
    url = new URL(baseUrl)
  } catch {
    throw new TypeError(`gatewayHandlers: baseUrl "${baseUrl}" is not an absolute URL`)
  }
  let path = url.pathname
  while (path.endsWith('/')) path = path.slice(0, -1)
  if (kind === 'rest' && path === '' && /\.execute-api\./i.test(url.hostname))
    throw new TypeError(`gatewayHandlers: a REST API's invoke URL includes its stage, e.g. ${url.origin}/prod`)
  return { origin: url.origin, path }
}

/** The path below the base path, or `undefined` when the request names another stage or base path. */
function stripBasePath(pathname: string, basePath: string): string | undefined {
  if (basePath === '') return pathname
  if (pathname === basePath) return ''
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : undefined
}

/** API Gateway's throttling: a bucket of `burstLimit` tokens refilled at `rateLimit` per second. */
class TokenBucket {
  private readonly limits: GatewayThrottle
  private tokens: number
  private last: number

  // No parameter property: Node's type stripping runs only erasable TypeScript.
  constructor(limits: GatewayThrottle) {
    this.limits = limits
    if (!(limits.burstLimit >= 0 && limits.rateLimit >= 0))
      throw new TypeError('gatewayHandlers: throttle limits must be non-negative numbers')
    this.tokens = limits.burstLimit
    this.last = Date.now()
  }

  take(): boolean {
    const now = Date.now()
    this.tokens = Math.min(this.limits.burstLimit, this.tokens + ((now - this.last) / 1000) * this.limits.rateLimit)
    this.last = now
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
}
