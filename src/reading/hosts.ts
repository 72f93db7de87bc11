import type { HostKind } from '../types.ts'

/**
 * Host patterns of AWS endpoints. Each pattern is anchored and built from bounded character classes
 * separated by literal dots, so matching is linear.
 */
const HOST_PATTERNS: ReadonlyArray<readonly [HostKind, RegExp]> = [
  ['execute-api-private', /^[a-z0-9]{10}-vpce-[0-9a-f]{8,17}\.execute-api\.[a-z0-9-]{1,32}\.amazonaws\.com$/],
  ['execute-api-private', /^vpce-[0-9a-f]{8,17}-[a-z0-9]{1,16}\.execute-api\.[a-z0-9-]{1,32}\.vpce\.amazonaws\.com$/],
  // API ids are 10 characters; any other label (a masked id, a regional custom-domain target d-xxxx) is
  // still an execute-api endpoint.
  ['execute-api', /^[a-z0-9-]{1,63}\.execute-api\.[a-z0-9-]{1,32}\.amazonaws\.com(?:\.cn)?$/],
  ['lambda-url', /^[a-z0-9]{32}\.lambda-url\.[a-z0-9-]{1,32}\.on\.aws$/],
  ['cloudfront', /^[a-z0-9]{1,20}\.cloudfront\.net$/],
  ['elb', /^[a-z0-9.-]{1,200}\.elb\.amazonaws\.com(?:\.cn)?$/],
  ['appsync', /^[a-z0-9]{26}\.appsync-api\.[a-z0-9-]{1,32}\.amazonaws\.com$/],
]

/** localhost, `*.localhost`, and IPv4 or bracketed IPv6 literals. */
const LOCAL_HOST = /^(?:localhost|[a-z0-9-]{1,63}\.localhost|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[[0-9a-f:.]{2,45}\])$/

/** Facts read off an AWS host name. */
export interface HostFacts {
  kind: HostKind
  /** The API id of an execute-api host. */
  apiId?: string
  /** The region of an execute-api, lambda-url or appsync host. */
  region?: string
}

/** Classifies a host name (without port). Hosts that are not AWS endpoints are `custom-domain`. */
export function classifyHost(hostname: string | undefined): HostFacts {
  if (hostname === undefined || hostname === '') return { kind: 'unknown' }
  const host = hostname.toLowerCase().replace(/\.$/, '')
  if (host.length > 253) return { kind: 'custom-domain' }
  if (LOCAL_HOST.test(host)) return { kind: 'local' }
  for (const [kind, pattern] of HOST_PATTERNS) {
    if (!pattern.test(host)) continue
    const labels = host.split('.')
    const facts: HostFacts = { kind }
    if (kind === 'execute-api' || kind === 'execute-api-private') {
      const id = labels[0]?.slice(0, 10)
      if (id !== undefined && /^[a-z0-9]{10}$/.test(id)) facts.apiId = id
      facts.region = labels[2]
    } else if (kind === 'lambda-url' || kind === 'appsync') {
      facts.region = labels[2]
    }
    return facts
  }
  return { kind: 'custom-domain' }
}

/** Whether the host is one the user declared as fronting AWS (`api.example.com` or `*.example.com`). */
export function isDeclaredAwsHost(hostname: string | undefined, awsHosts: readonly string[]): boolean {
  if (hostname === undefined || awsHosts.length === 0) return false
  const host = hostname.toLowerCase()
  return awsHosts.some((entry) => {
    const pattern = entry.toLowerCase()
    return pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern
  })
}

/** Whether the host is an AWS endpoint whose name alone tells that AWS answers. */
export function isAwsHostKind(kind: HostKind): boolean {
  return kind !== 'custom-domain' && kind !== 'local' && kind !== 'unknown'
}
