/**
 * Fuzzing with fast-check. 100 000 generated replies go through `diagnose()`: the catalog's own example
 * replies, mutated (other status, headers dropped or swapped, bodies cut, spliced with page fragments and
 * near-miss messages), and arbitrary junk in every input shape a caller can pass. The engine must never
 * throw, and must answer `undefined` or a well-formed, serialisable diagnosis that carries none of the
 * request's credentials. The CLI's parsers and the whole CLI run get generated captures and must never
 * throw either.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectFormat } from '../../src/cli/detect.ts'
import { parseCurlLines } from '../../src/cli/parse-curl.ts'
import { parseHar } from '../../src/cli/parse-har.ts'
import { parseJsonReplies } from '../../src/cli/parse-json.ts'
import { parseRawLines } from '../../src/cli/parse-raw.ts'
import { run } from '../../src/cli/run.ts'
import { newCounter, type ParseResult } from '../../src/cli/types.ts'
import { type DiagnoseInput, type Diagnosis, diagnose, signatures } from '../../src/index.ts'

/** Total replies generated for `diagnose()`, split over the properties below. */
const DIAGNOSE_RUNS = 100_000

const LAYERS = new Set(['api-gateway-rest', 'api-gateway-http', 'lambda-url', 'cloudfront', 'waf', 'alb', 'unknown'])
const CODES = new Set([...signatures.map((s) => s.code), 'NO_RESPONSE'])

/** Credentials sent with generated requests: none may come out in a diagnosis. */
const SECRETS = {
  bearer: 'FuzzBearerSecret0123456789abcdef',
  cookie: 'FuzzCookieSecret0123456789',
  apiKey: 'FuzzApiKeySecret0123456789abcdefgh',
  securityToken: 'FuzzSecurityTokenSecret0123456789ABC',
  signature: 'f00dfacef00dfacef00dfacef00dfacef00dfacef00dfacef00dfacef00dface',
}

/** Everything wrong with a diagnosis, as readable lines (empty when well-formed). */
function problemsOf(d: Diagnosis): string[] {
  const problems: string[] = []
  if (typeof d.code !== 'string' || !CODES.has(d.code)) problems.push(`code ${String(d.code)} is not in the catalog`)
  if (!LAYERS.has(d.layer)) problems.push(`layer ${String(d.layer)}`)
  if (!['high', 'medium', 'low'].includes(d.confidence)) problems.push(`confidence ${String(d.confidence)}`)
  // 0: the status was unknown (a pasted body or headers alone).
  if (!Number.isInteger(d.status) || (d.status !== 0 && (d.status < 200 || d.status > 599))) problems.push(`status ${d.status}`)
  if (typeof d.title !== 'string' || d.title === '') problems.push('empty title')
  if (!Array.isArray(d.causes) || d.causes.length === 0) problems.push('no causes')
  else {
    const sum = d.causes.reduce((total, cause) => total + cause.likelihood, 0)
    // Likelihoods are rounded to 3 decimals: each may be off by 0.0005.
    if (Math.abs(sum - 1) > 0.0005 * d.causes.length + 1e-9) problems.push(`likelihoods add up to ${sum}`)
    d.causes.forEach((cause, i) => {
      if (!(cause.likelihood >= 0 && cause.likelihood <= 1)) problems.push(`likelihood ${cause.likelihood}`)
      if (i > 0 && (d.causes[i - 1]?.likelihood ?? 0) < cause.likelihood) problems.push('causes not sorted by likelihood')
      for (const key of ['id', 'cause', 'remedy', 'summary'] as const)
        if (typeof cause[key] !== 'string' || cause[key] === '') problems.push(`cause ${i} has no ${key}`)
    })
    if (d.cause !== d.causes[0]?.cause || d.remedy !== d.causes[0]?.remedy) problems.push('cause/remedy are not the top cause')
    if (new Set(d.causes.map((cause) => cause.id)).size !== d.causes.length) problems.push('duplicate cause ids')
  }
  for (const key of ['evidence', 'hints', 'docs'] as const)
    if (!Array.isArray(d[key]) || d[key].some((line) => typeof line !== 'string'))
      problems.push(`${key} is not a list of strings`)
  const json = JSON.stringify(d)
  try {
    expect(JSON.parse(json)).toEqual(d)
  } catch {
    problems.push('does not survive JSON')
  }
  for (const secret of Object.values(SECRETS)) if (json.includes(secret)) problems.push(`leaks ${secret}`)
  return problems
}

/** Diagnoses one input and throws on an exception or a malformed diagnosis. */
function check(input: unknown): Diagnosis | undefined {
  let d: Diagnosis | undefined
  try {
    d = diagnose(input as DiagnoseInput)
  } catch (error) {
    throw new Error(`diagnose() threw ${String(error)}`)
  }
  if (d !== undefined) {
    const problems = problemsOf(d)
    if (problems.length > 0) throw new Error(`malformed diagnosis ${d.code}: ${problems.join('; ')}`)
  }
  return d
}

// Material from the catalog: the replies AWS sends, the texts that identify them, page fragments.
const examples = signatures.map((s) => s.example)
const exampleBodies = examples
  .map((e) => (typeof e.body === 'string' ? e.body : JSON.stringify(e.body ?? '')))
  .filter((b) => b !== '')
const phrases = [
  ...new Set(
    signatures.flatMap((s) => [
      ...(s.match.message ?? []).filter((m): m is string => typeof m === 'string'),
      ...(s.match.messageStartsWith ?? []),
      ...(s.match.text ?? []),
      ...(s.match.bodyIncludes ?? []),
      ...(s.match.bodyIncludesAny ?? []),
    ]),
  ),
]
const errorTypes = [...new Set(signatures.flatMap((s) => s.match.errorType ?? []))]
const exampleHeaders = examples.flatMap((e) =>
  e.headers !== undefined && !Array.isArray(e.headers) ? Object.entries(e.headers as Record<string, unknown>) : [],
)
const NEAR_MISSES = [
  'Generated by cloudfront (CloudFront)',
  'Request ID: ',
  '<TITLE>ERROR: The request could not be satisfied</TITLE>',
  '<H1>403 ERROR</H1>',
  'Authorization=',
  `Authorization=${SECRETS.bearer}`,
  '"message":',
  '{"message":null}',
  '{"Message":"User is not authorized',
  '<center>awselb/2.0</center>',
  '"',
  '\\',
  '{',
  '}}',
  '\u0000',
  '\ud800',
  '😀',
  '__proto__',
  '{"__proto__":{"message":"Missing Authentication Token"}}',
  ' '.repeat(64),
]

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...exampleBodies) },
  { weight: 2, arbitrary: fc.constantFrom(...phrases, ...NEAR_MISSES) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom(...phrases, ...NEAR_MISSES, ...exampleBodies.map((b) => b.slice(0, 80))), { maxLength: 6 })
      .map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
)

/** A catalog body cut or spliced: the near misses that must not fool or break the matcher. */
const mutatedBody = fc
  .tuple(fc.constantFrom(...exampleBodies), fc.nat(), fc.nat(), fc.option(text, { nil: undefined }))
  .map(([body, a, b, insert]) => {
    const from = a % (body.length + 1)
    const to = from + (b % Math.max(1, body.length - from + 1))
    return body.slice(0, from) + (insert ?? '') + body.slice(to)
  })

const jsonBody = fc
  .record(
    {
      message: fc.oneof(fc.constantFrom(...phrases), fc.string({ maxLength: 30 }), fc.constant(null), fc.integer()),
      Message: fc.oneof(fc.constantFrom(...phrases), fc.constant(null)),
      extra: fc.jsonValue({ maxDepth: 2 }),
    },
    { requiredKeys: [] },
  )
  .chain((object) => fc.constantFrom<unknown>(object, JSON.stringify(object)))

const body = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 4, arbitrary: mutatedBody },
  { weight: 3, arbitrary: jsonBody },
  { weight: 1, arbitrary: mutatedBody.map((b) => new TextEncoder().encode(b)) },
  { weight: 1, arbitrary: mutatedBody.map((b) => new TextEncoder().encode(b).buffer) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, null, '', 0, true, [], {}, Number.NaN) },
)

const headerName = fc.constantFrom(
  'x-amzn-ErrorType',
  'x-amzn-RequestId',
  'x-amz-apigw-id',
  'apigw-requestid',
  'x-amz-cf-id',
  'x-amz-cf-pop',
  'X-Cache',
  'Via',
  'Server',
  'x-amzn-waf-action',
  'x-amzn-Remapped-Authorization',
  'x-amzn-trace-id',
  'Content-Type',
  'WWW-Authenticate',
  'Set-Cookie',
  '__proto__',
  'constructor',
  '',
)
const headerValue = fc.oneof(
  fc.constantFrom(
    ...errorTypes,
    'CloudFront',
    'awselb/2.0',
    'Error from cloudfront',
    'LambdaExecutionError from cloudfront',
    '1.1 abc.cloudfront.net (CloudFront)',
    'captcha',
    'challenge',
  ),
  fc.constantFrom(...exampleHeaders.map(([, value]) => String(value))),
  fc.string({ maxLength: 40 }),
)
const headerPairs = fc.array(fc.tuple(headerName, headerValue), { maxLength: 8 })
const headers = fc.oneof(
  headerPairs.map((pairs) => Object.fromEntries(pairs)),
  headerPairs,
  headerPairs.map((pairs) => {
    const h = new Headers()
    for (const [name, value] of pairs) {
      try {
        h.append(name, value)
      } catch {
        // Not a valid header for fetch's Headers: skip it, as a client would never have it.
      }
    }
    return h
  }),
  headerPairs.map((pairs) => new Map(pairs)),
  headerPairs.map((pairs) => ({ toJSON: () => Object.fromEntries(pairs) })),
  fc.constantFrom<unknown>(undefined, null, 'x-amzn-errortype: x', 42),
)

const url = fc.oneof(
  fc.constantFrom(
    'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/v1/items',
    'https://abc123defg.execute-api.us-east-1.amazonaws.com/',
    'https://abc123defg.execute-api.eu-west-1.amazonaws.com/Prod//x#frag',
    'https://abcdefghijklmnopqrstuvwxyz012345.lambda-url.eu-west-1.on.aws/',
    'https://d111111abcdef8.cloudfront.net/index.html',
    'http://my-alb-123456789.eu-west-1.elb.amazonaws.com/health',
    'https://api.example.com/v2/orders?token=abc',
    'http://localhost:3000/dev/x',
    '/relative/path',
    '',
  ),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.string({ maxLength: 30 }),
)
const requestHeaders = fc.record(
  {
    authorization: fc.constantFrom(
      `Bearer ${SECRETS.bearer}`,
      `Basic ${SECRETS.bearer}`,
      SECRETS.bearer,
      `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260101/eu-west-1/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=${SECRETS.signature}`,
      '',
    ),
    cookie: fc.constant(`session=${SECRETS.cookie}`),
    'x-api-key': fc.constant(SECRETS.apiKey),
    'x-amz-security-token': fc.constant(SECRETS.securityToken),
    origin: fc.constant('https://app.example.com'),
  },
  { requiredKeys: [] },
)
const request = fc.option(
  fc.record(
    {
      method: fc.oneof(fc.constantFrom('GET', 'POST', 'OPTIONS', 'put', 'DELETE'), fc.string({ maxLength: 8 })),
      url,
      headers: requestHeaders,
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
)
const status = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...new Set(signatures.flatMap((s) => s.match.status ?? [s.example.status]))) },
  { weight: 2, arbitrary: fc.integer({ min: 100, max: 599 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(0, -1, 1000, 403.5, Number.NaN, '403', undefined, null) },
)
const elapsedMs = fc.option(fc.oneof(fc.nat({ max: 60_000 }), fc.double(), fc.constantFrom(29_000, 30_000, 10_000)), {
  nil: undefined,
})

/** Any reply a caller could hand over, AWS's or not. */
const reply = fc.record(
  {
    status,
    statusText: fc.option(
      fc.oneof(fc.constantFrom('Forbidden', 'Service Unavailable: Back-end server is at capacity'), fc.string({ maxLength: 20 })),
      { nil: undefined },
    ),
    headers,
    body,
    request,
    elapsedMs,
  },
  { requiredKeys: ['status'] },
)

/** The catalog's own example replies, changed in one or two ways. */
const mutatedExample = fc
  .tuple(
    fc.constantFrom(...examples),
    fc.option(status, { nil: undefined }),
    fc.option(headers, { nil: undefined }),
    fc.option(body, { nil: undefined }),
    request,
    fc.boolean(),
  )
  .map(([example, newStatus, newHeaders, newBody, newRequest, hideHeaders]) => ({
    ...example,
    ...(newStatus === undefined ? {} : { status: newStatus }),
    ...(hideHeaders ? { headers: {} } : newHeaders === undefined ? {} : { headers: newHeaders }),
    ...(newBody === undefined ? {} : { body: newBody }),
    ...(newRequest === undefined ? {} : { request: newRequest }),
  }))

describe('fuzzing diagnose()', () => {
  it(`never throws and answers undefined or a well-formed diagnosis (${DIAGNOSE_RUNS} replies)`, () => {
    let diagnosed = 0
    const counting = (input: unknown): void => {
      if (check(input) !== undefined) diagnosed++
    }
    fc.assert(fc.property(mutatedExample, counting), { numRuns: DIAGNOSE_RUNS / 2 })
    fc.assert(fc.property(reply, counting), { numRuns: DIAGNOSE_RUNS / 2 - 1000 })
    // Hostile shapes: objects whose getters throw, proxies, cycles.
    const hostile = fc.constantFrom<unknown>(
      undefined,
      null,
      42,
      'reply',
      [],
      {
        status: 403,
        get body(): never {
          throw new Error('getter')
        },
      },
      {
        status: 403,
        headers: new Proxy(
          {},
          {
            ownKeys: () => {
              throw new Error('proxy')
            },
          },
        ),
      },
      (() => {
        const cyclic: Record<string, unknown> = { message: 'Missing Authentication Token' }
        cyclic.self = cyclic
        return { status: 403, body: cyclic }
      })(),
      {
        status: 403,
        request: {
          get url(): never {
            throw new Error('getter')
          },
        },
      },
    )
    fc.assert(fc.property(hostile, counting), { numRuns: 1000 })
    // The generators reach the catalog: a fuzzer that never produced a diagnosis would prove little.
    expect(diagnosed).toBeGreaterThan(DIAGNOSE_RUNS / 10)
  }, 120_000)
})

// Captures for the CLI: curl -v transcripts, raw replies, HAR logs, JSON replies, and junk.
const line = fc.oneof(
  fc.constantFrom(
    '*   Trying 203.0.113.10:443...',
    '* Connected to abc123defg.execute-api.eu-west-1.amazonaws.com (203.0.113.10) port 443',
    '> GET /prod/v1/items HTTP/2',
    '> Host: abc123defg.execute-api.eu-west-1.amazonaws.com',
    `> authorization: Bearer ${SECRETS.bearer}`,
    '>',
    '< HTTP/2 403',
    '< HTTP/1.1 502 Bad Gateway',
    '< x-amzn-errortype: MissingAuthenticationTokenException',
    '< x-amz-cf-id: abc',
    '< server: CloudFront',
    '<',
    '{ [42 bytes data]',
    '* Connection #0 to host x left intact',
    'HTTP/1.1 403 Forbidden',
    'GET / HTTP/1.1',
    'Content-Type: application/json',
    '',
    '\r',
    'curl: (6) Could not resolve host: x',
    // What a person pastes (issue #17): DevTools copies, the Headers panel, console lines, chat fences.
    `curl 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/v1/items?api_key=${SECRETS.apiKey}' \\`,
    `  -H 'x-api-key: ${SECRETS.apiKey}' \\`,
    `  -b 'sid=${SECRETS.cookie}' \\`,
    '  --data-raw \'{"a":1}\'',
    'curl ^"https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/^" ^',
    `fetch("https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/v1/items", {"headers": {"authorization": "Bearer ${SECRETS.bearer}"}, "method": "GET"});`,
    'fetch("https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/v1/items", {',
    '});',
    'Request URL: https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/v1/items',
    'Request URL:',
    'Request Method: POST',
    'Status Code: 403 Forbidden',
    'x-amzn-errortype: AccessDeniedException',
    "Access to fetch at 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/v1/items' from origin 'https://app.example' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
    'GET https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/v1/items net::ERR_FAILED 403 (Forbidden)',
    'Failed to load resource: the server responded with a status of 504 ()',
    'POST https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/v1/items net::ERR_NAME_NOT_RESOLVED',
    '```json',
    '```',
  ),
  fc.constantFrom(...exampleBodies.flatMap((b) => b.split('\n').slice(0, 3))),
  fc.string({ maxLength: 40 }),
)
const transcript = fc
  .array(line, { maxLength: 30 })
  .chain((lines) => fc.constantFrom(lines.join('\n'), lines.join('\r\n'), `${lines.join('\n')}\n`))
const harEntry = fc.record(
  {
    request: fc.record(
      {
        method: fc.oneof(fc.constant('GET'), fc.jsonValue()),
        url: fc.oneof(url, fc.jsonValue()),
        headers: fc.oneof(
          fc.array(fc.record({ name: fc.oneof(headerName, fc.jsonValue()), value: fc.oneof(headerValue, fc.jsonValue()) })),
          fc.jsonValue(),
        ),
      },
      { requiredKeys: [] },
    ),
    response: fc.record(
      {
        status: fc.oneof(status, fc.jsonValue()),
        statusText: fc.oneof(fc.string(), fc.jsonValue()),
        headers: fc.oneof(fc.array(fc.record({ name: headerName, value: headerValue })), fc.jsonValue()),
        content: fc.record(
          {
            text: fc.oneof(
              body.filter((b): b is string => typeof b === 'string'),
              fc.base64String(),
              fc.jsonValue(),
            ),
            encoding: fc.constantFrom('base64', 'utf8', undefined),
          },
          { requiredKeys: [] },
        ),
        _error: fc.string(),
      },
      { requiredKeys: [] },
    ),
    time: fc.oneof(fc.double(), fc.jsonValue()),
    timings: fc.jsonValue(),
    _error: fc.string(),
  },
  { requiredKeys: [] },
)
const har = fc.record(
  {
    log: fc.record(
      {
        creator: fc.record({ name: fc.constantFrom('WebInspector', 'Firefox', 'x') }),
        entries: fc.oneof(fc.array(harEntry, { maxLength: 5 }), fc.jsonValue()),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
)
const jsonReplies = fc
  .oneof(reply, fc.array(reply, { maxLength: 4 }), fc.record({ fixtures: fc.array(reply, { maxLength: 3 }) }))
  .map((value) =>
    JSON.parse(
      JSON.stringify(value, (_key, v: unknown) =>
        v instanceof Headers || v instanceof Map || ArrayBuffer.isView(v) || v instanceof ArrayBuffer ? {} : v,
      ) ?? 'null',
    ),
  )
const capture = fc.oneof(
  transcript,
  har.map((h) => JSON.stringify(h)),
  jsonReplies.map((j) => JSON.stringify(j)),
  fc.string({ maxLength: 200 }),
  fc.jsonValue().map((j) => JSON.stringify(j) ?? ''),
)

/** Checks a parse result and the diagnosis of every reply in it; answers how many replies it held. */
function wellFormedParse(result: ParseResult): number {
  expect(Array.isArray(result.exchanges)).toBe(true)
  expect(Array.isArray(result.notes)).toBe(true)
  let replies = 0
  for (const exchange of result.exchanges)
    if (exchange.kind === 'reply') {
      check(exchange.input)
      replies++
    }
  return replies
}

describe('fuzzing the CLI parsers', () => {
  // Each property counts the replies the parsers found: generators that never led to one would leave the
  // diagnosis of parsed replies unchecked.
  it('parse curl -v transcripts and raw HTTP without throwing', () => {
    let curlReplies = 0
    let rawReplies = 0
    fc.assert(
      fc.property(transcript, (text) => {
        const lines = text.split(/\r?\n/)
        curlReplies += wellFormedParse(parseCurlLines(lines, newCounter()))
        rawReplies += wellFormedParse(parseRawLines(lines, newCounter()))
        const detected = detectFormat(text, newCounter())
        expect('error' in detected || ['curl', 'raw', 'har', 'json', 'paste'].includes(detected.format)).toBe(true)
      }),
      { numRuns: 5000 },
    )
    expect(curlReplies).toBeGreaterThan(200)
    expect(rawReplies).toBeGreaterThan(100)
  })

  it('parse HAR logs and JSON replies of any shape without throwing', () => {
    let harReplies = 0
    let jsonReplyCount = 0
    fc.assert(
      fc.property(fc.oneof(har, fc.jsonValue()), (value) => {
        harReplies += wellFormedParse(parseHar(value, newCounter()))
        wellFormedParse(parseJsonReplies(value, newCounter()))
      }),
      { numRuns: 5000 },
    )
    fc.assert(
      fc.property(jsonReplies, (value) => {
        jsonReplyCount += wellFormedParse(parseJsonReplies(value, newCounter()))
      }),
      { numRuns: 2000 },
    )
    expect(harReplies).toBeGreaterThan(200)
    expect(jsonReplyCount).toBeGreaterThan(500)
  })

  it('runs the whole CLI on any capture: exit status 0 or 2, never an exception, no credential printed', async () => {
    let withSecret = 0
    await fc.assert(
      fc.asyncProperty(
        capture,
        fc.constantFrom<string[]>([], ['--json'], ['--all'], ['--format', 'har'], ['--format', 'curl']),
        async (input, flags) => {
          let out = ''
          const code = await run({
            argv: [...flags, 'capture.txt'],
            env: {},
            stdin: (async function* () {
              // The capture is read as a file, never from stdin.
            })(),
            stdinIsTTY: false,
            stdoutIsTTY: false,
            write: (chunk) => {
              out += chunk
            },
            error: (chunk) => {
              out += chunk
            },
            readFile: async () => new TextEncoder().encode(input),
          })
          expect([0, 2]).toContain(code)
          // Exit status 2 is for input with nothing to diagnose; an exception the CLI caught is still a bug.
          expect(out).not.toContain('internal error')
          if (Object.values(SECRETS).some((secret) => input.includes(secret))) withSecret++
          for (const secret of Object.values(SECRETS)) expect(out).not.toContain(secret)
        },
      ),
      { numRuns: 2000 },
    )
    // The "no credential printed" check means something only for inputs that carried one.
    expect(withSecret).toBeGreaterThan(50)
  }, 60_000)
})
