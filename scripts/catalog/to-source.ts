/**
 * Writes plain data (strings, numbers, booleans, null, undefined, arrays, plain objects, builder calls) as
 * TypeScript source, deterministically: the same data always gives the same text, so a stale generated file shows as a
 * difference. Anything else (a function, a RegExp, bytes, a class instance) is refused: a signature is plain
 * data, and what cannot be written as a literal cannot ship as generated data.
 */

/** Lines shorter than this are kept on one line. */
const INLINE_WIDTH = 110

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/** A call of one of the generated file's builders with one object: written `name({ … })`. */
export class Call {
  readonly name: string
  readonly argument: object
  constructor(name: string, argument: object) {
    this.name = name
    this.argument = argument
  }
}

export function toSource(value: unknown, indent = '', path = 'value'): string {
  if (value === undefined) return 'undefined'
  if (value === null || typeof value === 'boolean') return String(value)
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path}: ${value} cannot be written as data`)
    return Object.is(value, -0) ? '0' : String(value)
  }
  if (typeof value === 'string') return JSON.stringify(value)
  if (value instanceof Call) return `${value.name}(${toSource(value.argument, indent, path)})`
  if (Array.isArray(value)) {
    const items = value.map((item, i) => toSource(item, `${indent}  `, `${path}[${i}]`))
    return layout('[', ']', items, indent)
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    // A field that is undefined is left out: it reads the same, and the builders put every key back.
    const entries = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .map(
        ([key, field]) =>
          `${IDENTIFIER.test(key) ? key : JSON.stringify(key)}: ${toSource(field, `${indent}  `, `${path}.${key}`)}`,
      )
    return layout('{', '}', entries, indent, true)
  }
  throw new Error(
    `${path}: a ${typeof value === 'object' ? (value.constructor?.name ?? 'object') : typeof value} cannot be written as data`,
  )
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

function layout(open: string, close: string, items: readonly string[], indent: string, spaced = false): string {
  if (items.length === 0) return `${open}${close}`
  const pad = spaced ? ' ' : ''
  const inline = `${open}${pad}${items.join(', ')}${pad}${close}`
  if (!inline.includes('\n') && inline.length + indent.length <= INLINE_WIDTH) return inline
  return `${open}\n${items.map((item) => `${indent}  ${item},`).join('\n')}\n${indent}${close}`
}
