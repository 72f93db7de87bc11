/**
 * The idle prefetch of the diagnosis code (src/middleware/engine-loader.ts) is for browsers and workers; on a server
 * runtime nothing is prefetched. Node is made to look like a browser here by hiding `process` for the
 * synchronous call that decides. The real thing, in Chromium, is in test/browser/lazy-chunk.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'

type Loader = typeof import('../../src/middleware/engine-loader.ts')

/** Runs `work` with `process` hidden (as in a browser), and puts it back before anything else runs. */
function asBrowser<T>(work: () => T): T {
  const saved = globalThis.process
  Object.defineProperty(globalThis, 'process', { value: undefined, configurable: true, writable: true })
  try {
    return work()
  } finally {
    Object.defineProperty(globalThis, 'process', { value: saved, configurable: true, writable: true })
  }
}

async function freshLoader(): Promise<Loader> {
  vi.resetModules()
  return import('../../src/middleware/engine-loader.ts')
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('prefetchWhenIdle', () => {
  it('does nothing on a server runtime', async () => {
    const { prefetchWhenIdle } = await freshLoader()
    const idle = vi.fn()
    vi.stubGlobal('requestIdleCallback', idle)
    const timers = vi.spyOn(globalThis, 'setTimeout')
    prefetchWhenIdle(undefined)
    expect(idle).not.toHaveBeenCalled()
    expect(timers).not.toHaveBeenCalled()
    timers.mockRestore()
  })

  it('in a browser, queues one idle prefetch per language, and the prefetch loads the code', async () => {
    const { prefetchWhenIdle } = await freshLoader()
    const queued: Array<() => void> = []
    const idle = vi.fn((callback: () => void, options?: { timeout: number }) => {
      expect(options?.timeout).toBeGreaterThan(0)
      queued.push(callback)
    })
    vi.stubGlobal('requestIdleCallback', idle)
    asBrowser(() => {
      prefetchWhenIdle(undefined)
      prefetchWhenIdle('en')
      prefetchWhenIdle('ja')
      prefetchWhenIdle('ja')
    })
    expect(queued).toHaveLength(2)
    const engine = await import('../../src/middleware/middleware-engine.ts')
    const { resolveLocale } = await import('../../src/texts/locale.ts')
    expect(resolveLocale('ja')).toBeUndefined()
    asBrowser(() => {
      for (const callback of queued) callback()
    })
    await vi.waitFor(() => expect(resolveLocale('ja')?.id).toBe('ja'), { timeout: 15_000 })
    expect(typeof engine.deliver).toBe('function')
  })

  it('without requestIdleCallback (Safari, workers), waits on a timer', async () => {
    const { prefetchWhenIdle } = await freshLoader()
    vi.stubGlobal('requestIdleCallback', undefined)
    vi.useFakeTimers()
    asBrowser(() => prefetchWhenIdle(undefined))
    expect(vi.getTimerCount()).toBe(1)
  })

  it('never throws, even on a hostile global', async () => {
    const { prefetchWhenIdle } = await freshLoader()
    Object.defineProperty(globalThis, 'requestIdleCallback', {
      get() {
        throw new Error('hostile')
      },
      configurable: true,
    })
    try {
      expect(() => asBrowser(() => prefetchWhenIdle(undefined))).not.toThrow()
    } finally {
      Reflect.deleteProperty(globalThis, 'requestIdleCallback')
    }
  })
})

describe('installing an adapter in a browser', () => {
  const installs: Record<string, () => Promise<() => unknown>> = {
    axios: async () => {
      const { withDiagnosis } = await import('../../adapters/axios.ts')
      const { default: axios } = await import('axios')
      return () => withDiagnosis(axios.create())
    },
    ky: async () => {
      const { withDiagnosis } = await import('../../adapters/ky.ts')
      const ky = { extend: () => ky }
      return () => withDiagnosis(ky)
    },
    fetch: async () => {
      const { withDiagnosis } = await import('../../adapters/fetch.ts')
      return () => withDiagnosis(async () => new Response(null))
    },
    ofetch: async () => {
      const { withDiagnosis } = await import('../../adapters/ofetch.ts')
      const { ofetch } = await import('ofetch')
      return () => withDiagnosis(ofetch)
    },
    got: async () => {
      const { withDiagnosis } = await import('../../adapters/got.ts')
      const got = { extend: () => got }
      return () => withDiagnosis(got)
    },
    'openapi-fetch': async () => {
      const { withDiagnosis } = await import('../../adapters/openapi-fetch.ts')
      const { default: createClient } = await import('openapi-fetch')
      return () => withDiagnosis(createClient())
    },
  }

  it.each(Object.keys(installs))('%s: queues the prefetch, once for several installs', async (name) => {
    vi.resetModules()
    const install = await installs[name]?.()
    const idle = vi.fn()
    vi.stubGlobal('requestIdleCallback', idle)
    asBrowser(() => {
      install?.()
      install?.()
    })
    expect(idle).toHaveBeenCalledTimes(1)
  })
})
