/**
 * CloudFront's own pages for an origin it could not reach: connection refused or closed, timeout, TLS, DNS.
 * Each is recognised by the page's explanatory sentence; the status only splits 502 from 504.
 * @module
 */
import type { Examples, Signature } from '../../types.ts'
import { CF_DOCS, cloudfrontHeaders, cloudfrontPage, WRITE_METHODS } from './shared.ts'

const CONNECT_SENTENCE =
  'CloudFront attempted to establish a connection with the origin, but either the attempt failed or the origin closed the connection.'
const TLS_SENTENCE = "CloudFront wasn't able to connect to the origin."
const DNS_SENTENCE = "CloudFront wasn't able to resolve the origin domain name."

/** Connection attempts that run into CloudFront's connection timeout take ~10 s each; protocol errors are instant. */
const SLOW = { min: 9000 } as const

export const originPageSignatures: readonly Signature[] = [
  {
    code: 'CLOUDFRONT_ORIGIN_CONNECTION_FAILED',
    layer: 'cloudfront',
    title: 'CloudFront could not open (or keep) a connection to the origin for {request}',
    // No status: the memo this project grew from saw this page under a 503 heading while the page said 502.
    // The same sentence with 504 is the timeout signature, which scores higher on that status.
    match: { bodyIncludes: [CONNECT_SENTENCE], distinctive: true },
    causes: [
      {
        id: 'origin-protocol-http-only',
        weight: 5,
        cause:
          'CloudFront talks to the origin over a protocol or port the origin does not serve: the Origin Protocol Policy is HTTP Only (or Match Viewer with an http:// request) while the origin, typically API Gateway (execute-api), a Lambda function URL or AppSync, only accepts HTTPS on port 443. Every request through the behavior then fails at once.',
        remedy:
          'CloudFront console > the distribution > Origins > select the origin > Edit: set Protocol to HTTPS only (HTTPS port 443, minimum origin SSL protocol TLSv1.2) and save. CloudFormation: Origins[].CustomOriginConfig.OriginProtocolPolicy: https-only; Terraform: custom_origin_config { origin_protocol_policy = "https-only" }; CDK: new origins.HttpOrigin(domain, { protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY }) or origins.RestApiOrigin(api). Check the current value with `aws cloudfront get-distribution-config --id <distribution-id> --query \'DistributionConfig.Origins.Items[].CustomOriginConfig\'`.',
        summary:
          'CloudFront reaches the origin over http while API Gateway is HTTPS-only: set the Origin Protocol Policy to HTTPS Only',
        docs: [CF_DOCS.originProtocol],
        adjust: [
          // An edge-optimized API's distribution is AWS's own: its origin settings are not the caller's to get wrong.
          { when: { host: ['execute-api', 'execute-api-private'] }, factor: 0.1 },
          // A protocol mismatch fails immediately; a reply after several seconds points at connection attempts timing out.
          { when: { elapsedMs: SLOW }, factor: 0.3 },
        ],
      },
      {
        id: 'origin-refuses-connection',
        weight: 3,
        cause:
          "Nothing accepts the connection on the origin's port: the origin is down or not listening there, or a security group, network ACL or firewall rejects CloudFront's addresses (an IP allow-list without CloudFront's ranges, or a private origin such as an internal load balancer that CloudFront cannot reach).",
        remedy:
          "Test the origin from the internet: `curl -v https://<origin-domain>/<path>` and `nc -zv <origin-domain> 443`. Allow CloudFront in the origin's security group with the AWS-managed prefix list com.amazonaws.global.cloudfront.origin-facing (other firewalls: the CLOUDFRONT_ORIGIN_FACING ranges in ip-ranges.json); for a private origin, use a CloudFront VPC origin.",
        summary: "the origin may be down or block CloudFront's addresses: check that it listens and allows CloudFront",
        docs: [CF_DOCS.http502, CF_DOCS.kcCustomOrigin],
        adjust: [{ when: { elapsedMs: SLOW }, factor: 4 }],
      },
      {
        id: 'origin-closed-connection',
        weight: 1.5,
        cause:
          "The origin accepted the connection and closed it before answering: it crashed or restarted mid-request (a deploy, out of memory, scale-in without connection draining), or it closed an idle keep-alive connection that CloudFront reused because the origin's keep-alive timeout is shorter than CloudFront's (5 seconds by default). This is usually intermittent and a retry succeeds.",
        remedy:
          "Look in the origin's logs around the time of this request ID for restarts or resets. Set the origin's keep-alive (idle) timeout above CloudFront's origin keep-alive timeout (Origins > Edit > Keep-alive timeout), enable connection draining (deregistration delay) and graceful shutdown, and retry idempotent requests.",
        summary: 'the origin may have closed the connection (restart, keep-alive race): check its logs and keep-alive timeout',
        docs: [CF_DOCS.customOrigin],
        adjust: [
          // Uploads hit origin-side proxy limits that drop the connection instead of answering.
          { when: { method: WRITE_METHODS }, factor: 1.5 },
        ],
      },
      {
        id: 'origin-tls-handshake',
        weight: 0.5,
        cause:
          'CloudFront reached the origin over HTTPS but the TLS handshake failed: the origin\'s certificate does not cover the origin domain name (or the forwarded Host header), or it is expired or self-signed. CloudFront usually says "CloudFront wasn\'t able to connect to the origin." for this, so it is less likely here.',
        remedy:
          '`openssl s_client -connect <origin-domain>:443 -servername <origin-domain> -showcerts` shows the certificate the origin serves: it must cover the Origin domain (or the forwarded Host header) and chain to a public CA.',
        summary: "the TLS handshake with the origin may fail: check the origin's certificate",
        docs: [CF_DOCS.http502],
      },
    ],
    docs: [CF_DOCS.http502, CF_DOCS.customOrigin, CF_DOCS.originProtocol],
  },
  {
    code: 'CLOUDFRONT_ORIGIN_TIMEOUT',
    layer: 'cloudfront',
    title: 'CloudFront gave up waiting for the origin of {request} (504)',
    // Same sentence as the connection failure; CloudFront sends it with 504 when time ran out.
    match: { status: [504], bodyIncludes: [CONNECT_SENTENCE], distinctive: true },
    causes: [
      {
        id: 'origin-response-timeout',
        weight: 5,
        cause:
          'The origin accepted the request but did not answer within the origin response timeout (30 seconds by default): a slow handler, a long report or a chain of cold starts. CloudFront retries GET and HEAD requests, so those can take a multiple of the timeout before failing.',
        remedy:
          "Make the handler faster, or asynchronous (answer 202 and let the client poll). If the work really takes longer, raise the distribution's Origins > Edit > Response timeout (CloudFormation CustomOriginConfig.OriginReadTimeout, Terraform origin_read_timeout, CDK readTimeout; above 60 seconds needs a quota increase) and keep the keep-alive timeout at least as long. Behind API Gateway, note its own 29-second integration timeout.",
        summary:
          "the origin did not answer within CloudFront's response timeout (30 s by default): speed it up or raise the timeout",
        docs: [CF_DOCS.http504, CF_DOCS.kc504],
        adjust: [
          // Only read timeouts of retried GET/HEAD requests run this long.
          { when: { elapsedMs: { min: 55000 } }, factor: 3 },
          { when: { elapsedMs: { max: 5000 } }, factor: 0.2 },
        ],
      },
      {
        id: 'origin-unreachable',
        weight: 3,
        cause:
          'CloudFront could not even connect: packets to the origin are silently dropped by a security group, network ACL or firewall that does not allow CloudFront, or the origin is private (an internal load balancer, a private API, a VPC-only address). CloudFront waits for the connection timeout on each attempt (10 s x 3 attempts by default, about 30 s).',
        remedy:
          'Allow CloudFront to reach the origin (AWS-managed prefix list com.amazonaws.global.cloudfront.origin-facing in its security group), make the origin internet-facing or use a CloudFront VPC origin, and test from outside your network with `curl -v https://<origin-domain>/`. Lower Connection attempts and Connection timeout to fail faster (and let an origin group fail over).',
        summary: 'CloudFront may not reach the origin at all (firewall, private origin): open it to CloudFront',
        docs: [CF_DOCS.http504, CF_DOCS.kc504],
        adjust: [{ when: { elapsedMs: { max: 5000 } }, factor: 0.2 }],
      },
      {
        id: 'short-timeouts-configured',
        weight: 0.5,
        cause:
          "The distribution's connection timeout or origin response timeout was lowered (for example to fail over quickly to an origin group), so an origin that is merely slow times out within seconds.",
        remedy:
          'Compare the origin settings (`aws cloudfront get-distribution-config --id <distribution-id>`: ConnectionTimeout, ConnectionAttempts, OriginReadTimeout) with how long the origin really needs.',
        summary: 'the 504 came fast: the distribution may use very short origin timeouts',
        docs: [CF_DOCS.customOrigin],
        adjust: [{ when: { elapsedMs: { max: 5000 } }, factor: 10 }],
      },
    ],
    docs: [CF_DOCS.http504, CF_DOCS.kc504],
  },
  {
    code: 'CLOUDFRONT_ORIGIN_TLS_FAILED',
    layer: 'cloudfront',
    title: 'CloudFront could not set up HTTPS with the origin of {request} (502)',
    match: { bodyIncludes: [TLS_SENTENCE], distinctive: true },
    causes: [
      {
        id: 'origin-cert-name-mismatch',
        weight: 5,
        cause:
          "The origin's certificate does not cover the name CloudFront checks: the Origin domain, or the viewer's Host header when the distribution forwards it. Classic case: the origin is a load balancer's *.elb.amazonaws.com name while its listener serves a certificate for api.example.com.",
        remedy:
          'Point the origin at a name the certificate covers (for example a CNAME alb.example.com to the load balancer) or add that name to the certificate, and stop forwarding the viewer Host header to origins whose certificate does not cover it (origin request policy Managed-AllViewerExceptHostHeader). Check with `openssl s_client -connect <origin-domain>:443 -servername <origin-domain>`.',
        summary: "the origin's certificate may not cover the origin domain (or forwarded Host): fix the name or the certificate",
        docs: [CF_DOCS.http502, CF_DOCS.kcCustomOrigin],
        adjust: [
          // With the Host header forwarded, a request to dxxxx.cloudfront.net makes CloudFront check the origin's
          // certificate against that name, which no origin certificate carries.
          { when: { host: ['cloudfront'] }, factor: 1.5 },
        ],
      },
      {
        id: 'origin-cert-invalid',
        weight: 3,
        cause:
          "The origin's certificate is expired, self-signed, issued by a private CA, or served without its intermediate certificates, so CloudFront drops the connection.",
        remedy:
          'Serve the leaf and intermediate certificates from a publicly trusted CA and renew before expiry; `openssl s_client -connect <origin-domain>:443 -servername <origin-domain> -showcerts` shows the chain.',
        summary: "the origin's certificate may be expired, self-signed or missing its chain: renew or fix it",
        docs: [CF_DOCS.http502],
      },
      {
        id: 'origin-tls-protocol-mismatch',
        weight: 2,
        cause:
          "CloudFront and the origin share no TLS protocol or cipher: the origin's Minimum origin SSL protocol setting excludes what the origin accepts (for example TLSv1 only, toward a load balancer policy that requires TLSv1.2), or the origin offers ciphers CloudFront does not support.",
        remedy:
          'Set the origin\'s SSL protocols to TLSv1.2 (CloudFormation OriginSSLProtocols: [TLSv1.2], Terraform origin_ssl_protocols = ["TLSv1.2"]) and make sure the origin offers a cipher CloudFront supports.',
        summary: 'CloudFront and the origin may share no TLS protocol or cipher: allow TLSv1.2 on both',
        docs: [CF_DOCS.http502],
      },
      {
        id: 'origin-https-to-http-port',
        weight: 1,
        cause:
          "The origin is set to HTTPS Only but its HTTPS port serves plain HTTP (or the configured HTTPS port is not the origin's).",
        remedy:
          'Check the HTTPS port in the origin settings against the port where the origin serves TLS; use HTTP Only for origins that have no TLS (S3 website endpoints).',
        summary: "the origin's HTTPS port may not speak TLS: check the origin's ports and protocol",
        docs: [CF_DOCS.originProtocol],
      },
    ],
    docs: [CF_DOCS.http502, CF_DOCS.kcCustomOrigin],
  },
  {
    code: 'CLOUDFRONT_ORIGIN_DNS_ERROR',
    layer: 'cloudfront',
    title: "CloudFront could not resolve the origin's domain name for {request} (502)",
    match: { bodyIncludes: [DNS_SENTENCE], distinctive: true },
    causes: [
      {
        id: 'origin-name-stale',
        weight: 5,
        cause:
          'The origin domain names a resource that no longer exists or has a typo: a deleted or recreated load balancer, API or custom domain, an old Elastic Beanstalk environment, a renamed bucket website.',
        remedy:
          "Compare `aws cloudfront get-distribution-config --id <distribution-id> --query 'DistributionConfig.Origins.Items[].DomainName'` with the live resources (`aws apigateway get-rest-apis`, `aws elbv2 describe-load-balancers`) and `dig <origin-domain> +short`.",
        summary: "the origin's domain name may point at a deleted or renamed resource: fix the origin domain",
        docs: [CF_DOCS.http502],
      },
      {
        id: 'origin-name-private-dns',
        weight: 2,
        cause:
          'The origin name exists only in a Route 53 private hosted zone or split-horizon DNS; CloudFront resolves names in public DNS.',
        remedy:
          'Use a publicly resolvable origin name; for a target inside a VPC, use a CloudFront VPC origin instead of private DNS.',
        summary: 'the origin name may resolve only in private DNS: use a public name or a VPC origin',
        docs: [CF_DOCS.http502],
      },
      {
        id: 'origin-dns-delegation-broken',
        weight: 1,
        cause:
          "The origin zone's delegation or authoritative name servers are broken (NS records that do not match the hosted zone, a name server outage).",
        remedy:
          'Check `dig <origin-apex> NS +short`, then `dig <origin-domain> @<each-name-server>`: every authoritative name server must answer.',
        summary: "the origin zone's name servers may not answer: check the DNS delegation",
        docs: [CF_DOCS.http502],
      },
    ],
    docs: [CF_DOCS.http502],
  },
]

/** The canonical reply of each signature above, by code, exactly as AWS sends it. */
export function originPageExamples(): Examples {
  return {
    CLOUDFRONT_ORIGIN_CONNECTION_FAILED: {
      status: 502,
      headers: cloudfrontHeaders('Error from cloudfront', 'Kq3v1vY0dQb8Jm2Xo0rW7eZ5n4HcP9aTgLsU6iVxEyF1k2Nw-Ab3Cd=='),
      body: cloudfrontPage(502, CONNECT_SENTENCE, 'Kq3v1vY0dQb8Jm2Xo0rW7eZ5n4HcP9aTgLsU6iVxEyF1k2Nw-Ab3Cd=='),
      request: { method: 'GET', url: 'https://api.example.com/v1/orders' },
      elapsedMs: 180,
    },
    CLOUDFRONT_ORIGIN_TIMEOUT: {
      status: 504,
      headers: cloudfrontHeaders('Error from cloudfront', 'Zr8s2Qy7Wb1Lk9Tf0Hn3Vx5Pd4Gm6Jc2Ae8Ro1Su7Iw9Yt3Ez-Qb5Ng=='),
      body: cloudfrontPage(504, CONNECT_SENTENCE, 'Zr8s2Qy7Wb1Lk9Tf0Hn3Vx5Pd4Gm6Jc2Ae8Ro1Su7Iw9Yt3Ez-Qb5Ng=='),
      request: { method: 'POST', url: 'https://api.example.com/v1/reports' },
      elapsedMs: 30100,
    },
    CLOUDFRONT_ORIGIN_TLS_FAILED: {
      status: 502,
      headers: cloudfrontHeaders('Error from cloudfront', 'Tq4Vc8Mx2Nb6Lz0Kp1Jw3Hr5Gs7Fd9Ea2Yu4It6Oo8Pm0Qn-Rv1Sx=='),
      body: cloudfrontPage(502, TLS_SENTENCE, 'Tq4Vc8Mx2Nb6Lz0Kp1Jw3Hr5Gs7Fd9Ea2Yu4It6Oo8Pm0Qn-Rv1Sx=='),
      request: { method: 'GET', url: 'https://app.example.com/api/profile' },
    },
    CLOUDFRONT_ORIGIN_DNS_ERROR: {
      status: 502,
      headers: cloudfrontHeaders('Error from cloudfront', 'Dn5Ws1Qa7Ze3Xr9Tc2Vb6Yg0Uh4Ij8Ok1Pl5Mn9Bv3Cx7Zq-Lw2Ke=='),
      body: cloudfrontPage(502, DNS_SENTENCE, 'Dn5Ws1Qa7Ze3Xr9Tc2Vb6Yg0Uh4Ij8Ok1Pl5Mn9Bv3Cx7Zq-Lw2Ke=='),
      request: { method: 'GET', url: 'https://d111111abcdef8.cloudfront.net/api/health' },
    },
  }
}
