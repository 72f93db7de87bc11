/**
 * Benchmark (b)'s clients: the same failing request (403 Missing Authentication Token) through axios, ky
 * and fetch, each plain and wrapped with apigw-doctor, against an MSW-mocked gateway or a real loopback
 * HTTP server that sends the identical reply. Every operation is one whole request, error handling included,
 * as an app would run it.
 */
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import axios from 'axios'
import ky from 'ky'
import { http } from 'msw'
import { setupServer } from 'msw/node'
import { withDiagnosis as withAxios } from '../adapters/axios.ts'
import { withDiagnosis as withFetch } from '../adapters/fetch.ts'
import { withDiagnosis as withKy } from '../adapters/ky.ts'
import { gatewayError, gatewayReply } from '../adapters/msw.ts'
import type { Operation } from './measure.ts'

/** A pair of operations: the client alone, and the client with apigw-doctor. */
export interface ClientPair {
  client: string
  plain: Operation
  wrapped: Operation
}

const HEADERS = { authorization: 'Bearer bench-token', accept: 'application/json' }

/** The three clients, plain and wrapped, calling `url` (which answers 403). */
export function clientPairs(url: string): ClientPair[] {
  const plainAxios = axios.create()
  const wrappedAxios = withAxios(axios.create())
  const plainKy = ky.create({ retry: 0 })
  const wrappedKy = withKy(ky.create({ retry: 0 }))
  const wrappedFetch = withFetch(fetch)
  const expectFailure = (error: unknown): unknown => {
    if ((error as { name?: string }).name !== 'AxiosError' && (error as { name?: string }).name !== 'HTTPError') throw error
    return error
  }
  return [
    {
      client: 'axios',
      plain: () => plainAxios.get(url, { headers: HEADERS }).then(() => undefined, expectFailure),
      wrapped: () => wrappedAxios.get(url, { headers: HEADERS }).then(() => undefined, expectFailure),
    },
    {
      client: 'ky',
      plain: () => plainKy.get(url, { headers: HEADERS }).then(() => undefined, expectFailure),
      wrapped: () => wrappedKy.get(url, { headers: HEADERS }).then(() => undefined, expectFailure),
    },
    {
      // An app reads the error body either way; the wrapper reads a clone of it.
      client: 'fetch',
      plain: async () => (await fetch(url, { headers: HEADERS })).text(),
      wrapped: async () => (await wrappedFetch(url, { headers: HEADERS })).text(),
    },
  ]
}

/** The MSW-mocked gateway (patches the globals until `close`). */
export function mockedGateway(base: string): { close(): void } {
  const server = setupServer(http.get(`${base}/*`, () => gatewayError('MISSING_AUTHENTICATION_TOKEN')))
  server.listen({ onUnhandledFrame: 'error' })
  return { close: () => server.close() }
}

/**
 * A loopback HTTP server that answers every request with the catalog's reply, byte for byte, after
 * `latencyMs` (0: at once; 10: about a round trip to a nearby AWS region).
 */
export async function loopbackGateway(latencyMs = 0): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_request, response) => {
    if (latencyMs > 0) setTimeout(() => send(response), latencyMs)
    else send(response)
  })
  const send = (response: ServerResponse): void => {
    const reply = gatewayReply('MISSING_AUTHENTICATION_TOKEN')
    const hasLength = Object.keys(reply.headers).some((name) => name.toLowerCase() === 'content-length')
    response.writeHead(
      reply.status,
      hasLength ? reply.headers : { ...reply.headers, 'content-length': Buffer.byteLength(reply.body) },
    )
    response.end(reply.body)
  }
  server.keepAliveTimeout = 60_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/prod/v1/itemz`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
