/**
 * A tiny API Gateway emulator for the examples, built on MSW and apigw-doctor/msw: a few replies exactly
 * as AWS sends them, with fresh request IDs, so the examples run offline.
 */
import { gatewayError } from 'apigw-doctor/msw'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'

/** A REST API stage (placeholder API id). */
export const REST_API = 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod'
/** An HTTP API's default stage. */
export const HTTP_API = 'https://xyz789uvw0.execute-api.eu-west-1.amazonaws.com'
/** A Lambda function URL (placeholder). */
export const FUNCTION_URL = 'https://abcdefghijklmnopqrstuvwxyz012345.lambda-url.eu-west-1.on.aws'

const handlers = [
  // The one success: examples show that it passes through untouched.
  http.get(`${REST_API}/v1/items`, () => HttpResponse.json([{ id: 1, name: 'first item' }])),
  // Other paths on the REST stage, answered exactly as API Gateway does (apigw-doctor/msw).
  http.all(`${REST_API}/*`, ({ request }) => {
    if (new URL(request.url).pathname.endsWith('/reports')) return gatewayError('INTEGRATION_TIMEOUT')
    if (request.headers.has('authorization')) return gatewayError('UNAUTHORIZED')
    return gatewayError('MISSING_AUTHENTICATION_TOKEN')
  }),
  // An HTTP API whose integration did not answer in time.
  http.all(`${HTTP_API}/*`, () => gatewayError('HTTP_API_SERVICE_UNAVAILABLE')),
  // A Lambda function URL that is down: the client sees a network error, as a browser does for a
  // gateway error without CORS headers.
  http.all(`${FUNCTION_URL}/*`, () => HttpResponse.error()),
]

/** Starts the emulator; call `close()` when done. Requests to any other host fail loudly. */
export function startGateway(): { close(): void } {
  const server = setupServer(...handlers)
  server.listen({ onUnhandledFrame: 'error' })
  return { close: () => server.close() }
}
