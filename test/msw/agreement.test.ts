import { describe, expect, it } from 'vitest'
import { gatewayReply } from '../../src/replies.ts'
import type { Fixture } from '../helpers/fixtures.ts'
import { disagreements } from './agreement.ts'

/** A capture of the model signature, as the seed memo quotes it (IDs masked). */
function capture(change: Partial<Fixture['input']> = {}): Fixture {
  return {
    name: 'test capture',
    source: 'test',
    file: 'test.json',
    expect: { code: 'MISSING_AUTHENTICATION_TOKEN' },
    input: {
      status: 403,
      headers: { 'content-type': 'application/json', 'x-amzn-requestid': 'xxxx', 'x-amzn-errortype': 'MissingAuthenticationTokenException', 'x-amz-apigw-id': 'xxxx' },
      body: '{"message":"Missing Authentication Token"}',
      ...change,
    },
  }
}

describe('the agreement check between a generated reply and a capture', () => {
  const reply = gatewayReply('MISSING_AUTHENTICATION_TOKEN')

  it('accepts the same reply with other request IDs, spacing, and headers CloudFront adds in front', () => {
    expect(disagreements(reply, 'api-gateway-rest', capture())).toEqual([])
    expect(disagreements(reply, 'api-gateway-rest', capture({ body: '{ "message" : "Missing Authentication Token" }' }))).toEqual([])
    const edge = capture({ headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'MissingAuthenticationTokenException', 'x-cache': 'Error from cloudfront', via: '1.1 x.cloudfront.net (CloudFront)' } })
    expect(disagreements(reply, 'api-gateway-rest', edge)).toEqual([])
  })

  it('rejects another status, another wording, a missing identifying header or another error type', () => {
    expect(disagreements(reply, 'api-gateway-rest', capture({ status: 404 }))).toEqual(['status 403 ≠ 404'])
    expect(disagreements(reply, 'api-gateway-rest', capture({ body: '{"message":"Missing Token"}' }))[0]).toMatch(/^body /)
    expect(disagreements(reply, 'api-gateway-rest', capture({ body: '{"Message":"Missing Authentication Token"}' }))[0]).toMatch(/^body /)
    expect(disagreements(reply, 'api-gateway-rest', capture({ headers: { 'apigw-requestid': 'x' } }))).toEqual(['header apigw-requestid missing'])
    expect(disagreements(reply, 'api-gateway-rest', capture({ headers: { 'x-amzn-errortype': 'ForbiddenException' } }))).toEqual([
      'header x-amzn-errortype: MissingAuthenticationTokenException ≠ ForbiddenException',
    ])
  })

  it('sets aside values AWS fills in, but not the words around them', () => {
    const policy = (arn: string, tail: string) => ({ status: 403, headers: {}, body: `{"Message":"User: ${arn} is not authorized to perform: execute-api:Invoke${tail}"}` })
    const ours = { code: 'X', status: 403, headers: {}, body: policy('arn:aws:sts::111122223333:assumed-role/a/b', '').body }
    expect(disagreements(ours, 'api-gateway-rest', capture(policy('arn:aws:iam::444455556666:user/bot', '')))).toEqual([])
    expect(disagreements(ours, 'api-gateway-rest', capture(policy('arn:aws:iam::444455556666:user/bot', ' with an explicit deny')))).toHaveLength(1)
  })
})
