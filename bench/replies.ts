/**
 * The replies the benchmark diagnoses. AWS replies are the catalog's own `example`s — quoted as AWS sends
 * them — with the request an app would pass; the non-AWS reply is a framework's default 404.
 */
import { signatures } from '../src/catalog/index.ts'
import type { DiagnoseInput } from '../src/types.ts'

function example(code: string): DiagnoseInput {
  const signature = signatures.find((s) => s.code === code)
  if (signature === undefined) throw new Error(`no signature ${code} in the catalog`)
  return signature.example
}

/** The body as text, as a client hands it over (a string, or JSON text for a parsed body). */
export function bodyText(input: DiagnoseInput): string {
  return typeof input.body === 'string' ? input.body : JSON.stringify(input.body ?? '')
}

/** A representative reply, the request that led to it, and its body as text. */
export interface BenchReply {
  name: string
  input: DiagnoseInput
  body: string
}

const withRequest = (input: DiagnoseInput, url: string, method = 'GET'): DiagnoseInput => ({
  ...input,
  body: bodyText(input),
  request: {
    method,
    url,
    headers: { authorization: 'Bearer x', accept: 'application/json', 'content-type': 'application/json' },
  },
  elapsedMs: 87,
})

/** The replies of benchmark (a). */
export function representativeReplies(): BenchReply[] {
  const replies: BenchReply[] = [
    {
      name: 'API Gateway JSON (403 Missing Authentication Token)',
      input: withRequest(
        example('MISSING_AUTHENTICATION_TOKEN'),
        'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/v1/itemz',
      ),
    },
    {
      name: 'CloudFront HTML page (504 origin timeout)',
      input: withRequest(example('CLOUDFRONT_ORIGIN_TIMEOUT'), 'https://d111111abcdef8.cloudfront.net/api/report'),
    },
    {
      name: 'ALB HTML page (502 Bad Gateway)',
      input: withRequest(example('ALB_502_BAD_GATEWAY'), 'https://my-alb-1234567890.eu-west-1.elb.amazonaws.com/orders', 'POST'),
    },
    {
      name: 'no match (Express 404 JSON, no AWS header or host)',
      input: {
        status: 404,
        headers: { 'x-powered-by': 'Express', 'content-type': 'application/json; charset=utf-8', etag: 'W/"2c-abc"' },
        body: '{"error":"Not Found","message":"Cannot GET /v1/itemz","statusCode":404}',
        request: { method: 'GET', url: 'https://api.example.com/v1/itemz', headers: { authorization: 'Bearer x' } },
        elapsedMs: 12,
      },
    },
  ].map((reply) => ({ ...reply, body: bodyText(reply.input) }))
  return replies
}
