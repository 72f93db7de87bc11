import { describe, expect, it } from 'vitest'
import { fitSignature, ruledOutByStatus } from '../../src/engine/match.ts'
import { readSignals } from '../../src/engine/signals.ts'
import { takeSnapshot } from '../../src/reading/snapshot.ts'
import type { Signature } from '../../src/types.ts'

describe('ruledOutByStatus', () => {
  it('rules out a status the signature does not list', () => {
    expect(ruledOutByStatus({ status: [403] }, 404)).toBe(true)
    expect(ruledOutByStatus({ status: [403, 401] }, 401)).toBe(false)
  })

  it('leaves any status to a customisable gateway response and to a signature without statuses', () => {
    expect(ruledOutByStatus({ status: [403], customizable: true }, 418)).toBe(false)
    expect(ruledOutByStatus({ bodyIncludes: ['x'] }, 418)).toBe(false)
  })
})

describe('fitSignature', () => {
  const signature: Signature = {
    code: 'MY_DENIAL',
    layer: 'api-gateway-rest',
    title: 'Denied',
    match: {
      status: [403],
      errorType: ['AccessDeniedException'],
      message: ['User is not authorized'],
      headers: { via: 'proxy' },
    },
    causes: [],
    docs: [],
  }
  const reply = takeSnapshot({
    status: 403,
    headers: { 'x-amzn-ErrorType': 'AccessDeniedException', via: '1.1 proxy; token=abcdefgh12345' },
    body: '{"message":"User is not authorized"}',
  })

  it('writes its evidence lines only when they are read, redacted, in the order of the criteria', () => {
    const fit = fitSignature(signature, reply, readSignals(reply))
    expect(fit?.evidence.every((line) => typeof line === 'function')).toBe(true)
    expect(fit?.evidence.map((line) => line())).toEqual([
      'status: 403',
      'x-amzn-errortype: AccessDeniedException',
      'message: "User is not authorized"',
      'via: 1.1 proxy; token=[REDACTED]',
    ])
  })

  it('does not fit when the reply carries another error type', () => {
    const other = takeSnapshot({
      status: 403,
      headers: { 'x-amzn-errortype': 'ThrottlingException' },
      body: '{"message":"User is not authorized"}',
    })
    expect(fitSignature(signature, other, readSignals(other))).toBeUndefined()
  })
})
