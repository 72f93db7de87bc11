/** `GatewayError`: its one-line message, what it exposes, what it serialises and how Node prints it. */
import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { diagnose } from '../../src/engine/diagnose.ts'
import { diagnoseNoResponse } from '../../src/engine/no-response.ts'
import { GatewayError as FromIndex, isGatewayError as isGatewayErrorFromIndex } from '../../src/index.ts'
import { GatewayError, gatewayErrorResponse, isGatewayError } from '../../src/output/error.ts'
import type { Diagnosis } from '../../src/types.ts'
import { API, restHeaders } from './support.ts'

const diagnosis = diagnose({
  status: 403,
  headers: restHeaders('MissingAuthenticationTokenException'),
  body: '{"message":"Missing Authentication Token"}',
  request: { method: 'GET', url: `${API}/v1/x`, headers: { authorization: 'Bearer abc.def' } },
}) as Diagnosis

/** The one-line message of the error below. */
const MESSAGE =
  '403 MISSING_AUTHENTICATION_TOKEN — no route matches GET /prod/v1/x: check the path, stage and method (request id c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11)'

describe('GatewayError', () => {
  const original = new Error('Request failed with status code 403')
  const error = new GatewayError(diagnosis, {
    cause: original,
    response: gatewayErrorResponse(403, 'Forbidden', new Map([['set-cookie', 'a=b']]), '{}'),
  })

  it('is exported from the package root', () => {
    expect(FromIndex).toBe(GatewayError)
    expect(isGatewayErrorFromIndex).toBe(isGatewayError)
  })

  it('leads its one-line message with status, code and the top cause, then the request id', () => {
    expect(error.message).toBe(MESSAGE)
    expect(String(error)).toBe(`GatewayError: ${MESSAGE}`)
  })

  it('has name GatewayError, the diagnosis, the original as cause, the request id', () => {
    expect(error.name).toBe('GatewayError')
    expect(error).toBeInstanceOf(Error)
    expect(error.diagnosis).toBe(diagnosis)
    expect(error.cause).toBe(original)
    expect(error.requestId).toBe('c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11')
    expect(error.stack?.split('\n')[0]).toBe(`GatewayError: ${MESSAGE}`)
  })

  it('keeps the response out of enumeration (small logs) but reachable, with credential headers redacted', () => {
    expect(Object.keys(error)).toEqual(['diagnosis', 'requestId'])
    expect(error.response).toEqual({ status: 403, statusText: 'Forbidden', headers: { 'set-cookie': '[REDACTED]' }, body: '{}' })
  })

  it('serialises to a redacted summary', () => {
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'GatewayError',
      message: MESSAGE,
      status: 403,
      code: 'MISSING_AUTHENTICATION_TOKEN',
      requestId: 'c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11',
      diagnosis: JSON.parse(JSON.stringify(diagnosis)),
      cause: 'Error: Request failed with status code 403',
    })
  })

  it('prints compactly in Node: message, frames, layer, cause, remedy, other causes, docs, the cause in one line', () => {
    const text = inspect(error)
    const lines = text.split('\n')
    expect(lines[0]).toBe(`GatewayError: ${MESSAGE}`)
    expect(lines.filter((line) => /^\s+at /.test(line)).length).toBeLessThanOrEqual(4)
    expect(text).toContain('  layer: api-gateway-rest, confidence: high')
    expect(text).toContain(`  cause: ${diagnosis.cause}`)
    expect(text).toContain(`  remedy: ${diagnosis.remedy}`)
    expect(text).toMatch(/ {2}other causes: [a-z-]+(, [a-z-]+)*\n/)
    expect(text).toContain('  docs: https://')
    expect(text.endsWith('  [cause]: Error: Request failed with status code 403')).toBe(true)
  })

  it('names a CloudFront request id when the reply has no API request id, and leads with the code alone without a status', () => {
    const noReply = diagnoseNoResponse({ kind: 'network', request: { method: 'GET', url: `${API}/v1/x` } }) as Diagnosis
    expect(new GatewayError(noReply, { cause: new TypeError('fetch failed') }).message).toMatch(/^NO_RESPONSE — /)
    const cloudfront: Diagnosis = { ...diagnosis, requestId: undefined, cloudfrontId: 'ab12CD34==' }
    expect(new GatewayError(cloudfront, { cause: undefined }).message).toMatch(/\(CloudFront request id ab12CD34==\)$/)
  })

  it('caps very long messages', () => {
    const long: Diagnosis = {
      ...diagnosis,
      causes: [{ ...diagnosis.causes[0], summary: 'x'.repeat(2000) } as Diagnosis['causes'][number]],
    }
    const message = new GatewayError(long, { cause: undefined }).message
    expect(message).toHaveLength(400)
    expect(message).toBe(`403 MISSING_AUTHENTICATION_TOKEN — ${'x'.repeat(362)}...`)
  })

  it('is recognised across bundles by its Symbol.for brand', () => {
    expect(isGatewayError(error)).toBe(true)
    expect(isGatewayError({ [Symbol.for('apigw-doctor.GatewayError')]: true })).toBe(true)
    expect(isGatewayError(original)).toBe(false)
    expect(isGatewayError(null)).toBe(false)
  })
})

it('is inspected even when its cause is a Proxy whose stack getter throws (console.log(error) must not throw)', () => {
  const cause = new Proxy(new Error('boom'), {
    get(target, key) {
      if (key === 'stack') throw new Error('stack getter threw')
      return Reflect.get(target, key)
    },
  })
  const text = inspect(new GatewayError(diagnosis, { cause }))
  expect(text.split('\n')[0]).toBe(`GatewayError: ${MESSAGE}`)
  expect(text).toContain('[cause]: Error: boom')
})

it("is inspected without a request path's control characters (they cannot drive the terminal)", () => {
  // Titles and causes quote the path as the caller wrote it.
  const quoted: Diagnosis = {
    ...diagnosis,
    cause: 'No resource and method match GET /prod/\u001b]0;PWNED\u0007x\u001b[2J on this stage.',
  }
  const text = inspect(new GatewayError(quoted, { cause: new Error('Request failed with status code 403') }))
  expect(text).toContain('GET /prod/\ufffd]0;PWNED\ufffdx\ufffd[2J on this stage.')
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for.
  expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
})

describe("GatewayError's stack", () => {
  it("shows the client error's frames (the caller's, not the library's), under its own message", () => {
    const cause = new Error('Request failed with status code 403')
    cause.stack = [
      'AxiosError: Request failed with status code 403',
      '    at settle (https://app.example.com/assets/vendor-3f2a.js:2:9120)',
      '    at async loadOrders (https://app.example.com/assets/orders-91bc.js:14:22)',
    ].join('\n')
    const error = new GatewayError(diagnosis, { cause })
    expect(error.stack).toBe(
      [
        `GatewayError: ${MESSAGE}`,
        '    at settle (https://app.example.com/assets/vendor-3f2a.js:2:9120)',
        '    at async loadOrders (https://app.example.com/assets/orders-91bc.js:14:22)',
      ].join('\n'),
    )
  })

  it("reads Firefox's and Safari's frames too, and leaves out a script URL's query, fragment and user info", () => {
    const cause = new Error('x')
    cause.stack = [
      'loadOrders@https://app.example.com/assets/orders.js?v=3&token=Cq9secretTOKEN123:14:22',
      'async*@https://ci:Cq9passWORD99@app.example.com/main.js#Cq9frag:3:1',
      '',
    ].join('\n')
    const stack = new GatewayError(diagnosis, { cause }).stack ?? ''
    expect(stack.split('\n').slice(1)).toEqual([
      'loadOrders@https://app.example.com/assets/orders.js:14:22',
      'async*@https://app.example.com/main.js:3:1',
    ])
    expect(stack).not.toContain('Cq9')
  })

  it('keeps its own stack when the cause has no frames (a fetch Response, a string)', () => {
    for (const cause of [new Response(null, { status: 403 }), 'failed', undefined]) {
      const error = new GatewayError(diagnosis, { cause })
      expect(error.stack?.split('\n')[0]).toBe(`GatewayError: ${MESSAGE}`)
      expect(error.stack).toMatch(/\n\s+at /)
    }
  })
})
