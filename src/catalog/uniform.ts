/**
 * Builders the generated rules are written with. Each returns an object with every key of its kind in one
 * order (absent criteria are `undefined`, which every check reads as absent), built at one literal site:
 * V8 then gives all objects of a kind one hidden class, and the engine, which reads these on every
 * diagnosis, stays on its fast monomorphic paths. Object literals written as needed would have dozens.
 * @module
 */
import type { Condition, SignatureMatch } from '../types.ts'
import type { Rule, RuleCause } from './rule.ts'

/** A signature's matching data. */
export function rule(r: Rule): Rule {
  return {
    code: r.code,
    layer: r.layer,
    gatewayResponseTypes: r.gatewayResponseTypes,
    match: r.match,
    alsoMatch: r.alsoMatch,
    causes: r.causes,
    docs: r.docs,
    maxConfidence: r.maxConfidence,
    texts: r.texts,
  }
}

/** One shape of a reply (`match` or an `alsoMatch` entry). */
export function shape(m: SignatureMatch): SignatureMatch {
  return {
    status: m.status,
    customizable: m.customizable,
    errorType: m.errorType,
    message: m.message,
    messageStartsWith: m.messageStartsWith,
    messageKey: m.messageKey,
    text: m.text,
    bodyIncludes: m.bodyIncludes,
    bodyIncludesAny: m.bodyIncludesAny,
    emptyBody: m.emptyBody,
    headers: m.headers,
    absentHeaders: m.absentHeaders,
    hosts: m.hosts,
    statusText: m.statusText,
    distinctive: m.distinctive,
  }
}

/** A cause's ranking data (its texts are looked up by id). */
export function cause(c: RuleCause): RuleCause {
  return { id: c.id, weight: c.weight, adjust: c.adjust, docs: c.docs, finding: c.finding }
}

/** A condition of an `adjust` rule. */
export function when(c: Condition): Condition {
  return {
    auth: c.auth,
    sent: c.sent,
    notSent: c.notSent,
    method: c.method,
    host: c.host,
    path: c.path,
    elapsedMs: c.elapsedMs,
    status: c.status,
    replyHas: c.replyHas,
    messageIncludes: c.messageIncludes,
    browser: c.browser,
    not: c.not,
  }
}
