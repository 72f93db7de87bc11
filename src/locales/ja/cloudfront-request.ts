/**
 * 日本語: CloudFront がオリジンに問い合わせる前にリクエストを拒否したときのエラーページ
 * (src/signatures/cloudfront/request-pages.ts)。
 * @module
 */
import type { SignatureTexts } from '../../texts/locale.ts'

/** CloudFront のリクエスト側の日本語テキスト。 */
export const cloudfrontRequestJa: Readonly<Record<string, SignatureTexts>> = {
  CLOUDFRONT_METHOD_NOT_ALLOWED: {
    title: '{request} に一致する CloudFront のビヘイビアがこの HTTP メソッドを許可していない（403）',
    causes: {
      'request-falls-to-static-behavior': {
        cause:
          'パスが GET と HEAD しか許可しないビヘイビア（たいていは S3 の前のデフォルト（*）ビヘイビア）に一致している。API 用のビヘイビア（/api/* など）がないか、そのパスパターンがこのパスに一致しない。',
        remedy:
          "ビヘイビアとパスパターンを一覧し（`aws cloudfront get-distribution-config --id <distribution-id> --query 'DistributionConfig.CacheBehaviors.Items[].[PathPattern,AllowedMethods.Items]'`）、API 用のビヘイビアを追加・修正して Default (*) より前に置く。そのビヘイビアではすべてのメソッドを許可し、キャッシュポリシー Managed-CachingDisabled とオリジンリクエストポリシー Managed-AllViewerExceptHostHeader を使う。",
        summary: '{path} が GET/HEAD だけのビヘイビアに当たっている。API 用ビヘイビアのパスパターンを追加・修正する',
      },
      'api-behavior-get-head-only': {
        cause:
          'API 用のビヘイビアはあるが、既定の許可メソッド GET, HEAD のまま作られているので、それ以外のメソッドはすべて拒否される。',
        remedy:
          'そのビヘイビアの許可された HTTP メソッドを GET, HEAD, OPTIONS, PUT, POST, PATCH, DELETE にする（CloudFormation は AllowedMethods: [GET, HEAD, OPTIONS, PUT, PATCH, POST, DELETE]、Terraform は allowed_methods、CDK は allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL）。',
        summary: 'ビヘイビアが GET と HEAD しか許可していない。API 用ビヘイビアですべてのメソッドを許可する',
      },
      'preflight-not-allowed': {
        cause: 'ビヘイビアが OPTIONS を許可していないので、ブラウザの CORS のプリフライトが API に届く前に拒否される。',
        remedy:
          'API 用のビヘイビアで OPTIONS を許可し（少なくとも GET, HEAD, OPTIONS。API ならすべてのメソッド）、CORS のリクエストヘッダーをオリジンに転送する。',
        summary: 'ビヘイビアが CORS のプリフライト（OPTIONS）を拒否している。API 用ビヘイビアで OPTIONS を許可する',
      },
    },
  },
  CLOUDFRONT_HOST_NOT_SERVED: {
    title:
      'CloudFront が {request} を拒否した: {host} を提供するディストリビューションがないか、リクエストの形が受け付けられない（403 Bad request.）',
    causes: {
      'alias-not-configured': {
        cause:
          'ホスト名の DNS は CloudFront を指しているが、その名前がどのディストリビューションの代替ドメイン名（CNAME）にもなっていない。追加されていない、削除された、別のディストリビューションに移された、またはディストリビューションが削除された。そのホストのすべてのパスが失敗する（ダングリング CNAME の特徴でもある）。',
        remedy:
          'us-east-1 の一致する ACM 証明書と一緒に、ホスト名をディストリビューションの代替ドメイン名に追加する（コンソール: 一般 > 設定 > 編集。CloudFormation は DistributionConfig.Aliases、Terraform は aliases）。あるいは DNS レコードを正しい dxxxx.cloudfront.net の名前へのエイリアスに直し、ダングリング CNAME を削除する。',
        summary: '{host} がどのディストリビューションの代替ドメイン名でもない。ディストリビューションに追加するか DNS を直す',
      },
      'host-header-overridden': {
        cause:
          'クライアントが Host ヘッダーを上書きしている（プロキシ、SDK のエンドポイントの上書き、CloudFront の IP アドレスへのリクエスト）ので、CloudFront はどのディストリビューションも提供していないホスト名を探すことになる。',
        remedy: 'Host を自分で設定しない。目的のホストの URL を呼び、クライアントに Host を導出させる。',
        summary: 'リクエストが独自の Host ヘッダーを設定している。それを削除して本来のホスト名を呼ぶ',
      },
      'get-with-body': {
        cause: 'CloudFront はボディ付きの GET（や HEAD）リクエストを拒否する。',
        remedy: 'GET はボディなしで送る。パラメータはクエリ文字列に入れるか、POST を許可するビヘイビアで POST を使う。',
        summary: 'CloudFront はボディ付きの GET を拒否する。パラメータをクエリ文字列に移す',
      },
      'http-to-https-only': {
        cause: 'ビューワープロトコルポリシーが HTTPS のみのビヘイビアに、平文の HTTP でリクエストした。',
        remedy: 'https:// の URL を呼ぶ（またはビューワープロトコルポリシーを「HTTP から HTTPS へのリダイレクト」にする）。',
        summary: 'ビヘイビアが HTTPS しか受け付けない可能性。https:// の URL を呼ぶ',
      },
    },
  },
  CLOUDFRONT_BAD_REQUEST_400: {
    title: 'CloudFront が、オリジンに問い合わせる前に {request} を不正として拒否した（400）',
    causes: {
      'malformed-request': {
        cause:
          'リクエストが CloudFront にとって不正。URL やヘッダーの値の不正な文字やエンコード、重複したか大きすぎるヘッダーフィールド、不正な HTTP/2 の疑似ヘッダー、壊れた chunked エンコーディングなど。',
        remedy:
          '送信するリクエストをそのまま（URL とヘッダーの名前と値）ログに出す。予約文字をパーセントエンコードし（パスとクエリの各部分に encodeURIComponent）、制御文字を取り除く。ディストリビューションの標準ログに、このリクエスト ID の x-edge-detailed-result-type がある。',
        summary: 'CloudFront が {request} を不正と判断した。URL のエンコードとヘッダーの値を確認する',
      },
      'field-level-encryption': {
        cause:
          'このビヘイビアのフィールドレベル暗号化が POST のボディを拒否した（コンテンツタイプの違い、または暗号化できないフィールド）。',
        remedy:
          'ビヘイビアのフィールドレベル暗号化のプロファイルとリクエストのコンテンツタイプを確認する。標準ログの fle-status フィールドに拒否の理由が出る。',
        summary: 'フィールドレベル暗号化が POST のボディを拒否した可能性。暗号化のプロファイルを確認する',
      },
    },
  },
  CLOUDFRONT_GEO_RESTRICTED: {
    title: 'CloudFront の地理的制限が {request} の送信元の国をブロックしている（403）',
    causes: {
      'viewer-country-blocked': {
        cause:
          '呼び出し元の IP アドレスの位置情報が、ディストリビューションの許可リストにない国か、拒否リストにある国になっている。CI ランナー、クラウドの送信元アドレス、VPN、プロキシは、利用者とは別の国と判定されることが多い。',
        remedy:
          'セキュリティ > CloudFront の地理的制限を確認する（CloudFormation は DistributionConfig.Restrictions.GeoRestriction、Terraform は restrictions { geo_restriction { ... } }）。パスやパートナーごとの例外が必要なら、スコープダウン付きの AWS WAF の地理的一致ステートメントか、CloudFront-Viewer-Country を読む CloudFront Functions にルールを移す。',
        summary: '呼び出し元の国がディストリビューションの地理的制限でブロックされている。許可された国から呼ぶか制限を変更する',
      },
      'geoip-misclassification': {
        cause:
          '呼び出し元のアドレスが CloudFront の利用するサードパーティの GeoIP データベースで誤って分類され、許可された国の利用者がブロックされている。',
        remedy:
          '送信元アドレスとその GeoIP 上の国を確認し、WAF のルールで許可するか、リクエスト ID を添えて AWS サポートに誤分類を報告する。',
        summary: '呼び出し元の IP アドレスの位置情報が誤っている可能性。確認して明示的に許可する',
      },
    },
  },
  CLOUDFRONT_REQUEST_TOO_LARGE: {
    title: 'CloudFront が {request} を拒否した: リクエスト行とヘッダーが上限を超えている（413）',
    causes: {
      'headers-too-large': {
        cause:
          'リクエストのヘッダーとパスとクエリの合計が 20,480 バイトを超えている。たいていは大きな Cookie か長い Authorization トークンのせい。CloudFront はこのレスポンスの後に接続を閉じる。',
        remedy:
          'Cookie を小さくするか分割し、トークンをコンパクトに保つ（JWT に大きなクレームを入れない）。古い Cookie のない新しいセッションで通れば確定。再試行の前に新しい接続を開く。',
        summary: 'リクエストヘッダー（Cookie、トークン）が 20 KB を超えている。小さくする',
      },
      'url-too-long': {
        cause:
          'CloudFront が組み立て直した URL が 8,192 バイトを超えている。長いクエリ文字列（まとめた ID、OAuth の state、シリアライズしたフィルター）。',
        remedy: '大きなパラメータは POST のボディに移すか、リクエストを分割する。',
        summary: 'URL が 8 KB を超えている可能性。パラメータをボディに移す',
      },
    },
  },
  CLOUDFRONT_REQUEST_HEADER_TOO_LARGE: {
    title: 'CloudFront が非標準の 494 で {request} を拒否した: リクエストヘッダーか Cookie が大きすぎる',
    causes: {
      'oversized-cookies': {
        cause:
          'Cookie ヘッダーが大きすぎる（ドメインに多数の、または大きな Cookie がたまっている）。Cookie を消すとエラーが消える。',
        remedy: 'このドメインの Cookie の数とサイズを減らす（Cookie をパスに限定する、セッションデータはサーバー側に保存する）。',
        summary: '{request} で送った Cookie が大きすぎる。小さくする',
      },
      'oversized-auth-header': {
        cause: '1 つのヘッダーが大きすぎる。典型的には大きなトークンを載せた Authorization ヘッダー。',
        remedy: 'トークンをコンパクトに保つ: クレームを減らし、権限のリストを埋め込まず、大きなデータはボディで渡す。',
        summary: 'リクエストヘッダー（Authorization など）が大きすぎる。小さくする',
      },
    },
  },
  CLOUDFRONT_MISDIRECTED_REQUEST: {
    title: 'CloudFront が、別のホストのための接続で送られた {request} を拒否した（421 Misdirected Request）',
    causes: {
      'connection-coalescing': {
        cause:
          'クライアントが、別のホスト名（証明書とディストリビューションが別の AWS アカウントのもの）のために開いた HTTP/2 接続を再利用してこのリクエストを送り、CloudFront のドメインフロンティング対策に拒否された。ブラウザで断続的に起きるのが典型で、新しい接続なら成功する。',
        remedy:
          '新しい接続で 1 回だけ再試行する（Node ではホスト名ごとに別のエージェントを使う）。関連するホスト名とその証明書は同じ AWS アカウントに置き、アカウントをまたいだ接続の統合を招くワイルドカード証明書は避ける。',
        summary: '再利用した接続が別のホストのものだった。新しい接続で再試行する',
      },
      'host-header-override': {
        cause:
          'リクエストが、TLS のサーバー名と異なる Host ヘッダーを意図的に設定している（ドメインフロンティング、設定を誤ったプロキシ、SDK のエンドポイントの上書き）。',
        remedy: 'CloudFront が提供する別の名前で Host を上書きしない。目的のホストの URL を呼ぶ。',
        summary: 'リクエストが TLS のサーバー名と異なる Host ヘッダーを設定している。それを削除する',
      },
    },
  },
}
