/**
 * The MSW gateway of the clients' retry tests: `/slow` answers API Gateway's 504 and counts the attempts,
 * every other path answers 403 Missing Authentication Token. Registers its own vitest lifecycle hooks.
 */
import { type HttpHandler, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, beforeEach } from 'vitest'
import { API, integrationTimeout, missingAuthToken } from './support.ts'

/**
 * Starts the gateway for the calling test file (with `extra` handlers before the catch-all); `attempts()`
 * counts the calls to `/slow` of the current test.
 */
export function useRetryGateway(...extra: HttpHandler[]): { attempts: () => number } {
  let attempts = 0
  const server = setupServer(
    http.all(`${API}/slow`, () => {
      attempts++
      return integrationTimeout()
    }),
    ...extra,
    http.all(`${API}/*`, () => missingAuthToken()),
  )
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
  beforeEach(() => {
    attempts = 0
  })
  afterAll(() => server.close())
  return { attempts: () => attempts }
}
