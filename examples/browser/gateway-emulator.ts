/**
 * A local API Gateway emulator for the browser demo: a `node:http` server that answers each route with the
 * exact reply AWS sends for a catalog code (`gatewayReply()` from `apigw-doctor/msw`: status, headers in
 * AWS's casing, body bytes, fresh request IDs), and that treats CORS the way API Gateway does:
 *
 * - a gateway-generated error carries CORS headers only when the API owner added them to the gateway
 *   response (`cors: 'allow' | 'expose'`); otherwise the browser hides it and the page sees a network error;
 * - `x-amzn-*` headers reach a script only when `Access-Control-Expose-Headers` lists them (`'expose'`);
 * - a preflight (OPTIONS) succeeds only on a resource with an OPTIONS method (`preflight: true`, what the
 *   console's "Enable CORS" creates); on any other path the gateway answers OPTIONS as it answers any
 *   unknown route: 403 Missing Authentication Token, without CORS headers.
 *
 * Unknown paths get that 403 too. Every request is recorded (method, path, headers), so tests can check
 * what the browser really sent. Not part of the library.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gatewayReply } from 'apigw-doctor/msw'
import { type CorsMode, type EmulatedRoute, OK } from './scenarios.ts'

/** One request as the emulator received it. */
export interface RecordedRequest {
  method: string
  path: string
  /** Lower-case names, as Node parses them. */
  headers: IncomingHttpHeaders
  /** What the emulator answered: status and headers in the casing sent. */
  reply: { status: number; headers: Record<string, string> }
}

/** A running emulator. */
export interface GatewayEmulator {
  /** The origin to call, e.g. `http://127.0.0.1:4174`. */
  origin: string
  /** Every request received so far, in order. */
  requests: RecordedRequest[]
  close(): Promise<void>
}

/** Options of {@link startGatewayEmulator}. */
export interface GatewayEmulatorOptions {
  routes: readonly EmulatedRoute[]
  /** Default 0: any free port. */
  port?: number
  /** Default `127.0.0.1`. */
  host?: string
}

/** A reply ready to write: header names keep their casing. */
interface Reply {
  status: number
  /** A reason phrase of AWS's own (Classic Load Balancer), else Node's default. */
  statusText?: string
  headers: Array<[string, string]>
  body: string
}

/** What the API's CORS configuration exposes: the gateway's diagnostic headers (see no-response.ts's remedy). */
const EXPOSED = 'x-amzn-ErrorType,x-amzn-RequestId,x-amz-apigw-id,apigw-requestid,X-Amz-Cf-Id,X-Cache'
/** The request headers the console's "Enable CORS" allows. */
const ALLOWED_HEADERS = 'Content-Type,X-Amz-Date,Authorization,X-Api-Key,X-Amz-Security-Token'

/** Starts the emulator; resolves once it listens. */
export async function startGatewayEmulator(options: GatewayEmulatorOptions): Promise<GatewayEmulator> {
  const requests: RecordedRequest[] = []
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://emulator').pathname
    const reply = answer(request, path, options.routes)
    requests.push({
      method: request.method ?? 'GET',
      path,
      headers: request.headers,
      reply: { status: reply.status, headers: Object.fromEntries(reply.headers) },
    })
    // The request body is not needed: drain it so the connection can be reused.
    request.resume()
    write(response, request.method ?? 'GET', reply)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve())
  })
  const { address, port } = server.address() as AddressInfo
  return {
    origin: `http://${address}:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

/** The reply API Gateway would send for this request. */
function answer(request: IncomingMessage, path: string, routes: readonly EmulatedRoute[]): Reply {
  const route = routes.find((candidate) => candidate.path === path)
  const origin = request.headers.origin
  if (request.method === 'OPTIONS')
    return route?.preflight === true ? preflight(origin) : awsReply('MISSING_AUTHENTICATION_TOKEN', 'off', origin)
  // Routes are GET resources; another method on them, like an unknown path, has no route.
  if (route === undefined || (request.method !== 'GET' && request.method !== 'HEAD'))
    return awsReply('MISSING_AUTHENTICATION_TOKEN', 'off', origin)
  if (route.reply === OK) return integrationReply(route.cors, origin)
  return awsReply(route.reply, route.cors, origin)
}

/** The reply AWS sends for `code`, plus the CORS headers the route's configuration adds. */
function awsReply(code: string, cors: CorsMode, origin: string | undefined): Reply {
  const reply = gatewayReply(code)
  return {
    status: reply.status,
    statusText: reply.statusText,
    headers: [...Object.entries(reply.headers), ...corsHeaders(cors, origin)],
    body: reply.body,
  }
}

/** A Lambda proxy integration's 200, with the CORS headers the function returns. */
function integrationReply(cors: CorsMode, origin: string | undefined): Reply {
  const body = JSON.stringify([{ id: 1, name: 'first item' }])
  return {
    status: 200,
    headers: [
      ['Date', new Date().toUTCString()],
      ['Content-Type', 'application/json'],
      ['Content-Length', String(Buffer.byteLength(body))],
      ['x-amzn-RequestId', randomUUID()],
      ['x-amz-apigw-id', apigwId()],
      ['X-Amzn-Trace-Id', `Root=1-${Math.floor(Date.now() / 1000).toString(16)}-${randomBytes(12).toString('hex')};Sampled=0`],
      ...corsHeaders(cors, origin),
    ],
    body,
  }
}

/** The OPTIONS mock integration that "Enable CORS" creates. */
function preflight(origin: string | undefined): Reply {
  return {
    status: 200,
    headers: [
      ['Date', new Date().toUTCString()],
      ['Content-Type', 'application/json'],
      ['Content-Length', '0'],
      ['x-amzn-RequestId', randomUUID()],
      ['Access-Control-Allow-Origin', origin ?? '*'],
      ['Access-Control-Allow-Headers', ALLOWED_HEADERS],
      ['Access-Control-Allow-Methods', 'GET,OPTIONS'],
      ...credentialsHeader(origin),
      ['x-amz-apigw-id', apigwId()],
    ],
    body: '',
  }
}

/**
 * CORS headers as a gateway response configures them. The origin is echoed
 * (`method.request.header.Origin` mapped into the response), which credentialed requests need.
 */
function corsHeaders(cors: CorsMode, origin: string | undefined): Array<[string, string]> {
  if (cors === 'off') return []
  const headers: Array<[string, string]> = [['Access-Control-Allow-Origin', origin ?? '*'], ...credentialsHeader(origin)]
  if (cors === 'expose') headers.push(['Access-Control-Expose-Headers', EXPOSED])
  return headers
}

function credentialsHeader(origin: string | undefined): Array<[string, string]> {
  return origin === undefined ? [] : [['Access-Control-Allow-Credentials', 'true']]
}

/** An `x-amz-apigw-id`: 16 characters of base64. */
function apigwId(): string {
  return randomBytes(11).toString('base64').replaceAll('+', '-').replaceAll('/', '_')
}

function write(response: ServerResponse, method: string, reply: Reply): void {
  // AWS's header casing and order, and no Date of Node's own next to the reply's.
  response.sendDate = false
  if (reply.statusText === undefined) response.writeHead(reply.status, reply.headers.flat())
  else response.writeHead(reply.status, reply.statusText, reply.headers.flat())
  response.end(method === 'HEAD' ? undefined : reply.body)
}
