import type { WorkCounter } from './types.ts'

/**
 * Splits text into lines on CRLF, LF or a lone CR, in one pass. A lone CR counts as a line break because
 * curl's progress meter rewrites its line with CR, and what follows it is a separate line.
 */
export function splitLines(text: string, work: WorkCounter): string[] {
  const lines: string[] = []
  let start = 0
  const length = text.length
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i)
    if (code !== 10 && code !== 13) continue
    lines.push(text.slice(start, i))
    work.steps++
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++
    start = i + 1
  }
  if (start < length) {
    lines.push(text.slice(start))
    work.steps++
  }
  return lines
}
