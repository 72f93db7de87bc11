/**
 * The CLI's one-line error messages in Japanese. The CLI builds its messages in English (tests and scripts
 * match them); this table translates them on the way to stderr when the report is Japanese. A message the
 * table does not know stays English (curl's own error lines, for example, are quoted as curl wrote them).
 * @module
 */

type Translation = readonly [pattern: RegExp, japanese: (match: RegExpExecArray) => string]

const TRANSLATIONS: readonly Translation[] = [
  [/^unknown option (.{1,50}) \(see --help\)$/, (m) => `不明なオプション ${m[1]}（--help を参照）`],
  [/^--format takes one of: (.{1,100})$/, (m) => `--format には次のいずれかを指定する: ${m[1]}`],
  [/^--locale takes one of: (.{1,100})$/, (m) => `--locale には次のいずれかを指定する: ${m[1]}`],
  [/^--aws-host takes a host name/, () => '--aws-host にはホスト名を指定する（例: --aws-host api.example.com）'],
  [/^--status takes an HTTP status code/, () => '--status には HTTP ステータスコードを指定する（例: --status 403）'],
  [
    /^--url takes the request URL/,
    () => '--url にはリクエストの URL を指定する（例: --url https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/items）',
  ],
  [/^--method takes an HTTP method/, () => '--method には HTTP メソッドを指定する（例: --method POST）'],
  [/^no such file$/, () => 'ファイルがない'],
  [/^permission denied$/, () => '読み取りの権限がない'],
  [/^is a directory$/, () => 'ディレクトリである'],
  [/^is too large$/, () => '大きすぎる'],
  [/^cannot be read(?: \((\w{1,40})\))?$/, (m) => `読み取れない${m[1] === undefined ? '' : `（${m[1]}）`}`],
  [/^is larger than (\d{1,6}) MiB$/, (m) => `${m[1]} MiB を超えている`],
  [/^is empty$/, () => '空である'],
  [/^the input is empty$/, () => '入力が空である'],
  [/^is binary data, not text$/, () => 'テキストではなくバイナリデータである'],
  [/^is a damaged gzip file/, () => '壊れた gzip ファイルである（または展開すると 256 MiB を超える）'],
  [
    /^not valid JSON: the HAR file is truncated or damaged$/,
    () => 'JSON として読めない: HAR ファイルが途中で切れているか壊れている',
  ],
  [/^not valid JSON \(truncated or damaged\?\)$/, () => 'JSON として読めない（途中で切れているか壊れている？）'],
  [/^not a HAR file: it has no log\.entries list$/, () => 'HAR ファイルではない: log.entries がない'],
  [/^the HAR file has no entries$/, () => 'HAR ファイルにエントリーがない'],
  [
    /^the JSON holds no reply with a valid `status`/,
    () => 'JSON に有効な `status` を持つレスポンスがない（{ "status": 403, "headers": {…}, "body": "…" } またはその配列を想定）',
  ],
  [/^the curl transcript holds no reply line/, () => 'curl の出力にレスポンスの行（`< HTTP/…`）がない'],
  [/^nothing to diagnose was found in the paste$/, () => '貼り付けられたテキストに診断できるものがない'],
  [
    /^the (cURL|fetch) copy holds the request but no reply/,
    (m) =>
      `${m[1]} のコピーにはリクエストしかない: その後にレスポンスのテキストを貼り付けるか、curl -sv でリクエストを送り、その出力をパイプで渡す`,
  ],
  [/^no HTTP reply found$/, () => 'HTTP レスポンスが見つからない'],
  [/^could not be processed \(internal error\)$/, () => '処理できなかった（内部エラー）'],
  [
    /^reading standard input: /,
    () => '標準入力を読んでいる: キャプチャ、レスポンスの本文、コンソールの行などを貼り付けて Ctrl-D を押す（--help を参照）',
  ],
]

/** The Japanese of one of the CLI's messages, or the message itself when the table does not know it. */
export function messageJa(message: string): string {
  for (const [pattern, japanese] of TRANSLATIONS) {
    const match = pattern.exec(message)
    if (match !== null) return japanese(match)
  }
  return message
}
