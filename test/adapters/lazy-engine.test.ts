/**
 * The adapters load the diagnosis code at the first failure (src/middleware/engine-loader.ts). A load that fails
 * leaves the failure exactly as the client produced it, and the next failure tries again. The real
 * chunk-loading in a browser (no chunk before the first failure, a blocked chunk) is checked in
 * test/browser/lazy-chunk.test.ts; here the import itself is made to fail.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { lazyModule } from '../../src/middleware/engine-loader.ts'
import { API, missingAuthToken } from './support.ts'

describe('lazyModule', () => {
  it('loads once for concurrent and later callers', async () => {
    const importer = vi.fn(async () => ({ value: 1 }))
    const load = lazyModule(importer)
    const [a, b] = await Promise.all([load(), load()])
    expect(a).toBe(b)
    expect(await load()).toBe(a)
    expect(importer).toHaveBeenCalledTimes(1)
  })

  it('forgets a failed load, so that the next call tries again', async () => {
    let attempts = 0
    const load = lazyModule(async () => {
      attempts += 1
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module')
      return 'engine'
    })
    await expect(load()).rejects.toThrow('Failed to fetch')
    await expect(load()).resolves.toBe('engine')
    expect(attempts).toBe(2)
  })

  it('turns an importer that throws synchronously into a rejection, and retries it too', async () => {
    let attempts = 0
    const load = lazyModule<string>(() => {
      attempts += 1
      if (attempts === 1) throw new Error('sync')
      return Promise.resolve('engine')
    })
    await expect(load()).rejects.toThrow('sync')
    await expect(load()).resolves.toBe('engine')
  })
})

describe('a failure while the diagnosis code cannot load', () => {
  afterEach(() => {
    vi.doUnmock('../../src/middleware/middleware-engine.ts')
    vi.resetModules()
  })

  it('passes the original response on untouched; the next failure loads the code and is diagnosed', async () => {
    vi.resetModules()
    let available = false
    vi.doMock('../../src/middleware/middleware-engine.ts', async (importOriginal) => {
      if (!available) throw new TypeError('Failed to fetch dynamically imported module')
      return importOriginal()
    })
    const { withDiagnosis } = await import('../../adapters/fetch.ts')
    const onDiagnosis = vi.fn()
    const apiFetch = withDiagnosis(async () => missingAuthToken(), { onDiagnosis, throwEnriched: true })

    const first = await apiFetch(`${API}/v1/x`)
    expect(first.status).toBe(403)
    expect(Object.hasOwn(first, 'diagnosis')).toBe(false)
    expect(Object.getOwnPropertySymbols(first)).not.toContain(Symbol.for('apigw-doctor.diagnosed'))
    expect(first.bodyUsed).toBe(false)
    expect(await first.json()).toEqual({ message: 'Missing Authentication Token' })
    expect(onDiagnosis).not.toHaveBeenCalled()

    available = true
    const second = await apiFetch(`${API}/v1/x`).then(
      () => undefined,
      (error: unknown) => error,
    )
    expect((second as { name?: unknown }).name).toBe('GatewayError')
    expect((second as { diagnosis?: { code?: unknown } }).diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(onDiagnosis).toHaveBeenCalledTimes(1)
  })

  it('keeps the original error of a request without a reply, with nothing attached', async () => {
    vi.resetModules()
    vi.doMock('../../src/middleware/middleware-engine.ts', () => {
      throw new TypeError('Failed to fetch dynamically imported module')
    })
    const { withDiagnosis } = await import('../../adapters/fetch.ts')
    const original = new TypeError('fetch failed')
    const apiFetch = withDiagnosis(async () => {
      throw original
    })
    const error = await apiFetch(`${API}/v1/x`).then(
      () => undefined,
      (caught: unknown) => caught,
    )
    expect(error).toBe(original)
    expect(Object.keys(original)).toEqual([])
    expect(Object.getOwnPropertySymbols(original)).toEqual([])
  })
})

describe("the catalog's texts load in one language, beside the engine", () => {
  afterEach(() => {
    vi.doUnmock('../../src/catalog/generated/texts-en.ts')
    vi.resetModules()
  })

  it('an English failure waits for the English texts: while they cannot load it passes on untouched, then it is diagnosed', async () => {
    vi.resetModules()
    let available = false
    vi.doMock('../../src/catalog/generated/texts-en.ts', async (importOriginal) => {
      if (!available) throw new TypeError('Failed to fetch dynamically imported module')
      return importOriginal()
    })
    const { withDiagnosis } = await import('../../adapters/fetch.ts')
    const apiFetch = withDiagnosis(async () => missingAuthToken())

    const first = await apiFetch(`${API}/v1/x`)
    expect(Object.hasOwn(first, 'diagnosis')).toBe(false)
    expect(await first.json()).toEqual({ message: 'Missing Authentication Token' })

    available = true
    const second = (await apiFetch(`${API}/v1/x`)) as Response & { diagnosis?: { title: string; cause: string } }
    expect(second.diagnosis?.title).toMatch(/^API Gateway found no route for GET \/prod\/v1\/x/)
    expect(second.diagnosis?.cause).not.toBe('')
  })

  it("locale: 'ja' never needs the English texts: every title and cause comes from the overlay", async () => {
    vi.resetModules()
    vi.doMock('../../src/catalog/generated/texts-en.ts', () => {
      throw new TypeError('Failed to fetch dynamically imported module')
    })
    const { withDiagnosis } = await import('../../adapters/fetch.ts')
    const apiFetch = withDiagnosis(async () => missingAuthToken(), { locale: 'ja' })
    const response = (await apiFetch(`${API}/v1/x`)) as Response & {
      diagnosis?: { title: string; causes: { cause: string; remedy: string }[] }
    }
    expect(response.diagnosis?.title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
    expect(response.diagnosis?.causes.length).toBeGreaterThan(1)
    for (const cause of response.diagnosis?.causes ?? []) {
      expect(cause.cause).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
      expect(cause.remedy).not.toBe('')
    }
  })
})
