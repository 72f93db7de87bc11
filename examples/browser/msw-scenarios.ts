/**
 * The cases of the MSW demo page: `gatewayError()` from `apigw-doctor/msw` answering inside the browser
 * through MSW's `setupWorker`, on a real API Gateway host name (the service worker intercepts the calls, so
 * nothing leaves the machine). Data only: the page and the browser tests share it.
 */
import type { SentCredential } from './scenarios.ts'

/** The emulated REST API stage. MSW intercepts every call to it; the host never resolves. */
export const MSW_API = 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod'

/** One case: a route answered with `gatewayError(code, { browserView })`. */
export interface MswScenario {
  id: string
  client: 'axios' | 'ky'
  label: string
  story: string
  /** Path under {@link MSW_API}. */
  path: string
  code: string
  browserView?: 'cors-blocked' | 'headers-hidden'
  send: readonly SentCredential[]
}

/** The cases, in the order the page shows and runs them. */
export const MSW_SCENARIOS: readonly MswScenario[] = [
  {
    id: 'msw-missing-token',
    client: 'axios',
    label: "gatewayError('MISSING_AUTHENTICATION_TOKEN')",
    story: 'A typo in the path: the 403 API Gateway sends for a route that does not exist, every header visible.',
    path: '/v1/itmes',
    code: 'MISSING_AUTHENTICATION_TOKEN',
    send: [],
  },
  {
    id: 'msw-throttled',
    client: 'axios',
    label: "gatewayError('THROTTLED')",
    story: 'The exact 429 API Gateway sends, with every header visible (MSW does not emulate CORS).',
    path: '/v1/search',
    code: 'THROTTLED',
    send: ['x-api-key'],
  },
  {
    id: 'msw-cors-blocked',
    client: 'axios',
    label: "browserView: 'cors-blocked'",
    story:
      "gatewayError('INTEGRATION_TIMEOUT', { browserView: 'cors-blocked' }): a network error, as a browser shows a reply without CORS headers.",
    path: '/v1/reports',
    code: 'INTEGRATION_TIMEOUT',
    browserView: 'cors-blocked',
    send: ['x-api-key'],
  },
  {
    id: 'msw-headers-hidden',
    client: 'axios',
    label: "browserView: 'headers-hidden'",
    story: "gatewayError('MISSING_AUTHENTICATION_TOKEN', { browserView: 'headers-hidden' }): status and body only.",
    path: '/v1/item',
    code: 'MISSING_AUTHENTICATION_TOKEN',
    browserView: 'headers-hidden',
    send: [],
  },
  {
    id: 'msw-unauthorized',
    client: 'ky',
    label: "gatewayError('UNAUTHORIZED')",
    story: 'ky with throwEnriched: the GatewayError, printed with console.error.',
    path: '/v1/me',
    code: 'UNAUTHORIZED',
    send: ['authorization', 'x-api-key'],
  },
]
