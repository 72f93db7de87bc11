/**
 * Findings: causes computed from data beyond the catalog's rules (the API's own route table, the canonical
 * request a signature-mismatch message quotes). They name what differs for this request, so they rank first.
 * @module
 */

import type { Rule, RuleCause } from '../catalog/rule.ts'
import { isSafeHeader, maskPath, maskQuery, REDACTED } from '../output/mask.ts'
import { redactText } from '../output/redact.ts'
import type { ResponseSnapshot } from '../reading/snapshot.ts'
import { compareSigning } from '../sigv4/compare.ts'
import { fillHint } from '../texts/hints.ts'
import type { CauseTexts } from '../texts/locale.ts'
import type { CauseFinding, RankedCause, RouteTable } from '../types.ts'
import { causeTexts } from './rank.ts'

/** The replies that mean "no route": a route table can say what is nearest. */
const NO_ROUTE_CODES: ReadonlySet<string> = new Set(['MISSING_AUTHENTICATION_TOKEN', 'HTTP_API_NOT_FOUND'])

/**
 * The findings for a diagnosis: from the route table on a no-route reply, from a quoted canonical request.
 * Never throws: a failing or malformed route table (the option is the caller's object) gives none.
 */
export function findingsFor(signature: Rule, reply: ResponseSnapshot, routes: RouteTable | undefined): CauseFinding[] {
  try {
    const request = reply.request
    if (routes !== undefined && NO_ROUTE_CODES.has(signature.code) && request.path !== undefined) {
      const query = { path: request.path, hostKind: request.hostFacts.kind, layer: signature.layer }
      const found: unknown = routes.explain(request.method === undefined ? query : { ...query, method: request.method })
      return isFinding(found) ? [ownFinding(found)] : []
    }
    if (request.signing === undefined) return []
    // The tolerant reader finds the message in XML, fragments and pastes too.
    const quoting = reply.reading.messages.find((found) => found.value?.includes('Canonical String') === true)?.value
    return compareSigning(quoting ?? reply.message?.value ?? reply.text ?? '', request)
  } catch {
    return []
  }
}

function isFinding(value: unknown): value is CauseFinding {
  if (typeof value !== 'object' || value === null) return false
  const { id, share, values } = value as Record<string, unknown>
  return (
    typeof id === 'string' &&
    typeof share === 'number' &&
    share > 0 &&
    share <= 1 &&
    typeof values === 'object' &&
    values !== null
  )
}

/** Longest value kept from a caller's finding: far beyond what is shown, and masked in bounded time. */
const MAX_FOUND_VALUE = 4096

/**
 * A plain copy of a finding the caller's route table returned, read here, inside the guard: its string
 * values only, cut (the cut is beyond what {@link placeFindings} shows). A getter that throws on `values`
 * then costs the finding, not the whole diagnosis.
 */
function ownFinding(found: CauseFinding): CauseFinding {
  const values: Record<string, string> = {}
  for (const [name, value] of Object.entries(found.values).slice(0, 16))
    if (typeof value === 'string') values[name] = value.slice(0, MAX_FOUND_VALUE)
  return { id: found.id, share: found.share, values }
}

/** All findings together take at most this share; the catalog's causes keep the rest. */
const MAX_SHARE = 0.9

/** Longest placeholder value shown. */
const MAX_VALUE = 160

/**
 * Puts the findings first, in the texts of the signature's `finding` causes (`overlay`: translated texts by
 * cause id; `english`: the built-in ones), and scales the ranked causes down so that the likelihoods still add up to 1. A finding the
 * signature has no cause for is dropped. `base` holds the usual placeholders (`{request}`, `{host}`…).
 */
export function placeFindings(
  causes: readonly RankedCause[],
  findings: readonly CauseFinding[],
  rules: readonly RuleCause[],
  base: Readonly<Record<string, string>>,
  overlay?: Readonly<Record<string, CauseTexts>>,
  english?: Readonly<Record<string, CauseTexts>>,
): RankedCause[] {
  const known = findings.flatMap((finding) => {
    const rule = rules.find((r) => r.finding === true && r.id === finding.id)
    return rule === undefined ? [] : [{ finding, rule }]
  })
  if (known.length === 0) return [...causes]
  const wanted = known.reduce((sum, { finding }) => sum + finding.share, 0)
  const scale = wanted > MAX_SHARE ? MAX_SHARE / wanted : 1
  const taken = Math.min(wanted, MAX_SHARE)
  const placed = known.map(({ finding, rule }): RankedCause => {
    const texts = causeTexts(rule, overlay, english)
    const values: Record<string, string> = { ...base }
    for (const [name, value] of Object.entries(finding.values))
      if (typeof value === 'string') {
        const shown = allowlisted(finding, name, value)
        values[name] = redactText(shown.length > MAX_VALUE ? `${shown.slice(0, MAX_VALUE - 3)}...` : shown)
      }
    const cause: RankedCause = {
      id: finding.id,
      cause: fillHint(texts.cause ?? '', values),
      remedy: fillHint(texts.remedy ?? '', values),
      summary: fillHint(texts.summary ?? '', values),
      likelihood: round(finding.share * scale),
    }
    if (rule.docs !== undefined && rule.docs.length > 0) cause.docs = [...rule.docs]
    return cause
  })
  return [...placed, ...causes.map((cause) => ({ ...cause, likelihood: round(cause.likelihood * (1 - taken)) }))]
}

/**
 * A finding's value as the allowlist lets it out (README, Security): a query keeps its parameter names, a
 * path (a signed one, or one a route finding quotes) goes through `maskPath` (an encoding difference in an ordinary segment stays visible), and a signed
 * header's values show only for known-safe headers. Masked before it is cut, so a cut cannot hide a token.
 */
function allowlisted(finding: CauseFinding, name: string, value: string): string {
  if (value === '(none)') return value
  // A route finding quotes the request's own segments (a stage finding shows the path actually requested, a
  // base path or greedy parent too): each path in it is masked as the request's path is everywhere else.
  if (finding.id.startsWith('route-')) return name === 'stage' ? maskPath(value) : value.replace(/\/\S{0,4096}/g, maskPath)
  if (finding.id === 'signed-query-differs') return maskQuery(value)
  if (finding.id.startsWith('signed-path')) return maskPath(value)
  if (finding.id === 'signed-header-differs' && name !== 'header') {
    const header = finding.values.header
    return typeof header === 'string' && isSafeHeader(header) ? value : REDACTED
  }
  return value
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
