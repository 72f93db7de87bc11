/**
 * The demo pages' results: one card per case, filled in with what the page's own code got back (the
 * diagnosis on the client's error, or on the `GatewayError`). Text only goes in through `textContent`.
 */
import type { Diagnosis } from 'apigw-doctor'

/** What one case ended with, as the page shows it (and the browser tests read it). */
export interface Outcome {
  id: string
  /** `diagnosed`: the error carries a diagnosis; `passed`: a 2xx; `undiagnosed`: an error without one. */
  kind: 'diagnosed' | 'passed' | 'undiagnosed'
  /** The HTTP status the script saw; 0 when the browser gave it no reply. */
  status: number
  code?: string
  title?: string
  confidence?: string
  /** The top cause's id and its one-line summary. */
  topCauseId?: string
  topCause?: string
  /** The diagnosis's `cause` and `remedy` (the top cause's, in full). */
  cause?: string
  remedy?: string
  /** Every ranked cause's id, most likely first. */
  causeIds?: string[]
  /** The request ID the diagnosis found (API, else CloudFront), or `hidden` when the page could not see one. */
  requestId: string
  hints?: string[]
  /** The error's `name: message` line, as the app would print it. */
  errorLine?: string
}

/** How a card introduces its case. */
export interface CardSpec {
  id: string
  client: string
  label: string
  story: string
  /** e.g. `GET /prod/v1/itmes`. */
  request: string
  /** What the emulated reply looks like to the browser, e.g. `CORS: headers exposed`. */
  badge: string
  /** A CSS class for the badge's colour. */
  badgeClass: string
}

/** The outcome of a diagnosed error. */
export function diagnosedOutcome(id: string, status: number, diagnosis: Diagnosis, errorLine: string): Outcome {
  const top = diagnosis.causes[0]
  return {
    id,
    kind: 'diagnosed',
    status,
    code: diagnosis.code,
    title: diagnosis.title,
    confidence: diagnosis.confidence,
    topCauseId: top?.id,
    topCause: top?.summary ?? diagnosis.cause,
    cause: diagnosis.cause,
    remedy: diagnosis.remedy,
    causeIds: diagnosis.causes.map((cause) => cause.id),
    requestId: diagnosis.requestId ?? diagnosis.cloudfrontId ?? 'hidden',
    hints: diagnosis.hints,
    errorLine,
  }
}

/** Writes one empty card per case into `container`. */
export function renderCards(container: HTMLElement, specs: readonly CardSpec[]): void {
  container.replaceChildren(...specs.map(card))
}

function card(spec: CardSpec): HTMLElement {
  const article = el('article', 'card')
  article.dataset.scenario = spec.id
  article.dataset.state = 'pending'
  const header = el('header')
  header.append(el('span', 'client', spec.client), el('h2', '', spec.label), el('span', `badge ${spec.badgeClass}`, spec.badge))
  const facts = el('dl')
  for (const [name, label] of FIELDS) {
    const value = el('dd', name, '…')
    value.dataset.field = name
    facts.append(el('dt', '', label), value)
  }
  article.append(header, el('p', 'request', spec.request), el('p', 'story', spec.story), facts)
  return article
}

const FIELDS = [
  ['code', 'code'],
  ['confidence', 'confidence'],
  ['requestId', 'request ID'],
  ['title', 'title'],
  ['topCause', 'top cause'],
] as const

/** Fills the card of `outcome.id`. */
export function showOutcome(outcome: Outcome): void {
  const article = document.querySelector<HTMLElement>(`article[data-scenario="${CSS.escape(outcome.id)}"]`)
  if (article === null) return
  article.dataset.state = outcome.kind
  const values: Record<(typeof FIELDS)[number][0], string> =
    outcome.kind === 'passed'
      ? {
          code: `${outcome.status}: no diagnosis`,
          confidence: '—',
          requestId: '—',
          title: 'The reply passed through untouched.',
          topCause: '—',
        }
      : outcome.kind === 'undiagnosed'
        ? { code: 'not diagnosed', confidence: '—', requestId: '—', title: outcome.errorLine ?? '', topCause: '—' }
        : {
            code: outcome.status > 0 ? `${outcome.status} ${outcome.code}` : `${outcome.code} (no reply)`,
            confidence: outcome.confidence ?? '',
            requestId: outcome.requestId,
            title: outcome.title ?? '',
            topCause: `${outcome.topCause ?? ''} [${outcome.topCauseId ?? ''}]`,
          }
  for (const [name] of FIELDS) {
    const value = article.querySelector<HTMLElement>(`dd[data-field="${name}"]`)
    if (value === null) continue
    value.textContent = values[name]
    if (name === 'confidence') value.className = `confidence ${outcome.confidence ?? 'none'}`
    if (name === 'requestId') value.classList.toggle('hidden-id', values[name] === 'hidden')
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className !== '') node.className = className
  if (text !== undefined) node.textContent = text
  return node
}
