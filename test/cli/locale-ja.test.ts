/**
 * `apigw-doctor --locale ja`, and Japanese by default when LC_ALL, LC_MESSAGES or LANG starts with `ja`:
 * the whole text report (title, labels, causes, remedies, summary lines) and the `--json` diagnoses.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { englishLeft } from '../unit/locale-ja/english-left.ts'
import { FIXTURES, ROOT, runCli, spawnCli } from './helpers.ts'

const SEED2 = join(FIXTURES, 'curl8-http2-seed2-missing-token.txt')
const HAR = join(ROOT, 'examples', 'captures', 'browser-session.har')
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/
const TITLE = 'API Gateway に GET /stage/v1/xxxxxx のルートがない（403 Missing Authentication Token）'

/** The report's lines a person reads as prose: not the heading (a URL), the evidence or the IDs (raw facts). */
function proseLines(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('  ') || line.startsWith('API'))
    .filter((line) => !line.startsWith('  根拠') && !line.startsWith('  ID '))
    .map((line) => line.replaceAll('/stage/v1/xxxxxx', ' '))
}

describe('apigw-doctor --locale ja', () => {
  it('writes the report in Japanese, labels included', async () => {
    const { code, stdout } = await runCli(['--locale', 'ja', SEED2])
    expect(code).toBe(0)
    expect(stdout).toContain(TITLE)
    for (const label of ['コード', 'レイヤー', '確度', '考えられる原因', '対処', '他の原因', '根拠', 'ドキュメント'])
      expect(stdout).toMatch(new RegExp(`^ {2}${label} +\\S`, 'm'))
    expect(stdout).toMatch(/^ {2}確度 +高$/m)
    expect(stdout).not.toMatch(/^ {2}(code|layer|confidence|likely cause|remedy|other causes|docs) /m)
    expect(proseLines(stdout).flatMap(englishLeft)).toEqual([])
  })

  it('lines the values up in one column, counting wide characters as two', async () => {
    const { stdout } = await runCli(['--locale', 'ja', SEED2])
    const columns = stdout
      .split('\n')
      .filter((line) => /^ {2}\S/.test(line))
      .map((line) => {
        const label = /^ {2}(\S+(?: \S+)?) +/.exec(line)?.[0] ?? ''
        return [...label].reduce((n, char) => n + (JAPANESE.test(char) ? 2 : 1), 0)
      })
    expect(new Set(columns).size).toBe(1)
  })

  it('writes the summary of a HAR file in Japanese', async () => {
    const { stdout } = await runCli(['--locale', 'ja', HAR])
    expect(stdout).toMatch(/のまとめ: 5 件 · 診断 3 件 \(.*NO_RESPONSE ×1.*\) · エラーなし 2 件$/m)
  })

  it('writes the --json diagnoses in Japanese', async () => {
    const { stdout } = await runCli(['--json', '--locale', 'ja', SEED2])
    const [entry] = JSON.parse(stdout) as Array<{ diagnosis: { code: string; title: string; cause: string } }>
    expect(entry?.diagnosis.code).toBe('MISSING_AUTHENTICATION_TOKEN')
    expect(entry?.diagnosis.title).toBe(TITLE)
    expect(entry?.diagnosis.cause).toMatch(JAPANESE)
  })

  it('rejects a language it does not have', async () => {
    const { code, stderr } = await runCli(['--locale', 'fr', SEED2])
    expect(code).toBe(2)
    expect(stderr).toContain('--locale takes one of: en, ja, auto')
  })

  it('runs as a process', () => {
    const { code, stdout } = spawnCli(['--locale', 'ja', SEED2])
    expect(code).toBe(0)
    expect(stdout).toContain(TITLE)
  })
})

describe('the language from the environment', () => {
  it.each([
    [{ LANG: 'ja_JP.UTF-8' }, true],
    [{ LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' }, true],
    [{ LC_ALL: 'ja_JP.UTF-8' }, true],
    [{ LC_ALL: 'C', LANG: 'ja_JP.UTF-8' }, false],
    [{ LANG: 'en_US.UTF-8' }, false],
    [{}, false],
  ])('%o: Japanese %s', async (env, japanese) => {
    const { stdout } = await runCli([SEED2], { env })
    expect(stdout.includes(TITLE)).toBe(japanese)
    expect(stdout.includes('  likely cause')).toBe(!japanese)
  })

  it('yields to --locale en and --locale auto follows it', async () => {
    expect((await runCli(['--locale', 'en', SEED2], { env: { LANG: 'ja_JP.UTF-8' } })).stdout).not.toMatch(JAPANESE)
    expect((await runCli(['--locale', 'auto', SEED2], { env: { LANG: 'ja_JP.UTF-8' } })).stdout).toContain(TITLE)
  })
})
