/**
 * A tiny API Gateway emulator for the examples, built on MSW: a few replies exactly as AWS sends them
 * (bodies and headers from the API Gateway documentation and captures; IDs are placeholders), so the
 * examples run offline. Not part of the library.
 */
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'

/** A REST API stage (placeholder API id). */
export const REST_API = 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod'
/** An HTTP API's default stage. */
export const HTTP_API = 'https://xyz789uvw0.execute-api.eu-west-1.amazonaws.com'
/** A Lambda function URL (placeholder). */
export const FUNCTION_URL = 'https://abcdefghijklmnopqrstuvwxyz012345.lambda-url.eu-west-1.on.aws'

/** Headers of a REST API gateway response. */
const rest = (errorType: string): Record<string, string> => ({
  'content-type': 'application/json',
  'x-amzn-RequestId': 'c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11',
  'x-amzn-ErrorType': errorType,
  'x-amz-apigw-id': 'Yq3kHGbZjoEFXyQ=',
})

const handlers = [
  // The one success: examples show that it passes through untouched.
  http.get(`${REST_API}/v1/items`, () => HttpResponse.json([{ id: 1, name: 'first item' }])),
  // Any other path on the REST stage: no route, which API Gateway reports as a missing token.
  http.all(`${REST_API}/*`, ({ request }) => {
    if (new URL(request.url).pathname.endsWith('/reports'))
      return new HttpResponse('{"message": "Endpoint request timed out"}', { status: 504, headers: rest('InternalServerErrorException') })
    if (request.headers.has('authorization'))
      return new HttpResponse('{"message":"Unauthorized"}', { status: 401, headers: rest('UnauthorizedException') })
    return new HttpResponse('{"message":"Missing Authentication Token"}', { status: 403, headers: rest('MissingAuthenticationTokenException') })
  }),
  // An HTTP API whose integration did not answer in time.
  http.all(`${HTTP_API}/*`, () =>
    new HttpResponse('{"message":"Service Unavailable"}', { status: 503, headers: { 'content-type': 'application/json', 'apigw-requestid': 'Xk3pQjZ2oAMEbYw=' } }),
  ),
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
