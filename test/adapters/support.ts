/**
 * Replies and request values shared by the focused adapter tests. Gateway replies come from the
 * apigw-doctor/msw toolkit (one source of truth, itself checked against the fixtures quoted from AWS); the
 * echoed-token reply is built here because it must carry a canary.
 */
import { HttpResponse } from 'msw'
import { gatewayError } from '../../adapters/msw.ts'

/** A REST API stage on an execute-api host (placeholder API id). */
export const API = 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod'

/** Headers of a REST gateway response. */
export function restHeaders(errorType: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-amzn-RequestId': 'c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11',
    'x-amzn-ErrorType': errorType,
    'x-amz-apigw-id': 'Yq3kHGbZjoEFXyQ=',
  }
}

/** The fixed request IDs these tests assert on, in place of the toolkit's fresh ones. */
const FIXED_IDS = { 'x-amzn-RequestId': 'c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11', 'x-amz-apigw-id': 'Yq3kHGbZjoEFXyQ=' }

/** 403 Missing Authentication Token, as a fresh Response from the apigw-doctor/msw toolkit. */
export function missingAuthToken(): Response {
  return gatewayError('MISSING_AUTHENTICATION_TOKEN', { headers: FIXED_IDS })
}

/** 504 Endpoint request timed out, from the toolkit. */
export function integrationTimeout(): Response {
  return gatewayError('INTEGRATION_TIMEOUT', { headers: FIXED_IDS })
}

/** Credentials the tests send; none may appear in anything apigw-doctor prints, throws or serialises. */
export const CANARY: Readonly<Record<'bearer' | 'cookie' | 'apiKey' | 'securityToken' | 'signature' | 'echoed', string>> = {
  bearer: 'CanaryBearerToken0123456789abcdef',
  cookie: 'CanaryCookieSession0123456789',
  apiKey: 'CanaryApiKey0123456789abcdefghij',
  securityToken: 'CanarySecurityToken0123456789ABCDEFGH',
  signature: 'c4f1a2b3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f',
  echoed: 'CanaryEchoedRawToken0123456789',
}

/** Request headers that carry every canary. */
export const CANARY_HEADERS: Record<string, string> = {
  Authorization: `Bearer ${CANARY.bearer}`,
  Cookie: `session=${CANARY.cookie}`,
  'x-api-key': CANARY.apiKey,
  'x-amz-security-token': CANARY.securityToken,
}

/** A SigV4 Authorization header whose signature is a canary. */
export const SIGV4_AUTHORIZATION: string = `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/eu-west-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=${CANARY.signature}`

/**
 * 403 IncompleteSignatureException: API Gateway echoes the raw Authorization header after
 * "Authorization=" (signatures-apigw.md, INCOMPLETE_SIGNATURE_MISSING_CREDENTIAL).
 */
export function incompleteSignatureEcho(): Response {
  const message =
    "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. " +
    `Authorization=${CANARY.echoed}`
  return new HttpResponse(JSON.stringify({ message }), { status: 403, headers: restHeaders('IncompleteSignatureException') })
}

/** Every canary value, for "absent from" assertions. */
export const CANARY_VALUES: readonly string[] = Object.values(CANARY)

/** The canaries found in a text (expected: none). */
export function leakedCanaries(text: string): string[] {
  return CANARY_VALUES.filter((value) => text.includes(value))
}
