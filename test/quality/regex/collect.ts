/**
 * Finds every regular expression in TypeScript sources: regex literals and `new RegExp(…)` / `RegExp(…)`
 * calls. Sources are parsed with oxc (through rolldown, which tsdown already brings), so a `/` that divides
 * is never mistaken for a pattern. A `RegExp` built from a template keeps its static parts and reads each
 * `${…}` as the word `x`; one built from anything else is reported as dynamic.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseAst } from 'rolldown/parseAst'

/** One pattern found in a source file. */
export interface FoundPattern {
  /** Path relative to the repository root. */
  file: string
  line: number
  source: string
  flags: string
  /** Built at run time from a template (interpolations read as `x`) or from a non-literal. */
  dynamic: 'no' | 'template' | 'unknown'
}

/** Every `.ts` file under the given directories (relative to `root`), sorted. */
export function sourceFiles(root: string, dirs: readonly string[]): string[] {
  const out: string[] = []
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path)
    }
  }
  for (const dir of dirs) walk(join(root, dir))
  return out
}

type Node = { type: string; start: number; [key: string]: unknown }

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
}

/** The patterns of one source text. */
export function patternsIn(text: string, file: string): FoundPattern[] {
  const program = parseAst(text, { lang: 'ts', sourceType: 'module' }) as unknown as Node
  const found: FoundPattern[] = []
  const lineOf = (offset: number): number => text.slice(0, offset).split('\n').length
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child)
      return
    }
    if (!isNode(node)) return
    const regex = node.regex as { pattern: string; flags: string } | undefined
    if (node.type === 'Literal' && regex !== undefined)
      found.push({ file, line: lineOf(node.start), source: regex.pattern, flags: regex.flags, dynamic: 'no' })
    if (
      (node.type === 'NewExpression' || node.type === 'CallExpression') &&
      isNode(node.callee) &&
      node.callee.type === 'Identifier' &&
      node.callee.name === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments as unknown[]
      const source = staticText(pattern)
      const flagText = flags === undefined ? '' : (staticText(flags)?.text ?? '')
      found.push({
        file,
        line: lineOf(node.start),
        source: source?.text ?? '',
        flags: flagText,
        dynamic: source === undefined ? 'unknown' : source.template ? 'template' : 'no',
      })
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'type') visit(value)
  }
  visit(program)
  return found
}

/** The text of a string literal or of a template (interpolations read as `x`). */
function staticText(node: unknown): { text: string; template: boolean } | undefined {
  if (!isNode(node)) return undefined
  if (node.type === 'Literal' && typeof node.value === 'string') return { text: node.value, template: false }
  if (node.type === 'TemplateLiteral') {
    const quasis = node.quasis as { value: { cooked: string | null } }[]
    const text = quasis.map((quasi) => quasi.value.cooked ?? '').join('x')
    return { text, template: quasis.length > 1 }
  }
  return undefined
}

/** Every pattern under the given directories. */
export function collectPatterns(root: string, dirs: readonly string[]): FoundPattern[] {
  return sourceFiles(root, dirs).flatMap((path) => patternsIn(readFileSync(path, 'utf8'), relative(root, path)))
}
