import type { Examples, Signature } from '../../types.ts'
import { DOCS } from '../docs.ts'
import { restErrorHeaders } from './shared.ts'

/** Usage plans need an API key; the x-api-key header is how clients usually send it. */
const KEY_SENT = { sent: ['x-api-key'] } as const
const NO_KEY_SENT = { notSent: ['x-api-key'] } as const

const RETRY_AFTER =
  "If the reply carries a Retry-After header (API Gateway's default reply does not; a customised gateway response may), wait that long."

/** REST API throttling and usage-plan quotas (429). */
export const throttlingSignatures: readonly Signature[] = [
  {
    code: 'THROTTLED',
    layer: 'api-gateway-rest',
    title: 'API Gateway throttled {request} (429 Too Many Requests)',
    gatewayResponseTypes: ['THROTTLED'],
    // HTTP APIs send the same body; their apigw-requestid header sets them apart.
    match: {
      status: [429],
      customizable: true,
      errorType: ['TooManyRequestsException'],
      message: ['Too Many Requests'],
      absentHeaders: ['apigw-requestid'],
    },
    causes: [
      {
        id: 'usage-plan-throttle',
        weight: 3,
        cause:
          'The usage plan of the API key sets a rate and burst limit, and requests with this key exceeded it. The limit is per key: every client that shares the key shares it.',
        remedy: `Retry with exponential backoff and jitter, and spread bursts out. ${RETRY_AFTER} To raise the limit: \`aws apigateway update-usage-plan --usage-plan-id <id> --patch-operations op=replace,path=/throttle/rateLimit,value=<rps> op=replace,path=/throttle/burstLimit,value=<burst>\`.`,
        summary: "requests with this API key exceed its usage plan's rate: back off with jitter or raise the plan's throttle",
        docs: [DOCS.throttling, DOCS.apiKeys, DOCS.throttling429],
        adjust: [
          { when: KEY_SENT, factor: 4 },
          // Without x-api-key a key may still come from a Lambda authorizer (API key source AUTHORIZER).
          { when: NO_KEY_SENT, factor: 0.2 },
        ],
      },
      {
        id: 'stage-or-method-throttle',
        weight: 3,
        cause:
          "The stage's default throttling or a per-method throttle is lower than the traffic; all clients of that stage or method share one token bucket.",
        remedy: `Retry with exponential backoff and jitter. ${RETRY_AFTER} To raise the limit: \`aws apigateway update-stage --rest-api-id <id> --stage-name <stage> --patch-operations op=replace,path=/*/*/throttling/rateLimit,value=<rps> op=replace,path=/*/*/throttling/burstLimit,value=<burst>\` (use /<resource>/<METHOD>/throttling/… with "/" in the resource path written "~1" for one method).`,
        summary: "the stage's or method's throttle is exceeded: back off with jitter or raise the stage throttle",
        docs: [DOCS.throttling, DOCS.throttling429],
        adjust: [
          { when: NO_KEY_SENT, factor: 2 },
          { when: KEY_SENT, factor: 0.5 },
        ],
      },
      {
        id: 'account-throttle',
        weight: 1.5,
        cause:
          'The account-level limit for the Region is exceeded: 10,000 requests per second with a burst of 5,000 by default, shared by every API of the account in that Region (AWS may lower it when the account raised its integration timeout above 29 s).',
        remedy: `Spread the load and retry with backoff. ${RETRY_AFTER} Check the account's limits with \`aws apigateway get-account\` (throttleSettings) and request an increase in Service Quotas.`,
        summary: "the account's API Gateway throttle in this Region is exceeded: spread load or request a quota increase",
        docs: [DOCS.throttling, DOCS.limits],
        adjust: [
          { when: NO_KEY_SENT, factor: 2 },
          { when: KEY_SENT, factor: 0.5 },
        ],
      },
    ],
    docs: [DOCS.gatewayResponseTypes, DOCS.throttling, DOCS.throttling429],
  },
  {
    code: 'QUOTA_EXCEEDED',
    layer: 'api-gateway-rest',
    title: 'The usage-plan quota of the API key used for {request} is used up (429 Limit Exceeded)',
    gatewayResponseTypes: ['QUOTA_EXCEEDED'],
    match: { status: [429], customizable: true, errorType: ['LimitExceededException'], message: ['Limit Exceeded'] },
    causes: [
      {
        id: 'usage-plan-quota',
        weight: 6,
        cause:
          'The usage plan of this API key allows a number of requests per day, week or month, and that number is used up. Unlike a throttle, retrying within seconds or minutes does not help: every request fails until the period resets.',
        remedy: `Do not retry in a loop. ${RETRY_AFTER} Wait for the quota period to reset (\`aws apigateway get-usage --usage-plan-id <id> --key-id <key-id> --start-date <yyyy-mm-dd> --end-date <yyyy-mm-dd>\` shows what is left), use a key with quota left, or raise the quota: \`aws apigateway update-usage-plan --usage-plan-id <id> --patch-operations op=replace,path=/quota/limit,value=<n>\`.`,
        summary: "this API key's usage-plan quota is used up: wait for the period to reset or raise the quota",
        docs: [DOCS.apiKeys, DOCS.throttling429],
        adjust: [{ when: KEY_SENT, factor: 2 }],
      },
      {
        id: 'shared-api-key',
        weight: 1.5,
        cause:
          'The key is shared by many clients (shipped in a web or mobile app, or reused by several services), so others used up its quota.',
        remedy:
          'Give each client or service its own API key in the usage plan, so that one consumer cannot exhaust the quota of the others; API keys meter usage, they do not authenticate users.',
        summary: 'other clients of this shared API key may have used up its quota: issue one key per client',
        docs: [DOCS.apiKeys],
        adjust: [{ when: { browser: true }, factor: 2 }],
      },
      {
        id: 'authorizer-supplied-key',
        weight: 0.5,
        cause:
          'No x-api-key header was sent, so the API takes the key from a Lambda authorizer (API key source AUTHORIZER), and the key it assigned to this caller has no quota left.',
        remedy:
          "Find the key the authorizer returns for this caller (usageIdentifierKey in the authorizer's response) and check its usage with `aws apigateway get-usage`; raise that plan's quota or assign another key.",
        summary: 'the API key assigned by the authorizer has no quota left: check its usage plan',
        docs: [DOCS.apiKeys, DOCS.lambdaAuthorizer],
        adjust: [
          { when: NO_KEY_SENT, factor: 20 },
          { when: KEY_SENT, factor: 0.1 },
        ],
      },
    ],
    docs: [DOCS.gatewayResponseTypes, DOCS.apiKeys, DOCS.throttling429],
  },
]

/** The canonical reply of each signature above, by code, exactly as AWS sends it. */
export function throttlingExamples(): Examples {
  return {
    THROTTLED: {
      status: 429,
      headers: restErrorHeaders('TooManyRequestsException'),
      body: '{"message":"Too Many Requests"}',
      request: {
        method: 'GET',
        url: 'https://r8t2w6y4pz.execute-api.us-west-2.amazonaws.com/live/quotes',
        headers: { 'x-api-key': 'example-key-not-real' },
      },
    },
    QUOTA_EXCEEDED: {
      status: 429,
      headers: restErrorHeaders('LimitExceededException'),
      body: '{"message":"Limit Exceeded"}',
      request: {
        method: 'GET',
        url: 'https://r8t2w6y4pz.execute-api.us-west-2.amazonaws.com/live/quotes',
        headers: { 'x-api-key': 'example-key-not-real' },
      },
    },
  }
}
