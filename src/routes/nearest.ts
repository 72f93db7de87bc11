/**
 * What a route table says about a request that found no route: the route it nearly matched, the method it
 * exists for, a stage left out or doubled, letter case, a greedy parameter that takes nothing, a missing
 * preflight method, or that the table does have the route (then the stage does not serve it).
 * @module
 */
import type { CauseFinding, RouteQuery } from '../types.ts'
import { type CompiledRoute, methodMatches, pathDistance, pathMatches, segmentsOf } from './match.ts'

/** The cause ids a route table can give (their texts: src/signatures/route-findings.ts). */
type RouteFindingId =
  | 'route-did-you-mean'
  | 'route-method-differs'
  | 'route-preflight-missing'
  | 'route-stage-missing'
  | 'route-stage-doubled'
  | 'route-stage-extra'
  | 'route-case-differs'
  | 'route-greedy-empty'
  | 'route-in-table'
  | 'route-not-in-table'

/** How strongly each finding explains the reply. */
const SHARE: Record<RouteFindingId, number> = {
  'route-did-you-mean': 0.75,
  'route-method-differs': 0.8,
  'route-preflight-missing': 0.8,
  'route-stage-missing': 0.8,
  'route-stage-doubled': 0.8,
  'route-stage-extra': 0.8,
  'route-case-differs': 0.8,
  'route-greedy-empty': 0.75,
  'route-in-table': 0.6,
  'route-not-in-table': 0.4,
}

/**
 * Letter edits allowed for a "did you mean": two, or a third of the shorter of the path and the route's
 * literal text (a short route such as `/files/{proxy+}` is not "near" every long path).
 */
function tolerance(segments: readonly string[], compiled: CompiledRoute): number {
  return Math.max(2, Math.floor(Math.min(segments.join('/').length, compiled.literalLength) / 3))
}

/** Explains a no-route reply with the API's routes and, when an export names it, its stage. */
export function explainNoRoute(
  routes: readonly CompiledRoute[],
  stage: string | undefined,
  query: RouteQuery,
): CauseFinding | undefined {
  if (routes.length === 0) return undefined
  const segments = segmentsOf(query.path)
  // A doubled or trailing slash: the table is matched without it, and a match is then only a suggestion.
  const sloppy = query.path.includes('//') || (query.path.length > 1 && query.path.endsWith('/'))
  const onExecuteApi = query.hostKind === 'execute-api' || query.hostKind === 'execute-api-private'
  const ctx: Context = { routes, query, sloppy }
  if (onExecuteApi && stage === '') {
    // The $default stage: no stage segment at all.
    if (!anyPath(routes, segments) && segments.length > 1 && anyPath(routes, segments.slice(1)))
      return stageFinding(ctx, 'route-stage-extra', segments.slice(1), '', { stage: segments[0] ?? '' })
    return evaluate(ctx, segments, '')
  }
  if (onExecuteApi && (query.layer === 'api-gateway-rest' || stage !== undefined)) {
    const first = segments[0] ?? ''
    if (stage !== undefined && first !== stage) {
      if (first.toLowerCase() === stage.toLowerCase() && first !== '')
        return caseFinding(ctx, segments.slice(1), `/${stage}`) ?? evaluate(ctx, segments.slice(1), `/${first}`)
      if (anyPath(routes, segments)) return stageFinding(ctx, 'route-stage-missing', segments, `/${stage}`, { stage })
    }
    const rest = segments.slice(1)
    if (!anyPath(routes, rest)) {
      if (stage === undefined && segments.length > 0 && anyPath(routes, segments))
        return stageFinding(ctx, 'route-stage-missing', segments, '/<stage>', {})
      if (segments[1] === first && anyPath(routes, segments.slice(2)))
        return stageFinding(ctx, 'route-stage-doubled', segments.slice(2), `/${first}`, { stage: first })
    }
    return evaluate(ctx, rest, first === '' ? '' : `/${first}`)
  }
  // An HTTP API of unknown stage, or a custom domain or proxy whose base path is unknown: the first
  // segments may be a stage or a mapping key.
  const skips = onExecuteApi ? [0, 1] : [0, 1, 2]
  for (const skip of skips) {
    if (skip > segments.length) break
    if (anyPath(routes, segments.slice(skip))) return evaluate(ctx, segments.slice(skip), prefixOf(segments, skip))
  }
  let best: CauseFinding | undefined
  let bestCost = Number.POSITIVE_INFINITY
  for (const skip of skips) {
    if (skip > segments.length) break
    const nearest = nearestRoute(ctx, segments.slice(skip))
    if (nearest !== undefined && nearest.cost < bestCost) {
      bestCost = nearest.cost
      best = evaluate(ctx, segments.slice(skip), prefixOf(segments, skip))
    }
  }
  return best
}

interface Context {
  routes: readonly CompiledRoute[]
  query: RouteQuery
  /** The path has an empty segment (a doubled or trailing slash). */
  sloppy: boolean
}

function prefixOf(segments: readonly string[], skip: number): string {
  return skip === 0 ? '' : `/${segments.slice(0, skip).join('/')}`
}

function anyPath(routes: readonly CompiledRoute[], segments: readonly string[]): boolean {
  return routes.some((route) => pathMatches(route, segments))
}

/** What the table says about the path below the stage or base path. */
function evaluate(ctx: Context, segments: readonly string[], prefix: string): CauseFinding | undefined {
  const { routes, query } = ctx
  const method = query.method
  const onPath = routes.filter((route) => pathMatches(route, segments))
  const served = onPath.find((route) => methodMatches(route, method))
  if (served !== undefined)
    return ctx.sloppy
      ? finding('route-did-you-mean', { suggestion: show(served, prefix) })
      : finding('route-in-table', { route: show(served, prefix) })
  if (onPath.length > 0 && method !== undefined) {
    const methods = [...new Set(onPath.map((c) => c.route.method))].sort().join(', ')
    return finding(method === 'OPTIONS' ? 'route-preflight-missing' : 'route-method-differs', { methods, method })
  }
  // A greedy template whose head is exactly the path: `{proxy+}` needs one more segment.
  const greedy = routes.find(
    (c) =>
      c.greedy &&
      c.parts.length === segments.length &&
      methodMatches(c, method) &&
      c.parts.every((part, i) => c.params[i] === true || part === segments[i]),
  )
  if (greedy !== undefined)
    return finding('route-greedy-empty', { route: show(greedy, prefix), parent: `${prefix}/${segments.join('/')}` })
  const caseOnly = caseFinding(ctx, segments, prefix)
  if (caseOnly !== undefined) return caseOnly
  const nearest = nearestRoute(ctx, segments)
  if (nearest !== undefined && nearest.cost <= tolerance(segments, nearest.route))
    return finding('route-did-you-mean', { suggestion: show(nearest.route, prefix) })
  return finding('route-not-in-table', { count: String(routes.length) })
}

function caseFinding(ctx: Context, segments: readonly string[], prefix: string): CauseFinding | undefined {
  const route =
    ctx.routes.find((r) => methodMatches(r, ctx.query.method) && pathMatches(r, segments, true)) ??
    ctx.routes.find((r) => pathMatches(r, segments, true))
  return route === undefined ? undefined : finding('route-case-differs', { suggestion: show(route, prefix) })
}

/** A stage finding: the route the path matches once the stage is put right. */
function stageFinding(
  ctx: Context,
  id: RouteFindingId,
  segments: readonly string[],
  prefix: string,
  values: Record<string, string>,
): CauseFinding | undefined {
  const route =
    ctx.routes.find((r) => pathMatches(r, segments) && methodMatches(r, ctx.query.method)) ??
    ctx.routes.find((r) => pathMatches(r, segments))
  if (route === undefined) return undefined
  return finding(id, { ...values, suggestion: show(route, prefix, segments) })
}

/**
 * Segments of a path or a route beyond which nothing is "near": the edit table costs segments × parts per
 * route, and a 20 000-segment path against 20 000 routes took 16 s (a path that deep is near no route anyway).
 */
const MAX_NEAR_SEGMENTS = 64

/** The route nearest to the path: fewest edits, then one that serves the method. */
function nearestRoute(ctx: Context, segments: readonly string[]): { route: CompiledRoute; cost: number } | undefined {
  if (segments.length > MAX_NEAR_SEGMENTS) return undefined
  let best: { route: CompiledRoute; cost: number } | undefined
  for (const compiled of ctx.routes) {
    if (compiled.catchAll || compiled.parts.length > MAX_NEAR_SEGMENTS) continue
    const penalty = methodMatches(compiled, ctx.query.method) ? 0 : 0.5
    const cost = pathDistance(compiled, segments, best === undefined ? undefined : best.cost - penalty) + penalty
    if (best === undefined || cost < best.cost) best = { route: compiled, cost }
  }
  return best
}

/**
 * A route as the user would call it: its method (the request's for `ANY`) and its path below the prefix.
 * With the request's segments, a stage finding shows the path actually requested.
 */
function show(compiled: CompiledRoute, prefix: string, segments?: readonly string[]): string {
  const { route } = compiled
  const path = segments !== undefined ? `/${segments.join('/')}` : compiled.catchAll ? '/' : route.path
  return `${route.method} ${prefix}${path === '/' && prefix !== '' ? '' : path}`
}

function finding(id: RouteFindingId, values: Record<string, string>): CauseFinding {
  return { id, values, share: SHARE[id] }
}
