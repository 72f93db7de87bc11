import type { DiagnoseInput, Diagnosis } from '../../src/index.ts'
import type { RequestInput } from '../../src/types.ts'

/** A reply to diagnose; headers, request and timing only when given. */
export function reply(
  status: number,
  body: string,
  headers: Record<string, string> | undefined,
  request?: RequestInput,
  elapsedMs?: number,
): DiagnoseInput {
  const input: DiagnoseInput = { status, body }
  if (headers !== undefined) input.headers = headers
  if (request !== undefined) input.request = request
  if (elapsedMs !== undefined) input.elapsedMs = elapsedMs
  return input
}

/** A request to `url` with these headers sent. */
export const call = (
  url: string,
  headers: Record<string, string> = { accept: 'application/json' },
  method = 'GET',
): RequestInput => ({
  method,
  url,
  headers,
})

/** The id of the cause ranked first. */
export function top(d: Diagnosis | undefined): string | undefined {
  return d?.causes[0]?.id
}

/** The likelihood of one cause; throws when the diagnosis lacks it. */
export function likelihood(d: Diagnosis | undefined, id: string): number {
  const cause = d?.causes.find((c) => c.id === id)
  if (cause === undefined) throw new Error(`no cause ${id}`)
  return cause.likelihood
}
