/**
 * The page of test/browser/lazy-chunk.test.ts: it installs the fetch adapter twice (English, and Japanese)
 * and exposes one call per instance. Built by the test with rolldown, code splitting on, importing the
 * package by name as an app would.
 */
import { withDiagnosis } from 'apigw-doctor/fetch'

/** What a call gave, in plain data for the test. */
export interface CallResult {
  /** The response's status, or `undefined` when the call rejected. */
  status?: number
  /** `response.diagnosis.code` (or the rejection's), `null` when there is none. */
  code: string | null
  title: string | null
  /** Whether apigw-doctor left its mark on the response or error. */
  marked: boolean
  /** Own property names of the response or error: nothing may be added when the diagnosis code is missing. */
  ownKeys: string[]
  /** The body as the page reads it after apigw-doctor is done (it must still be readable). */
  body?: string
  /** The rejection's `name: message`, and whether it is the very error fetch rejected with. */
  error?: string
  sameError?: boolean
}

const english = withDiagnosis(fetch)
const japanese = withDiagnosis(fetch, { locale: 'ja' })

function describe(value: object): Pick<CallResult, 'code' | 'title' | 'marked' | 'ownKeys'> {
  const diagnosis = (value as { diagnosis?: { code: string; title: string } }).diagnosis
  return {
    code: diagnosis?.code ?? null,
    title: diagnosis?.title ?? null,
    marked: Object.getOwnPropertySymbols(value).includes(Symbol.for('apigw-doctor.diagnosed')),
    ownKeys: Object.getOwnPropertyNames(value),
  }
}

async function call(client: typeof english, url: string): Promise<CallResult> {
  try {
    const response = await client(url)
    return { status: response.status, ...describe(response), body: await response.text() }
  } catch (error) {
    return { ...describe(error as object), error: String(error) }
  }
}

/** A fetch that rejects like a network failure, to see the error pass through. */
const offline = withDiagnosis(async () => {
  throw lastNetworkError
})
let lastNetworkError = new TypeError('Failed to fetch')

async function callOffline(url: string): Promise<CallResult> {
  lastNetworkError = new TypeError('Failed to fetch')
  try {
    await offline(url)
    return { code: null, title: null, marked: false, ownKeys: [] }
  } catch (error) {
    return { ...describe(error as object), error: String(error), sameError: error === lastNetworkError }
  }
}

Object.assign(globalThis, {
  lazyTest: {
    english: (url: string) => call(english, url),
    japanese: (url: string) => call(japanese, url),
    offline: callOffline,
  },
})
