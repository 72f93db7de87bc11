/**
 * Reads an API's route table from what its owner has at hand: an OpenAPI 3 or Swagger 2 export
 * (`aws apigateway get-export`, `aws apigatewayv2 export-api`, with `x-amazon-apigateway-*` extensions),
 * the JSON output of `aws apigateway get-resources` / `aws apigatewayv2 get-routes`, a SAM template or a
 * serverless-style list (JSON or YAML), an OpenAPI export in YAML, or plain lines such as `GET /v1/items`.
 * Never throws.
 * @module
 */
import type { Route } from '../types.ts'
import { looksLikeYaml, readYamlRoutes } from './yaml.ts'

/** What was read: the routes and, when the export names it, the stage (`''`: none, the `$default` stage). */
export interface ParsedRoutes {
  routes: Route[]
  stage?: string
}

const METHODS = new Set(['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE', 'ANY'])
const ANY_METHOD_KEY = 'x-amazon-apigateway-any-method'
/** A method word and a path, as in `GET /v1/items` or an HTTP API route key. */
const ROUTE_LINE = /^([A-Za-z]{3,7}|\*)[ \t]+(\S{1,2048})$/

/** Routes read at most; a larger table is cut (route tables of real APIs are far smaller). */
const MAX_ROUTES = 5000
/** Objects visited at most when walking a template or list. */
const MAX_NODES = 50_000

/** Reads a route table from text (JSON or lines) or an already parsed JSON value. */
export function parseRoutes(source: unknown): ParsedRoutes {
  const found: ParsedRoutes = { routes: [] }
  try {
    let value = source
    if (typeof value === 'string') {
      const text = value.replace(/^\uFEFF/, '').trim()
      if (text.startsWith('{') || text.startsWith('[')) value = JSON.parse(text)
      else if (looksLikeYaml(text)) {
        readYamlRoutes(text.replaceAll('\r', ''), {
          route: (method, path) => add(found, method, path),
          line: (line) => addLine(line, found),
          stage: (stage) => {
            found.stage = trimSlashes(stage)
          },
        })
        return finish(found)
      } else {
        for (const line of text.split(/\r?\n/)) addLine(line, found)
        return finish(found)
      }
    }
    if (isObject(value) && isObject(value.paths)) readOpenApi(value, found)
    else walk(value, found, { nodes: 0 })
  } catch {
    // Keep what was read; an unreadable table is an empty one.
  }
  return finish(found)
}

function finish(found: ParsedRoutes): ParsedRoutes {
  const seen = new Set<string>()
  found.routes = found.routes.filter((route) => {
    const key = `${route.method} ${route.path}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return found
}

function addLine(raw: string, found: ParsedRoutes): void {
  const line = raw.trim()
  if (line === '' || line.startsWith('#')) return
  const match = ROUTE_LINE.exec(line)
  if (line === '$default' || line === '*') add(found, 'ANY', '$default')
  else if (match !== null) add(found, match[1] ?? '', match[2] ?? '')
  // A bare path: any method.
  else if (line.startsWith('/') && !/\s/.test(line)) add(found, 'ANY', line)
}

function add(found: ParsedRoutes, method: string, path: string): void {
  if (found.routes.length >= MAX_ROUTES) return
  const upper = method === '*' ? 'ANY' : method.toUpperCase()
  if (!METHODS.has(upper)) return
  if (path === '$default' || path === '/$default' || path === '*') {
    found.routes.push({ method: 'ANY', path: '$default' })
    return
  }
  const clean = path.split(/[?#]/)[0] ?? ''
  if (clean === '' || clean.length > 2048) return
  found.routes.push({ method: upper, path: clean.startsWith('/') ? clean : `/${clean}` })
}

/** OpenAPI 3 and Swagger 2: `paths`, and the stage in `basePath` or the `servers` entry. */
function readOpenApi(doc: Record<string, unknown>, found: ParsedRoutes): void {
  const stage = stageOf(doc)
  if (stage !== undefined) found.stage = stage
  for (const [path, item] of Object.entries(doc.paths as Record<string, unknown>)) {
    if (!isObject(item)) continue
    for (const key of Object.keys(item)) {
      if (key === ANY_METHOD_KEY) add(found, 'ANY', path)
      else if (METHODS.has(key.toUpperCase()) && key !== 'any') add(found, key, path)
    }
  }
}

/**
 * The stage an export was taken from. Swagger 2 writes it as `basePath: "/prod"`; OpenAPI 3 as the
 * `basePath` variable of the server URL (`https://…/{basePath}` with `default: "/prod"`, or `""` for an HTTP
 * API's `$default` stage), or in the server URL itself.
 */
function stageOf(doc: Record<string, unknown>): string | undefined {
  if (typeof doc.basePath === 'string') return trimSlashes(doc.basePath)
  const server = Array.isArray(doc.servers) ? doc.servers[0] : undefined
  if (!isObject(server) || typeof server.url !== 'string') return undefined
  const variables = isObject(server.variables) ? server.variables : {}
  const url = server.url.replace(/\{(\w{1,40})\}/g, (whole, name: string) => {
    const variable = variables[name]
    return isObject(variable) && typeof variable.default === 'string' ? variable.default : whole
  })
  const path = /^[a-z][a-z0-9+.-]{0,20}:\/\/[^/]*(\/[^?#]*)?/i.exec(url)?.[1] ?? (url.startsWith('/') ? url : undefined)
  if (path === undefined || path.includes('{')) return undefined
  return trimSlashes(path)
}

/** The path without leading and trailing slashes (a loop: `/\/+$/` backtracks on long runs of slashes). */
export function trimSlashes(path: string): string {
  let start = 0
  let end = path.length
  while (start < end && path[start] === '/') start++
  while (end > start && path[end - 1] === '/') end--
  return path.slice(start, end)
}

/**
 * Any other JSON: route keys (`"RouteKey": "GET /items"`, serverless `"httpApi": "GET /items"`), objects
 * with a path and a method (SAM events `{ "Path", "Method" }`, serverless `{ "path", "method" }`), and
 * `get-resources` items (`{ "path", "resourceMethods": { "GET": … } }`), at any depth.
 */
function walk(value: unknown, found: ParsedRoutes, budget: { nodes: number }, depth = 0): void {
  if (depth > 12 || ++budget.nodes > MAX_NODES || found.routes.length >= MAX_ROUTES) return
  if (Array.isArray(value)) {
    // A list of strings is a list of routes (`["GET /items", "POST /items"]`).
    for (const item of value) {
      if (typeof item !== 'string') walk(item, found, budget, depth + 1)
      else if (item.length <= 2100) addLine(item, found)
    }
    return
  }
  if (!isObject(value)) return
  const path = value.path ?? value.Path
  const method = value.method ?? value.Method ?? value.httpMethod
  if (typeof path === 'string' && typeof method === 'string') add(found, method, path)
  else if (typeof path === 'string' && isObject(value.resourceMethods))
    for (const name of Object.keys(value.resourceMethods)) add(found, name, path)
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'string') {
      if (/^(?:routeKey|RouteKey|httpApi|http)$/.test(key)) addLine(child, found)
      continue
    }
    walk(child, found, budget, depth + 1)
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
