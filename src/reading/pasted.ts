/**
 * A reply pasted as text (curl -v or -i output, a status line above a body, devtools' "Status Code: 403")
 * carries its status and headers inside the text. Read only when the caller gave neither: a real reply's
 * body is never taken for headers.
 */

/** The status and header lines found in pasted text. */
export interface PastedFacts {
  status?: number
  headers: Map<string, string>
  /**
   * The text without its status line, header lines and curl's own lines, when any were found: the reply's
   * body as it was pasted (empty when only headers were).
   */
  body?: string
}

/** Header names worth reading from pasted text: AWS's own and those that tell which server answered. */
const WANTED = /^(?:x-[\w-]{1,60}|apigw-requestid|server|via|content-type)$/
// `name: value`, as curl and raw HTTP print it, or quoted as in a logged object (`'x-cache': 'Error from cloudfront',`).
const HEADER_LINE = /^[ \t{]{0,8}(?:<[ \t]{0,4})?["']?([A-Za-z][\w-]{0,63})["']?[ \t]{0,4}:[ \t]{0,8}([^\r\n]{1,4096})$/
/** Header names of an HTTP reply, beyond the wanted ones: lines that are not the body. */
const HTTP_HEADER =
  /^(?:date|connection|content-[\w-]{1,30}|vary|etag|age|cache-control|keep-alive|transfer-encoding|strict-transport-security|access-control-[\w-]{1,40}|alt-svc|last-modified|expires|pragma|set-cookie|location|www-authenticate)$/
/** curl -v's request, info and transfer lines. */
const CURL_LINE = /^(?:[<>*] |[<>*]$|[{}] \[)/
const STATUS_LINE = /^[ \t]{0,8}(?:<[ \t]{0,4})?HTTP\/[\d.]{1,3}[ \t]{1,4}[1-5]\d\d\b/
const STATUS = /(?:^|[\s<(])(?:HTTP\/[\d.]{1,3}[ \t]{1,4}|status(?:[ \t]?code)?[ \t]{0,2}[:=]?[ \t]{0,4})([1-5]\d\d)\b/i
const MAX_LINES = 400

/** Reads the status line and header lines of a pasted reply. */
export function readPasted(text: string, wantStatus: boolean): PastedFacts {
  const headers = new Map<string, string>()
  let status: number | undefined
  const lines = text.split('\n', MAX_LINES)
  const body: string[] = []
  let reply = false
  for (const raw of lines) {
    // Markdown emphasis a paste picked up in an issue: `x-amzn-ErrorType: **MissingAuthenticationTokenException**`.
    const line = raw.replace(/\*\*|__|`/g, '')
    if (wantStatus && status === undefined) {
      const found = STATUS.exec(line)
      if (found !== null) status = Number(found[1])
    }
    if (STATUS_LINE.test(line)) {
      reply = true
      continue
    }
    const header = HEADER_LINE.exec(line)
    const name = (header?.[1] ?? '').toLowerCase()
    if (header !== null && WANTED.test(name)) {
      reply = true
      if (!headers.has(name)) headers.set(name, unquote((header[2] ?? '').trim()))
      continue
    }
    if ((header !== null && HTTP_HEADER.test(name)) || CURL_LINE.test(line)) continue
    body.push(raw)
  }
  return reply ? { status, headers, body: lines.length < MAX_LINES ? body.join('\n') : undefined } : { status, headers }
}

function unquote(value: string): string {
  const bare = value.endsWith(',') ? value.slice(0, -1).trimEnd() : value
  const first = bare[0]
  return bare.length >= 2 && (first === '"' || first === "'") && bare.endsWith(first) ? bare.slice(1, -1) : bare
}
