/**
 * The Application Load Balancer's own error page: the minimal nginx-style document it sends for the errors it
 * generates itself, with `Server: awselb/2.0`. Shared by the ALB signatures and WAF's block on an ALB.
 */

/** Status line titles of the pages ALB sends, as captured (signatures-edge.md, ALB_* entries). */
export type AlbPageTitle =
  | '400 Bad Request'
  | '403 Forbidden'
  | '405 Method Not Allowed'
  | '500 Internal Server Error'
  | '501 Not Implemented'
  | '502 Bad Gateway'
  | '503 Service Temporarily Unavailable'
  | '504 Gateway Time-out'

/** The two fragments every ALB page holds: its title and its centred heading. */
export function albPageFragments(title: AlbPageTitle): [string, string] {
  return [`<title>${title}</title>`, `<center><h1>${title}</h1></center>`]
}

/**
 * The page as ALB sends it, with CRLF line ends. Current pages open `<body>` (122 bytes for 502); older ones
 * `<body bgcolor="white">` (138 bytes for 502).
 */
export function albPage(title: AlbPageTitle, variant: 'current' | 'bgcolor' = 'current'): string {
  const [head, heading] = albPageFragments(title)
  const body = variant === 'bgcolor' ? '<body bgcolor="white">' : '<body>'
  return ['<html>', `<head>${head}</head>`, body, heading, '</body>', '</html>', ''].join('\r\n')
}

/** Reply headers of an ALB-generated page. */
export function albPageHeaders(page: string, date: string): Record<string, string> {
  return {
    Server: 'awselb/2.0',
    Date: date,
    'Content-Type': 'text/html',
    'Content-Length': String(page.length),
    Connection: 'keep-alive',
  }
}
