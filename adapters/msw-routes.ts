/**
 * Route keys and route selection as API Gateway does them, for `gatewayHandlers()`. Pure: no msw here.
 * @module
 */

/** One parsed route key such as `GET /items/{id}` or `ANY /{proxy+}`. */
export interface RouteKey<T> {
  /** The key as written. */
  key: string
  /** Upper-case method, or `ANY`. */
  method: string
  /** Path segments: literal text, `{name}` (one segment) or `{name+}` (greedy, last only). */
  segments: readonly Segment[]
  /** `$default` (HTTP APIs): answers every request no other route takes. */
  isDefault: boolean
  value: T
}

type Segment = { kind: 'static'; text: string } | { kind: 'param'; name: string } | { kind: 'greedy'; name: string }

/** The route a request resolved to, with its path parameters. */
export interface RouteMatch<T> {
  route: RouteKey<T>
  params: Record<string, string>
}

/** What routing concluded. */
export type RouteOutcome<T> = { found: RouteMatch<T> } | { found: undefined; pathExists: boolean }

const ROUTE_KEY = /^([A-Za-z]+) (\/[^\s]*)$/
const PARAM = /^\{([A-Za-z0-9_.-]+)(\+?)\}$/

/**
 * Parses the `routes` of a spec. Throws a TypeError naming the bad key, so a typo fails the test setup
 * instead of silently answering "Missing Authentication Token".
 */
export function parseRoutes<T>(routes: Readonly<Record<string, T>>): RouteKey<T>[] {
  return Object.entries(routes).map(([key, value]) => {
    if (key === '$default') return { key, method: 'ANY', segments: [], isDefault: true, value }
    const match = ROUTE_KEY.exec(key.trim())
    if (match === null)
      throw new TypeError(`gatewayHandlers: route key "${key}" must look like "GET /items/{id}", "ANY /{proxy+}" or "$default"`)
    const method = (match[1] ?? '').toUpperCase()
    const path = match[2] ?? '/'
    const parts = path === '/' ? [] : path.slice(1).split('/')
    const segments = parts.map((part, index): Segment => {
      const param = PARAM.exec(part)
      if (param === null) {
        if (part === '' || part.includes('{') || part.includes('}'))
          throw new TypeError(`gatewayHandlers: route key "${key}" has an invalid path segment "${part}"`)
        return { kind: 'static', text: part }
      }
      const name = param[1] ?? ''
      if (param[2] !== '+') return { kind: 'param', name }
      if (index !== parts.length - 1)
        throw new TypeError(`gatewayHandlers: in route key "${key}", the greedy {${name}+} must be the last segment`)
      return { kind: 'greedy', name }
    })
    return { key, method, segments, isDefault: false, value }
  })
}

/** Splits the request path below the stage (or base path) into decoded segments. */
export function pathSegments(rest: string): string[] {
  if (rest === '' || rest === '/') return []
  return rest
    .slice(1)
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment)
      } catch {
        return segment
      }
    })
}

/**
 * Picks the route for a request.
 * - REST APIs select the most specific *resource* first, then its method (or ANY): a resource that exists
 *   without this method answers "Missing Authentication Token", it does not fall back to a greedy resource.
 * - HTTP APIs select the most specific route whose method matches (an exact method before ANY), then
 *   `$default`.
 * Specificity, segment by segment: literal text before `{param}` before `{param+}`.
 */
export function selectRoute<T>(
  routes: readonly RouteKey<T>[],
  method: string,
  segments: readonly string[],
  kind: 'rest' | 'http',
): RouteOutcome<T> {
  const upper = method.toUpperCase()
  const candidates: RouteMatch<T>[] = []
  for (const route of routes) {
    if (route.isDefault) continue
    const params = matchPath(route.segments, segments)
    if (params !== undefined) candidates.push({ route, params })
  }
  candidates.sort((a, b) => compareSpecificity(a.route, b.route))
  const methodFits = (m: RouteMatch<T>): boolean => m.route.method === upper || m.route.method === 'ANY'
  if (kind === 'rest') {
    const resource = candidates[0]
    if (resource === undefined) return { found: undefined, pathExists: false }
    const sameResource = candidates.filter(
      (c) => compareSpecificity(c.route, resource.route) === 0 && sameTemplate(c.route, resource.route),
    )
    const chosen = sameResource.find((c) => c.route.method === upper) ?? sameResource.find(methodFits)
    return chosen === undefined ? { found: undefined, pathExists: true } : { found: chosen }
  }
  const fitting = candidates.filter(methodFits)
  const best = fitting[0]
  if (best !== undefined) {
    const exact = fitting.find((c) => c.route.method === upper && compareSpecificity(c.route, best.route) === 0)
    return { found: exact ?? best }
  }
  const fallback = routes.find((r) => r.isDefault)
  if (fallback !== undefined) return { found: { route: fallback, params: {} } }
  return { found: undefined, pathExists: candidates.length > 0 }
}

function matchPath(template: readonly Segment[], segments: readonly string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {}
  for (let i = 0; i < template.length; i++) {
    const part = template[i]
    const segment = segments[i]
    if (part === undefined || segment === undefined || segment === '') return undefined
    if (part.kind === 'greedy') {
      const rest = segments.slice(i)
      if (rest.some((s) => s === '')) return undefined
      params[part.name] = rest.join('/')
      return params
    }
    if (part.kind === 'static' && part.text !== segment) return undefined
    if (part.kind === 'param') params[part.name] = segment
  }
  return template.length === segments.length ? params : undefined
}

const RANK = { static: 0, param: 1, greedy: 2 } as const

/** Negative when `a` is more specific than `b`. */
function compareSpecificity<T>(a: RouteKey<T>, b: RouteKey<T>): number {
  const length = Math.max(a.segments.length, b.segments.length)
  for (let i = 0; i < length; i++) {
    const x = a.segments[i]
    const y = b.segments[i]
    if (x === undefined || y === undefined) return x === undefined ? 1 : -1
    const diff = RANK[x.kind] - RANK[y.kind]
    if (diff !== 0) return diff
  }
  return 0
}

function sameTemplate<T>(a: RouteKey<T>, b: RouteKey<T>): boolean {
  return (
    a.segments.length === b.segments.length &&
    a.segments.every((s, i) => {
      const t = b.segments[i]
      return t !== undefined && s.kind === t.kind && (s.kind !== 'static' || (t.kind === 'static' && s.text === t.text))
    })
  )
}
