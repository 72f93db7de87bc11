/** `log: true` output: plain indented text in Node, a collapsed styled group in a browser. */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { diagnose } from '../../src/diagnose.ts'
import { detailLines, formatText, formatTitle, logDiagnosis } from '../../src/format.ts'
import type { Diagnosis } from '../../src/types.ts'
import { API, restHeaders } from './support.ts'

const diagnosis = diagnose({
  status: 403,
  headers: restHeaders('MissingAuthenticationTokenException'),
  body: '{"message":"Missing Authentication Token"}',
  request: { method: 'GET', url: `${API}/v1/x` },
}) as Diagnosis

afterEach(() => vi.unstubAllGlobals())

describe('in Node', () => {
  it('prints one plain, indented block in a single log call, without %c directives', () => {
    const logger = { log: vi.fn(), groupCollapsed: vi.fn(), groupEnd: vi.fn() }
    logDiagnosis(diagnosis, logger)
    expect(logger.groupCollapsed).not.toHaveBeenCalled()
    expect(logger.log).toHaveBeenCalledTimes(1)
    const text = logger.log.mock.calls[0]?.[0] as string
    expect(logger.log.mock.calls[0]).toHaveLength(1)
    expect(text).not.toContain('%c')
    const lines = text.split('\n')
    expect(lines[0]).toBe('[apigw-doctor] 403 MISSING_AUTHENTICATION_TOKEN (api-gateway-rest, high confidence)')
    expect(lines.slice(1).every((line) => line.startsWith('  '))).toBe(true)
    expect(text).toContain(`  cause: ${diagnosis.cause}`)
    expect(text).toContain(`  remedy: ${diagnosis.remedy}`)
    expect(text).toContain('  other cause: ')
    expect(text).toContain('  request ids: request id c6f4f924-9ec1-4506-b5b2-0e4f1a7c2d11, x-amz-apigw-id Yq3kHGbZjoEFXyQ=')
    expect(text).toMatch(/\n {2}docs: https:\/\/docs\.aws\.amazon\.com\//)
  })

  it('works with a logger that has only log()', () => {
    const log = vi.fn()
    logDiagnosis(diagnosis, { log })
    expect(log).toHaveBeenCalledWith(formatText(diagnosis))
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
    logDiagnosis(diagnosis, logger)
    expect(calls[0]).toEqual(['group', '%c%s', expect.stringContaining('background'), formatTitle(diagnosis)])
    expect(calls.at(-1)).toEqual(['end'])
    expect(calls[1]).toEqual(['log', '%s', diagnosis.title])
    expect(calls).toContainEqual(['log', '%c%s:%c %s', 'font-weight:bold', 'cause', '', diagnosis.cause])
    expect(calls).toContainEqual(['log', '%c%s:%c %s', 'font-weight:bold', 'remedy', '', diagnosis.remedy])
    // Every line of the Node rendering appears in the group.
    expect(calls.length).toBe(detailLines(diagnosis).length + 2)
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
    expect(() => logDiagnosis(diagnosis, logger)).toThrow('console is gone')
    expect(groupEnd).toHaveBeenCalledTimes(1)
  })
})

it('keeps one line per entry and prints the texts as the engine wrote them', () => {
  const multiline: Diagnosis = { ...diagnosis, cause: 'line one\nline two: the token and its scope', hints: ['a hint'] }
  const text = formatText(multiline)
  expect(text).toContain('  cause: line one line two: the token and its scope')
  expect(text).toContain('  note: a hint')
})
