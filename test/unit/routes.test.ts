/**
 * Route-aware diagnosis (issue #16): with the API's route table, a no-route reply names what is nearest.
 * The tables are OpenAPI and Swagger exports written as API Gateway exports them (test/fixtures/routes/):
 * `aws apigateway get-export --export-type oas30|swagger --parameters extensions='integrations'` (REST) and
 * `aws apigatewayv2 export-api --specification OAS30 --output-type JSON` (HTTP API, $default stage).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { withDiagnosis } from '../../adapters/fetch.ts'
import { type DiagnoseInput, type Diagnosis, diagnose, type RouteTable, routeTable } from '../../src/index.ts'
import { ja } from '../../src/locales/ja.ts'

const exportOf = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/routes/${name}`, import.meta.url), 'utf8'))

const REST_HOST = 'https://abc123defg.execute-api.eu-west-1.amazonaws.com'
const HTTP_HOST = 'https://k7m2p9q4r1.execute-api.eu-west-1.amazonaws.com'

/** REST's no-route reply (gateway response MISSING_AUTHENTICATION_TOKEN), as in the catalog's example. */
function restNoRoute(method: string, url: string): DiagnoseInput {
  return {
    status: 403,
    headers: {
      'content-type': 'application/json',
      'x-amzn-RequestId': 'c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11',
      'x-amzn-ErrorType': 'MissingAuthenticationTokenException',
      'x-amz-apigw-id': 'Yq3kHGbZjoEFXyQ=',
    },
    body: '{"message":"Missing Authentication Token"}',
    request: { method, url },
  }
}

/** HTTP API's no-route reply. */
function httpNoRoute(method: string, url: string): DiagnoseInput {
  return {
    status: 404,
    headers: { 'content-type': 'application/json', 'content-length': '23', 'apigw-requestid': 'Xk3pQjZ2oAMEbYw=' },
    body: '{"message":"Not Found"}',
    request: { method, url },
  }
}

/** Cause ids that claim the request is wrong; none may appear when the table has the route. */
const CLAIMS = [
  'route-did-you-mean',
  'route-method-differs',
  'route-preflight-missing',
  'route-stage-missing',
  'route-stage-doubled',
  'route-stage-extra',
  'route-case-differs',
  'route-greedy-empty',
  'route-not-in-table',
]

function top(diagnosis: Diagnosis | undefined): { id?: string; summary?: string; likelihood?: number } {
  return diagnosis?.causes[0] ?? {}
}

function routeIds(diagnosis: Diagnosis | undefined): string[] {
  return (diagnosis?.causes ?? []).map((c) => c.id).filter((id) => id.startsWith('route-'))
}

describe.each([
  ['OpenAPI 3 export', 'rest-oas30-export.json'],
  ['Swagger 2 export', 'rest-swagger2-export.json'],
])('a REST API with its %s', (_kind, file) => {
  const routes = routeTable(exportOf(file))
  const ask = (method: string, path: string) => diagnose(restNoRoute(method, `${REST_HOST}${path}`), { routes })
  const plain = (method: string, path: string) => diagnose(restNoRoute(method, `${REST_HOST}${path}`))

  it('reads the routes and the stage of the export', () => {
    expect(routes.stage).toBe('prod')
    expect(routes.routes).toEqual(
      expect.arrayContaining([
        { method: 'GET', path: '/v1/items' },
        { method: 'GET', path: '/v1/items/{id}' },
        { method: 'POST', path: '/v1/orders' },
      ]),
    )
    expect(routes.routes.some((r) => r.path === 'parameters' || r.method === 'PARAMETERS')).toBe(false)
  })

  it('names the nearest route of a typo: did you mean', () => {
    const d = ask('GET', '/prod/v1/itmes')
    expect(top(d).id).toBe('route-did-you-mean')
    expect(top(d).summary).toBe('no GET /prod/v1/itmes; did you mean GET /prod/v1/items?')
    expect(top(d).likelihood).toBeGreaterThan(0.5)
    expect(d?.causes.reduce((sum, c) => sum + c.likelihood, 0)).toBeCloseTo(1, 2)
  })

  it('says the path exists for other methods only', () => {
    const d = ask('GET', '/prod/v1/orders')
    expect(top(d).id).toBe('route-method-differs')
    expect(top(d).summary).toBe('/prod/v1/orders exists for POST only: call it with that method or add GET')
  })

  it('says a preflight found no OPTIONS method', () => {
    const d = ask('OPTIONS', '/prod/v1/orders')
    expect(top(d).id).toBe('route-preflight-missing')
    expect(top(d).summary).toContain('defined for POST')
  })

  it('says the stage is missing', () => {
    const d = ask('GET', '/v1/items')
    expect(top(d).id).toBe('route-stage-missing')
    expect(top(d).summary).toBe('the stage is missing from the path: call GET /prod/v1/items')
  })

  it('says the stage is doubled', () => {
    const d = ask('GET', '/prod/prod/v1/items/42')
    expect(top(d).id).toBe('route-stage-doubled')
    expect(top(d).summary).toBe('the stage prod is doubled in the path: call GET /prod/v1/items/42')
  })

  it('says the letter case differs, in the path or in the stage', () => {
    expect(top(ask('GET', '/prod/V1/Items'))).toMatchObject({
      id: 'route-case-differs',
      summary: 'the letter case differs: call GET /prod/v1/items',
    })
    expect(top(ask('GET', '/Prod/v1/items')).id).toBe('route-case-differs')
  })

  it('has the route when the path and method match a template: not deployed, no claim about the URL', () => {
    const d = ask('GET', '/prod/v1/items/42')
    expect(top(d).id).toBe('route-in-table')
    expect(top(d).summary).toContain('GET /prod/v1/items/{id} is in the route table')
    expect(routeIds(d).filter((id) => CLAIMS.includes(id))).toEqual([])
    // The catalog's own causes follow, in their usual order.
    const without = plain('GET', '/prod/v1/items/42')
    expect(d?.causes.slice(1).map((c) => c.id)).toEqual(without?.causes.map((c) => c.id))
  })

  it('suggests the path without a doubled or trailing slash rather than claiming the route exists', () => {
    expect(top(ask('GET', '/prod/v1/items/'))).toMatchObject({
      id: 'route-did-you-mean',
      summary: 'no GET /prod/v1/items/; did you mean GET /prod/v1/items?',
    })
    expect(top(ask('GET', '/prod//v1/items')).id).toBe('route-did-you-mean')
  })

  it('says a far path matches no route of the table rather than guessing', () => {
    const d = ask('GET', '/prod/billing/invoices/2026')
    expect(top(d).id).toBe('route-not-in-table')
    expect(routeIds(d)).toEqual(['route-not-in-table'])
  })

  it('changes nothing without the routes option', () => {
    expect(routeIds(plain('GET', '/prod/v1/itmes'))).toEqual([])
  })
})

describe('a REST API: greedy parameters and custom domains', () => {
  const routes = routeTable(exportOf('rest-oas30-export.json'))

  it('says {proxy+} needs at least one segment', () => {
    const d = diagnose(restNoRoute('GET', `${REST_HOST}/prod/files`), { routes })
    expect(top(d).id).toBe('route-greedy-empty')
    expect(top(d).summary).toBe('ANY /prod/files/{proxy+} does not match /prod/files itself: add a method on /prod/files')
    expect(routeIds(diagnose(restNoRoute('GET', `${REST_HOST}/prod/files/a/b.txt`), { routes }))).toEqual(['route-in-table'])
  })

  it('says a root {proxy+} does not match the bare stage URL', () => {
    const d = diagnose(restNoRoute('GET', `${REST_HOST}/prod`), { routes: routeTable('ANY /{proxy+}', { stage: 'prod' }) })
    expect(top(d)).toMatchObject({
      id: 'route-greedy-empty',
      summary: 'ANY /prod/{proxy+} does not match /prod/ itself: add a method on /prod/',
    })
  })

  it('keeps the base path of a custom domain in its suggestion', () => {
    const d = diagnose(restNoRoute('GET', 'https://api.example.com/orders/v1/itmes'), { routes })
    expect(top(d)).toMatchObject({
      id: 'route-did-you-mean',
      summary: 'no GET /orders/v1/itmes; did you mean GET /orders/v1/items?',
    })
    expect(top(diagnose(restNoRoute('GET', 'https://api.example.com/orders/v1/items'), { routes })).id).toBe('route-in-table')
  })

  it('leaves an IncompleteSignatureException on a route of the table alone (it may come from the method)', () => {
    const input: DiagnoseInput = {
      ...restNoRoute('GET', `${REST_HOST}/prod/v1/items`),
      headers: { 'x-amzn-ErrorType': 'IncompleteSignatureException', 'x-amz-apigw-id': 'Yq3kHGbZjoEFXyQ=' },
      body: "{\"message\":\"Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=[REDACTED]\"}",
      request: { method: 'GET', url: `${REST_HOST}/prod/v1/items`, headers: { authorization: 'Bearer example-token' } },
    }
    const d = diagnose(input, { routes })
    expect(d?.code).toBe('INCOMPLETE_SIGNATURE')
    expect(routeIds(d)).toEqual([])
  })
})

describe('an HTTP API with its OpenAPI export ($default stage)', () => {
  const routes = routeTable(exportOf('http-oas30-export.json'))
  const ask = (method: string, path: string) => diagnose(httpNoRoute(method, `${HTTP_HOST}${path}`), { routes })

  it('reads the routes and the $default stage', () => {
    expect(routes.stage).toBe('')
    expect(routes.routes).toEqual([
      { method: 'GET', path: '/items' },
      { method: 'POST', path: '/items' },
      { method: 'GET', path: '/items/{id}' },
      { method: 'ANY', path: '/reports/{proxy+}' },
    ])
  })

  it.each([
    ['GET', '/itmes', 'route-did-you-mean', 'no GET /itmes; did you mean GET /items?'],
    ['DELETE', '/items', 'route-method-differs', '/items exists for GET, POST only: call it with that method or add DELETE'],
    [
      'OPTIONS',
      '/items',
      'route-preflight-missing',
      'no OPTIONS method for the preflight of /items (defined for GET, POST): enable CORS',
    ],
    ['GET', '/prod/items', 'route-stage-extra', 'the $default stage takes no stage segment: call GET /items'],
    ['GET', '/Items/7', 'route-case-differs', 'the letter case differs: call GET /items/{id}'],
    ['GET', '/reports', 'route-greedy-empty', 'ANY /reports/{proxy+} does not match /reports itself: add a method on /reports'],
  ])('%s %s: %s', (method, path, id, summary) => {
    const d = ask(method, path)
    expect(d?.code).toBe('HTTP_API_NOT_FOUND')
    expect(top(d)).toMatchObject({ id, summary })
  })

  it('has the route: no claim, the stage does not serve it (or the integration answered)', () => {
    const d = ask('GET', '/items/7')
    expect(routeIds(d)).toEqual(['route-in-table'])
    expect(d?.causes[0]?.remedy).toContain('integration may also have answered 404')
  })

  it('with a named stage given, says the stage is missing', () => {
    const named = routeTable(exportOf('http-oas30-export.json'), { stage: 'prod' })
    expect(top(diagnose(httpNoRoute('GET', `${HTTP_HOST}/items`), { routes: named }))).toMatchObject({
      id: 'route-stage-missing',
      summary: 'the stage is missing from the path: call GET /prod/items',
    })
    expect(top(diagnose(httpNoRoute('GET', `${HTTP_HOST}/prod/items`), { routes: named })).id).toBe('route-in-table')
  })
})

describe('route tables in other shapes', () => {
  const paths = (table: RouteTable) => table.routes.map((r) => `${r.method} ${r.path}`)

  it('reads plain lines, comments and $default', () => {
    expect(paths(routeTable('# orders\nGET /v1/items\n\npost /v1/orders\n$default\n/health\n'))).toEqual([
      'GET /v1/items',
      'POST /v1/orders',
      'ANY $default',
      'ANY /health',
    ])
  })

  it('reads the JSON of aws apigateway get-resources and aws apigatewayv2 get-routes', () => {
    const resources = {
      items: [
        { id: 'a1b2c3', path: '/' },
        { id: 'd4e5f6', parentId: 'a1b2c3', pathPart: 'items', path: '/items', resourceMethods: { GET: {}, OPTIONS: {} } },
      ],
    }
    expect(paths(routeTable(resources))).toEqual(['GET /items', 'OPTIONS /items'])
    const getRoutes = {
      Items: [
        { RouteId: 'r1', RouteKey: 'GET /items' },
        { RouteId: 'r2', RouteKey: '$default' },
      ],
    }
    expect(paths(routeTable(JSON.stringify(getRoutes)))).toEqual(['GET /items', 'ANY $default'])
  })

  it('reads SAM events and a serverless-style list', () => {
    const sam = {
      Resources: {
        ItemsFunction: {
          Type: 'AWS::Serverless::Function',
          Properties: { Events: { List: { Type: 'Api', Properties: { Path: '/items', Method: 'get' } } } },
        },
      },
    }
    expect(paths(routeTable(sam))).toEqual(['GET /items'])
    const serverless = {
      functions: { items: { events: [{ http: { path: 'items/{id}', method: 'get' } }, { httpApi: 'POST /items' }] } },
    }
    expect(paths(routeTable(serverless))).toEqual(['GET /items/{id}', 'POST /items'])
    expect(paths(routeTable(['GET /a', { method: 'put', path: '/b' }]))).toEqual(['GET /a', 'PUT /b'])
  })

  it('a $default route takes everything: the table has the route', () => {
    const d = diagnose(httpNoRoute('GET', `${HTTP_HOST}/anything/at/all`), { routes: routeTable('$default') })
    expect(routeIds(d)).toEqual(['route-in-table'])
  })

  it.each([
    ['empty text', ''],
    ['broken JSON', '{"openapi": "3.0.1", "paths": {'],
    ['a number', 42],
    ['null', null],
    ['prose', 'This API has no routes worth naming.'],
    [
      'a cycle',
      (() => {
        const a: Record<string, unknown> = {}
        a.self = a
        return a
      })(),
    ],
    ['deep nesting', JSON.parse(`${'['.repeat(5000)}${']'.repeat(5000)}`)],
  ])('reads %s as an empty table, and diagnoses as without one', (_name, source) => {
    const table = routeTable(source)
    expect(table.routes).toEqual([])
    const d = diagnose(restNoRoute('GET', `${REST_HOST}/prod/v1/itmes`), { routes: table })
    expect(d?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(routeIds(d)).toEqual([])
  })

  it('reads a large table quickly enough and bounds it', () => {
    const lines = Array.from({ length: 8000 }, (_, i) => `GET /v1/resource${i}/{id}/sub${i % 7}`).join('\n')
    const table = routeTable(lines)
    expect(table.routes.length).toBe(5000)
    const d = diagnose(restNoRoute('GET', `${REST_HOST}/prod/v1/resuorce17/9/sub3`), { routes: table })
    expect(top(d)).toMatchObject({
      id: 'route-did-you-mean',
      summary: 'no GET /prod/v1/resuorce17/9/sub3; did you mean GET /prod/v1/resource17/{id}/sub3?',
    })
  })
})

describe('in Japanese', () => {
  it('writes the findings with the same facts filled in', () => {
    const routes = routeTable(exportOf('rest-oas30-export.json'))
    const d = diagnose(restNoRoute('GET', `${REST_HOST}/prod/v1/itmes`), { routes, locale: ja })
    expect(top(d).summary).toBe('GET /prod/v1/itmes はない。GET /prod/v1/items のことでは？')
  })
})

describe('a token in the requested path', () => {
  // Stage findings and a greedy route's parent quote the path actually requested: the token in it is masked
  // there as in the title (README, Security), not shown whole.
  const TOKEN = 'Tok3nCq9abcdef123456'
  it.each([
    ['stage missing', 'route-stage-missing', `${REST_HOST}/users/${TOKEN}`, ['GET /users/{id}'], {}],
    ['stage extra', 'route-stage-extra', `${REST_HOST}/prod/users/${TOKEN}`, ['GET /users/{id}'], { stage: '' }],
    ['stage doubled', 'route-stage-doubled', `${REST_HOST}/prod/prod/users/${TOKEN}`, ['GET /users/{id}'], {}],
    ['greedy parent', 'route-greedy-empty', `${REST_HOST}/prod/files/${TOKEN}`, [`GET /files/${TOKEN}/{proxy+}`], {}],
    ['base path', 'route-did-you-mean', `https://api.example.com/${TOKEN}/v1/itemz`, ['GET /v1/items'], {}],
  ])('%s: the finding masks it', (_name, id, url, routes, options) => {
    const d = diagnose(restNoRoute('GET', url), { routes: routeTable(routes, options) })
    expect(d?.causes[0]?.id).toBe(id)
    expect(d?.causes[0]?.summary).toContain('[REDACTED]')
    expect(JSON.stringify(d)).not.toContain(TOKEN)
  })
})

describe('bounded work', () => {
  // The nearest-route search costs segments × parts per route: a path (or route) deeper than 64 segments is
  // near none, so a 20 000-segment path against 20 000 routes no longer takes 16 s (measured, 2-core machine).
  const deep = (n: number, last: string): string => `${'/a'.repeat(n - 1)}/${last}`
  it('a path of 64 segments still gets its "did you mean"', () => {
    const d = diagnose(restNoRoute('GET', `${REST_HOST}/prod${deep(64, 'itmes')}`), {
      routes: routeTable([`GET ${deep(64, 'items')}`]),
    })
    expect(d?.causes[0]?.id).toBe('route-did-you-mean')
  })
  it('a path deeper than 64 segments is near no route', () => {
    const d = diagnose(restNoRoute('GET', `${REST_HOST}/prod${deep(65, 'itmes')}`), {
      routes: routeTable([`GET ${deep(65, 'items')}`]),
    })
    expect(d?.causes[0]?.id).toBe('route-not-in-table')
  })
})

describe('a route table that misbehaves', () => {
  it.each([
    [
      'throws',
      () => {
        throw new Error('boom')
      },
    ],
    ['returns garbage', () => ({ id: 42 })],
    ['returns an unknown id', () => ({ id: 'made-up', values: {}, share: 0.9 })],
    [
      'returns values whose getter throws',
      () => ({
        id: 'route-did-you-mean',
        share: 0.75,
        values: {
          get suggestion(): string {
            throw new Error('boom')
          },
        },
      }),
    ],
    [
      'returns values that refuse to be listed',
      () => ({
        id: 'route-did-you-mean',
        share: 0.75,
        values: new Proxy(
          {},
          {
            ownKeys() {
              throw new Error('boom')
            },
          },
        ),
      }),
    ],
  ])('%s: the diagnosis stays as without a table', (_name, explain) => {
    const routes = { routes: [], explain } as unknown as RouteTable
    const d = diagnose(restNoRoute('GET', `${REST_HOST}/prod/v1/itmes`), { routes })
    expect(d?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(d?.causes.map((c) => c.id)).toEqual(
      diagnose(restNoRoute('GET', `${REST_HOST}/prod/v1/itmes`))?.causes.map((c) => c.id),
    )
  })
})

describe('the adapters', () => {
  it('pass routes on to the diagnosis (fetch)', async () => {
    const routes = routeTable('GET /v1/items')
    const fake = async () =>
      new Response('{"message":"Missing Authentication Token"}', {
        status: 403,
        headers: { 'content-type': 'application/json', 'x-amzn-ErrorType': 'MissingAuthenticationTokenException' },
      })
    const diagnosedFetch = withDiagnosis(fake, { routes, throwEnriched: true })
    const error = await diagnosedFetch(`${REST_HOST}/prod/v1/itmes`).catch((e: unknown) => e)
    expect((error as { diagnosis?: Diagnosis }).diagnosis?.causes[0]?.summary).toBe(
      'no GET /prod/v1/itmes; did you mean GET /prod/v1/items?',
    )
  })
})

describe('route tables in YAML', () => {
  const text = (name: string) => readFileSync(new URL(`../fixtures/routes/${name}`, import.meta.url), 'utf8')
  const paths = (table: RouteTable) => table.routes.map((r) => `${r.method} ${r.path}`)

  it('reads an HTTP API export in YAML as its JSON twin', () => {
    const yaml = routeTable(text('http-oas30-export.yaml'))
    expect(yaml.routes).toEqual(routeTable(exportOf('http-oas30-export.json')).routes)
    expect(yaml.stage).toBe('')
    expect(top(diagnose(httpNoRoute('GET', `${HTTP_HOST}/itmes`), { routes: yaml })).summary).toBe(
      'no GET /itmes; did you mean GET /items?',
    )
  })

  it('reads a SAM template', () => {
    expect(paths(routeTable(text('sam-template.yaml')))).toEqual(['GET /v1/items', 'GET /v1/items/{id}', 'POST /v1/orders'])
  })

  it('reads a serverless.yml', () => {
    expect(paths(routeTable(text('serverless.yml')))).toEqual([
      'GET /items',
      'GET /items/{id}',
      'POST /orders',
      'DELETE /orders/{id}',
    ])
  })

  it('reads a Swagger export in YAML with its basePath, and CRLF line ends', () => {
    const swagger = 'swagger: "2.0"\r\nbasePath: "/prod"\r\npaths:\r\n  /v1/items:\r\n    get:\r\n      responses: {}\r\n'
    const table = routeTable(swagger)
    expect(paths(table)).toEqual(['GET /v1/items'])
    expect(table.stage).toBe('prod')
  })
})
