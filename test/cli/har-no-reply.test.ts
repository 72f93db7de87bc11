/**
 * HAR entries without a reply: Chrome records a reply that CORS hid from the page as status 0 with
 * `_error: "net::ERR_FAILED"`, and an unreachable host by its network error. Those calls to an AWS host get the
 * no-reply diagnosis; cancelled or extension-blocked requests and other hosts do not.
 */
import { describe, expect, it } from 'vitest'
import { isNetworkFailure } from '../../src/cli/net-errors.ts'
import { diagnoseInput } from '../../src/cli/outcome.ts'
import { parseHar } from '../../src/cli/parse-har.ts'
import { textReport } from '../../src/cli/report.ts'
import { styleFor } from '../../src/cli/style.ts'

const API = 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/orders'

/** One Chrome HAR entry whose request got no reply, as Chrome exports it. */
function failed(url: string, error: string, method = 'PUT'): object {
  return {
    startedDateTime: '2025-02-11T10:04:12.331Z',
    time: 212.4,
    request: { method, url, httpVersion: '', headers: [{ name: 'content-type', value: 'application/json' }] },
    response: {
      status: 0,
      statusText: '',
      httpVersion: '',
      headers: [],
      content: { size: 0, mimeType: 'x-unknown' },
      redirectURL: '',
      _error: error,
    },
  }
}

function outcomesOf(entries: object[]) {
  const parsed = parseHar({ log: { version: '1.2', creator: { name: 'WebInspector', version: '537.36' }, entries } })
  return diagnoseInput('calls.har', parsed, {}).outcomes
}

describe('HAR entries that got no reply', () => {
  it('a call to execute-api that CORS hid (net::ERR_FAILED) gets the no-reply diagnosis, CORS first', () => {
    const [outcome] = outcomesOf([failed(API, 'net::ERR_FAILED', 'GET')])
    expect(outcome?.diagnosis?.code).toBe('NO_RESPONSE')
    expect(outcome?.diagnosis?.confidence).toBe('low')
    expect(outcome?.diagnosis?.causes[0]?.id).toBe('cors-masked-error')
    expect(outcome?.diagnosis?.evidence).toContain('error: net::ERR_FAILED')
  })

  it('an unresolved name is read as such: the unreachable host ranks first', () => {
    const [outcome] = outcomesOf([failed(API, 'net::ERR_NAME_NOT_RESOLVED', 'GET')])
    expect(outcome?.diagnosis?.causes[0]?.id).toBe('network-unreachable')
    expect(outcome?.diagnosis?.evidence).toContain('error code: ENOTFOUND')
  })

  it('a cancelled or extension-blocked request, an entry with no error and another host are left undiagnosed', () => {
    const outcomes = outcomesOf([
      failed(API, 'net::ERR_ABORTED'),
      failed(API, 'net::ERR_BLOCKED_BY_CLIENT'),
      { ...failed(API, ''), response: { status: 0, headers: [], content: {} } },
      failed('https://api.example.com/orders', 'net::ERR_FAILED'),
    ])
    expect(outcomes.map((outcome) => outcome.exchange.kind)).toEqual(['no-reply', 'no-reply', 'no-reply', 'no-reply'])
    expect(outcomes.map((outcome) => outcome.diagnosis)).toEqual([undefined, undefined, undefined, undefined])
  })

  it('tells a network failure from a cancellation by its exact name', () => {
    expect(isNetworkFailure('net::ERR_FAILED')).toBe(true)
    expect(isNetworkFailure('net::ERR_CONNECTION_RESET')).toBe(true)
    expect(isNetworkFailure('net::ERR_ABORTED')).toBe(false)
    expect(isNetworkFailure('no response')).toBe(false)
    expect(isNetworkFailure('net::ERR_FAILED; and more')).toBe(false)
  })
})

describe('a HAR that holds the preflight of a request that got no reply', () => {
  /** The preflight Chrome records before the request, with the status API Gateway gave it. */
  const preflight = (status: number): object => ({
    startedDateTime: '2025-02-11T10:04:12.101Z',
    time: 118.2,
    request: { method: 'OPTIONS', url: API, httpVersion: 'http/2.0', headers: [] },
    response: {
      status,
      statusText: '',
      httpVersion: 'http/2.0',
      headers:
        status === 403
          ? [
              { name: 'content-type', value: 'application/json' },
              { name: 'x-amzn-errortype', value: 'MissingAuthenticationTokenException' },
            ]
          : [{ name: 'access-control-allow-origin', value: 'https://app.example.com' }],
      content:
        status === 403 ? { size: 42, mimeType: 'application/json', text: '{"message":"Missing Authentication Token"}' } : {},
      redirectURL: '',
    },
  })

  it('a rejected preflight settles the cause: preflight-rejected first, its status in the evidence', () => {
    const [, outcome] = outcomesOf([preflight(403), failed(API, 'net::ERR_FAILED', 'GET')])
    expect(outcome?.diagnosis?.causes[0]?.id).toBe('preflight-rejected')
    expect(outcome?.diagnosis?.causes[0]?.likelihood).toBeGreaterThan(0.8)
    expect(outcome?.diagnosis?.evidence).toContain('preflight: OPTIONS answered 403')
  })

  it('a preflight that passed rules it out: the reply CORS hid ranks first', () => {
    const [, outcome] = outcomesOf([preflight(204), failed(API, 'net::ERR_FAILED', 'PUT')])
    expect(outcome?.diagnosis?.causes[0]?.id).toBe('cors-masked-error')
    expect(outcome?.diagnosis?.causes.find((cause) => cause.id === 'preflight-rejected')?.likelihood).toBeLessThan(0.05)
    expect(outcome?.diagnosis?.evidence).toContain('preflight: OPTIONS answered 204')
  })

  it("another URL's preflight says nothing about this request", () => {
    const [, outcome] = outcomesOf([preflight(403), failed(`${API}/other`, 'net::ERR_FAILED', 'GET')])
    expect(outcome?.diagnosis?.evidence.some((line) => line.startsWith('preflight:'))).toBe(false)
  })
})

describe('the text report of entries that got no reply', () => {
  it('lists an undiagnosed one with --all, with what the capture says', () => {
    const parsed = parseHar({
      log: {
        version: '1.2',
        creator: { name: 'WebInspector', version: '537.36' },
        entries: [failed(API, 'net::ERR_ABORTED', 'GET')],
      },
    })
    const text = textReport(diagnoseInput('calls.har', parsed, {}), { all: true, nameSources: false, style: styleFor(false) })
    expect(text).toContain(`no reply GET ${API} — net::ERR_ABORTED: no reply reached the client`)
    expect(text).toContain('1 without a reply')
  })
})

describe('successful HAR entries', () => {
  it('are listed without reading their body or request headers: only error replies are diagnosed', () => {
    const ok = {
      startedDateTime: '2025-02-11T10:04:11.001Z',
      time: 35.1,
      request: { method: 'GET', url: `${API}/1`, headers: [{ name: 'x-api-key', value: 'k' }] },
      response: {
        status: 200,
        headers: [{ name: 'content-type', value: 'image/png' }],
        content: { text: 'iVBORw0KGgo=', encoding: 'base64' },
      },
    }
    const [outcome] = outcomesOf([ok])
    expect(outcome?.exchange.kind).toBe('reply')
    if (outcome?.exchange.kind !== 'reply') return
    expect(outcome.exchange.input.status).toBe(200)
    expect(outcome.exchange.input.body).toBeUndefined()
    expect(outcome.exchange.input.request).toEqual({ method: 'GET', url: `${API}/1` })
    expect(outcome.diagnosis).toBeUndefined()
  })
})
