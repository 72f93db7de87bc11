/**
 * Captures what Chromium's DevTools receives from a page, over the Chrome DevTools Protocol: console API
 * calls with their raw arguments (format string, `%c` styles, errors as remote objects), log entries the
 * browser itself writes (network failures, CORS messages) and uncaught exceptions. Messages are formatted
 * as the DevTools console formats them (`%s` substituted, `%c` turned into styled runs).
 */
import type { CDPSession, Page } from 'playwright-core'

/** A console argument as CDP describes it (`Runtime.RemoteObject`, the fields used here). */
export interface RemoteValue {
  type: string
  subtype?: string
  className?: string
  value?: unknown
  unserializableValue?: string
  /** For an Error: its stack, which DevTools shows as the message's first lines. */
  description?: string
  objectId?: string
}

/** One run of text with the CSS a `%c` gave it ('' when unstyled). */
export interface StyledRun {
  text: string
  style: string
}

/** One console API call. */
export interface ConsoleCall {
  /** CDP's type: `log`, `error`, `warning`, `startGroupCollapsed`, `endGroup`… */
  type: string
  args: RemoteValue[]
  /** How many groups were open when the call was made. */
  depth: number
  /** The message as DevTools formats it, without styles. */
  text: string
  /** The same text in its styled runs. */
  runs: StyledRun[]
}

/** A message the browser logged itself (`Log.entryAdded`). */
export interface LogEntry {
  source: string
  level: string
  text: string
  url?: string
}

/** An Error argument, as a user sees it when expanding it in DevTools. */
export interface ErrorView {
  /** `stack`: `Name: message` then the frames. */
  stack: string
  /** The cause's stack (or `String(cause)`), which DevTools prints as "Caused by: …". */
  cause?: string
  /** The error's own data besides `cause`, serialised: message, stack, diagnosis, requestId, response. */
  ownJson: string
}

/** Console capture for one page; attach it before navigating. */
export class ConsoleCapture {
  readonly calls: ConsoleCall[] = []
  readonly logEntries: LogEntry[] = []
  readonly exceptions: string[] = []
  private depth = 0
  private readonly session: CDPSession

  private constructor(session: CDPSession) {
    this.session = session
  }

  /** Opens a CDP session on `page` and starts recording. */
  static async attach(page: Page): Promise<ConsoleCapture> {
    const session = await page.context().newCDPSession(page)
    const capture = new ConsoleCapture(session)
    session.on('Runtime.consoleAPICalled', (event) => capture.record(event.type, event.args as RemoteValue[]))
    session.on('Runtime.exceptionThrown', (event) =>
      capture.exceptions.push(event.exceptionDetails.exception?.description ?? event.exceptionDetails.text),
    )
    session.on('Log.entryAdded', (event) =>
      capture.logEntries.push({
        source: event.entry.source,
        level: event.entry.level,
        text: event.entry.text,
        url: event.entry.url,
      }),
    )
    await session.send('Runtime.enable')
    await session.send('Log.enable')
    return capture
  }

  /**
   * Evaluates `expression` in the page (awaiting a promise) and returns its value with the console calls
   * made meanwhile. The calls arrive on the same session before the result, so the slice is exact.
   */
  async evaluate<T>(expression: string): Promise<{ value: T; calls: ConsoleCall[] }> {
    const start = this.calls.length
    const result = await this.session.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })
    if (result.exceptionDetails !== undefined)
      throw new Error(`page threw: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`)
    return { value: result.result.value as T, calls: this.calls.slice(start) }
  }

  /** Reads an Error argument the way DevTools shows it when expanded. */
  async errorView(arg: RemoteValue): Promise<ErrorView> {
    if (arg.objectId === undefined) throw new Error('not an object argument')
    const result = await this.session.send('Runtime.callFunctionOn', {
      objectId: arg.objectId,
      returnByValue: true,
      functionDeclaration: `function () {
        const cause = this.cause
        const own = { message: this.message, stack: this.stack, diagnosis: this.diagnosis, requestId: this.requestId, response: this.response }
        return { stack: String(this.stack), cause: cause === undefined ? undefined : String(cause && cause.stack ? cause.stack : cause), ownJson: JSON.stringify(own) }
      }`,
    })
    return result.result.value as ErrorView
  }

  private record(type: string, args: RemoteValue[]): void {
    if (type === 'endGroup') this.depth = Math.max(0, this.depth - 1)
    const runs = formatArgs(args)
    this.calls.push({ type, args, depth: this.depth, text: runs.map((run) => run.text).join(''), runs })
    if (type === 'startGroup' || type === 'startGroupCollapsed') this.depth += 1
  }
}

/** DevTools' console formatting: a leading format string takes `%s %d %i %f %o %O %c`; the rest is appended. */
export function formatArgs(args: readonly RemoteValue[]): StyledRun[] {
  const runs: StyledRun[] = []
  let style = ''
  let rest = args
  const first = args[0]
  if (first !== undefined && first.type === 'string' && typeof first.value === 'string') {
    rest = args.slice(1)
    let text = ''
    const format = first.value
    for (let i = 0; i < format.length; i++) {
      const char = format[i]
      const next = format[i + 1]
      if (char !== '%' || next === undefined || !'sdifoOc%'.includes(next)) {
        text += char
        continue
      }
      i++
      if (next === '%') {
        text += '%'
        continue
      }
      const arg = rest[0]
      if (arg === undefined) {
        text += `%${next}`
        continue
      }
      rest = rest.slice(1)
      if (next === 'c') {
        if (text !== '') runs.push({ text, style })
        text = ''
        style = typeof arg.value === 'string' ? arg.value : ''
      } else text += plain(arg, next)
    }
    if (text !== '') runs.push({ text, style })
  }
  for (const arg of rest) runs.push({ text: `${runs.length === 0 ? '' : ' '}${plain(arg, 'o')}`, style: '' })
  return runs
}

function plain(arg: RemoteValue, specifier: string): string {
  if (specifier === 'd' || specifier === 'i') return typeof arg.value === 'number' ? String(Math.trunc(arg.value)) : 'NaN'
  if (arg.value !== undefined && arg.type !== 'object') return String(arg.value)
  return arg.unserializableValue ?? arg.description ?? String(arg.value)
}

/** The calls as a DevTools console shows them with every group expanded: `▼` group titles, indented lines. */
export function transcript(calls: readonly ConsoleCall[], causes: ReadonlyMap<ConsoleCall, string> = new Map()): string {
  const lines: string[] = []
  for (const call of calls) {
    if (call.type === 'endGroup') continue
    const indent = '  '.repeat(call.depth)
    const marker = call.type === 'startGroup' || call.type === 'startGroupCollapsed' ? '▼ ' : ''
    const text = call.text + (causes.has(call) ? `\nCaused by: ${causes.get(call)}` : '')
    for (const [index, line] of text.split('\n').entries()) lines.push(`${indent}${index === 0 ? marker : ''}${line}`)
  }
  return lines.join('\n')
}
