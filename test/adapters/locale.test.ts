/** The `locale` option reaches the engine through every adapter, and the no-response diagnosis too. */
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { diagnoseNoResponse } from '../../src/engine/no-response.ts'
import { ENGLISH_HINTS } from '../../src/texts/hints.ts'
import type { LocaleTexts } from '../../src/texts/locale.ts'
import { clients } from './clients.ts'
import { API, missingAuthToken } from './support.ts'

/** A made-up overlay: enough to tell its texts from the English ones. */
const overlay: LocaleTexts = {
  id: 'xx',
  signatures: {
    MISSING_AUTHENTICATION_TOKEN: { title: 'XX no route for {request}' },
    NO_RESPONSE: {
      title: 'XX no reply for {request}',
      causes: { 'network-unreachable': { cause: 'XX unreachable', remedy: 'XX check {host}', summary: 'XX {host} unreachable' } },
    },
  },
  hints: ENGLISH_HINTS,
  words: { request: 'XX request', path: 'XX path', stage: 'XX stage', host: 'XX host' },
}

const server = setupServer(
  http.all(`${API}/down`, () => HttpResponse.error()),
  http.all(`${API}/*`, () => missingAuthToken()),
)
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())

describe.each(Object.entries(clients))('%s', (_name, client) => {
  it('writes the diagnosis in the requested language', async () => {
    const outcome = await client({ url: `${API}/v1/x`, method: 'GET', headers: {} }, { locale: overlay })
    expect(outcome.diagnosis?.title).toBe('XX no route for GET /prod/v1/x')
  })
})

it('the no-response diagnosis takes its title and causes from the overlay', async () => {
  const outcome = await clients.fetch?.({ url: `${API}/down`, method: 'GET', headers: {} }, { locale: overlay })
  expect(outcome?.diagnosis?.title).toBe('XX no reply for GET /prod/down')
  expect(outcome?.diagnosis?.causes[0]?.summary).toBe('XX abc123defg.execute-api.eu-west-1.amazonaws.com unreachable')
  expect(diagnoseNoResponse({ kind: 'network', request: { url: `${API}/down` } }, { locale: 'en' })?.title).toBe(
    'No reply reached the client for /prod/down: network error',
  )
})
