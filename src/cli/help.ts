import type { LocaleOption } from '../texts/locale.ts'
import { isJapanese } from './locale.ts'

/** The text of `apigw-doctor --help`. */
export const HELP = `Usage: apigw-doctor [options] [FILE...]

Tells what an AWS API Gateway, CloudFront, WAF, ALB or Lambda function URL error reply means:
which layer answered, which documented error it is, its likely causes for this request, and the fix.

FILE is a curl -v (or curl -i) transcript, a raw HTTP reply, a HAR file saved from the browser's
Network panel, or JSON ({ "status", "headers", "body", "request" } or an array of them).
It may also be whatever you were sent or copied: a reply body or message ({"message":"…"},
Missing Authentication Token, a CloudFront error page's text), DevTools' "Copy as cURL" or
"Copy as fetch" followed by the reply, or browser console lines (CORS blocked, Failed to fetch,
net::ERR_FAILED). The format is detected. With no FILE, or when FILE is -, standard input is read.

Options:
  --json             print a JSON array, one entry per diagnosed reply:
                     { source, index, format, method, url, status, diagnosis }
  -a, --all          also list successful and undiagnosed replies
  --format FORMAT    read the input as curl, raw, har, json or paste instead of detecting it
  --status CODE      for pasted text: the reply's status code (e.g. 403)
  --url URL          for pasted text: the request URL
  --method METHOD    for pasted text: the request method (default: what the paste says)
  --aws-host HOST    a custom domain that fronts AWS (repeatable; *.example.com allowed)
  --routes FILE      the API's routes: an OpenAPI or Swagger export (JSON or YAML), a SAM
                     template or serverless.yml, the JSON of get-resources or get-routes, or
                     lines such as GET /v1/items; a reply that found no route then names
                     the nearest route
  --locale LANG      write the report in en or ja (default: ja when LC_ALL, LC_MESSAGES
                     or LANG starts with ja, else en; auto does the same)
  --color, --no-color
                     force colour on or off (default: on for a terminal, off when NO_COLOR is set)
  -h, --help         show this help
  -V, --version      show the version

Exit status: 0 when the input was read (whether or not anything was diagnosed),
2 when it cannot be read or holds nothing to diagnose.

Examples:
  curl -sv https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/items 2>&1 | apigw-doctor
  apigw-doctor session.har
  apigw-doctor --json reply.txt
  apigw-doctor --routes openapi.json reply.txt
  echo '{"message":"Missing Authentication Token"}' | apigw-doctor --status 403 --url https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/itemz
`

/** The text of `apigw-doctor --help` in Japanese. */
export const HELP_JA = `使い方: apigw-doctor [オプション] [ファイル...]

AWS API Gateway、CloudFront、WAF、ALB、Lambda 関数 URL のエラーレスポンスの意味を示す:
どのレイヤーが返したか、ドキュメントにあるどのエラーか、このリクエストで考えられる原因、そして対処。

ファイルは curl -v（または curl -i）の出力、生の HTTP レスポンス、ブラウザーの Network パネルから
保存した HAR ファイル、または JSON（{ "status", "headers", "body", "request" } またはその配列）。
手元にあるものをそのまま渡してもよい: レスポンスの本文やメッセージ（{"message":"…"}、
Missing Authentication Token、CloudFront のエラーページのテキスト）、DevTools の「Copy as cURL」や
「Copy as fetch」とその後に続くレスポンス、ブラウザーのコンソールの行（CORS によるブロック、
Failed to fetch、net::ERR_FAILED）。形式は自動で判別する。ファイルがないか - のときは標準入力を読む。

オプション:
  --json             診断したレスポンスごとに 1 項目の JSON 配列を出力する:
                     { source, index, format, method, url, status, diagnosis }
  -a, --all          成功したレスポンスや診断できなかったレスポンスも一覧する
  --format FORMAT    形式を判別せず curl、raw、har、json、paste のいずれかとして読む
  --status CODE      貼り付けたテキストのステータスコード（例: 403）
  --url URL          貼り付けたテキストのリクエスト URL
  --method METHOD    貼り付けたテキストのリクエストメソッド（既定: 貼り付けた内容から判断）
  --aws-host HOST    AWS の前に置いたカスタムドメイン（複数指定可、*.example.com も可）
  --locale LANG      レポートを en または ja で書く（既定: LC_ALL、LC_MESSAGES、LANG が
                     ja で始まれば ja、それ以外は en。auto も同じ）
  --color, --no-color
                     色付けを強制的にオン／オフにする（既定: 端末ならオン、NO_COLOR があればオフ）
  -h, --help         このヘルプを表示する
  -V, --version      バージョンを表示する

終了ステータス: 入力を読めたときは 0（診断できたかどうかによらない）、
読めないときや診断できるものがないときは 2。

例:
  curl -sv https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/items 2>&1 | apigw-doctor
  apigw-doctor session.har
  apigw-doctor --json reply.txt
  echo '{"message":"Missing Authentication Token"}' | apigw-doctor --status 403 --url https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/itemz
`

/** The help in the report's language. */
export function helpText(locale: LocaleOption): string {
  return isJapanese(locale) ? HELP_JA : HELP
}
