/**
 * 日本語: レスポンスが届かなかったリクエストの診断 NO_RESPONSE (src/engine/no-response.ts)。
 * タイトルはネットワークエラーのもの。タイムアウトのタイトルと補足はラベル（labels.ts の noResponse.*）にある。
 * @module
 */
import type { SignatureTexts } from '../../texts/locale.ts'

/** NO_RESPONSE の日本語テキスト。 */
export const noResponseJa: SignatureTexts = {
  title: '{request} のレスポンスがクライアントに届かなかった: ネットワークエラー',
  causes: {
    'cors-masked-error': {
      cause:
        'AWS のどこかの層が CORS ヘッダーのないエラー（403 や 504 などのゲートウェイレスポンス、WAF のブロック、CloudFront のエラーページ）を返し、ブラウザがそれをページから隠してネットワークエラーとして報告した可能性がある。API Gateway が自分のエラーレスポンスに CORS ヘッダーを付けるのは、API の所有者が設定した場合だけ。',
      remedy:
        'ゲートウェイレスポンス DEFAULT_4XX と DEFAULT_5XX に CORS ヘッダー（Access-Control-Allow-Origin と Access-Control-Expose-Headers: x-amzn-ErrorType,x-amzn-RequestId,x-amz-apigw-id）を付ける。例えば `aws apigateway put-gateway-response --rest-api-id <id> --response-type DEFAULT_4XX --response-parameters file://cors.json` を実行し、DEFAULT_5XX にも同じことをしてからステージを再デプロイする。WAF のカスタムレスポンスと CloudFront のエラーレスポンスにも同じヘッダーを付ける。それまでは DevTools の Network タブで本当のステータスを確認できる。',
      summary:
        'ブラウザが CORS ヘッダーのない AWS のエラーレスポンスを隠した可能性。ゲートウェイレスポンス DEFAULT_4XX/DEFAULT_5XX に CORS ヘッダーを付ける',
    },
    'preflight-rejected': {
      cause:
        'CORS のプリフライト（OPTIONS）が失敗した可能性がある。リソースに OPTIONS メソッドがない（403 Missing Authentication Token）、OPTIONS にオーソライザー・IAM・API キーが必要になっている、または HTTP API で OPTIONS が、オーソライザー付きの $default ルートや ANY ルートに振り分けられている。Authorization や x-api-key ヘッダー、JSON の Content-Type を持つリクエストや、PUT・PATCH・DELETE はプリフライトされる。',
      remedy:
        'REST API: リソースで CORS を有効にし（認可 NONE、API キー不要の OPTIONS メソッド）、再デプロイする。HTTP API: API の CORS 設定を行い、$default や ANY /{proxy+} にオーソライザーがあるなら、オーソライザーなしの OPTIONS ルートを追加する。失敗した OPTIONS リクエストは DevTools の Network タブで見られる。',
      summary: '{request} の CORS プリフライトが拒否された可能性。OPTIONS を認可なしで通す',
    },
    'integration-timeout': {
      cause:
        'リクエストは約 29〜30 秒後に失敗した。これは API Gateway の統合タイムアウト（REST API は 29 秒、HTTP API は最大 30 秒）で、バックエンドが時間内に応答しなかった。ゲートウェイの 504（REST API）や 503（HTTP API）のレスポンスがクライアントのタイムアウトに間に合わなかったか、CORS ヘッダーがないためブラウザに隠された。',
      remedy:
        'バックエンドが遅い理由を調べる（統合の CloudWatch Logs、X-Ray）。応答を速くするか、処理を非同期にする（202 を返してポーリングさせる）。リージョンとプライベートの REST API は Service Quotas への申請で統合タイムアウトを 29 秒より長くできるが、エッジ最適化の REST API と HTTP API はできない。ゲートウェイのレスポンスが届くよう、クライアントのタイムアウトはゲートウェイのものより長くする。',
      summary: '約 29〜30 秒で応答がないのは統合タイムアウトの疑い。{host} の後ろのバックエンドが遅い理由を調べる',
    },
    'client-timeout': {
      cause:
        'レスポンスが届く前にクライアント自身のタイムアウトが発火した。バックエンドがクライアントの許容時間より遅かったか、ネットワークが止まった。',
      remedy:
        'リクエストにかかる時間を `curl -v -w "%{time_total}\\n"` で確認する。バックエンドに正当に時間が必要ならクライアントのタイムアウトを延ばし、そうでなければ遅い理由を調べる（CloudWatch Logs、X-Ray）。',
      summary:
        '{host} が応答する前にクライアントのタイムアウトが発火した。タイムアウトを延ばすか、バックエンドが遅い理由を調べる',
    },
    'network-unreachable': {
      cause:
        'ホストに到達できなかった。名前が解決できない（打ち間違い、削除された API、VPC の中でしか解決できないプライベート API の execute-api の名前）、接続が拒否またはリセットされた、TLS が失敗した、あるいはクライアントがオフラインかプロキシの後ろにいる。',
      remedy:
        'URL と、ホスト名が解決できるか（`nslookup {host}`）、API やディストリビューションがまだ存在するか、ネットワーク経路（VPN、プロキシ、ファイアウォール）を確認する。プライベート API は VPC の中からインターフェイスエンドポイント経由で呼ぶ。',
      summary: '{host} に到達できなかった。ホスト名、DNS、ネットワーク経路を確認する',
    },
  },
}
