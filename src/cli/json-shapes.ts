/** Reading loosely-typed JSON (HAR files, reply lists) without trusting its shape. */

/** Headers kept per message at most: more than any real reply has. */
const MAX_HEADERS = 512

/** A plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An own property of a JSON object (never one inherited through `__proto__`). */
export function own(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined
}

/** A string property, or `undefined`. */
export function ownString(value: unknown, key: string): string | undefined {
  const found = own(value, key)
  return typeof found === 'string' ? found : undefined
}

/** A finite number property (numeric strings accepted, as some exporters write them), or `undefined`. */
export function ownNumber(value: unknown, key: string): number | undefined {
  const found = own(value, key)
  if (typeof found !== 'number' && typeof found !== 'string') return undefined
  if (typeof found === 'string' && found.trim() === '') return undefined
  const number = Number(found)
  return Number.isFinite(number) ? number : undefined
}

/**
 * Headers as HAR writes them (`[{ name, value }]`), as pairs (`[[name, value]]`) or as an object, turned
 * into pairs; `undefined` when the value holds none of these.
 */
export function toHeaderPairs(value: unknown): Array<[string, string]> | undefined {
  if (Array.isArray(value)) {
    const pairs: Array<[string, string]> = []
    for (const item of value.slice(0, MAX_HEADERS)) {
      if (Array.isArray(item)) {
        if (typeof item[0] === 'string') pairs.push([item[0], headerText(item[1])])
      } else {
        const name = ownString(item, 'name')
        if (name !== undefined) pairs.push([name, headerText(own(item, 'value'))])
      }
    }
    return pairs
  }
  if (!isRecord(value)) return undefined
  const pairs: Array<[string, string]> = []
  for (const name of Object.keys(value).slice(0, MAX_HEADERS)) {
    const entry = value[name]
    if (Array.isArray(entry)) for (const item of entry.slice(0, MAX_HEADERS)) pairs.push([name, headerText(item)])
    else pairs.push([name, headerText(entry)])
  }
  return pairs
}

function headerText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : ''
}
