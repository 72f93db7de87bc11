/**
 * The options every adapter takes, and what an adapter hands over about a failure. Types only: the light
 * middleware (loaded with the adapter) and the diagnosis code it loads at the first failure both read them.
 * @module
 */
import type { GatewayErrorResponse } from '../output/error.ts'
import type { DiagnosisLogger } from '../output/format.ts'
import type { LocaleOption } from '../texts/texts.ts'
import type { Confidence, DiagnoseInput, Diagnosis, RouteTable, Signature } from '../types.ts'

/** Options of `withDiagnosis` for every client (axios, ky, fetch, ofetch, got, openapi-fetch). All optional. */
export interface DiagnosisOptions {
  /**
   * Reject with a `GatewayError` (one-line message, `diagnosis`, `cause` = the original error) instead of
   * the client's own error. Default `false`: the original error flows on with `error.diagnosis` attached.
   * With fetch, only diagnosed failures reject; other replies resolve as usual.
   */
  throwEnriched?: boolean
  /** Print each diagnosis: a collapsed, styled console group in browsers, indented text in Node. */
  log?: boolean
  /** Where `log: true` prints (default `console`). */
  logger?: DiagnosisLogger
  /**
   * Called once per diagnosed failure with the diagnosis and the original error (fetch: the failed
   * `Response`, or the network error). Exceptions it throws are swallowed and do not change the error.
   */
  onDiagnosis?: (diagnosis: Diagnosis, error: unknown) => void
  /** Body bytes read at most for a diagnosis (default 64 KiB). Bodies are never consumed for the user. */
  maxBodyBytes?: number
  /** Your own signatures, checked before the built-in catalog. */
  signatures?: readonly Signature[]
  /** Which requests to diagnose, by full URL (default: all). */
  filter?: (url: string) => boolean
  /** Custom domains that front AWS, as exact names or `*.example.com` wildcards. */
  awsHosts?: readonly string[]
  /**
   * The host of the client's base URL (axios `baseURL`, ky `prefix` or `prefixUrl`, ofetch `baseURL`, got
   * `prefixUrl`, openapi-fetch `baseUrl`) counts as an AWS host,
   * like an `awsHosts` entry: apigw-doctor is installed on a client of an API behind AWS, so its own
   * `{"message":"Internal server error"}` is diagnosed even where a browser hides every `x-amzn-*` header.
   * Set `false` when the base URL is not behind AWS. Default `true`.
   */
  baseUrlIsAws?: boolean
  /**
   * The lowest confidence that is attached, logged, called back or thrown (default `'low'`: every
   * diagnosis). A `low` diagnosis rests on thin evidence (a body in API Gateway's shape and nothing else, a
   * request that got no reply) and its hints say what would confirm it; `'medium'` keeps only those with an
   * AWS header, an AWS host or a body only AWS sends.
   */
  minConfidence?: Confidence
  /**
   * Requests that got no reply (network error, CORS-blocked in a browser, timeout): `'aws'` (default)
   * diagnoses them only for AWS endpoints (execute-api, lambda-url, cloudfront.net, elb.amazonaws.com)
   * and `awsHosts`; `'all'` for every host; `'off'` never.
   */
  networkErrors?: 'aws' | 'all' | 'off'
  /**
   * Language of the diagnosis texts, the `GatewayError` message and the `log` output, as for `diagnose()`
   * (`en` default, `ja`, `auto`, or an overlay object). The adapter loads the Japanese texts itself, with
   * the diagnosis code, when `ja` (or `auto` on a Japanese system) asks for them. Evidence stays English.
   */
  locale?: LocaleOption
  /**
   * The API's route table, read once with `routeTable()`: a no-route reply then names the nearest route
   * ("did you mean GET /prod/v1/items?"), as for `diagnose()`.
   */
  routes?: RouteTable
}

/** A failed reply, as an adapter hands it over: exactly what `diagnose()` reads. */
export type FailedReply = DiagnoseInput

/** A diagnosis together with the reply `GatewayError.response` should hold. */
export interface Finding {
  diagnosis: Diagnosis
  response?: Response | GatewayErrorResponse
}
