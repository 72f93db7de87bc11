/**
 * Reads the request out of what browsers' DevTools copy from the Network panel: "Copy as cURL" (bash or
 * Windows cmd quoting) and "Copy as fetch" (also Node.js fetch). A person often pastes the reply's text
 * after it; what follows the command is handed back as `rest`.
 * @module
 */
import { isRecord, own, toHeaderPairs } from './json-shapes.ts'

/** The request a DevTools copy describes. Header values are kept for the engine and the scrubber only. */
export interface CopiedRequest {
  /** `curl` or `fetch`. */
  kind: 'curl' | 'fetch'
  method?: string
  url?: string
  headers: Array<[string, string]>
}

/** A request copy found at the start of a paste, and the text after it. */
export interface RequestCopy {
  request: CopiedRequest
  rest: string
}

/** Commands longer than this are not scanned further (a huge `--data-raw`): the rest is taken as the command. */
const MAX_COMMAND = 4 * 1024 * 1024

const CURL_START = /^(?:\$ )?curl(?:\.exe)? /
const FETCH_START = /^(?:await )?fetch ?\(/

/** The text starts like a cURL or fetch copy. */
export function startsWithRequestCopy(text: string): boolean {
  const head = text.trimStart().slice(0, 20)
  return CURL_START.test(head) || FETCH_START.test(head)
}

/** Reads a cURL or fetch copy at the start of `text` (leading space allowed); `undefined` when there is none. */
export function readRequestCopy(text: string): RequestCopy | undefined {
  const start = text.length - text.trimStart().length
  const head = text.slice(start, start + 20)
  if (CURL_START.test(head)) return readCurlCopy(text, start)
  if (FETCH_START.test(head)) return readFetchCopy(text, start)
  return undefined
}

// ---------------------------------------------------------------------------------------------------------
// cURL

/** curl options that send a body (their value is the next word). */
const BODY_OPTIONS: ReadonlySet<string> = new Set([
  '-d',
  '--data',
  '--data-raw',
  '--data-binary',
  '--data-urlencode',
  '--data-ascii',
  '--json',
  '-F',
  '--form',
  '-T',
  '--upload-file',
])
/** curl options that take a value (the next word): the body options and these. */
const VALUE_OPTIONS: ReadonlySet<string> = new Set([
  ...BODY_OPTIONS,
  '-X',
  '--request',
  '-H',
  '--header',
  '-b',
  '--cookie',
  '-c',
  '--cookie-jar',
  '-u',
  '--user',
  '-A',
  '--user-agent',
  '-e',
  '--referer',
  '-o',
  '--output',
  '--url',
  '-m',
  '--max-time',
  '--connect-timeout',
  '-x',
  '--proxy',
  '-U',
  '--proxy-user',
  '-w',
  '--write-out',
  '-r',
  '--range',
  '--resolve',
  '--retry',
  '--max-redirs',
  '--cacert',
  '--cert',
  '--key',
  '-E',
  '--oauth2-bearer',
  '--aws-sigv4',
])

function readCurlCopy(text: string, start: number): RequestCopy {
  // Chrome's "Copy as cURL (cmd)" escapes every quote and line end with a caret.
  const cmd = /^(?:\$ )?curl(?:\.exe)? \^"/.test(text.slice(start, start + 20))
  const end = commandEnd(text, start, cmd)
  let command = text.slice(start, end).replace(/^\$ /, '')
  if (cmd) command = command.replace(/\^\r?\n/g, ' ').replace(/\^([\s\S])/g, '$1')
  else command = command.replace(/(?:\\|`)\r?\n/g, ' ')
  return { request: curlRequest(shellWords(command)), rest: text.slice(end) }
}

/** Where the command ends: the first line break outside quotes that no continuation character escapes. */
function commandEnd(text: string, start: number, cmd: boolean): number {
  const limit = Math.min(text.length, start + MAX_COMMAND)
  let quote = ''
  let i = start
  while (i < limit) {
    const c = text[i]
    if (quote !== '') {
      if (c === quote) quote = ''
      else if (c === '\\' && quote !== "'") i++
      i++
      continue
    }
    if (c === '\n' || c === '\r') return i
    if (cmd ? c === '^' : c === '\\' || c === '`') {
      i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 3 : 2
      continue
    }
    if (!cmd && (c === "'" || c === '"')) quote = c
    i++
  }
  return limit
}

/** Splits a POSIX shell command into words: '…', "…", $'…' (ANSI-C) quoting and backslash escapes. */
export function shellWords(command: string): string[] {
  const words: string[] = []
  let word = ''
  let inWord = false
  let i = 0
  const n = command.length
  while (i < n) {
    const c = command[i] ?? ''
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (inWord) words.push(word)
      word = ''
      inWord = false
      i++
      continue
    }
    inWord = true
    if (c === "'") {
      const close = command.indexOf("'", i + 1)
      const stop = close === -1 ? n : close
      word += command.slice(i + 1, stop)
      i = stop + 1
    } else if (c === '$' && command[i + 1] === "'") {
      i += 2
      while (i < n && command[i] !== "'") {
        if (command[i] === '\\' && i + 1 < n) {
          const next = command[i + 1] ?? ''
          word += next === 'n' ? '\n' : next === 't' ? '\t' : next === 'r' ? '\r' : next
          i += 2
        } else word += command[i++]
      }
      i++
    } else if (c === '"') {
      i++
      while (i < n && command[i] !== '"') {
        if (command[i] === '\\' && i + 1 < n && '"\\$`'.includes(command[i + 1] ?? '')) i++
        word += command[i++]
      }
      i++
    } else if (c === '\\' && i + 1 < n) {
      word += command[i + 1]
      i += 2
    } else {
      word += c
      i++
    }
  }
  if (inWord) words.push(word)
  return words
}

/** A URL with a scheme, a host name with a dot (curl adds `http://`), or a template's placeholder (`{{baseUrl}}/x`). */
const LIKE_URL =
  /^(?:[a-z][a-z0-9+.-]{0,20}:\/\/|[\w-]{1,63}\.[\w.-]{1,253}(?::\d{1,5})?(?:[/?#]|$)|localhost(?:[:/?#]|$)|\[|\{\{|\$)/i

function curlRequest(words: readonly string[]): CopiedRequest {
  const request: CopiedRequest = { kind: 'curl', headers: [] }
  let method: string | undefined
  let body = false
  let head = false
  // A bare word that does not look like a URL may be the value of an option this list does not know
  // (`--proxy-header 'X-Token: …'`, `--variable tok=…`): it is the URL only when nothing better follows.
  let bareWord: string | undefined
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? ''
    if (!word.startsWith('-') || word === '-') {
      if (LIKE_URL.test(word)) request.url ??= word
      else bareWord ??= word
      continue
    }
    if (word.startsWith('-X') && word.length > 2 && !word.startsWith('--')) {
      method = word.slice(2)
      continue
    }
    if (word === '-I' || word === '--head') head = true
    if (word === '-G' || word === '--get') method ??= 'GET'
    if (!VALUE_OPTIONS.has(word)) continue
    const value = words[++i] ?? ''
    if (BODY_OPTIONS.has(word)) body = true
    switch (word) {
      case '-X':
      case '--request':
        method = value
        break
      case '-H':
      case '--header': {
        const colon = value.indexOf(':')
        if (colon > 0) request.headers.push([value.slice(0, colon).trim(), value.slice(colon + 1).trim()])
        break
      }
      case '--url':
        request.url = value
        break
      case '-b':
      case '--cookie':
        request.headers.push(['cookie', value])
        break
      case '-u':
      case '--user':
        request.headers.push(['authorization', `Basic ${value}`])
        break
      case '--oauth2-bearer':
        request.headers.push(['authorization', `Bearer ${value}`])
        break
      case '--aws-sigv4':
        // curl computes the signature itself: the request carries SigV4, whose value is not in the command.
        request.headers.push(['authorization', 'AWS4-HMAC-SHA256'])
        break
      case '-A':
      case '--user-agent':
        request.headers.push(['user-agent', value])
        break
      case '-e':
      case '--referer':
        request.headers.push(['referer', value])
        break
    }
  }
  if (bareWord !== undefined) request.url ??= bareWord
  const chosen = method ?? (head ? 'HEAD' : body ? 'POST' : 'GET')
  if (/^[A-Za-z]{1,32}$/.test(chosen)) request.method = chosen.toUpperCase()
  return request
}

// ---------------------------------------------------------------------------------------------------------
// fetch

function readFetchCopy(text: string, start: number): RequestCopy {
  const open = text.indexOf('(', start)
  const close = closingParen(text, open)
  const args = text.slice(open + 1, close === -1 ? text.length : close)
  let end = close === -1 ? text.length : close + 1
  if (text[end] === ';') end++
  const request: CopiedRequest = { kind: 'fetch', headers: [] }
  const first = /^\s*("(?:[^"\\\n]|\\.){0,16384}"|'(?:[^'\\\n]|\\.){0,16384}')/.exec(args)
  if (first !== null) {
    const literal = first[1] ?? ''
    const url = literal.startsWith('"') ? parseJson(literal) : literal.slice(1, -1).replace(/\\(.)/g, '$1')
    if (typeof url === 'string') request.url = url
  }
  const rest = first === null ? args : args.slice(first[0].length)
  const brace = rest.indexOf('{')
  const init = brace === -1 ? undefined : parseJson(rest.slice(brace, rest.lastIndexOf('}') + 1))
  const method = own(init, 'method')
  if (typeof method === 'string' && /^[A-Za-z]{1,32}$/.test(method)) request.method = method.toUpperCase()
  else {
    const body = own(init, 'body')
    request.method = body === undefined || body === null ? 'GET' : 'POST'
  }
  const headers = toHeaderPairs(own(init, 'headers'))
  if (headers !== undefined) request.headers = headers
  return { request, rest: text.slice(end) }
}

/** The index of the `)` that closes the `(` at `open`, skipping strings; -1 when it is missing. */
function closingParen(text: string, open: number): number {
  const limit = Math.min(text.length, open + MAX_COMMAND)
  let depth = 0
  let quote = ''
  for (let i = open; i < limit; i++) {
    const c = text[i]
    if (quote !== '') {
      if (c === '\\') i++
      else if (c === quote) quote = ''
      continue
    }
    if (c === '"' || c === "'" || c === '`') quote = c
    else if (c === '(' || c === '{' || c === '[') depth++
    else if (c === ')' || c === '}' || c === ']') {
      depth--
      if (depth === 0) return c === ')' ? i : -1
    }
  }
  return -1
}

function parseJson(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'string' || isRecord(value) ? value : undefined
  } catch {
    return undefined
  }
}
