/**
 * openapi-fetch specifics: the diagnosis goes on the Response of `{ error, response }` and the parsed
 * `error` stays as the API sent it; `diagnosisMiddleware` for `client.use`; a retrying middleware
 * registered after ours hands it only the final reply; throwEnriched rejects with a GatewayError.
 */
import { http } from 'msw'
import { setupServer } from 'msw/node'
import createClient, { type Middleware } from 'openapi-fetch'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { type DiagnosedResponse, diagnosisMiddleware, withDiagnosis } from '../../adapters/openapi-fetch.ts'
import { GatewayError } from '../../src/output/error.ts'
import { API, integrationTimeout, missingAuthToken } from './support.ts'

/** A tiny API as openapi-typescript would describe it. */
interface paths {
  '/v1/items/{id}': {
    get: {
      parameters: { path: { id: string } }
      responses: {
        200: { content: { 'application/json': { id: string } } }
        403: { content: { 'application/json': { message: string } } }
      }
    }
  }
  '/slow': {
    get: {
      responses: {
        200: { content: { 'application/json': { ok: boolean } } }
        504: { content: { 'application/json': { message: string } } }
      }
    }
  }
}

let attempts = 0
const server = setupServer(
  http.get(`${API}/slow`, () => {
    attempts++
    return integrationTimeout()
  }),
  http.all(`${API}/*`, () => missingAuthToken()),
)
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
beforeEach(() => {
  attempts = 0
})
afterAll(() => server.close())

describe('typed client', () => {
  it('puts the diagnosis on response and leaves error as the parsed body', async () => {
    const client = withDiagnosis(createClient<paths>({ baseUrl: API }))
    const { data, error, response } = await client.GET('/v1/items/{id}', { params: { path: { id: '42' } } })
    expect(data).toBeUndefined()
    expect(error).toEqual({ message: 'Missing Authentication Token' })
    expect(Object.hasOwn(error as object, 'diagnosis')).toBe(false)
    const diagnosis = (response as DiagnosedResponse).diagnosis
    expect(diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(diagnosis?.title).toContain('GET /prod/v1/items/42')
    expect(JSON.parse(JSON.stringify(diagnosis)).code).toBe('MISSING_AUTHENTICATION_TOKEN')
  })

  it('diagnosisMiddleware() plugs into client.use', async () => {
    const client = createClient<paths>({ baseUrl: API })
    client.use(diagnosisMiddleware())
    const { response } = await client.GET('/v1/items/{id}', { params: { path: { id: '1' } } })
    expect((response as DiagnosedResponse).diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
  })

  it('throwEnriched: rejects with a GatewayError whose response is the unread Response', async () => {
    const client = withDiagnosis(createClient<paths>({ baseUrl: API }), { throwEnriched: true })
    const error = (await client.GET('/v1/items/{id}', { params: { path: { id: '1' } } }).catch((e: unknown) => e)) as GatewayError
    expect(error).toBeInstanceOf(GatewayError)
    expect(error.cause).toBe(error.response)
    expect(await (error.response as Response).json()).toEqual({ message: 'Missing Authentication Token' })
  })
})

describe('retries by a middleware', () => {
  /** Re-sends a GET up to `limit` times while the reply is a 5xx, as an app's retry middleware would. */
  const retrying = (limit: number): Middleware => ({
    async onResponse({ request, response, options }) {
      let current = response
      for (let i = 0; i < limit && current.status >= 500; i++) current = await options.fetch(request.clone())
      return current === response ? undefined : current
    },
  })

  it('registered after ours, it hands ours only the final reply: one diagnosis', async () => {
    const onDiagnosis = vi.fn()
    const client = withDiagnosis(createClient<paths>({ baseUrl: API }), { onDiagnosis })
    client.use(retrying(2))
    const { error, response } = await client.GET('/slow')
    expect(attempts).toBe(3)
    expect(error).toEqual({ message: 'Endpoint request timed out' })
    expect((response as DiagnosedResponse).diagnosis?.code).toBe('INTEGRATION_TIMEOUT')
    expect(onDiagnosis).toHaveBeenCalledTimes(1)
    expect(onDiagnosis.mock.calls[0]?.[1]).toBe(response)
  })
})
