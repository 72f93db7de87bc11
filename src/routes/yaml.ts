/**
 * Routes from YAML, without a YAML parser: the few shapes route tables take, read line by line from their
 * indentation. An OpenAPI or Swagger export (`paths:`, one key per path, one per method; `basePath:`), a SAM
 * template (`Path:` and `Method:` in one mapping), a serverless.yml (`path:` and `method:`, or
 * `httpApi: 'GET /items'`), and route keys (`RouteKey: GET /items`).
 * @module
 */

/** What the reader hands back for each route and for the stage. */
export interface YamlSink {
  route(method: string, path: string): void
  /** A `GET /items` line (a route key, serverless' `httpApi`). */
  line(text: string): void
  stage(stage: string): void
}

const METHOD_KEYS = new Set([
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
  'x-amazon-apigateway-any-method',
])
const ROUTE_KEYS = new Set(['httpApi', 'http', 'RouteKey', 'routeKey'])

/** Lines read at most. */
const MAX_LINES = 200_000

/** Whether text looks like one of the YAML shapes above. */
export function looksLikeYaml(text: string): boolean {
  return /^(?:openapi|swagger|paths|Resources|functions|AWSTemplateFormatVersion|Transform|service)\s{0,8}:/m.test(text)
}

/** Reads the routes of YAML text into `sink`. Never throws. */
export function readYamlRoutes(text: string, sink: YamlSink): void {
  let pathsIndent: number | undefined
  let pathIndent: number | undefined
  let methodIndent: number | undefined
  let currentPath: string | undefined
  let basePathIndent: number | undefined
  /** Per indentation, the path and method seen in the mapping open there (SAM, serverless). */
  const pending = new Map<number, { path?: string; method?: string }>()
  for (const raw of text.split('\n', MAX_LINES)) {
    const entry = readLine(raw)
    if (entry === undefined) continue
    const { indent, key, value, item } = entry
    for (const level of [...pending.keys()]) if (level > indent || (item && level === indent)) pending.delete(level)

    if (pathsIndent !== undefined && indent <= pathsIndent) pathsIndent = undefined
    if (basePathIndent !== undefined && indent <= basePathIndent) basePathIndent = undefined
    if (pathsIndent !== undefined) {
      if (key.startsWith('/') && (pathIndent === undefined || indent <= pathIndent)) {
        currentPath = key
        pathIndent = indent
        methodIndent = undefined
      } else if (currentPath !== undefined && pathIndent !== undefined && indent > pathIndent) {
        methodIndent ??= indent
        if (indent === methodIndent && METHOD_KEYS.has(key))
          sink.route(key === 'x-amazon-apigateway-any-method' ? 'ANY' : key, currentPath)
      }
      continue
    }
    if (key === 'paths' && value === '' && !item) {
      pathsIndent = indent
      pathIndent = undefined
      currentPath = undefined
      continue
    }
    if (key === 'basePath') {
      if (value !== '') sink.stage(value)
      else basePathIndent = indent
      continue
    }
    if (basePathIndent !== undefined && key === 'default') {
      sink.stage(value)
      continue
    }
    if (ROUTE_KEYS.has(key) && value !== '') {
      sink.line(value)
      continue
    }
    const lower = key.toLowerCase()
    if ((lower === 'path' || lower === 'method') && value !== '') {
      const seen = pending.get(indent) ?? {}
      if (lower === 'path') seen.path = value
      else seen.method = value
      pending.set(indent, seen)
      if (seen.path !== undefined && seen.method !== undefined) {
        sink.route(seen.method, seen.path)
        pending.delete(indent)
      }
    }
  }
}

interface Line {
  indent: number
  key: string
  value: string
  /** The line opens a list item (`- key: value`). */
  item: boolean
}

/** One `key: value` line; `undefined` for blank lines, comments, and anything else. */
function readLine(raw: string): Line | undefined {
  let indent = 0
  while (indent < raw.length && raw[indent] === ' ') indent++
  let rest = raw.slice(indent).trimEnd()
  if (rest === '' || rest.startsWith('#')) return undefined
  let item = false
  if (rest.startsWith('- ')) {
    item = true
    indent += 2
    rest = rest.slice(2).trimStart()
  }
  let key: string
  let after: string
  const quote = rest[0]
  if (quote === '"' || quote === "'") {
    const close = rest.indexOf(quote, 1)
    if (close === -1 || rest[close + 1] !== ':') return undefined
    key = rest.slice(1, close)
    after = rest.slice(close + 2)
  } else {
    const colon = colonAt(rest)
    if (colon === -1) return undefined
    key = rest.slice(0, colon).trim()
    after = rest.slice(colon + 1)
  }
  return { indent, key, value: scalar(after), item }
}

/** The first `:` followed by a space or the end of the line (a path such as `/a:b` keeps its colon). */
function colonAt(text: string): number {
  let at = text.indexOf(':')
  while (at !== -1 && at + 1 < text.length && text[at + 1] !== ' ') at = text.indexOf(':', at + 1)
  return at
}

/** A scalar value without quotes or a trailing comment; `''` for none (a nested mapping follows). */
function scalar(text: string): string {
  let value = text.trim()
  const quote = value[0]
  if (quote === '"' || quote === "'") {
    const close = value.indexOf(quote, 1)
    return close === -1 ? value.slice(1) : value.slice(1, close)
  }
  const comment = value.indexOf(' #')
  if (comment !== -1) value = value.slice(0, comment).trimEnd()
  return value
}
