/**
 * 日本語: 文言で特定できない CloudFront のエラーページ、ボディのないエラー、オリジンから中継したエラー
 * (src/signatures/cloudfront/fallbacks.ts)。
 * @module
 */
import type { SignatureTexts } from '../../texts/locale.ts'

/** CloudFront のリクエスト ID でログを引く手順。 */
const LOOK_UP_REQUEST =
  'CloudFront のリクエスト ID（ページの「Request ID」、または X-Amz-Cf-Id ヘッダー）とエッジロケーション（X-Amz-Cf-Pop）で、ディストリビューションの標準ログかリアルタイムログからリクエストを探す。理由は x-edge-detailed-result-type に出る。AWS サポートに問い合わせるときも両方の ID が必要。'

/** CloudFront のフォールバックの日本語テキスト。 */
export const cloudfrontFallbacksJa: Readonly<Record<string, SignatureTexts>> = {
  CLOUDFRONT_ERROR_PAGE_GENERIC: {
    title: 'CloudFront が {request} に自身のエラーページで応答した',
    causes: {
      'cloudfront-refused-or-failed': {
        cause:
          'CloudFront 自身がリクエストを拒否したか、処理に失敗した（このページはオリジンが書いたものではない）。「The request could not be satisfied.」の下の文に理由があるが、apigw-doctor の知らない理由。',
        remedy: LOOK_UP_REQUEST,
        summary: 'CloudFront 自身が {request} を拒否したか失敗した。ディストリビューションのログでリクエスト ID を探す',
      },
      'origin-unreachable': {
        cause:
          'CloudFront がオリジンから使えるレスポンスを得られなかった。接続、TLS ハンドシェイク、DNS の名前解決のいずれかが失敗したか、オリジンが不正なレスポンスを送った。',
        remedy:
          'オリジンを直接呼び（`curl -v https://<origin-domain>/<path>`）、オリジンのプロトコルポリシー、ポート、証明書、セキュリティグループと、この時刻のオリジンのログを確認する。',
        summary: 'CloudFront がオリジンから有効なレスポンスを得られなかった。オリジンを直接試す',
      },
      'lambda-edge-failed': {
        cause:
          'ページのとおり、ビヘイビアに関連付けた Lambda@Edge 関数が失敗した、スロットリングされた、または不正な結果を返した。X-Cache ヘッダーが見えれば、apigw-doctor はどれかを特定できる。',
        remedy:
          '関数を実行したリージョンの CloudWatch Logs で関数のログを読む（/aws/lambda/us-east-1.<function-name>、検証エラーは /aws/cloudfront/LambdaEdge/<distribution-id>）。関連付けが us-east-1 の番号付きバージョンを使っていること、ロールが edgelambda.amazonaws.com を信頼していることを確認する。',
        summary: 'ビヘイビアの Lambda@Edge 関数が失敗した。エッジのリージョンでログを読む',
      },
      'cloudfront-function-failed': {
        cause: 'ページのとおり、ビヘイビアに関連付けた CloudFront Functions の関数が失敗したか、実行できなかった。',
        remedy:
          'このリクエストと同様のイベントで `aws cloudfront test-function --stage LIVE` を実行して再現する。関数が発行済みか、ヘッダーやクエリへのアクセスをすべてガードしているかを確認する。',
        summary: 'ビヘイビアの CloudFront Functions の関数が失敗した。aws cloudfront test-function で再現する',
      },
      'edge-capacity-exceeded': {
        cause:
          'このエッジロケーションに CloudFront がリクエストを処理する容量がなかったか、CloudFront のクォータを超えた（まれ。少数のアドレスからの負荷テストでよく起きる）。',
        remedy:
          'バックオフしながら再試行する。負荷テストは複数のリージョンに分散し、徐々に負荷を上げる。本番で起きたらリクエスト ID を添えて AWS サポートに連絡する。',
        summary: 'このエッジロケーションで CloudFront の容量が足りなかった可能性。バックオフしながら再試行する',
      },
      'request-refused': {
        cause:
          'CloudFront がオリジンに問い合わせる前にリクエストを拒否した。WAF のルール、地理的制限、提供していないホスト、許可されていないメソッドのいずれか。',
        remedy: `ページの文を読む。${LOOK_UP_REQUEST}`,
        summary: 'CloudFront がエッジで {request} を拒否した。ページとディストリビューションのログを読む',
      },
      'request-headers-too-large': {
        cause: 'リクエストのヘッダーか Cookie が CloudFront には大きすぎる。',
        remedy: 'Cookie とトークンを小さくし、大きなデータはボディに移す。',
        summary: 'リクエストヘッダーか Cookie が大きすぎる。小さくする',
      },
    },
  },
  CLOUDFRONT_ERROR_NO_BODY: {
    title: 'CloudFront 自身が {request} にエラーで応答したが、理由を示すボディがない',
    causes: {
      'unknown-edge-error': {
        cause: 'CloudFront が自身のエラーで応答した。ページの文がないので理由はわからない。',
        remedy: `同じリクエストを（HEAD ではなく）GET で送り直してボディを読む。CloudFront のページに理由が書かれている。${LOOK_UP_REQUEST}`,
        summary: 'CloudFront が自身のエラーで応答した。HEAD ではなく GET で送り直してボディを読むか、リクエスト ID を探す',
      },
      'edge-refused': {
        cause:
          'CloudFront がオリジンに問い合わせる前にリクエストを拒否した。地理的制限、WAF のルール、提供していないホスト、許可されていないメソッド、署名付き URL がないか無効、のいずれか。',
        remedy: `GET で送り直してボディを読めば、どれかがわかる。${LOOK_UP_REQUEST}`,
        summary: 'CloudFront がエッジで {request} を拒否した。ボディを読んで理由を確認する',
      },
      'origin-connection': {
        cause:
          'CloudFront がオリジンに接続できなかったか、オリジンが不正なレスポンスを送った（プロトコルポリシー、TLS、DNS、ファイアウォール）。',
        remedy:
          'オリジンを直接呼び（`curl -v https://<origin-domain>/<path>`）、オリジンのプロトコルポリシー、証明書、セキュリティグループを確認する。',
        summary: 'CloudFront がオリジンに到達できなかった。オリジンを直接試す',
      },
      'edge-function-or-capacity': {
        cause:
          'エッジ関数が失敗したかスロットリングされた、または CloudFront の容量が足りなかった。エッジ関数の失敗なら X-Cache ヘッダーに出る。',
        remedy: 'X-Cache ヘッダーとエッジ関数のログを確認し、バックオフしながら再試行する。',
        summary: 'エッジ関数か CloudFront の容量で失敗した。X-Cache と関数のログを確認する',
      },
      'origin-timeout': {
        cause: 'オリジンが時間内に応答しなかった（または接続を受け付けなかった）。',
        remedy: 'オリジンのレイテンシーと、CloudFront のオリジンのレスポンスタイムアウトと接続タイムアウトを確認する。',
        summary: 'オリジンが時間内に応答しなかった。レイテンシーとオリジンのタイムアウトを確認する',
      },
      'request-rejected': {
        cause: 'CloudFront がリクエストを不正か大きすぎると判断した（URL、ヘッダー、Cookie）。',
        remedy: 'URL のエンコードと、Cookie やトークンのサイズを確認する。',
        summary: 'CloudFront が {request} を不正か大きすぎると判断した。エンコードとヘッダーのサイズを確認する',
      },
    },
  },
  CLOUDFRONT_ORIGIN_ERROR_PASSTHROUGH: {
    title: 'オリジンが {request} にこのエラーを返し、CloudFront はそれを中継しただけ',
    causes: {
      'origin-returned-error': {
        cause:
          'オリジン（API Gateway、ロードバランサー、S3、アプリケーション）がこのエラーを返し、CloudFront がそのまま渡した。ボディとヘッダーはオリジンのもの。CloudFront は自身のエラーに限らず、すべてのエラーレスポンスに X-Cache: Error from cloudfront を付ける。',
        remedy:
          'オリジンのエラーとして調べる。同じパスとヘッダーでオリジンを直接呼び、オリジンのログを読む。どのオリジンが応答したかは x-amzn-RequestId や x-amz-apigw-id（API Gateway）、Server: awselb/2.0（ロードバランサー）、x-amz-request-id（S3）でわかる。',
        summary: 'オリジンがこのエラーを返し、CloudFront が中継した。オリジンを調べる',
      },
      'cached-error': {
        cause:
          'CloudFront が以前のオリジンのエラーのキャッシュを返した。404、414、500〜504（と、オリジンが Cache-Control を送った一部の 4xx）をエラーキャッシュ最小 TTL（既定 10 秒）の間キャッシュする。オリジンはもう回復しているかもしれない。',
        remedy:
          'TTL が過ぎてから再試行する。API 用のビヘイビアではエラーキャッシュ最小 TTL を 0 にする（エラーページ > カスタムエラーレスポンスを作成。CloudFormation は CustomErrorResponses[].ErrorCachingMinTTL: 0）。',
        summary:
          'CloudFront がキャッシュしたエラーを返した（Age ヘッダー）。再試行し、API ではエラーキャッシュの TTL を 0 にする',
      },
      'custom-error-response': {
        cause:
          'カスタムエラーレスポンスがオリジンのエラーを置き換えた。例えば 403 と 404 をステータス 200 の /index.html に対応付けるシングルページアプリ用のフォールバックで、API の呼び出しが HTML を受け取る。',
        remedy:
          'カスタムエラーレスポンスを API のパスに適用しない。API は専用のディストリビューションから提供するか、ディストリビューション全体の 403/404 の対応付けではなく CloudFront Functions で SPA のフォールバックを振り分ける。',
        summary: 'カスタムエラーレスポンスがオリジンのエラーを書き換えた。SPA のフォールバックを API のパスに適用しない',
      },
    },
  },
}
