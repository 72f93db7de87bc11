/**
 * 日本語: CloudFront の後ろの S3 オリジンのエラー (src/signatures/cloudfront/s3-origin.ts)。
 * @module
 */
import type { SignatureTexts } from '../../texts/locale.ts'

/** S3 オリジンの日本語テキスト。 */
export const cloudfrontS3Ja: Readonly<Record<string, SignatureTexts>> = {
  S3_ORIGIN_ACCESS_DENIED: {
    title: 'CloudFront の後ろの S3 オリジンが {request} を拒否した（403 AccessDenied）',
    causes: {
      'request-fell-to-s3-behavior': {
        cause:
          'パスがどの API 用ビヘイビアにも一致しなかったので、CloudFront はデフォルトのビヘイビアの S3 オリジンに送った。CloudFront にバケットの一覧を許可していないと、S3 は存在しないキーに 404 ではなく 403 AccessDenied を返す。API の呼び出しに Server: AmazonS3 が付いていれば、これだとわかる。',
        remedy:
          "ビヘイビアを一覧し（`aws cloudfront get-distribution-config --id <distribution-id> --query 'DistributionConfig.CacheBehaviors.Items[].PathPattern'`）、API 用のビヘイビア（/api/* など）を追加・修正して、API の呼び出しが S3 に届かないようにする。",
        summary: '{path} が API ではなく S3 オリジンに届いた。ビヘイビアのパスパターンを直す',
      },
      'bucket-policy-missing-oac': {
        cause:
          'バケットポリシーがこのディストリビューションに読み取りを許可していない。オリジンアクセスコントロールのサービスプリンシパル cloudfront.amazonaws.com に対する、ディストリビューションの AWS:SourceArn 付きのステートメント（またはオリジンアクセスアイデンティティに対するステートメント）がない、オブジェクトが別のアカウントのもの、あるいは SSE-KMS で暗号化されていて CloudFront に kms:Decrypt がない。既存の静的ファイルも失敗する。',
        remedy:
          'Service cloudfront.amazonaws.com に、Condition StringEquals AWS:SourceArn arn:aws:cloudfront::<account-id>:distribution/<distribution-id> 付きで s3:GetObject を許可する（オリジンを編集するとコンソールがコピー用のポリシーを示す）。SSE-KMS のオブジェクトにはキーへの kms:Decrypt を許可する。',
        summary:
          'バケットポリシーがこのディストリビューションのオリジンアクセスコントロールを許可していない可能性。OAC のステートメントを追加する',
      },
      'missing-object-no-listbucket': {
        cause:
          'オブジェクトが存在せず、s3:ListBucket がないので S3 は 404 ではなく 403 を返している（ブラウザでリロードしたシングルページアプリのルートで典型的）。',
        remedy:
          'キーが存在するか確認する（`aws s3 ls s3://<bucket>/<key>`）。存在しないキーに 404 を返させるにはディストリビューションに s3:ListBucket を付与し、SPA のパスは index.html に振り分ける。',
        summary: 'S3 のオブジェクトが存在しない可能性（ListBucket がないと S3 は 403 を返す）。キーを確認する',
      },
      'no-default-root-object': {
        cause: 'ディストリビューションのルートがリクエストされたが、デフォルトルートオブジェクトが設定されていない。',
        remedy: 'ディストリビューションの設定でデフォルトルートオブジェクト（例えば index.html）を設定する。',
        summary: 'ルートパスにはデフォルトルートオブジェクトが必要。index.html を設定する',
      },
    },
  },
  S3_ORIGIN_REGION_MISMATCH: {
    title: 'CloudFront が S3 オリジンの古いリージョン向けにリクエストに署名している（400 AuthorizationHeaderMalformed）',
    causes: {
      'bucket-recreated-in-other-region': {
        cause:
          'ディストリビューションの後ろのバケットが削除され、同じ名前で別のリージョンに作り直された。CloudFront はまだ古いリージョン向けに署名している（メッセージに両方のリージョンが出る）。',
        remedy:
          'CloudFront コンソール > ディストリビューション > オリジン > S3 オリジンを選択 > 編集 > 変更を保存（変更は不要）。CloudFront がバケットの現在のリージョンで再デプロイする。あるいはオリジンドメインにリージョンのエンドポイント <bucket>.s3.<region>.amazonaws.com を使う。',
        summary: 'S3 バケットが別のリージョンに移った。ディストリビューションの S3 オリジンを保存し直す',
      },
      'client-signed-wrong-region': {
        cause:
          'リクエスト自体が誤ったリージョン向けに SigV4 で署名されており、CloudFront が Authorization ヘッダーを S3 に渡した。',
        remedy: 'バケットのリージョン向けに署名する（期待されるリージョンはメッセージにある）。',
        summary: 'リクエストが誤ったリージョン向けに署名されている。バケットのリージョン向けに署名する',
      },
    },
  },
  S3_ORIGIN_REQUEST_HEADER_TOO_LARGE: {
    title: 'CloudFront が {request} で 8 KB を超えるヘッダーを S3 オリジンに転送した（400 RequestHeaderSectionTooLarge）',
    causes: {
      'cookies-forwarded-to-s3': {
        cause:
          'ビヘイビアのキャッシュポリシーかオリジンリクエストポリシーが S3 オリジンに Cookie を転送している。S3 は Cookie を無視するがヘッダー部を 8,192 バイトに制限しているので、大きな Cookie（認証ライブラリが分割したセッション）を持つ利用者は静的ファイルで失敗し、匿名の利用者は失敗しない。',
        remedy:
          'S3 には Cookie を転送しない。S3 用のビヘイビアではキャッシュポリシー Managed-CachingOptimized（CookieBehavior none）を使い、オリジンリクエストポリシーは付けない（または Managed-CORS-S3Origin）。',
        summary: 'Cookie が S3 オリジンに転送されている。S3 用のビヘイビアで Cookie の転送をやめる',
      },
      'large-headers-forwarded': {
        cause:
          'ビヘイビアがビューワーのヘッダーをすべて S3 に転送しており、リクエストに大きなヘッダー（トークン、テレメトリーのヘッダー）がある。',
        remedy: 'S3 が必要とするヘッダーだけを転送する（なし、または Managed-CORS-S3Origin による CORS のヘッダー）。',
        summary: '大きなリクエストヘッダーが S3 に転送されている。S3 に必要なものだけを転送する',
      },
    },
  },
}
