/** `log: true` output: plain indented text in Node, a collapsed styled group in a browser. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { diagnose } from '../../src/engine/diagnose.ts'
import { formatMessage, formatText, logDiagnosis } from '../../src/output/format.ts'
import type { Diagnosis } from '../../src/types.ts'

/**
 * A diagnosis written by hand, so that every expected line below is a literal: five causes (one more than
 * the three "other cause" lines shown), likelihoods that round to whole percents, every kind of request id,
 * a hint, and docs on the top cause as well as on the diagnosis.
 */
const DIAGNOSIS: Diagnosis = {
  code: 'INTEGRATION_TIMEOUT',
  layer: 'api-gateway-rest',
  confidence: 'high',
  status: 504,
  title: 'The backend of GET /prod/v1/reports did not answer in time (504 Endpoint request timed out)',
  cause: 'The integration timeout is below 29 s and the backend needs longer.',
  remedy: 'Raise timeoutInMillis, or make the backend answer sooner.',
  causes: [
    {
      id: 'low-integration-timeout',
      cause: 'The integration timeout is below 29 s and the backend needs longer.',
      remedy: 'Raise timeoutInMillis, or make the backend answer sooner.',
      summary: 'timeoutInMillis is below 29 s: raise it',
      likelihood: 0.6,
      docs: ['https://repost.aws/knowledge-center/api-gateway-504-errors'],
    },
    { id: 'backend-slow', cause: 'c2', remedy: 'r2', summary: 'the backend took longer than 29 s', likelihood: 0.254 },
    { id: 'vpc-link', cause: 'c3', remedy: 'r3', summary: 'the VPC link target is unhealthy', likelihood: 0.1 },
    { id: 'cold-start', cause: 'c4', remedy: 'r4', summary: 'a cold start added seconds', likelihood: 0.041 },
    { id: 'fifth', cause: 'c5', remedy: 'r5', summary: 'a fifth cause, past the three shown', likelihood: 0.005 },
  ],
  evidence: ['status: 504'],
  hints: ['List x-amzn-RequestId in Access-Control-Expose-Headers to see request IDs.'],
  requestId: 'c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11',
  extendedRequestId: 'Yq3kHGbZjoEFXyQ=',
  cloudfrontId: 'ab12CD34==',
  traceId: 'Root=1-5e1b4151-5ac6c58f3375aa3b6d3a1c5e',
  docs: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html'],
}

const TITLE = '[apigw-doctor] 504 INTEGRATION_TIMEOUT (api-gateway-rest, high confidence)'

/** The Node rendering, as README.md shows it: the title, then one indented line per entry. */
const EXPECTED_TEXT = [
  TITLE,
  '  The backend of GET /prod/v1/reports did not answer in time (504 Endpoint request timed out)',
  '  cause: The integration timeout is below 29 s and the backend needs longer.',
  '  remedy: Raise timeoutInMillis, or make the backend answer sooner.',
  '  other cause: the backend took longer than 29 s (25%)',
  '  other cause: the VPC link target is unhealthy (10%)',
  '  other cause: a cold start added seconds (4%)',
  '  request ids: request id c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11, x-amz-apigw-id Yq3kHGbZjoEFXyQ=, x-amz-cf-id ab12CD34==, trace id Root=1-5e1b4151-5ac6c58f3375aa3b6d3a1c5e',
  '  note: List x-amzn-RequestId in Access-Control-Expose-Headers to see request IDs.',
  '  docs: https://repost.aws/knowledge-center/api-gateway-504-errors',
].join('\n')

afterEach(() => vi.unstubAllGlobals())

describe('in Node', () => {
  it('prints one plain, indented block in a single log call, without %c directives', () => {
    const logger = { log: vi.fn(), groupCollapsed: vi.fn(), groupEnd: vi.fn() }
    logDiagnosis(DIAGNOSIS, logger)
    expect(logger.groupCollapsed).not.toHaveBeenCalled()
    expect(logger.groupEnd).not.toHaveBeenCalled()
    expect(logger.log.mock.calls).toEqual([[EXPECTED_TEXT]])
  })

  it('works with a logger that has only log()', () => {
    const log = vi.fn()
    logDiagnosis(DIAGNOSIS, { log })
    expect(log.mock.calls).toEqual([[EXPECTED_TEXT]])
  })

  it('leaves out the lines it has nothing for, and falls back on the diagnosis docs', () => {
    const bare: Diagnosis = {
      ...DIAGNOSIS,
      code: 'NO_RESPONSE',
      layer: 'unknown',
      confidence: 'low',
      status: 0,
      title: 'No reply reached the client',
      remedy: '',
      causes: [{ id: 'only', cause: 'c', remedy: '', summary: 's', likelihood: 1 }],
      hints: [],
      requestId: undefined,
      extendedRequestId: undefined,
      cloudfrontId: undefined,
      traceId: undefined,
      docs: ['https://example.com/no-response'],
    }
    expect(formatText(bare)).toBe(
      [
        '[apigw-doctor] NO_RESPONSE (unknown, low confidence)',
        '  No reply reached the client',
        '  cause: The integration timeout is below 29 s and the backend needs longer.',
        '  docs: https://example.com/no-response',
      ].join('\n'),
    )
  })
})

describe('control characters in a request path', () => {
  // A path is quoted as the caller wrote it; an escape sequence in it must not drive the terminal that shows
  // the log line or the error message (set the window title, clear the screen, hide text).
  const d = diagnose({
    status: 403,
    headers: { 'x-amzn-errortype': 'MissingAuthenticationTokenException', 'x-amz-apigw-id': 'Yq3kHGbZjoEFXyQ=' },
    body: '{"message":"Missing Authentication Token"}',
    request: {
      method: 'GET',
      // No ";" and short segments: a matrix parameter or a long opaque segment would be masked whole.
      url: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/\u001b]0:PWNED\u0007/x\u001b[2J\u009b8m',
    },
  })

  it('become U+FFFD in the log text and the one-line message', () => {
    if (d === undefined) throw new Error('expected a diagnosis')
    expect(d.title).toContain('\u001b]0:PWNED')
    expect(formatText(d)).toContain('/prod/\ufffd]0:PWNED\ufffd/x\ufffd[2J\ufffd8m')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for.
    const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/
    expect(formatText(d)).not.toMatch(control)
    expect(formatMessage(d)).toContain('\ufffd]0:PWNED')
    expect(formatMessage(d)).not.toMatch(control)
  })
})

describe('in a browser', () => {
  it('prints a collapsed group: styled title, then labelled lines passed as %s arguments', () => {
    vi.stubGlobal('window', {})
    vi.stubGlobal('document', {})
    const calls: unknown[][] = []
    const logger = {
      log: (...data: unknown[]) => calls.push(['log', ...data]),
      groupCollapsed: (...data: unknown[]) => calls.push(['group', ...data]),
      groupEnd: () => calls.push(['end']),
    }
    logDiagnosis(DIAGNOSIS, logger)
    const labelled = (label: string, text: string) => ['log', '%c%s:%c %s', 'font-weight:bold', label, '', text]
    // The same lines as the Node rendering, each a call of its own.
    expect(calls).toEqual([
      ['group', '%c%s', 'color:#fff;background:#c0392b;padding:1px 4px;border-radius:2px;font-weight:bold', TITLE],
      ['log', '%s', 'The backend of GET /prod/v1/reports did not answer in time (504 Endpoint request timed out)'],
      labelled('cause', 'The integration timeout is below 29 s and the backend needs longer.'),
      labelled('remedy', 'Raise timeoutInMillis, or make the backend answer sooner.'),
      labelled('other cause', 'the backend took longer than 29 s (25%)'),
      labelled('other cause', 'the VPC link target is unhealthy (10%)'),
      labelled('other cause', 'a cold start added seconds (4%)'),
      labelled(
        'request ids',
        'request id c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11, x-amz-apigw-id Yq3kHGbZjoEFXyQ=, x-amz-cf-id ab12CD34==, trace id Root=1-5e1b4151-5ac6c58f3375aa3b6d3a1c5e',
      ),
      labelled('note', 'List x-amzn-RequestId in Access-Control-Expose-Headers to see request IDs.'),
      labelled('docs', 'https://repost.aws/knowledge-center/api-gateway-504-errors'),
      ['end'],
    ])
  })

  it('passes a "%" in a text as an argument, never inside the format string', () => {
    vi.stubGlobal('window', {})
    vi.stubGlobal('document', {})
    const calls: unknown[][] = []
    const logger = { log: (...data: unknown[]) => calls.push(data), groupCollapsed: () => undefined, groupEnd: () => undefined }
    logDiagnosis({ ...DIAGNOSIS, title: '100%c of requests', causes: [], hints: [] }, logger)
    expect(calls[0]).toEqual(['%s', '100%c of requests'])
  })

  it('closes the group even when a line fails to print', () => {
    vi.stubGlobal('window', {})
    vi.stubGlobal('document', {})
    const groupEnd = vi.fn()
    const logger = {
      log: () => {
        throw new Error('console is gone')
      },
      groupCollapsed: vi.fn(),
      groupEnd,
    }
    expect(() => logDiagnosis(DIAGNOSIS, logger)).toThrow('console is gone')
    expect(groupEnd).toHaveBeenCalledTimes(1)
  })
})

it('keeps one line per entry and prints the texts as the engine wrote them', () => {
  const multiline: Diagnosis = { ...DIAGNOSIS, cause: 'line one\nline two: the token and its scope', hints: ['a hint'] }
  const text = formatText(multiline)
  expect(text).toContain('\n  cause: line one line two: the token and its scope\n')
  expect(text).toContain('\n  note: a hint\n')
})
