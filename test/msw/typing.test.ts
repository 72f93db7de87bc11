import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { gatewayError } from '../../adapters/msw.ts'

const API_URL = 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/items'

// `npm run typecheck` compiles this: gatewayError() fits a resolver that declares its success body type.
const typed = http.get<never, never, Array<{ id: number }>>(API_URL, ({ request }) =>
  request.headers.has('x-api-key') ? HttpResponse.json([{ id: 1 }]) : gatewayError('FORBIDDEN'),
)

const server = setupServer(typed)
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())

describe('gatewayError in a typed resolver', () => {
  it('answers beside the success reply', async () => {
    const ok = await fetch(API_URL, { headers: { 'x-api-key': 'k' } })
    expect(await ok.json()).toEqual([{ id: 1 }])
    const refused = await fetch(API_URL)
    expect(refused.status).toBe(403)
    expect(refused.headers.get('x-amzn-errortype')).toBe('ForbiddenException')
  })
})
