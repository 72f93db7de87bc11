/**
 * axios hands error bodies over in whatever shape `responseType` asks for (clients-and-toolchain.md §1.3):
 * parsed JSON, text, Buffer/ArrayBuffer, Blob (or text in Node's http adapter), or a stream. Each must be
 * diagnosed, and the user's `error.response.data` must stay as axios gave it; streams are left unread.
 */
import type { Readable } from 'node:stream'
import { text as readText } from 'node:stream/consumers'
import axios, { type AxiosError, type ResponseType } from 'axios'
import { http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withDiagnosis } from '../../adapters/axios.ts'
import { API, missingAuthToken } from './support.ts'

const BODY = '{"message":"Missing Authentication Token"}'
const server = setupServer(http.all(`${API}/*`, () => missingAuthToken()))
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())

/** Reads whatever `data` is, as the user would, to prove it is intact. */
async function userReads(data: unknown): Promise<string> {
  if (typeof data === 'string') return data
  if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return new TextDecoder().decode(data as ArrayBuffer)
  if (data instanceof Blob) return data.text()
  if (data instanceof ReadableStream) return new Response(data).text()
  if (typeof (data as Readable | null)?.pipe === 'function') return readText(data as Readable)
  return JSON.stringify(data)
}

const TYPES: ResponseType[] = ['json', 'text', 'arraybuffer', 'blob', 'stream']

describe.each(['http', 'fetch'] as const)('%s adapter', (adapter) => {
  it.each(TYPES)('responseType %s: diagnosed, data left as axios gave it', async (responseType) => {
    const api = withDiagnosis(axios.create({ adapter, responseType }))
    const error = (await api.get(`${API}/v1/x`).catch((e: unknown) => e)) as AxiosError
    expect(error.diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    const streamed = responseType === 'stream'
    expect(error.diagnosis?.hints.some((hint) => hint.includes('was not read'))).toBe(streamed)
    expect(error.diagnosis?.hints.some((hint) => hint.includes('customises the gateway response'))).toBe(false)
    expect(await userReads(error.response?.data)).toBe(BODY)
  })
})

it('a Blob body is read without being used up (fetch adapter)', async () => {
  const api = withDiagnosis(axios.create({ adapter: 'fetch', responseType: 'blob' }), { throwEnriched: true })
  const error = (await api.get(`${API}/v1/x`).catch((e: unknown) => e)) as { response: { body?: string }; cause: AxiosError }
  expect(error.response.body).toBe(BODY)
  const blob = error.cause.response?.data as Blob
  expect(await blob.text()).toBe(BODY)
})
