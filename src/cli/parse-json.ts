import type { BodyLike, DiagnoseInput, RequestInput } from '../types.ts'
import { isRecord, own, ownNumber, ownString, toHeaderPairs } from './json-shapes.ts'
import { type Exchange, newCounter, type ParseResult, type WorkCounter } from './types.ts'

/**
 * Reads replies written as JSON: one object or an array of `{ status, statusText?, headers, body,
 * request?: { method, url, headers }, elapsedMs? }` (the shape `diagnose()` takes), or a fixture file
 * (`{ fixtures: [...] }`). Items without a valid status are skipped.
 */
export function parseJsonReplies(value: unknown, work: WorkCounter = newCounter()): ParseResult {
  const fixtures = own(value, 'fixtures')
  const items: readonly unknown[] = Array.isArray(value) ? value : Array.isArray(fixtures) ? fixtures : [value]
  const exchanges: Exchange[] = []
  let skipped = 0
  for (const item of items) {
    work.steps++
    const reply = readItem(item)
    if (reply === undefined) skipped++
    else exchanges.push(reply)
  }
  const result: ParseResult = { format: 'json', exchanges, notes: [] }
  if (skipped > 0 && exchanges.length > 0) result.notes.push(`${skipped} item(s) without a valid HTTP status were skipped.`)
  if (exchanges.length === 0)
    result.emptyReason =
      'the JSON holds no reply with a valid `status` (expected { "status": 403, "headers": {…}, "body": "…" } or an array of them)'
  return result
}

function readItem(item: unknown): Exchange | undefined {
  if (!isRecord(item)) return undefined
  const status = ownNumber(item, 'status')
  if (status === undefined || !Number.isInteger(status) || status < 100 || status > 599) return undefined
  const input: DiagnoseInput = { status }
  const statusText = ownString(item, 'statusText')
  if (statusText !== undefined) input.statusText = statusText
  const headers = toHeaderPairs(own(item, 'headers'))
  if (headers !== undefined) input.headers = headers
  const body = own(item, 'body')
  if (isBody(body)) input.body = body
  const elapsed = ownNumber(item, 'elapsedMs')
  if (elapsed !== undefined && elapsed >= 0) input.elapsedMs = elapsed
  const reply: Exchange = { kind: 'reply', input }
  const request = own(item, 'request')
  if (isRecord(request)) {
    const requestInput: RequestInput = {}
    const method = ownString(request, 'method')?.toUpperCase().slice(0, 32)
    const url = ownString(request, 'url')
    const requestHeaders = toHeaderPairs(own(request, 'headers'))
    if (method !== undefined) requestInput.method = reply.method = method
    if (url !== undefined) requestInput.url = reply.url = url
    if (requestHeaders !== undefined) requestInput.headers = requestHeaders
    input.request = requestInput
  }
  return reply
}

function isBody(value: unknown): value is BodyLike {
  return value === null || ['string', 'number', 'boolean', 'object'].includes(typeof value)
}
