import { describe, expect, it } from 'vitest'
import { diagnose } from '../../src/index.ts'

/** Context rules on URLs as apps really build them (issue #13): the cause the URL points at ranks first. */
const HOST = 'https://abc123defg.execute-api.eu-west-1.amazonaws.com'
const mat = (url: string) =>
  diagnose({ status: 403, body: '{"message":"Missing Authentication Token"}', request: { method: 'GET', url } })?.causes[0]?.id

describe('Missing Authentication Token, ranked by the URL that was called', () => {
  it('a raw "#" put in the path cut the URL: the path needed encoding; encoded as %23 it was sent as meant', () => {
    expect(mat(`${HOST}/dev/getPartner/PARTNER#test/PARTNER#test/`)).toBe('unencoded-path')
    expect(mat(`${HOST}/dev/getPartner/PARTNER%23test`)).toBe('no-route')
  })

  it('the bare stage URL, with or without its trailing slash', () => {
    expect(mat(`${HOST}/Prod`)).toBe('bare-stage-url')
    expect(mat(`${HOST}/Prod/`)).toBe('bare-stage-url')
  })

  it('a URL pasted without its scheme, or with a placeholder for the API id, is still read', () => {
    expect(mat('abc123defg.execute-api.eu-west-1.amazonaws.com/Prod')).toBe('bare-stage-url')
    expect(mat('https://<api-id>.execute-api.eu-west-1.amazonaws.com/Prod')).toBe('bare-stage-url')
  })

  it('an ordinary path: no route', () => {
    expect(mat(`${HOST}/prod/v1/itmes`)).toBe('no-route')
  })
})
