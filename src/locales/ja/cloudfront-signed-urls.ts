/**
 * 日本語: CloudFront の署名付き URL と署名付き Cookie (src/signatures/cloudfront/signed-urls.ts)。
 * @module
 */
import type { SignatureTexts } from '../../texts/locale.ts'

/** CloudFront の署名付き URL・署名付き Cookie の日本語テキスト。 */
export const cloudfrontSignedUrlsJa: Readonly<Record<string, SignatureTexts>> = {
  CLOUDFRONT_SIGNED_URL_MISSING_KEY: {
    title:
      '{path} の CloudFront のビヘイビアは署名付き URL か署名付き Cookie を要求しているが、{request} にはどちらもない（403 MissingKey）',
    causes: {
      'path-under-private-behavior': {
        cause:
          'パスが「ビューワーのアクセスを制限する」（信頼されたキーグループ）を設定したビヘイビアに一致しているので、CloudFront は署名付き URL か署名付き Cookie を求める。API や公開するはずのパスが、パスパターンのせいでそのビヘイビアに入ってしまったのかもしれない。',
        remedy:
          'パスを公開するなら、ビューワーのアクセスを制限していないビヘイビアに移す。そうでなければ URL に署名する（`aws cloudfront sign --url <url> --key-pair-id <key-id> --private-key file://private_key.pem --date-less-than <date>`、または @aws-sdk/cloudfront-signer の getSignedUrl）か、CloudFront-Policy/Signature/Key-Pair-Id の Cookie を設定する。',
        summary: '{path} は署名付き URL のビヘイビアの下にある。リクエストに署名するか、そのパスを公開する',
      },
      'signed-cookies-not-sent': {
        cause:
          '署名付き Cookie はあるが送られていない。Domain や Path がこのホストとパスをカバーしていない、SameSite やサードパーティ Cookie のブロックで落とされた、またはリクエストが認証情報なしで送られた。',
        remedy:
          "リクエストで Cookie を送り（fetch なら credentials: 'include'、axios なら withCredentials: true）、CloudFront-* の Cookie はこのホストをカバーする Domain と Path で設定する。",
        summary: '署名付き Cookie が {request} で送られていない。認証情報を送り、Cookie のドメインを確認する',
      },
      'key-pair-id-missing-from-url': {
        cause:
          '署名付き URL が Key-Pair-Id パラメータなしで生成された（署名処理にキー ID が渡されていない、または URL を組み立て直すときにパラメータが落ちた）。',
        remedy:
          '署名付き URL に Expires（または Policy）、Signature、Key-Pair-Id があること、クライアントがクエリパラメータを落としていないことを確認する。',
        summary: '署名付き URL に Key-Pair-Id パラメータがない可能性。署名処理の設定を確認する',
      },
    },
  },
  CLOUDFRONT_SIGNED_URL_UNKNOWN_KEY: {
    title: 'CloudFront は {request} に署名したキーを知らない（403 InvalidKey: Unknown Key）',
    causes: {
      'wrong-key-id': {
        cause:
          'Key-Pair-Id が、ビヘイビアの信頼されたキーグループにないパブリックキーを指している。別の環境のキー、ローテーションで削除したキー、またはキーグループが必要なところに旧来のアカウントのキーペア。',
        remedy:
          'Key-Pair-Id（または CloudFront-Key-Pair-Id の Cookie）を、ビヘイビアのキーグループのパブリックキー ID（`aws cloudfront get-key-group --id <key-group-id>`）と比べる。キーをグループに追加するか、署名処理のキー ID を直す。',
        summary: 'Key-Pair-Id がビヘイビアの信頼されたキーグループにない。そのグループのキーを使う',
      },
      'key-id-is-not-an-id': {
        cause:
          '署名処理にキー ID として別のもの（IAM のアクセスキー ID や、ID ではなくパブリックキーそのもの）が設定されている。',
        remedy: 'CloudFront > キー管理 > パブリックキー に表示されるパブリックキー ID を署名処理に設定する。',
        summary: '署名処理がキー ID として誤った値を使っている可能性。CloudFront のパブリックキー ID を使う',
      },
    },
  },
  CLOUDFRONT_SIGNED_URL_ACCESS_DENIED: {
    title: 'CloudFront が {request} の署名付き URL か署名付き Cookie を拒否した（403）',
    causes: {
      'signature-expired': {
        cause:
          '署名付き URL か Cookie の期限が切れている（Expires や DateLessThan が過去、または署名したマシンの時計がずれている）か、まだ有効期間前（DateGreaterThan）。',
        remedy: 'より後の有効期限で署名し直し、署名するサーバーの時計を確認する。以前は通った同じ URL が今は失敗するなら確定。',
        summary: '署名付き URL か Cookie の期限が切れている可能性。署名し直す',
      },
      'policy-mismatch': {
        cause:
          'カスタムポリシーがこのリクエストをカバーしていない。Resource が URL（クエリ文字列を含む）と一致しない、または IpAddress 条件が呼び出し元のアドレスを除外している。',
        remedy:
          '最終的な URL そのもの（またはそれをカバーするワイルドカードの Resource）に署名し、IpAddress 条件を呼び出し元の送信元アドレスと照らし合わせる。',
        summary: '署名したポリシーが {path} かこの IP アドレスをカバーしていない可能性。ポリシーの Resource か IpAddress を直す',
      },
      'signature-malformed': {
        cause:
          'Signature が URL セーフな base64 になっていない（+、=、/ がそれぞれ -、_、~ に置き換えられていない）か、URL を組み立て直したり再エンコードしたりしたときに壊れた。',
        remedy:
          '手作りのエンコードではなく SDK の署名機能（@aws-sdk/cloudfront-signer）を使い、署名付き URL を再エンコードしない。',
        summary: 'Signature パラメータの形式が不正。SDK の署名機能を使い、URL を再エンコードしない',
      },
      'policy-malformed': {
        cause:
          'Policy パラメータ（または CloudFront-Policy の Cookie）が、base64 エンコードした正しいポリシーの JSON になっていない。',
        remedy: 'SDK の署名機能でポリシーを生成するか、JSON とその URL セーフな base64 エンコードを確認する。',
        summary: '署名したポリシーの形式が不正。SDK の署名機能で生成し直す',
      },
      'wrong-private-key': {
        cause:
          'Key-Pair-Id が指すパブリックキーと対にならないプライベートキーで URL に署名したか、署名後にクエリパラメータを追加した。',
        remedy: 'そのパブリックキーと対になるプライベートキーで署名し、クエリパラメータはすべて署名の前に追加する。',
        summary: 'URL が誤ったプライベートキーで署名されている可能性。Key-Pair-Id と対になるキーで署名する',
      },
    },
  },
}
