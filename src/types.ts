import type { LocaleOption, SignatureTexts } from './texts/locale.ts'

/**
 * Public types of apigw-doctor: what `diagnose()` takes, what it returns, and the shape of a signature.
 * @module
 */

/** The AWS layer that produced (or most likely produced) an error reply. */
export type Layer = 'api-gateway-rest' | 'api-gateway-http' | 'lambda-url' | 'cloudfront' | 'waf' | 'alb' | 'unknown'

/** How strong the evidence behind a diagnosis is. */
export type Confidence = 'high' | 'medium' | 'low'

/**
 * Headers in any shape a client hands out: a `Headers` object, a plain object in any casing (values may be
 * arrays, as in Node's `IncomingHttpHeaders`), an array of `[name, value]` pairs, or an object with
 * `get`/`toJSON` such as axios' `AxiosHeaders`.
 */
export type HeadersLike =
  | { forEach(callback: (value: string, name: string) => void): void }
  | Readonly<Record<string, unknown>>
  | ReadonlyArray<readonly [string, unknown]>
  | { toJSON(): unknown }

/** A body as a client hands it out: text, an already-parsed JSON value, or bytes. */
export type BodyLike =
  | string
  | ArrayBuffer
  | ArrayBufferView
  | Readonly<Record<string, unknown>>
  | readonly unknown[]
  | number
  | boolean
  | null
  | undefined

/** The request that led to the reply. Header values are inspected for their shape only and never kept. */
export interface RequestInput {
  /** HTTP method, any case. */
  method?: string
  /** The full URL that was called (a relative URL is accepted; its host is then unknown). */
  url?: string | URL
  /** Headers that were sent, in any shape. Only their names and the `Authorization` scheme are kept. */
  headers?: HeadersLike
}

/** What `diagnose()` reads: one HTTP reply and, optionally, the request that produced it. */
export interface DiagnoseInput {
  /**
   * The HTTP status code. 0 (or a missing status) means "unknown", as for a pasted body: the reply is then
   * diagnosed from its body and headers alone (`undefined` when it has neither). A request that got no reply
   * at all is not a `diagnose()` input: the adapters give it a `NO_RESPONSE` diagnosis of their own.
   */
  status: number
  /** The reason phrase, when the transport exposes it (Classic Load Balancer puts its reason there). */
  statusText?: string
  /** Response headers in any shape. */
  headers?: HeadersLike
  /** Response body: string, parsed JSON, bytes, or absent. */
  body?: BodyLike
  /** The request, for ranking causes with its context. */
  request?: RequestInput
  /** Milliseconds from sending the request to receiving the reply, when known. */
  elapsedMs?: number
}

/** One possible cause of an error, ranked for the request at hand. */
export interface RankedCause {
  /** Stable identifier, unique within its signature; part of the public API. */
  id: string
  /** The cause, in words. */
  cause: string
  /** What to do about it. */
  remedy: string
  /** A one-line `cause: remedy` summary with this request's facts filled in. */
  summary: string
  /** Relative likelihood for this request, between 0 and 1; the causes of one diagnosis add up to 1. */
  likelihood: number
  /** Documentation about this cause. */
  docs?: string[]
}

/** What apigw-doctor concluded about one error reply. Plain, serialisable data. */
export interface Diagnosis {
  /** Stable code of the matched signature, e.g. `MISSING_AUTHENTICATION_TOKEN`. */
  code: string
  /** The AWS layer that answered. */
  layer: Layer
  /** How strong the evidence is. */
  confidence: Confidence
  /** The HTTP status of the reply. */
  status: number
  /** The line a person reads first. */
  title: string
  /** The most likely cause, in words. */
  cause: string
  /** What to do about the most likely cause. */
  remedy: string
  /** All causes, most likely first. */
  causes: RankedCause[]
  /** The signals the diagnosis rests on, e.g. `x-amzn-errortype: MissingAuthenticationTokenException`. */
  evidence: string[]
  /** Advice about the diagnosis itself, e.g. which headers to expose to see request IDs in a browser. */
  hints: string[]
  /** `x-amzn-requestid`, `x-amzn-request-id` or `apigw-requestid`. */
  requestId?: string
  /** API Gateway's extended request ID, `x-amz-apigw-id`. */
  extendedRequestId?: string
  /** CloudFront's request ID: `x-amz-cf-id`, or the "Request ID:" line of a CloudFront page. */
  cloudfrontId?: string
  /** X-Ray trace ID, `x-amzn-trace-id`, when the reply carries one. */
  traceId?: string
  /** Documentation links for this error. */
  docs: string[]
}

/** The authorization scheme seen in the request's `Authorization` header; never its value. */
export type AuthScheme =
  /** No `Authorization` header was sent. */
  | 'none'
  /** `Bearer <token>`. */
  | 'bearer'
  /** `Basic <credentials>`. */
  | 'basic'
  /** `AWS4-HMAC-SHA256 Credential=…` (a SigV4 signature). */
  | 'sigv4'
  /** A bare token with no scheme word (e.g. a raw JWT). */
  | 'raw'
  /** Any other `<scheme> <value>`. */
  | 'other'
  /** The request's headers are not known. */
  | 'unknown'

/**
 * What kind of host the request went to.
 * `custom-domain` is any other named host: behind an AWS reply it is a custom domain name. `local` is
 * localhost or an IP address (an emulator, a test server, a tunnel).
 */
export type HostKind =
  | 'execute-api'
  | 'execute-api-private'
  | 'lambda-url'
  | 'cloudfront'
  | 'elb'
  | 'appsync'
  | 'custom-domain'
  | 'local'
  | 'unknown'

/**
 * Facts about the request's path, used to rank causes.
 * - `root`: the path is `/`.
 * - `stage-only`: exactly one segment (on execute-api, the bare stage URL).
 * - `stage-not-lowercase`: the first segment has capital letters (stage names are case-sensitive).
 * - `fragment`: the URL had a `#`, so everything after it was never sent (a `#` encoded as `%23` is a path
 *   character like any other, and sets no trait).
 * - `unencoded`: the path holds characters that should have been percent-encoded.
 * - `double-slash`: an empty segment, typical of naive URL concatenation.
 * - `trailing-slash`: the path ends with `/`.
 * - `stage-name-first`: the first segment is a usual stage name (`prod`, `dev`, `staging`, `v1`…), which on a
 *   custom domain is often a stage name that the base path mapping already supplies.
 */
export type PathTrait =
  | 'root'
  | 'stage-only'
  | 'stage-not-lowercase'
  | 'stage-name-first'
  | 'fragment'
  | 'unencoded'
  | 'double-slash'
  | 'trailing-slash'

/**
 * A condition on the request and reply; every key given must hold. A fact that is unknown (no request
 * passed, no timing) never satisfies a condition.
 */
export interface Condition {
  /** The `Authorization` scheme is one of these. */
  auth?: readonly AuthScheme[]
  /** All of these request headers were sent (lower-case names). */
  sent?: readonly string[]
  /** None of these request headers was sent (needs the request's headers). */
  notSent?: readonly string[]
  /** The request method is one of these (upper case). */
  method?: readonly string[]
  /** The request's host is of one of these kinds. */
  host?: readonly HostKind[]
  /** The request's path has all of these traits. */
  path?: readonly PathTrait[]
  /** Time to the reply, in ms, within these bounds. */
  elapsedMs?: { readonly min?: number; readonly max?: number }
  /** The reply's status is one of these. */
  status?: readonly number[]
  /** All of these reply headers are present (lower-case names). */
  replyHas?: readonly string[]
  /** The reply's message (JSON `message`/`Message`, or the text body) contains this. */
  messageIncludes?: string
  /** Diagnosed in a browser. */
  browser?: boolean
  /** Holds when this nested condition does not (pair it with a key that makes the facts known). */
  not?: Condition
}

/** Makes a cause more (`factor > 1`) or less (`factor < 1`) likely when its condition holds. */
export interface Adjustment {
  readonly when: Condition
  readonly factor: number
}

/** A cause as a signature declares it. */
export interface CauseRule {
  /** Stable identifier, unique within the signature; part of the public API. */
  readonly id: string
  /** The cause, in words (English). */
  readonly cause: string
  /** What to do about it (English). */
  readonly remedy: string
  /**
   * One line, `cause: remedy`, shown first in enriched error messages. May use the placeholders
   * `{request}` (`GET /prod/x`), `{path}`, `{stage}` and `{host}`.
   */
  readonly summary: string
  /** Prior weight before the request's context is taken into account (any positive number). */
  readonly weight: number
  /** How the request's context changes the weight. */
  readonly adjust?: readonly Adjustment[]
  /** Documentation about this cause. */
  readonly docs?: readonly string[]
  /**
   * Given only when a finding names it (the API's route table, the canonical request a signature-mismatch
   * message quotes), first and with the facts filled in; the ranking by weight leaves it out. Its texts may
   * use the placeholders its finding fills (e.g. `{suggestion}`, `{aws}`, `{sent}`).
   */
  readonly finding?: boolean
}

/**
 * A test on one reply header: `true` (present), a string the value must contain (case-insensitive), or a
 * list of strings one of which the value must contain.
 */
export type HeaderTest = true | string | readonly string[]

/**
 * How a signature recognises its reply. Every field given must hold; the more specific the fields that
 * held, the higher the signature scores against others.
 */
export interface SignatureMatch {
  /** The statuses AWS sends for this reply. */
  readonly status?: readonly number[]
  /**
   * The API owner can customise this reply (REST gateway responses): a reply that matches on its message
   * or error type still matches with another status, and one whose `x-amzn-ErrorType` matches still
   * matches with another body; the diagnosis then says the gateway response was customised.
   */
  readonly customizable?: boolean
  /** `x-amzn-ErrorType` values (compared case-insensitively, after stripping `:…` suffixes). */
  readonly errorType?: readonly string[]
  /** Exact values of the JSON body's `message` (or `Message`) field; `null` matches `{"message":null}`. */
  readonly message?: readonly (string | null)[]
  /** Prefixes of the JSON body's `message`/`Message` field. */
  readonly messageStartsWith?: readonly string[]
  /** The JSON key AWS uses; `Message` (capital M) sets authorizer and policy denials apart. */
  readonly messageKey?: 'message' | 'Message'
  /** Exact body texts (compared after trimming), for plain-text replies. */
  readonly text?: readonly string[]
  /** Fragments the body must all contain. */
  readonly bodyIncludes?: readonly string[]
  /** Fragments of which the body must contain at least one. */
  readonly bodyIncludesAny?: readonly string[]
  /** The body must be empty. */
  readonly emptyBody?: boolean
  /** Reply headers (lower-case names) and what they must hold. */
  readonly headers?: Readonly<Record<string, HeaderTest>>
  /** Reply headers (lower-case names) that must be absent. */
  readonly absentHeaders?: readonly string[]
  /** Kinds of host this reply comes from; only checked when the request's URL is known. */
  readonly hosts?: readonly HostKind[]
  /** The reason phrase (`statusText`) contains one of these. */
  readonly statusText?: readonly string[]
  /**
   * The body criteria above are something only AWS sends (a CloudFront page, "Missing Authentication
   * Token"): enough AWS evidence on their own, even with every header hidden.
   */
  readonly distinctive?: boolean
}

/** A documented AWS error reply, its causes and their remedies. Signatures are plain data. */
export interface Signature {
  /** Stable code; part of the public API. REST gateway responses keep AWS's names. */
  readonly code: string
  /** The AWS layer that sends this reply. */
  readonly layer: Layer
  /** The line a person reads first (English). */
  readonly title: string
  /** The REST gateway response types whose (identical) reply this signature covers. */
  readonly gatewayResponseTypes?: readonly string[]
  /** How the reply is recognised. */
  readonly match: SignatureMatch
  /**
   * Other shapes of the same reply, each recognised on its own: the page CloudFront shows for an edge-function
   * failure when its `X-Cache` header was not captured, the execution log line a test invocation prints. The
   * best-scoring shape counts.
   */
  readonly alsoMatch?: readonly SignatureMatch[]
  /** Possible causes with their priors and context rules. */
  readonly causes: readonly CauseRule[]
  /** Documentation links. */
  readonly docs: readonly string[]
  /**
   * A reply exactly as AWS sends it; `diagnose(example)` gives back this signature's code. Every built-in
   * signature has one ({@link CatalogSignature}); the engine never reads it, so a custom signature may leave
   * it out.
   */
  readonly example?: DiagnoseInput
  /** The highest confidence this signature may claim, for replies whose wording AWS has not confirmed. */
  readonly maxConfidence?: Confidence
  /** Texts in other languages, by language tag (e.g. `ja`), for custom signatures that carry their own. */
  readonly texts?: Readonly<Record<string, SignatureTexts>>
}

/** A signature of the built-in catalog: it always carries its canonical `example` reply. */
export interface CatalogSignature extends Signature {
  readonly example: DiagnoseInput
}

/** Canonical example replies, by signature code. */
export type Examples = Readonly<Record<string, DiagnoseInput>>

/** Options of `diagnose()`. */
export interface DiagnoseOptions {
  /** Extra signatures, checked before the built-in ones. */
  signatures?: readonly Signature[]
  /** Bytes of the body read at most (default 64 KiB). */
  maxBodyBytes?: number
  /**
   * Hosts known to front AWS (custom domain names), as exact names or `*.example.com` wildcards. A reply
   * from such a host counts as AWS evidence even when its headers are hidden.
   */
  awsHosts?: readonly string[]
  /**
   * Language of the texts: `en` (default), `ja`, `auto` (the browser's language, or `LC_ALL`/`LC_MESSAGES`/
   * `LANG` in Node), or an overlay object. Other languages need their overlay loaded, e.g.
   * `import 'apigw-doctor/locales/ja'`; without it the texts stay English.
   */
  locale?: LocaleOption
  /**
   * The reply was received by a browser (cross-origin headers may be hidden, CORS rules apply). Detected
   * from the runtime when not given; a tool reading a HAR file captured in a browser sets it.
   */
  browser?: boolean
  /**
   * The API's own route table, read once with `routeTable()` (an OpenAPI or Swagger export, a SAM template or
   * serverless.yml, a route list, or `GET /v1/items` lines). With it, a no-route reply names what is nearest ("did you mean GET
   * /prod/v1/items?", the methods a path exists for, a stage left out or doubled, letter case); when the table
   * has the route, the diagnosis says the stage does not serve it.
   */
  routes?: RouteTable
}

/** One route: an upper-case method (or `ANY`) and a path template such as `/items/{id}` or `/{proxy+}`. */
export interface Route {
  readonly method: string
  /** Starts with `/`; `$default` is the HTTP API catch-all route. */
  readonly path: string
}

/** The request, as a route table sees it. */
export interface RouteQuery {
  /** Upper-case method, when known. */
  method?: string
  /** The path as sent. */
  path: string
  hostKind: HostKind
  /** The layer that answered: REST APIs always address a stage in an execute-api URL. */
  layer: Layer
}

/**
 * One precise cause: the id of a `finding` cause of the signature, whose texts say it, and the values of
 * their placeholders.
 */
export interface CauseFinding {
  /** The id of a cause rule marked `finding` in the matched signature. */
  readonly id: string
  /** Placeholder values: request facts and route names, never a credential (they are redacted again). */
  readonly values: Readonly<Record<string, string>>
  /** Share of the likelihood this finding takes, between 0 and 1. */
  readonly share: number
}

/** An API's route table, as `routeTable()` reads it; pass it as the `routes` option. */
export interface RouteTable {
  /** The routes read, e.g. `{ method: 'GET', path: '/v1/items/{id}' }`; `ANY` serves every method. */
  readonly routes: readonly Route[]
  /** The stage the export names (`''` for an HTTP API's `$default` stage), when it names one. */
  readonly stage?: string
  /** Explains a reply that found no route (called by `diagnose()`). */
  explain(query: RouteQuery): CauseFinding | undefined
}
