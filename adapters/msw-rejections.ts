/**
 * Which catalog reply API Gateway sends when it rejects a request itself, for `gatewayHandlers()`.
 * Client-agnostic: builds a `GatewayReply`, the msw adapter turns it into a response.
 * @module
 */
import { type GatewayReply, gatewayReply } from '../src/mock/replies.ts'

/** Why the emulated gateway rejects a request before any route answers. */
export type GatewayRejection = 'wrong-stage' | 'no-route' | 'unauthorized' | 'deny' | 'authorizer-error' | 'api-key' | 'throttled'

/** The catalog code of each rejection, per API kind. HTTP APIs have no API keys. */
export const REJECTION_CODES: Readonly<Record<'rest' | 'http', Readonly<Record<GatewayRejection, string | undefined>>>> = {
  rest: {
    'wrong-stage': 'FORBIDDEN',
    'no-route': 'MISSING_AUTHENTICATION_TOKEN',
    unauthorized: 'UNAUTHORIZED',
    deny: 'AUTHORIZER_DENY',
    'authorizer-error': 'AUTHORIZER_CONFIGURATION_ERROR',
    'api-key': 'FORBIDDEN',
    throttled: 'THROTTLED',
  },
  http: {
    'wrong-stage': 'HTTP_API_NOT_FOUND',
    'no-route': 'HTTP_API_NOT_FOUND',
    unauthorized: 'HTTP_API_UNAUTHORIZED',
    deny: 'HTTP_API_FORBIDDEN',
    'authorizer-error': 'HTTP_API_INTERNAL_SERVER_ERROR',
    'api-key': undefined,
    throttled: 'HTTP_API_TOO_MANY_REQUESTS',
  },
}

/** The reply the gateway sends for a rejection of this request. */
export async function apiGatewayReplyFor(
  kind: 'rest' | 'http',
  rejection: GatewayRejection,
  request: Request,
): Promise<GatewayReply> {
  const authorization = request.headers.get('authorization')
  // A REST API that finds no route parses a non-SigV4 Authorization header as a broken signature.
  if (
    kind === 'rest' &&
    rejection === 'no-route' &&
    authorization !== null &&
    authorization.trim() !== '' &&
    !/^AWS4-HMAC-SHA256\s/i.test(authorization)
  ) {
    const message = await incompleteSignatureMessage(authorization)
    return gatewayReply('INCOMPLETE_SIGNATURE', message === undefined ? {} : { message })
  }
  const code = REJECTION_CODES[kind][rejection]
  if (code === undefined) throw new TypeError(`gatewayHandlers: ${kind} APIs have no "${rejection}" rejection`)
  return gatewayReply(code)
}

/**
 * The message API Gateway writes for a non-SigV4 `Authorization` header, with the header's SHA-256 in
 * base64 as AWS prints it (never the value itself). Which of the two messages appears depends only on the
 * header's shape: `<scheme> <token>` without `=` after the space reads as a key=value pair missing its
 * equal sign; anything else lacks the `Credential` parameter. `undefined` when Web Crypto is unavailable.
 */
async function incompleteSignatureMessage(authorization: string): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle
  if (subtle === undefined) return undefined
  const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(authorization)))
  let binary = ''
  for (const byte of digest) binary += String.fromCharCode(byte)
  const hash = btoa(binary)
  const space = authorization.indexOf(' ')
  if (space !== -1 && !authorization.slice(space + 1).includes('='))
    return `Invalid key=value pair (missing equal-sign) in Authorization header (hashed with SHA-256 and encoded with Base64): '${hash}'.`
  return (
    "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. " +
    "Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. " +
    `(Hashed with SHA-256 and encoded with Base64) Authorization=${hash}`
  )
}
