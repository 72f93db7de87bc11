/**
 * Reads the lines browsers write to the console when a request fails: Chrome's and Edge's CORS and
 * `net::ERR_…` lines, Firefox's "Cross-Origin Request Blocked", Safari's "due to access control checks",
 * and the client errors that follow them (`TypeError: Failed to fetch`, axios' `Network Error`). Every
 * pattern is anchored on a fixed phrase and built from bounded, disjoint pieces, so matching is linear.
 * @module
 */

/** What the console says about one request. */
export interface ConsoleFailure {
  url?: string
  method?: string
  /** The status the console reported (of the reply it hid, when `blocked`). */
  status?: number
  statusText?: string
  /** The reply never reached the page: CORS blocked it, or the request failed without one. */
  blocked: boolean
  /** A short account of the failure, for the evidence and the report (redacted when printed). */
  error: string
  /** Chrome's `net::ERR_…` name, when given. */
  netError?: string
}

/** What the console lines of a paste say, and the lines that are not console lines. */
export interface ConsoleReading {
  failures: ConsoleFailure[]
  /** The other lines, in order (a reply body pasted with the console lines). */
  others: string[]
}

/** Lines longer than this are not console messages (a minified body); they are kept as they are. */
const MAX_LINE = 20_000
// A URL is `https?:\/\/[^\s'"()<>]{1,4096}` in each pattern (written out: the regex checker reads literals).
const CHROME_CORS =
  /Access to (?:fetch|XMLHttpRequest) at '(https?:\/\/[^\s'"()<>]{1,4096})' from origin '[^'\s]{0,2048}' has been blocked by CORS policy: ?([^\n]{0,600})/
const CHROME_OLD = /(?:Failed to load|XMLHttpRequest cannot load) (https?:\/\/[^\s'"()<>]{1,4096}?)[.:] ([^\n]{0,600})/
const RESPONSE_HAD = /The response had HTTP status code (\d{3})/
const CHROME_REQUEST =
  /(?:^|[\s:])(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) (https?:\/\/[^\s'"()<>]{1,4096})(?: (net::ERR_[A-Z_]{1,64}))?(?: (\d{3}))?(?: \(([^)\n]{0,80})\))?/
const CHROME_RESOURCE = /Failed to load resource: the server responded with a status of (\d{3}) \(([^)\n]{0,80})\)/
/** The source DevTools prints before a message: the resource's URL (without scheme) and a line number. */
const SOURCE = /^(?:https?:\/\/)?([a-z0-9.-]{1,253}\.[a-z]{2,63}(?::\d{1,5})?(?:\/[^\s]{0,4096}?)?):\d{1,7}\s/i
const FIREFOX_CORS =
  /Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at (https?:\/\/[^\s'"()<>]{1,4096})\. \(Reason: ([^)\n]{0,300})\)(?:\. Status code: (\d{3}))?/
const SAFARI_CANNOT_LOAD =
  /(?:Fetch API|XMLHttpRequest) cannot load (https?:\/\/[^\s'"()<>]{1,4096}) due to access control checks/
const SAFARI_ORIGIN = /Origin [^\s]{1,2048} is not allowed by Access-Control-Allow-Origin\.(?: Status code: (\d{3}))?/
const NET_ERROR = /net::(ERR_[A-Z_]{1,64})/
const CLIENT_ERROR =
  /(TypeError: Failed to fetch|Failed to fetch|TypeError: NetworkError when attempting to fetch resource\.?|TypeError: Load failed|(?:AxiosError|Error): Network Error|ERR_NETWORK)/
/** Lines a console adds around the messages: stack frames, "Uncaught (in promise)", source locations. */
const NOISE = /^(?:at |Uncaught \(in promise\)|Promise\.then|\(anonymous\)|[\w.$]{1,200} @ [^\s]{1,4096}$)/

/** Reads the console lines among `lines`; the rest are kept in `others`. */
export function readConsoleLines(lines: readonly string[]): ConsoleReading {
  const failures: ConsoleFailure[] = []
  const others: string[] = []
  for (const line of lines) {
    const failure = line.length > MAX_LINE ? undefined : readLine(line.trim())
    if (failure === undefined) {
      if (!(failures.length > 0 && NOISE.test(line.trim()))) others.push(line)
    } else failures.push(failure)
  }
  return { failures: merge(failures), others }
}

function readLine(line: string): ConsoleFailure | undefined {
  if (line === '') return undefined
  let m = CHROME_CORS.exec(line)
  if (m !== null) {
    const status = RESPONSE_HAD.exec(line)?.[1]
    return withStatus({ url: m[1], blocked: true, error: `blocked by CORS policy: ${m[2] ?? ''}`.trim() }, status)
  }
  m = FIREFOX_CORS.exec(line)
  if (m !== null)
    return withStatus({ url: m[1], blocked: true, error: `Cross-Origin Request Blocked (Reason: ${m[2] ?? ''})` }, m[3])
  m = SAFARI_CANNOT_LOAD.exec(line)
  if (m !== null) return { url: m[1], blocked: true, error: 'blocked by access control checks (CORS)' }
  m = SAFARI_ORIGIN.exec(line)
  if (m !== null) return withStatus({ blocked: true, error: 'origin not allowed by Access-Control-Allow-Origin (CORS)' }, m[1])
  m = CHROME_OLD.exec(line)
  if (m !== null && /Access-Control-Allow-Origin|preflight|CORS/i.test(line)) {
    return withStatus(
      { url: m[1], blocked: true, error: `blocked by CORS policy: ${m[2] ?? ''}`.trim() },
      RESPONSE_HAD.exec(line)?.[1],
    )
  }
  m = CHROME_REQUEST.exec(line)
  if (m !== null && (m[3] !== undefined || m[4] !== undefined)) {
    const failure: ConsoleFailure = withStatus(
      { url: m[2], method: m[1], blocked: m[3] !== undefined, error: m[3] ?? `${m[4] ?? ''} ${m[5] ?? ''}`.trim() },
      m[4],
    )
    if (m[3] !== undefined) failure.netError = m[3]
    if (m[5] !== undefined && m[5] !== '') failure.statusText = m[5]
    return failure
  }
  m = CHROME_RESOURCE.exec(line)
  if (m !== null) {
    const failure = withStatus({ blocked: false, error: `the server responded with a status of ${m[1]}` }, m[1])
    // DevTools names the request by its URL without the scheme: `abc.execute-api….amazonaws.com/dev/x:1`.
    const source = SOURCE.exec(line)?.[1]
    if (source !== undefined) failure.url = `https://${source}`
    if (m[2] !== undefined && m[2] !== '') failure.statusText = m[2]
    return failure
  }
  m = NET_ERROR.exec(line)
  if (m !== null) return { blocked: true, error: `net::${m[1] ?? ''}`, netError: `net::${m[1] ?? ''}` }
  m = CLIENT_ERROR.exec(line)
  if (m !== null) return { blocked: true, error: m[1] ?? 'network error' }
  return undefined
}

function withStatus(failure: ConsoleFailure, status: string | undefined): ConsoleFailure {
  if (failure.url === undefined) delete failure.url
  if (status !== undefined) failure.status = Number(status)
  return failure
}

/**
 * One failure per request: the lines Chrome writes for one failed call (`… Failed to load resource: … 504`,
 * the CORS line, `GET … net::ERR_FAILED 403`, `TypeError: Failed to fetch`) are merged by the URL's path
 * (DevTools names the resource without its scheme, and people redact host names unevenly); lines without a
 * URL join the only request there is.
 */
function merge(failures: readonly ConsoleFailure[]): ConsoleFailure[] {
  const byPath = new Map<string, ConsoleFailure>()
  const loose: ConsoleFailure[] = []
  for (const failure of failures) {
    if (failure.url === undefined) {
      loose.push(failure)
      continue
    }
    const key = pathOf(failure.url)
    const known = byPath.get(key)
    byPath.set(key, known === undefined ? { ...failure } : combine(known, failure))
  }
  const merged = [...byPath.values()]
  if (merged.length === 0) return loose.length === 0 ? [] : [loose.reduce(combine)]
  if (merged.length === 1 && loose.length > 0) return [loose.reduce(combine, merged[0] as ConsoleFailure)]
  return merged
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname
  } catch {
    return url
  }
}

/** Two accounts of one request as one: the blocked one's URL and words win, the other fills gaps. */
function combine(a: ConsoleFailure, b: ConsoleFailure): ConsoleFailure {
  // The CORS sentence says most; a bare status line says least.
  const [main, other] = b.blocked && (!a.blocked || b.error.length > a.error.length) ? [b, a] : [a, b]
  const out: ConsoleFailure = { ...main, blocked: a.blocked || b.blocked }
  if (!other.blocked && main.blocked && other.url !== undefined && main.url === undefined) out.url = other.url
  out.url ??= other.url
  out.method ??= other.method
  out.status ??= other.status
  out.statusText ??= other.statusText
  out.netError ??= other.netError
  for (const key of ['url', 'method', 'status', 'statusText', 'netError'] as const) if (out[key] === undefined) delete out[key]
  return out
}
