/**
 * `locale: 'ja'` through every client: the attached diagnosis, the `GatewayError` message and its inspected
 * view, and the `log: true` output are Japanese once `apigw-doctor/locales/ja` is loaded.
 */
import { inspect } from 'node:util'
import { http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import '../../src/locales/ja.ts'
import { diagnoseNoReply } from '../../src/middleware/middleware.ts'
import { isGatewayError } from '../../src/output/error.ts'
import { englishLeft } from '../unit/locale-ja/english-left.ts'
import { clients } from './clients.ts'
import { API, missingAuthToken } from './support.ts'

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/

const server = setupServer(http.all(`${API}/*`, () => missingAuthToken()))
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())

const call = { url: `${API}/v1/x`, method: 'GET', headers: {} }

describe.each(Object.entries(clients))('%s', (_name, client) => {
  it('attaches a Japanese diagnosis', async () => {
    const { diagnosis } = await client(call, { locale: 'ja' })
    expect(diagnosis?.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(diagnosis?.title).toBe('API Gateway に GET /prod/v1/x のルートがない（403 Missing Authentication Token）')
  })

  it('throws a GatewayError whose message and inspected view are Japanese', async () => {
    const { error } = await client(call, { locale: 'ja', throwEnriched: true })
    expect(isGatewayError(error)).toBe(true)
    const message = (error as Error).message
    expect(message).toMatch(/^403 MISSING_AUTHENTICATION_TOKEN — .*GET \/prod\/v1\/x/)
    expect(message).toContain('リクエスト ID')
    expect(englishLeft(message.replace('GET /prod/v1/x', ''))).toEqual([])
    const view = inspect(error)
    expect(view).toContain('  原因: ')
    expect(view).toContain('  対処: ')
    expect(view).toMatch(/ {2}レイヤー: api-gateway-rest, 確度: [高中低]/)
    expect(view).not.toMatch(/^ {2}(cause|remedy|layer): /m)
  })

  it('logs with Japanese labels', async () => {
    const lines: string[] = []
    await client(call, { locale: 'ja', log: true, logger: { log: (...data: unknown[]) => lines.push(data.join(' ')) } })
    const text = lines.join('\n')
    expect(text).toMatch(/\[apigw-doctor\] 403 MISSING_AUTHENTICATION_TOKEN \(api-gateway-rest、確度: [高中低]\)/)
    for (const label of ['原因: ', '対処: ', '他の原因: ', 'ドキュメント: ']) expect(text).toContain(label)
    expect(text).not.toMatch(/^ {2}(cause|remedy|other cause|docs): /m)
  })

  it('stays English without the option', async () => {
    const { error } = await client(call, { throwEnriched: true })
    expect((error as Error).message).not.toMatch(JAPANESE)
    expect(inspect(error)).toContain('  cause: ')
  })
})

describe('a request without a reply', () => {
  it.each(['network', 'timeout'] as const)('is diagnosed in Japanese (%s), notes included', async (kind) => {
    const diagnosis = await diagnoseNoReply(
      { kind, request: { method: 'GET', url: `${API}/v1/x` }, elapsedMs: 29_100 },
      { locale: 'ja' },
    )
    expect(diagnosis?.title).toMatch(JAPANESE)
    expect(diagnosis?.title).toContain(kind === 'timeout' ? 'タイムアウト' : 'ネットワークエラー')
    for (const hint of diagnosis?.hints ?? []) expect(hint).toMatch(JAPANESE)
    expect(diagnosis?.hints.length).toBeGreaterThan(0)
  })
})
