/**
 * `--routes FILE` (issue #16): the CLI reads the API's route table and a no-route reply names the nearest
 * route, in the text report and in `--json`, in English and Japanese; a signature mismatch that quotes the
 * canonical request names what differs without a route table.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArgs } from '../../src/cli/args.ts'
import { ROOT, runCli } from './helpers.ts'

const EXPORT = join(ROOT, 'test', 'fixtures', 'routes', 'rest-oas30-export.json')

/** A curl -v transcript of a call to a path the API does not have. */
const TYPO = `* Connected to abc123defg.execute-api.eu-west-1.amazonaws.com (52.95.0.10) port 443
> GET /prod/v1/itmes HTTP/1.1
> Host: abc123defg.execute-api.eu-west-1.amazonaws.com
> Accept: application/json
>
< HTTP/1.1 403 Forbidden
< content-type: application/json
< x-amzn-RequestId: c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11
< x-amzn-ErrorType: MissingAuthenticationTokenException
< x-amz-apigw-id: Yq3kHGbZjoEFXyQ=
<
{"message":"Missing Authentication Token"}`

/**
 * A signed call whose reply quotes AWS's canonical request (message from
 * https://github.com/badslug/Paw-AWSSignature4DynamicValue/issues/23), sent through a custom domain.
 */
const SIGNED = `> POST /dev/%40connections/asnFYeJtCGYCEZQ%3D HTTP/1.1
> Host: ws.example.com
> X-Amz-Date: 20190603T094447Z
> Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20190603/eu-west-3/execute-api/aws4_request, SignedHeaders=host;x-amz-date, Signature=5e8f3a1b2c4d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7
>
< HTTP/1.1 403 Forbidden
< content-type: application/json
< x-amzn-ErrorType: InvalidSignatureException
< x-amz-apigw-id: Yq3kHGbZjoEFXyQ=
<
${JSON.stringify({
  message:
    "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\nThe Canonical String for this request should have been\n'POST\n/dev/%2540connections/asnFYeJtCGYCEZQ%253D\n\nhost:xxxxxxxx.execute-api.eu-west-3.amazonaws.com\nx-amz-date:20190603T094447Z\n\nhost;x-amz-date\ndf305547ae4525026fcef410e7e0336c24599629cfe05478c3222XXXXXXXXXX'\n\nThe String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20190603T094447Z\n20190603/eu-west-3/execute-api/aws4_request\n50c80d23a5495ad30aafec2b2778675ad63d217844588482ccd10XXXXXXXXXX'\n",
})}`

const readFile = async (path: string): Promise<Uint8Array> => {
  if (path === 'routes.txt') return Buffer.from('GET /v1/items\nPOST /v1/orders\n')
  if (path === 'empty.txt') return Buffer.from('nothing to see here\n')
  return readFileSync(path)
}

describe('--routes', () => {
  it('is read as a file name', () => {
    expect(parseArgs(['--routes', 'openapi.json'])).toMatchObject({ routesFile: 'openapi.json' })
    expect(parseArgs(['--routes=openapi.json'])).toMatchObject({ routesFile: 'openapi.json' })
    expect(parseArgs(['--routes'])).toMatch(/^--routes takes a file/)
  })

  it('names the nearest route in the text report', async () => {
    const result = await runCli(['--routes', EXPORT], { stdin: TYPO, readFile })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      'The API has no route for GET /prod/v1/itmes; the nearest route in its route table is GET /prod/v1/items.',
    )
  })

  it('puts the finding first in --json', async () => {
    const result = await runCli(['--json', '--routes', 'routes.txt'], { stdin: TYPO, readFile })
    const [entry] = JSON.parse(result.stdout)
    expect(entry.diagnosis.causes[0]).toMatchObject({
      id: 'route-did-you-mean',
      summary: 'no GET /prod/v1/itmes; did you mean GET /prod/v1/items?',
    })
  })

  it('reads a YAML export too', async () => {
    const yaml = join(ROOT, 'test', 'fixtures', 'routes', 'http-oas30-export.yaml')
    const typo = TYPO.replaceAll('abc123defg', 'k7m2p9q4r1')
      .replace('GET /prod/v1/itmes', 'GET /itmes')
      .replace('HTTP/1.1 403 Forbidden', 'HTTP/1.1 404 Not Found')
      .replace('{"message":"Missing Authentication Token"}', '{"message":"Not Found"}')
      .replace(/< x-amzn-ErrorType.*\n< x-amz-apigw-id.*\n/, '< apigw-requestid: Xk3pQjZ2oAMEbYw=\n')
    const [entry] = JSON.parse((await runCli(['--json', '--routes', yaml], { stdin: typo, readFile })).stdout)
    expect(entry.diagnosis.code).toBe('HTTP_API_NOT_FOUND')
    expect(entry.diagnosis.causes[0].summary).toBe('no GET /itmes; did you mean GET /items?')
  })

  it('writes it in Japanese with --locale ja', async () => {
    const result = await runCli(['--locale', 'ja', '--routes', EXPORT], { stdin: TYPO, readFile })
    expect(result.stdout).toContain(
      'API に GET /prod/v1/itmes のルートはない。ルート表でいちばん近いルートは GET /prod/v1/items。',
    )
  })

  it('refuses a file with no routes, or one that cannot be read, before reading the input', async () => {
    const empty = await runCli(['--routes', 'empty.txt'], { stdin: TYPO, readFile })
    expect(empty.code).toBe(2)
    expect(empty.stderr).toMatch(/^apigw-doctor: --routes empty.txt: no routes found/)
    const missing = await runCli(['--routes', join(ROOT, 'no-such-file.json')], { stdin: TYPO })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('--routes')
  })
})

describe('a quoted canonical request in the CLI', () => {
  it('names what differs, with the SignedHeaders names intact and no credential', async () => {
    const result = await runCli(['--json'], { stdin: SIGNED })
    const [entry] = JSON.parse(result.stdout)
    expect(entry.diagnosis.causes.slice(0, 2).map((c: { id: string }) => c.id)).toEqual([
      'signed-host-differs',
      'signed-path-encoding',
    ])
    expect(entry.diagnosis.causes[0].summary).toBe(
      'AWS received host xxxxxxxx.execute-api.eu-west-3.amazonaws.com, the request was signed for ws.example.com: sign for the host AWS receives',
    )
    expect(result.stdout).not.toContain('AKIDEXAMPLE')
    expect(result.stdout).not.toContain('5e8f3a1b2c4d6e7f')
    const text = await runCli([], { stdin: SIGNED })
    expect(text.stdout).toContain('likely cause  (55%) AWS received the host xxxxxxxx.execute-api.eu-west-3.amazonaws.com;')
  })
})
