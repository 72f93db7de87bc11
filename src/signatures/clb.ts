import type { Examples, Signature, SignatureMatch } from '../types.ts'
import { ELB_DOCS } from './alb-docs.ts'

/**
 * What every Classic Load Balancer error shares: an empty body and no `Server` header (nor any API Gateway
 * header). Its only words are in the reason phrase, which clients expose as `statusText` over HTTP/1.1.
 */
const CLB_REPLY: SignatureMatch = {
  emptyBody: true,
  absentHeaders: ['server', 'x-amzn-requestid', 'x-amz-apigw-id', 'apigw-requestid'],
}

const clbHeaders = (date: string): Record<string, string> => ({ 'Content-Length': '0', Connection: 'keep-alive', Date: date })
const CLB_HOST = 'https://my-classic-lb-1234567890.us-east-1.elb.amazonaws.com'

/** Classic Load Balancer errors: empty bodies told apart by status and reason phrase. */
export const clbSignatures: readonly Signature[] = [
  {
    code: 'CLB_503_BACKEND_AT_CAPACITY',
    layer: 'alb',
    title: "The Classic Load Balancer had no instance to serve {request} (503 'Back-end server is at capacity')",
    // An empty 503 is far too common to mean anything; the reason phrase is what only a CLB sends.
    match: { ...CLB_REPLY, status: [503], statusText: ['Back-end server is at capacity'] },
    // The reason phrase as a browser console or a client's error prints it.
    alsoMatch: [{ status: [503], bodyIncludes: ['Back-end server is at capacity'], distinctive: true }],
    causes: [
      {
        id: 'no-healthy-instances',
        weight: 4,
        cause:
          'No healthy instance is registered in the Availability Zone that took the request: the health checks fail, no instance is registered there, or none is and cross-zone load balancing is off.',
        remedy:
          'Check HealthyHostCount and UnHealthyHostCount in CloudWatch and `aws elb describe-instance-health --load-balancer-name <name>`; fix the health check, register instances in every enabled Availability Zone, or enable cross-zone load balancing.',
        summary:
          'the Classic Load Balancer may have no healthy instance: check instance health and register instances in every zone',
        docs: [ELB_DOCS.clb503],
      },
      {
        id: 'surge-queue-full',
        weight: 2,
        cause:
          'The instances answer too slowly: the surge queue (at most 1,024 requests) is full and the load balancer rejects the overflow (SpilloverCount above 0). Happens under load only.',
        remedy: 'Watch SurgeQueueLength and SpilloverCount in CloudWatch; scale out or speed up the instances.',
        summary: 'the instances may be too slow and the surge queue full: scale out, watch SpilloverCount',
        docs: [ELB_DOCS.clb503],
      },
      {
        id: 'load-balancer-capacity',
        weight: 1,
        cause: 'The load balancer itself briefly lacked capacity during a sudden traffic spike.',
        remedy: 'Retry with backoff; ahead of a planned spike, ask AWS Support to pre-warm the load balancer.',
        summary: 'the load balancer may have briefly lacked capacity: retry with backoff',
      },
    ],
    docs: [ELB_DOCS.clbErrors, ELB_DOCS.clb503],
  },
  {
    code: 'CLB_504_GATEWAY_TIMEOUT',
    layer: 'alb',
    title: 'The Classic Load Balancer gave up waiting for the instance on {request} (504 GATEWAY_TIMEOUT)',
    match: { ...CLB_REPLY, status: [504], statusText: ['GATEWAY_TIMEOUT'] },
    causes: [
      {
        id: 'instance-too-slow',
        weight: 3,
        cause: 'The instance did not answer within the idle timeout of the load balancer (60 s by default).',
        remedy:
          'Speed up the handler or make it asynchronous; raise the idle timeout only after that (`aws elb modify-load-balancer-attributes --load-balancer-name <name> --load-balancer-attributes "{\\"ConnectionSettings\\":{\\"IdleTimeout\\":120}}"`).',
        summary: 'the instance took longer than the idle timeout (60 s by default): speed up the handler or raise the timeout',
        adjust: [
          { when: { elapsedMs: { min: 55_000 } }, factor: 4 },
          { when: { elapsedMs: { max: 30_000 } }, factor: 0.2 },
        ],
      },
      {
        id: 'instance-closed-connection',
        weight: 2,
        cause:
          "The instance closed the connection early: its keep-alive timeout is shorter than the load balancer's idle timeout. Such errors are sporadic and come quickly.",
        remedy:
          'Make the keep-alive timeout of the web server on the instances longer than the idle timeout of the load balancer (for Apache, KeepAliveTimeout; for Node.js, server.keepAliveTimeout).',
        summary:
          "the instance may close keep-alive connections too early: make its keep-alive timeout longer than the load balancer's idle timeout",
        adjust: [
          { when: { elapsedMs: { max: 30_000 } }, factor: 3 },
          { when: { elapsedMs: { min: 55_000 } }, factor: 0.3 },
        ],
      },
    ],
    docs: [ELB_DOCS.clbErrors],
  },
  {
    code: 'CLB_502_BAD_GATEWAY',
    layer: 'alb',
    title: 'The Classic Load Balancer could not use the answer of the instance to {request} (502 Bad Gateway)',
    // The reason phrase is the standard one: only the load balancer's own host name makes this a CLB.
    match: { ...CLB_REPLY, status: [502], hosts: ['elb'] },
    causes: [
      {
        id: 'malformed-instance-response',
        weight: 1,
        cause:
          'The instance sent a response the load balancer could not parse (malformed status line or headers), or closed the connection without a response.',
        remedy:
          "Check the instance's web server logs for this request and validate its responses against the HTTP specification (status line, header syntax, Content-Length).",
        summary: 'the instance may have sent a malformed response: check its web server logs',
      },
    ],
    docs: [ELB_DOCS.clbErrors],
  },
  {
    code: 'CLB_4XX_REQUEST_REJECTED',
    layer: 'alb',
    title: 'The Classic Load Balancer rejected {request} before any instance saw it (upper-case reason phrase, empty body)',
    match: { ...CLB_REPLY, status: [400, 405, 408], statusText: ['BAD_REQUEST', 'METHOD_NOT_ALLOWED', 'REQUEST_TIMEOUT'] },
    causes: [
      {
        id: 'malformed-request',
        weight: 1,
        cause:
          'The request is malformed for the load balancer (for example spaces or invalid characters in the URL), or used the CONNECT method.',
        remedy:
          'Percent-encode the URL (encodeURIComponent for path and query values) and do not send CONNECT to the load balancer.',
        summary: 'the Classic Load Balancer found {request} malformed: percent-encode the URL',
        adjust: [
          { when: { status: [400] }, factor: 50 },
          { when: { path: ['unencoded'] }, factor: 2 },
        ],
      },
      {
        id: 'method-name-too-long',
        weight: 1,
        cause: 'The method name is longer than 127 characters.',
        remedy: 'Send a standard HTTP method; check the code that builds the request.',
        summary: 'the method name of the request is longer than 127 characters: send a standard method',
        adjust: [{ when: { status: [405] }, factor: 50 }],
      },
      {
        id: 'incomplete-request',
        weight: 1,
        cause:
          'The client did not send the whole request in time: the body was shorter than its Content-Length, or the connection was interrupted.',
        remedy: 'Let the HTTP client compute Content-Length, and retry uploads that were interrupted.',
        summary: 'the request arrived incomplete (body shorter than Content-Length): let the client set Content-Length and retry',
        adjust: [{ when: { status: [408] }, factor: 50 }],
      },
    ],
    docs: [ELB_DOCS.clbErrors],
  },
]

/** The canonical reply of each signature above, by code, exactly as AWS sends it. */
export function clbExamples(): Examples {
  return {
    CLB_503_BACKEND_AT_CAPACITY: {
      status: 503,
      statusText: 'Service Unavailable: Back-end server is at capacity',
      headers: clbHeaders('Tue, 11 Mar 2025 06:12:40 GMT'),
      body: '',
      request: { method: 'GET', url: `${CLB_HOST}/status` },
    },
    CLB_504_GATEWAY_TIMEOUT: {
      status: 504,
      statusText: 'GATEWAY_TIMEOUT',
      headers: clbHeaders('Tue, 11 Mar 2025 06:14:02 GMT'),
      body: '',
      request: { method: 'POST', url: `${CLB_HOST}/reports` },
      elapsedMs: 60_020,
    },
    CLB_502_BAD_GATEWAY: {
      status: 502,
      statusText: 'Bad Gateway',
      headers: clbHeaders('Tue, 11 Mar 2025 06:15:30 GMT'),
      body: '',
      request: { method: 'GET', url: `${CLB_HOST}/api/users` },
    },
    CLB_4XX_REQUEST_REJECTED: {
      status: 400,
      statusText: 'BAD_REQUEST',
      headers: clbHeaders('Tue, 11 Mar 2025 06:16:45 GMT'),
      body: '',
      request: { method: 'GET', url: `${CLB_HOST}/search/red shoes` },
    },
  }
}
