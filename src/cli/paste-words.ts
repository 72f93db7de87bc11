/**
 * The CLI's words for pasted text (the status-unknown heading and the "what would help" line), in English
 * and Japanese. They live here rather than among the library's labels: only the CLI and the playground say
 * them, so the adapters' bundles do not carry them.
 * @module
 */
import { fillHint } from '../texts/hints.ts'

const ENGLISH = {
  statusUnknown: 'status unknown',
  wouldHelp: 'What would help: {items}',
  'help.url': 'add the request URL with --url',
  'help.status': 'add the status code with --status',
  'help.headers': "paste the reply's x-amzn-* headers too (DevTools → Network → the request → Headers, or curl -v)",
  'help.awsHost': 'add --aws-host {host} if {host} is a custom domain in front of AWS',
  'help.request': 'paste the request too (DevTools → Network → right-click → Copy as cURL) to rank the causes for it',
  'help.networkTab': 'paste the reply from DevTools → Network (the console hides its status and body)',
} as const

/** A key of the paste words. */
export type PasteWordKey = keyof typeof ENGLISH

const JAPANESE: Readonly<Record<PasteWordKey, string>> = {
  statusUnknown: 'ステータス不明',
  wouldHelp: '判断の助けになるもの: {items}',
  'help.url': '--url でリクエストの URL を加える',
  'help.status': '--status でステータスコードを加える',
  'help.headers': 'レスポンスの x-amzn-* ヘッダーも貼り付ける（DevTools → Network → そのリクエスト → Headers、または curl -v）',
  'help.awsHost': '{host} が AWS の前に置いたカスタムドメインなら --aws-host {host} を加える',
  'help.request':
    'リクエストも貼り付ける（DevTools → Network → 右クリック → Copy as cURL）と、原因をそのリクエストに合わせて順位付けできる',
  'help.networkTab': 'DevTools → Network からレスポンスを貼り付ける（コンソールはステータスと本文を隠す）',
}

/** Looks up a paste word and fills its placeholders. */
export type PasteWords = (key: PasteWordKey, values?: Readonly<Record<string, string>>) => string

/** The paste words in Japanese or English. */
export function pasteWords(japanese: boolean): PasteWords {
  const table = japanese ? JAPANESE : ENGLISH
  return (key, values) => (values === undefined ? table[key] : fillHint(table[key], values))
}
