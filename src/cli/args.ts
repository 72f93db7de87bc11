import { CLI_LOCALES, type CliLocale } from './locale.ts'
import type { InputFormat, PasteFacts } from './types.ts'

/** What the command line asks for. */
export interface CliOptions {
  /** Files to read; `-` is stdin. Empty: stdin. */
  files: string[]
  json: boolean
  all: boolean
  /** `true`/`false` from `--color`/`--no-color`; `undefined`: decide from the terminal and `NO_COLOR`. */
  color?: boolean
  format?: InputFormat
  /** Custom domain names that front AWS (`--aws-host`), passed to `diagnose()` as `awsHosts`. */
  awsHosts: string[]
  /** `--routes FILE`: the API's route table (an OpenAPI or Swagger export, a route list, `GET /path` lines). */
  routesFile?: string
  /** `--status`, `--url`, `--method`: facts about pasted text; `undefined` when none is given. */
  paste?: PasteFacts
  /** `--locale`; `undefined`: from `LC_ALL`/`LC_MESSAGES`/`LANG`. */
  locale?: CliLocale
  help: boolean
  version: boolean
}

const FORMATS: readonly InputFormat[] = ['curl', 'raw', 'har', 'json', 'paste']

/** Reads the arguments; a string is a usage error fit for one line on stderr. */
export function parseArgs(argv: readonly string[]): CliOptions | string {
  const options: CliOptions = { files: [], json: false, all: false, awsHosts: [], help: false, version: false }
  let onlyFiles = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      options.files.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = arg.startsWith('--') && eq !== -1 ? arg.slice(0, eq) : arg
    const inline = arg.startsWith('--') && eq !== -1 ? arg.slice(eq + 1) : undefined
    const takeValue = (): string | undefined => {
      if (inline !== undefined) return inline
      const next = argv[i + 1]
      if (next === undefined) return undefined
      i++
      return next
    }
    switch (name) {
      case '--':
        onlyFiles = true
        break
      case '-h':
      case '--help':
        options.help = true
        break
      case '-V':
      case '--version':
        options.version = true
        break
      case '--json':
        options.json = true
        break
      case '-a':
      case '--all':
        options.all = true
        break
      case '--color':
      case '--colour':
        options.color = true
        break
      case '--no-color':
      case '--no-colour':
        options.color = false
        break
      case '--format': {
        const value = takeValue()
        if (value === undefined || !FORMATS.includes(value as InputFormat)) return `--format takes one of: ${FORMATS.join(', ')}`
        options.format = value as InputFormat
        break
      }
      case '--locale': {
        const value = takeValue()
        if (value === undefined || !CLI_LOCALES.includes(value as CliLocale))
          return `--locale takes one of: ${CLI_LOCALES.join(', ')}`
        options.locale = value as CliLocale
        break
      }
      case '--routes': {
        const value = takeValue()
        if (value === undefined || value.trim() === '') return '--routes takes a file, e.g. --routes openapi.json'
        options.routesFile = value
        break
      }
      case '--aws-host': {
        const value = takeValue()
        if (value === undefined || value.trim() === '') return '--aws-host takes a host name, e.g. --aws-host api.example.com'
        for (const host of value.split(',')) if (host.trim() !== '') options.awsHosts.push(host.trim())
        break
      }
      case '--status':
      case '--url':
      case '--method': {
        const fact = readPasteFact(name, takeValue())
        if (typeof fact === 'string') return fact
        options.paste = { ...options.paste, ...fact }
        break
      }
      default:
        return `unknown option ${arg.length > 40 ? `${arg.slice(0, 40)}…` : arg} (see --help)`
    }
  }
  return options
}

/** Reads `--status`, `--url` or `--method`; a string is the usage error. */
function readPasteFact(name: '--status' | '--url' | '--method', value: string | undefined): PasteFacts | string {
  const text = value?.trim() ?? ''
  if (name === '--status') {
    const status = Number(text)
    return /^\d{3}$/.test(text) && status >= 100 && status <= 599
      ? { status }
      : '--status takes an HTTP status code, e.g. --status 403'
  }
  if (name === '--url')
    return /^https?:\/\/[^\s/]{1,253}/i.test(text)
      ? { url: text }
      : '--url takes the request URL, e.g. --url https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/items'
  return /^[A-Za-z]{1,32}$/.test(text) ? { method: text.toUpperCase() } : '--method takes an HTTP method, e.g. --method POST'
}
