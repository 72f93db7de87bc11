/**
 * Loading the diagnosis code on demand. An adapter ships only the light middleware; the engine, the
 * catalog's rules and the output code arrive with `import()` when a failure needs them, and beside them the
 * texts of one language: the catalog's English texts, or the Japanese overlay when the options ask for
 * Japanese (it has every text, so a Japanese page never fetches the English ones). Browsers (and workers) also prefetch them once the page is
 * idle, so that a later failure with no network can still be diagnosed. On a server runtime (Node, Deno,
 * Bun) nothing is prefetched: the code loads from disk at the first failure, so start-up (a cold Lambda,
 * a CLI) pays nothing for a library that may never be needed.
 *
 * A load that fails is forgotten, so that the next failure tries again; the caller passes the original
 * error on untouched meanwhile (see `handleFailure` in src/middleware/middleware.ts).
 * @module
 */
import { detectLanguage } from '../texts/locale.ts'
import type { LocaleOption } from '../texts/texts.ts'

/** What the lazily loaded part of the middleware exports. */
export type MiddlewareEngine = typeof import('./middleware-engine.ts')

/**
 * A module loaded once, on demand: concurrent callers share one attempt, and an attempt that fails is
 * forgotten, so that the next call tries again instead of failing forever.
 */
export function lazyModule<T>(importer: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined
  return () => {
    if (pending !== undefined) return pending
    // A synchronous throw from the importer becomes a rejection like any other failed load.
    const attempt = new Promise<T>((resolve) => resolve(importer()))
    pending = attempt
    attempt.catch(() => {
      if (pending === attempt) pending = undefined
    })
    return attempt
  }
}

const loadMiddlewareEngine = lazyModule(() => import('./middleware-engine.ts'))
const loadEnglish = lazyModule(() => import('../catalog/generated/texts-en.ts'))
// The overlay's own build entry, so that its registration (a side effect of the entry) runs when it loads.
const loadJapanese = lazyModule(() => import('../locales/ja.ts'))

/** Whether the option asks for the Japanese overlay. */
function wantsJapanese(locale: LocaleOption | undefined): boolean {
  return locale === 'ja' || (locale === 'auto' && detectLanguage() === 'ja')
}

/**
 * How long a failure waits for the diagnosis code in a browser before it passes on undiagnosed: a chunk
 * stuck on a slow network must not hold the user's error. The load goes on, for the next failure.
 */
export const LOAD_TIMEOUT_MS = 3000

/**
 * The diagnosis code, with the texts `locale` asks for: the Japanese overlay registered, or the English
 * texts handed over (also for an overlay object of the caller's, which may leave texts out). Rejects when either fails to load
 * (offline, a blocked chunk) or, in a browser, takes longer than `LOAD_TIMEOUT_MS`: the caller then leaves
 * the failure undiagnosed, and the next call retries (or finds the code loaded meanwhile).
 */
export function loadEngine(locale: LocaleOption | undefined): Promise<MiddlewareEngine> {
  const loading = wantsJapanese(locale)
    ? Promise.all([loadMiddlewareEngine(), loadJapanese()]).then(([engine]) => engine)
    : Promise.all([loadMiddlewareEngine(), loadEnglish()]).then(([engine, english]) => {
        engine.useEnglishTexts(english.englishTexts)
        return engine
      })
  // On a server the code comes from disk: no network to stall on, and a busy machine may be slow to parse it.
  return isServerRuntime() ? loading : withTimeout(loading, LOAD_TIMEOUT_MS)
}

/** `promise`, or a rejection once `ms` have passed; the timer never outlives the race. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`apigw-doctor: the diagnosis code did not load within ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** Prefetches already scheduled, by language, so that installing many adapters schedules one of each. */
const scheduled = new Set<string>()

/**
 * Loads what `loadEngine(locale)` needs once the page is idle (`requestIdleCallback`, else after a short
 * timer). Browsers and workers only; never throws, and a prefetch that fails may be scheduled again.
 */
export function prefetchWhenIdle(locale: LocaleOption | undefined): void {
  try {
    if (isServerRuntime()) return
    const key = wantsJapanese(locale) ? 'ja' : 'en'
    if (scheduled.has(key)) return
    scheduled.add(key)
    const run = (): void => {
      loadEngine(locale).catch(() => scheduled.delete(key))
    }
    const idle = (globalThis as { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => unknown })
      .requestIdleCallback
    // The timeout bounds the wait on a page that is never idle; the chunk must arrive before the network goes.
    if (typeof idle === 'function') idle(run, { timeout: PREFETCH_TIMEOUT_MS })
    else setTimeout(run, PREFETCH_DELAY_MS)
  } catch {
    // A hostile global (a throwing getter): the code still loads at the first failure.
  }
}

/** The longest a prefetch waits for an idle moment. */
const PREFETCH_TIMEOUT_MS = 5000
/** Where `requestIdleCallback` is missing (Safari, workers): a delay that lets the page's start-up finish. */
const PREFETCH_DELAY_MS = 1000

/** Node, Deno and Bun all expose `process.versions.node`; browsers and their workers do not. */
function isServerRuntime(): boolean {
  const process = (globalThis as { process?: { versions?: { node?: unknown } } }).process
  return typeof process?.versions?.node === 'string'
}
