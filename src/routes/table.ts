/**
 * `routeTable()`: the API's own routes, read once, for the `routes` option. Kept out of the engine so that
 * an app that never passes routes ships none of this.
 * @module
 */
import type { Route, RouteTable } from '../types.ts'
import { compileRoute } from './match.ts'
import { explainNoRoute } from './nearest.ts'
import { parseRoutes, trimSlashes } from './parse.ts'

/** Options of `routeTable()`. */
export interface RouteTableOptions {
  /** The stage the routes are deployed to, when the source does not name it (`''`: the `$default` stage). */
  stage?: string
}

/**
 * Reads an API's route table for the `routes` option of `diagnose()` and the adapters. With it, a no-route
 * reply (REST 403 Missing Authentication Token, HTTP API 404) says what is nearest: "no GET /prod/v1/itmes;
 * did you mean GET /prod/v1/items?", the methods a path exists for, a stage left out or doubled, letter case,
 * a `{proxy+}` that takes nothing, a missing OPTIONS method; or, when the table has the route, that the
 * stage does not serve it.
 *
 * @param source an OpenAPI 3 or Swagger 2 export, in JSON or YAML text or as a parsed object (`aws apigateway
 *   get-export --export-type oas30`, `aws apigatewayv2 export-api --output-type JSON|YAML`); the JSON of
 *   `aws apigateway get-resources` or `aws apigatewayv2 get-routes`; a SAM template or serverless.yml (YAML or
 *   JSON); an array of `"GET /v1/items"` strings or `{ method, path }` objects; or text with one
 *   `GET /v1/items` per line. Unreadable parts are skipped; `routes` is empty when nothing could be read.
 * @example
 * ```ts
 * import spec from './openapi.json' with { type: 'json' }
 * const routes = routeTable(spec)
 * diagnose(reply, { routes })
 * ```
 */
export function routeTable(source: unknown, options: RouteTableOptions = {}): RouteTable {
  const parsed = parseRoutes(source)
  const stage = options.stage !== undefined ? trimSlashes(options.stage) : parsed.stage
  const routes: readonly Route[] = Object.freeze(parsed.routes.map((route) => Object.freeze({ ...route })))
  const compiled = routes.map(compileRoute)
  const table: RouteTable = {
    routes,
    explain: (query) => explainNoRoute(compiled, stage, query),
  }
  return Object.freeze(stage === undefined ? table : { ...table, stage })
}
