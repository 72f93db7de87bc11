import { describe, expect, it } from 'vitest'
import { fitSignature } from '../../src/match.ts'
import { readSignals } from '../../src/signals.ts'
import { takeSnapshot } from '../../src/snapshot.ts'
import type { Signature } from '../../src/types.ts'

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
