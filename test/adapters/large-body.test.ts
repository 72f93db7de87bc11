/**
 * A 5 MB error body: the diagnosis reads a bounded prefix (through a clone for fetch, ky 1 and
 * openapi-fetch, cancelling the rest), nothing hangs, and the user still gets the whole body.
 */
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withDiagnosis as withFetch } from '../../adapters/fetch.ts'
import { clients } from './clients.ts'
import { API, restHeaders } from './support.ts'

const FIVE_MB = 5 * 1024 * 1024
// A 502 whose message is the documented one, padded to 5 MB: the message sits at the start.
const BIG_BODY = `{"message": "Internal server error", "padding": "${'x'.repeat(FIVE_MB)}"}`

/** Streams the body in 64 KiB chunks, counting how many were pulled. */
function streamedReply(): { response: Response; pulled: () => number } {
  const bytes = new TextEncoder().encode(BIG_BODY)
  let offset = 0
  let chunks = 0
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.byteLength) return controller.close()
      controller.enqueue(bytes.subarray(offset, offset + 65536))
      offset += 65536
      chunks++
    },
  })
  return {
    response: new HttpResponse(stream, { status: 502, headers: restHeaders('InternalServerErrorException') }),
    pulled: () => chunks,
  }
}

const server = setupServer(
  http.get(`${API}/big`, () => new HttpResponse(BIG_BODY, { status: 502, headers: restHeaders('InternalServerErrorException') })),
)
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())

describe.each(Object.entries(clients))('%s', (name, client) => {
  it('diagnoses a 5 MB error body from a bounded prefix, quickly, and the user still gets all of it', async () => {
    const started = performance.now()
    const outcome = await client({ url: `${API}/big`, method: 'GET', headers: {} }, { maxBodyBytes: 4096 })
    expect(performance.now() - started).toBeLessThan(5000)
    expect(outcome.diagnosis?.status).toBe(502)
    const body = await outcome.readBody()
    if (name === 'fetch' || name === 'ky 1' || name.startsWith('got ')) {
      // fetch and ky 1: read through a clone, cut at maxBodyBytes; the user's Response still holds all 5 MB.
      // got: it read the whole body before its hook ran; the engine reads only maxBodyBytes of it.
      expect(outcome.diagnosis?.hints.join(' ')).toContain('longer than maxBodyBytes')
      expect((body as string).length).toBe(BIG_BODY.length)
    } else {
      // axios, ky 2, ofetch and openapi-fetch hand over the body already parsed; the user's copy is untouched.
      expect((body as { padding: string }).padding.length).toBe(FIVE_MB)
    }
  })
})

it('fetch: reads only what it needs from a streamed body and leaves the rest to the user', async () => {
  const { response, pulled } = streamedReply()
  const apiFetch = withFetch(async () => response, { maxBodyBytes: 1000 })
  const result = await apiFetch(`${API}/big`)
  expect(result).toBe(response)
  expect(result.diagnosis?.status).toBe(502)
  // The clone stopped after its first chunk (the tee pulls a chunk or two ahead); the source was not drained.
  expect(pulled()).toBeLessThanOrEqual(4)
  expect(result.bodyUsed).toBe(false)
  expect((await result.text()).length).toBe(BIG_BODY.length)
})

it('fetch: a body that never ends does not hold the error back for long', async () => {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"message": "Internal server error"'))
      // …and nothing more, ever.
    },
  })
  const stalled = new Response(stream, { status: 502, headers: restHeaders('InternalServerErrorException') })
  const started = performance.now()
  const result = await withFetch(async () => stalled)(`${API}/stalled`)
  expect(performance.now() - started).toBeLessThan(3000)
  expect(result).toBe(stalled)
  expect(result.diagnosis?.layer).toBe('api-gateway-rest')
})
