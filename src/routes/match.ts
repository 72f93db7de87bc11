/**
 * Matching a request path against route templates the way API Gateway does: `{name}` takes one segment,
 * a last `{name+}` takes one or more, `$default` takes everything. Templates are split once, when the table
 * is read; paths are compared as sent.
 * @module
 */
import type { Route } from '../types.ts'

/** A route with its template split into segments, ready to match. */
export interface CompiledRoute {
  readonly route: Route
  /** The `$default` catch-all route. */
  readonly catchAll: boolean
  /** Template segments; for a greedy template, without its last `{name+}` segment. */
  readonly parts: readonly string[]
  /** Per part: a `{name}` parameter (takes any one segment). */
  readonly params: readonly boolean[]
  /** The template ends with `{name+}` (one or more further segments). */
  readonly greedy: boolean
  /** Lower-case parts, for comparing letter case blind. */
  readonly lower: readonly string[]
  /** Letters of the literal parts, joined by `/`. */
  readonly literalLength: number
}

/** The segments of a path, without empty ones (a doubled or trailing slash is looked at separately). */
export function segmentsOf(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '')
}

const PARAM = /^\{[^{}/]{1,100}\}$/
const GREEDY = /^\{[^{}/]{1,100}\+\}$/

export function compileRoute(route: Route): CompiledRoute {
  const all = route.path === '$default' ? [] : segmentsOf(route.path)
  const last = all[all.length - 1]
  const greedy = last !== undefined && GREEDY.test(last)
  const parts = greedy ? all.slice(0, -1) : all
  const params = parts.map((part) => PARAM.test(part) || GREEDY.test(part))
  const literals = parts.filter((_, i) => !params[i])
  return {
    route,
    catchAll: route.path === '$default',
    parts,
    params,
    greedy,
    lower: parts.map((part) => part.toLowerCase()),
    literalLength: literals.join('/').length,
  }
}

/** Whether a route's template takes these segments; `ignoreCase` compares literal segments case-blind. */
export function pathMatches(compiled: CompiledRoute, segments: readonly string[], ignoreCase = false): boolean {
  if (compiled.catchAll) return true
  const { parts, params } = compiled
  if (compiled.greedy ? segments.length <= parts.length : segments.length !== parts.length) return false
  for (let i = 0; i < parts.length; i++) {
    if (params[i]) continue
    const segment = segments[i] ?? ''
    if (ignoreCase ? compiled.lower[i] !== segment.toLowerCase() : parts[i] !== segment) return false
  }
  return true
}

/** Whether the route serves this method (`ANY` serves all; an unknown method only `ANY`). */
export function methodMatches(compiled: CompiledRoute, method: string | undefined): boolean {
  return compiled.route.method === 'ANY' || (method !== undefined && compiled.route.method === method)
}

/** Longest segment compared letter by letter; longer ones only compare equal or not. */
const MAX_SEGMENT = 64

/**
 * How far a path is from a route template: segment edits, where changing a literal segment costs its
 * letter edits (a swap of two neighbours counts one) and adding or dropping a segment costs its length.
 * A parameter takes any segment for free; a greedy tail takes what is left, and costs one when nothing is.
 * `limit`: a cost from which on the exact value does not matter (the search stops early).
 */
export function pathDistance(
  compiled: CompiledRoute,
  segments: readonly string[],
  limit: number = Number.POSITIVE_INFINITY,
): number {
  if (compiled.catchAll) return 0
  const { parts } = compiled
  if (compiled.greedy) {
    const within = segments.slice(0, parts.length)
    return segmentEdits(compiled, within, limit) + (segments.length > parts.length ? 0 : 1)
  }
  // Each segment added or dropped costs at least one.
  if (Math.abs(parts.length - segments.length) >= limit) return limit
  return segmentEdits(compiled, segments, limit)
}

function segmentEdits(compiled: CompiledRoute, segments: readonly string[], limit: number): number {
  const { parts, params } = compiled
  const cols = segments.length
  let previous: number[] = [0]
  for (let j = 1; j <= cols; j++) previous[j] = (previous[j - 1] ?? 0) + weight(segments[j - 1] ?? '')
  for (let i = 1; i <= parts.length; i++) {
    const part = parts[i - 1] ?? ''
    const partWeight = params[i - 1] ? 2 : Math.max(1, Math.min(part.length, MAX_SEGMENT))
    const current: number[] = [(previous[0] ?? 0) + partWeight]
    let best = current[0] ?? 0
    for (let j = 1; j <= cols; j++) {
      const segment = segments[j - 1] ?? ''
      const change = params[i - 1] ? 0 : letterEdits(part, segment)
      const value = Math.min(
        (previous[j] ?? 0) + partWeight,
        (current[j - 1] ?? 0) + weight(segment),
        (previous[j - 1] ?? 0) + change,
      )
      current[j] = value
      if (value < best) best = value
    }
    if (best >= limit) return limit
    previous = current
  }
  return previous[cols] ?? 0
}

function weight(segment: string): number {
  return Math.max(1, Math.min(segment.length, MAX_SEGMENT))
}

/** Three rows of the letter-edit table, reused: this runs once per route and segment. */
const rows = [new Int32Array(MAX_SEGMENT + 1), new Int32Array(MAX_SEGMENT + 1), new Int32Array(MAX_SEGMENT + 1)] as const

/** Optimal string alignment distance (Levenshtein plus swaps of neighbours). */
export function letterEdits(a: string, b: string): number {
  if (a === b) return 0
  if (a.length > MAX_SEGMENT || b.length > MAX_SEGMENT) return Math.max(a.length, b.length, 1)
  let [twoUp, up, row] = rows
  for (let j = 0; j <= b.length; j++) up[j] = j
  for (let i = 1; i <= a.length; i++) {
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const same = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      let best = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + same)
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        best = Math.min(best, (twoUp[j - 2] ?? 0) + 1)
      row[j] = best
    }
    ;[twoUp, up, row] = [up, row, twoUp]
  }
  return up[b.length] ?? 0
}
