import { describe, expect, it } from 'vitest'
import { diagnose } from '../../src/index.ts'
import { loadFixtures } from '../helpers/fixtures.ts'

const ORDER = { low: 0, medium: 1, high: 2 } as const

describe('independent fixtures quoted from AWS docs and captures', () => {
  const fixtures = loadFixtures()

  it('exist', () => {
    expect(fixtures.length).toBeGreaterThan(0)
  })

  it.each(fixtures.map((f) => [`${f.file}: ${f.name}`, f] as const))('%s', (_title, fixture) => {
    const diagnosis = diagnose(fixture.input)
    const want = fixture.expect
    if (want.undiagnosed === true) {
      if (diagnosis !== undefined) expect(ORDER[diagnosis.confidence]).toBeLessThanOrEqual(ORDER[want.maxConfidence ?? 'low'])
      return
    }
    // A fixture that expected only "some diagnosis" would pass whatever the engine concluded.
    expect(want.code, 'a diagnosed fixture names the code it expects').toBeDefined()
    expect(diagnosis?.code).toBe(want.code)
    if (want.layer !== undefined) expect(diagnosis?.layer).toBe(want.layer)
    if (want.topCause !== undefined) expect(diagnosis?.causes[0]?.id).toBe(want.topCause)
    if (want.confidence !== undefined) expect(diagnosis?.confidence).toBe(want.confidence)
    if (want.maxConfidence !== undefined)
      expect(ORDER[diagnosis?.confidence ?? 'low']).toBeLessThanOrEqual(ORDER[want.maxConfidence])
    if (want.requestId !== undefined) expect(diagnosis?.requestId).toBe(want.requestId)
    if (want.extendedRequestId !== undefined) expect(diagnosis?.extendedRequestId).toBe(want.extendedRequestId)
    if (want.cloudfrontId !== undefined) expect(diagnosis?.cloudfrontId).toBe(want.cloudfrontId)
  })
})
