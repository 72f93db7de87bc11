import { afterEach, describe, expect, it, vi } from 'vitest'
import { type CatalogSignature, diagnose, type LocaleTexts, registerLocale, type Signature } from '../../src/index.ts'
import { detectLanguage } from '../../src/texts/locale.ts'

const teapot: CatalogSignature = {
  code: 'TEST_TEAPOT',
  layer: 'api-gateway-rest',
  title: 'Teapot at {path}',
  match: { status: [418], message: ['I am a teapot'] },
  causes: [
    { id: 'teapot', weight: 1, cause: 'It is a teapot.', remedy: 'Use a kettle.', summary: 'teapot at {path}: use a kettle' },
  ],
  docs: ['https://example.com/teapot'],
  example: {
    status: 418,
    headers: { 'x-amzn-requestid': 'r-1' },
    body: '{"message":"I am a teapot"}',
    request: { url: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/pot' },
  },
}

const testOverlay: LocaleTexts = {
  id: 'xx',
  signatures: {
    TEST_TEAPOT: {
      title: 'XX teapot {path}',
      causes: { teapot: { cause: 'XX cause', remedy: 'XX remedy', summary: 'XX {path} {stage}' } },
    },
  },
  hints: {
    statusRemapped: 'XX {defaultStatus}>{status}',
    bodyCustomized: 'XX body',
    bodyUnread: 'XX unread',
    rival: 'XX {rival}',
    headersHidden: 'XX hidden',
    confirmAws: 'XX confirm',
    statusUnknown: 'XX no status',
    localHost: 'XX local',
    truncated: 'XX cut',
  },
  words: { request: 'XX request', path: 'XX path', stage: 'XX stage', host: 'XX host' },
}

describe('locales', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('are English by default', () => {
    expect(diagnose(teapot.example, { signatures: [teapot] })?.title).toBe('Teapot at /prod/pot')
  })

  it('use an overlay object passed as the option, falling back to English for what it lacks', () => {
    const d = diagnose({ ...teapot.example, headers: {} }, { signatures: [teapot], locale: testOverlay })
    expect(d?.title).toBe('XX teapot /prod/pot')
    expect(d?.causes[0]).toMatchObject({ cause: 'XX cause', remedy: 'XX remedy', summary: 'XX /prod/pot prod' })
    expect(d?.hints).toContain('XX hidden')
    const noRequest = diagnose(
      { status: 418, headers: { 'x-amzn-requestid': 'r' }, body: '{"message":"I am a teapot"}' },
      { signatures: [teapot], locale: testOverlay },
    )
    expect(noRequest?.causes[0]?.summary).toBe('XX XX path XX stage')
  })

  it('find a registered overlay by its id, and stay English for an id never registered', () => {
    expect(diagnose(teapot.example, { signatures: [teapot], locale: 'ja' })?.title).toBe('Teapot at /prod/pot')
    registerLocale(testOverlay)
    expect(diagnose(teapot.example, { signatures: [teapot], locale: testOverlay.id as 'ja' })?.title).toBe('XX teapot /prod/pot')
  })

  it("prefer a custom signature's own texts", () => {
    const own: Signature = {
      ...teapot,
      texts: {
        ja: {
          title: '急須 {path}',
          causes: { teapot: { cause: '急須です。', remedy: 'やかんを使う。', summary: '{path} は急須: やかんを使う' } },
        },
      },
    }
    const d = diagnose(teapot.example, { signatures: [own], locale: 'ja' })
    expect(d?.title).toBe('急須 /prod/pot')
    expect(d?.cause).toBe('急須です。')
  })

  it("'auto' follows LC_ALL, LC_MESSAGES or LANG in Node", () => {
    vi.stubEnv('LC_ALL', '')
    vi.stubEnv('LC_MESSAGES', '')
    vi.stubEnv('LANG', 'ja_JP.UTF-8')
    expect(detectLanguage()).toBe('ja')
    vi.stubEnv('LANG', 'en_US.UTF-8')
    expect(detectLanguage()).toBe('en')
    vi.stubEnv('LC_ALL', 'ja_JP.UTF-8')
    expect(detectLanguage()).toBe('ja')
  })
})
