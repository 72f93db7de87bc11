/**
 * Helpers of the browser suite: reading an apigw-doctor console group out of captured calls, finding what
 * the emulator answered, waiting for asynchronous browser messages, and saving artifacts.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { GatewayEmulator, RecordedRequest } from '../../examples/browser/gateway-emulator.ts'
import type { ConsoleCall } from './console-capture.ts'

/** Git-ignored output of the suite: screenshots and console transcripts. */
export const ARTIFACTS_DIR: string = join(import.meta.dirname, '..', '..', '.artifacts', 'browser')

/** A console group printed by `log: true`, read back. */
export interface LoggedGroup {
  /** The `startGroupCollapsed` call. */
  title: ConsoleCall
  /** The first line in the group (the diagnosis title). */
  headline: string
  /** Labelled lines (`cause: …`), by label, in order; a label may repeat (`other cause`, `note`). */
  lines: Array<{ label: string; text: string; labelStyle: string }>
  /** Whether a matching `endGroup` closed it. */
  closed: boolean
}

/** The apigw-doctor groups among `calls`, in order. */
export function loggedGroups(calls: readonly ConsoleCall[]): LoggedGroup[] {
  const groups: LoggedGroup[] = []
  let current: LoggedGroup | undefined
  for (const call of calls) {
    if (call.type === 'startGroupCollapsed' && call.text.startsWith('[apigw-doctor]')) {
      current = { title: call, headline: '', lines: [], closed: false }
      groups.push(current)
    } else if (current !== undefined && call.type === 'endGroup') {
      current.closed = true
      current = undefined
    } else if (current !== undefined && call.depth === current.title.depth + 1) {
      const [first, ...rest] = call.runs
      // Labelled lines are `%c%s:%c %s`: a bold label run, then the text.
      if (first !== undefined && first.style !== '' && first.text.endsWith(':'))
        current.lines.push({
          label: first.text.slice(0, -1),
          text: rest
            .map((run) => run.text)
            .join('')
            .trim(),
          labelStyle: first.style,
        })
      else if (current.headline === '') current.headline = call.text
    }
  }
  return groups
}

/** The only apigw-doctor group among `calls`; throws when there is not exactly one. */
export function onlyGroup(calls: readonly ConsoleCall[]): LoggedGroup {
  const groups = loggedGroups(calls)
  if (groups.length !== 1) throw new Error(`expected one apigw-doctor console group, got ${groups.length}`)
  return groups[0] as LoggedGroup
}

/** The texts of the lines labelled `label`. */
export function linesOf(group: LoggedGroup, label: string): string[] {
  return group.lines.filter((line) => line.label === label).map((line) => line.text)
}

/** The last request the emulator got for `method path`, with its reply. */
export function lastRequest(emulator: GatewayEmulator, method: string, path: string): RecordedRequest {
  const found = emulator.requests.findLast((request) => request.method === method && request.path === path)
  if (found === undefined) throw new Error(`the emulator got no ${method} ${path}`)
  return found
}

/** A reply header by name, any casing. */
export function replyHeader(request: RecordedRequest, name: string): string | undefined {
  const key = Object.keys(request.reply.headers).find((candidate) => candidate.toLowerCase() === name.toLowerCase())
  return key === undefined ? undefined : request.reply.headers[key]
}

/** Resolves once `check()` holds; rejects after `timeoutMs`. For messages the browser sends on its own time. */
export async function eventually(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

/** `high` > `medium` > `low`. */
export function confidenceRank(confidence: string | undefined): number {
  return confidence === 'high' ? 3 : confidence === 'medium' ? 2 : confidence === 'low' ? 1 : 0
}

/** Writes a text artifact; ports are replaced so that transcripts compare across runs. */
export async function saveText(name: string, text: string): Promise<void> {
  await mkdir(ARTIFACTS_DIR, { recursive: true })
  await writeFile(join(ARTIFACTS_DIR, name), `${text.replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:PORT')}\n`)
}
