/**
 * Matching a request path against route templates the way API Gateway does: `{name}` takes one segment,
 * a last `{name+}` takes one or more, `$default` takes everything. Paths are compared as sent.
 * @module
 */
import type { Route } from './parse.ts'

/** The segments of a path, without empty ones (API Gateway ignores a doubled or trailing slash when routing). */
export function segmentsOf(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '')
}

const PARAM = /^\{[^{}/]{1,100}\}$/
const GREEDY = /^\{[^{}/]{1,100}\+\}$/

export function isGreedy(segment: string): boolean {
  return GREEDY.test(segment)
}

/** Whether a route's path template takes these segments; `ignoreCase` compares literal segments case-blind. */
export function pathMatches(route: Route, segments: readonly string[], ignoreCase = false): boolean {
  if (route.path === '$default') return true
  const template = segmentsOf(route.path)
  for (let i = 0; i < template.length; i++) {
    const part = template[i] ?? ''
    if (isGreedy(part) && i === template.length - 1) return segments.length > i
    const segment = segments[i]
    if (segment === undefined) return false
    if (PARAM.test(part)) continue
    if (ignoreCase ? part.toLowerCase() !== segment.toLowerCase() : part !== segment) return false
  }
  return template.length === segments.length
}

/** Whether the route serves this method (`ANY` serves all; a route with an unknown method serves none). */
export function methodMatches(route: Route, method: string | undefined): boolean {
  return route.method === 'ANY' || (method !== undefined && route.method === method)
}

/** Longest segment compared letter by letter; longer ones only compare equal or not. */
const MAX_SEGMENT = 64

/**
 * How far a path is from a route template: segment edits, where changing a literal segment costs its
 * letter edits (a swap of two neighbours counts one) and adding or dropping a segment costs its length.
 * A parameter takes any segment for free.
 */
export function pathDistance(route: Route, segments: readonly string[]): number {
  if (route.path === '$default') return 0
  const template = segmentsOf(route.path)
  const last = template[template.length - 1]
  // A greedy tail takes what is left: compare the rest, and count an empty tail as one missing segment.
  if (last !== undefined && isGreedy(last)) {
    const head = template.slice(0, -1)
    return segmentEdits(head, segments.slice(0, head.length)) + (segments.length > head.length ? 0 : 1)
  }
  return segmentEdits(template, segments)
}

function segmentEdits(template: readonly string[], segments: readonly string[]): number {
  const rows = template.length
  const cols = segments.length
  let previous = Array.from({ length: cols + 1 }, (_, j) => cost(segments, 0, j))
  for (let i = 1; i <= rows; i++) {
    const part = template[i - 1] ?? ''
    const current = [(previous[0] ?? 0) + weight(part)]
    for (let j = 1; j <= cols; j++) {
      const segment = segments[j - 1] ?? ''
      const change = PARAM.test(part) ? 0 : letterEdits(part, segment)
      current[j] = Math.min(
        (previous[j] ?? 0) + weight(part),
        (current[j - 1] ?? 0) + weight(segment),
        (previous[j - 1] ?? 0) + change,
      )
    }
    previous = current
  }
  return previous[cols] ?? 0
}

function cost(segments: readonly string[], from: number, to: number): number {
  let sum = 0
  for (let k = from; k < to; k++) sum += weight(segments[k] ?? '')
  return sum
}

function weight(segment: string): number {
  return PARAM.test(segment) ? 2 : Math.max(1, Math.min(segment.length, MAX_SEGMENT))
}

/** Optimal string alignment distance (Levenshtein plus swaps of neighbours). */
export function letterEdits(a: string, b: string): number {
  if (a === b) return 0
  if (a.length > MAX_SEGMENT || b.length > MAX_SEGMENT) return Math.max(a.length, b.length, 1)
  const d: number[][] = []
  for (let i = 0; i <= a.length; i++) d[i] = [i]
  for (let j = 0; j <= b.length; j++) (d[0] as number[])[j] = j
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[]
    const up = d[i - 1] as number[]
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + same)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] ?? 0) + 1)
      row[j] = best
    }
  }
  return (d[a.length] as number[])[b.length] ?? 0
}
