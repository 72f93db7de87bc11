/**
 * 日本語: REST API のルーティング、SigV4、アクセス拒否、Forbidden、オーソライザー
 * (src/signatures/api-gateway-rest.ts)。
 * @module
 */
import type { SignatureTexts } from '../../texts/locale.ts'
import { routeFindingsJa, sigv4FindingsJa } from './findings.ts'

const REDEPLOY =
  'リソースポリシーの変更はデプロイするまで反映されない: `aws apigateway create-deployment --rest-api-id <id> --stage-name <stage>`。'
const EXECUTION_LOGS =
  'ステージの実行ログ（INFO）を有効にし、API-Gateway-Execution-Logs_<api-id>/<stage> の「Authorizer」の行を、オーソライザー関数自身の CloudWatch Logs と突き合わせる。'
const CLOUDFRONT_PATH_REMEDY =
  "ディストリビューションの API 用オリジンのオリジンパスを /<stage> にし、ビヘイビアのパスのプレフィックスは API に届く前に取り除く（ビューワーリクエストの CloudFront Functions で request.uri = request.uri.replace(/^\\/api/, '')）。あるいはプレフィックスを API のリソースとして定義する。https://<api-id>.execute-api.<region>.amazonaws.com/<stage>/<resource> を直接呼んだ結果と比べるとよい。"
const CLOUDFRONT_PATH_SUMMARY =
  'CloudFront が {path} をプレフィックス付き、またはステージなしで転送している可能性。オリジンパスとビヘイビアを確認する'
const BASE_PATH_SUMMARY =
  'カスタムドメインはベースパスマッピングでパスを振り分けている。マッピングが {path} と合っているか確認する'

/** REST API（ルーティング・認証系）の日本語テキスト。 */
export const restJa: Readonly<Record<string, SignatureTexts>> = {
  MISSING_AUTHENTICATION_TOKEN: {
    title: 'API Gateway に {request} のルートがない（403 Missing Authentication Token）',
    causes: {
      ...routeFindingsJa,
      'no-route': {
        cause:
          'このステージに {request} と一致するリソースとメソッドがない。パスの打ち間違いや大文字・小文字の違い、セグメントの過不足、スラッシュの重複、ステージにデプロイされていないリソースなどが原因。メッセージに反してトークンとは無関係。',
        remedy:
          'パスをデプロイ済みのリソースと比べ（`aws apigateway get-resources --rest-api-id <id>`、またはステージをエクスポート: `aws apigateway get-export --rest-api-id <id> --stage-name <stage> --export-type oas30 out.json`）、URL を直す。リソースを追加したばかりならステージを再デプロイする（`aws apigateway create-deployment --rest-api-id <id> --stage-name <stage>`）。',
        summary: '{request} に一致するルートがない。パス、ステージ、メソッドを確認する',
      },
      'wrong-method': {
        cause:
          'リソースはあるが、この HTTP メソッドが定義されていない（PUT しかないのに PATCH を送った、GET だけのリソースに POST した、など）。',
        remedy: 'リソースに定義されたメソッドで呼ぶか、リソースにそのメソッド（または ANY）を追加してステージを再デプロイする。',
        summary: 'リソースに {request} のメソッドが定義されていない可能性。HTTP メソッドを確認する',
      },
      'iam-auth-unsigned': {
        cause: 'メソッドの認可タイプが AWS_IAM なのに、リクエストが SigV4 で署名されていない。',
        remedy:
          "API のリージョンでサービス名 'execute-api' として SigV4 署名する（@aws-sdk/signature-v4 など）。IAM 認可のつもりがなければメソッドの認可タイプを変更する。",
        summary: 'メソッドが AWS_IAM 認可を要求している可能性。{request} を SigV4 で署名する',
      },
      'bare-stage-url': {
        cause: 'ステージの URL をそのまま呼んだが、ルートリソース「/」にメソッドがない。',
        remedy: 'ステージ配下の具体的なリソースパスを呼ぶか、ルートリソースにメソッド（ANY など）を定義して再デプロイする。',
        summary: 'ステージ「{stage}」のルートリソースにメソッドがない。リソースのパスを呼ぶ',
      },
      'unencoded-path': {
        cause:
          'パスに「#」やパーセントエンコードすべき文字が含まれている。クライアントが「#」で URL を切り捨てたか、どのリソースにも一致しないパスを送っている。',
        remedy: 'パスパラメータをパーセントエンコードする（encodeURIComponent）。特に「#」「?」、空白、非 ASCII 文字に注意。',
        summary: '{request} のパスにエンコードされていない文字がある。パスパラメータをパーセントエンコードする',
      },
      'custom-domain-base-path': {
        cause:
          'カスタムドメイン名はベースパスマッピングで API に対応付けられているが、URL がそれに沿っていない。パスにステージ名を入れている（ステージはマッピングで決まる）、またはベースパスが欠けているか余分。',
        remedy:
          'マッピングを一覧し（`aws apigateway get-base-path-mappings --domain-name <domain>` または `aws apigatewayv2 get-api-mappings --domain-name <domain>`）、ステージ名を含めずに https://<domain>/<base path>/<resource> を呼ぶ。',
        summary: BASE_PATH_SUMMARY,
      },
      'cloudfront-path-mismatch': {
        cause:
          'API の前段の CloudFront ディストリビューションが、API にないパスを転送している。ビヘイビアのパスパターンのプレフィックス（例: /api/*）がそのまま API Gateway に届いているか、オリジンパスにステージ（/prod）がない。',
        remedy: CLOUDFRONT_PATH_REMEDY,
        summary: CLOUDFRONT_PATH_SUMMARY,
      },
      'cors-preflight': {
        cause: 'CORS のプリフライト（OPTIONS）が、OPTIONS メソッドのないリソースに届いた。',
        remedy:
          'リソースで CORS を有効にし（認可 NONE、API キー不要の OPTIONS メソッド）、再デプロイする。ブラウザでもエラー内容を読めるよう、ゲートウェイレスポンス DEFAULT_4XX にも CORS ヘッダーを付ける。',
        summary: 'リソースに CORS プリフライト用の OPTIONS メソッドがない。リソースで CORS を有効にする',
      },
    },
  },
  INCOMPLETE_SIGNATURE: {
    title:
      'API Gateway が {request} の Authorization ヘッダーを SigV4 署名として解釈した: ルートがないか、メソッドが AWS_IAM を要求している',
    causes: {
      'no-route': {
        cause:
          'このステージに {request} と一致するリソースとメソッドがない（打ち間違い、大文字・小文字の違い、セグメントの欠落、メソッド違い、未デプロイのリソース）。存在しないルートでは API Gateway は Authorization ヘッダーを SigV4 署名として読もうとし、アプリのトークンは署名ではないのでこのエラーになる。',
        remedy:
          'パスとメソッドをデプロイ済みのリソースと比べて（`aws apigateway get-resources --rest-api-id <id>`）URL を直すか、ステージを再デプロイする（`aws apigateway create-deployment --rest-api-id <id> --stage-name <stage>`）。ゲートウェイレスポンス MISSING_AUTHENTICATION_TOKEN のステータスを 404 にマッピングしておくと、こうした呼び出しがすぐわかる。',
        summary: '{request} に一致するルートがない可能性（トークンは関係ない）。パス、ステージ、メソッドを確認する',
      },
      'iam-method-with-token': {
        cause:
          'メソッドは存在するが認可タイプが AWS_IAM になっている（オーソライザーを設定し忘れた、フレームワークの既定が IAM だった）。API Gateway は SigV4 署名を期待するので、Bearer や Basic、生のトークンでは通らない。',
        remedy:
          '意図したオーソライザーをメソッドに設定して（認可タイプ COGNITO_USER_POOLS、またはオーソライザー ID 付きの CUSTOM）再デプロイする。あるいはトークンを送る代わりに SigV4（サービス execute-api）で署名する。',
        summary: 'メソッドが AWS_IAM 認可でトークンでは通らない可能性。オーソライザーを設定するか SigV4 で署名する',
      },
      'malformed-sigv4': {
        cause:
          'SigV4 の Authorization ヘッダーが送られているが形式が壊れている。アクセスキー ID に空白や改行が混じっている、手組みのヘッダーに Credential・SignedHeaders・Signature のどれかがない、X-Amz-Date がない、プロキシがヘッダーを書き換えている、など。',
        remedy:
          'ヘッダーを手で組み立てずに SDK の署名機能（@aws-sdk/signature-v4）で署名し、保存した認証情報から空白を取り除く。Authorization を書き換えたり X-Amz-Date を落としたりするプロキシがないことも確認する。',
        summary: 'SigV4 の Authorization ヘッダーが壊れている可能性。SDK の署名機能で署名する',
      },
      'private-api-endpoint-policy': {
        cause:
          'プライベート API に、既定ではない制限付きのエンドポイントポリシーを持つインターフェイス VPC エンドポイント経由でアクセスしている。この場合 API Gateway は、認可 NONE のメソッドでも Authorization ヘッダーを AWS の認証情報として評価する。',
        remedy:
          'VPC エンドポイントポリシーをフルアクセスにするか、アプリのトークンを別のヘッダーで送るか、メソッドを Lambda オーソライザーや Cognito オーソライザーで保護する。',
        summary:
          'VPC エンドポイントポリシーのせいで Authorization が AWS の認証情報として読まれている可能性。エンドポイントポリシーを確認する',
      },
      'custom-domain-base-path': {
        cause:
          'カスタムドメイン名はベースパスマッピングで API に対応付けられているが、URL がそれに沿っていない（パスにステージ名がある、ベースパスが欠けているか余分）ため、どのルートにも一致しない。',
        remedy:
          'マッピングを一覧し（`aws apigateway get-base-path-mappings --domain-name <domain>`）、ステージ名を含めずに https://<domain>/<base path>/<resource> を呼ぶ。',
        summary: BASE_PATH_SUMMARY,
      },
      'cloudfront-path-mismatch': {
        cause:
          'API の前段の CloudFront ディストリビューションが、API にないパスを転送している（ビヘイビアのパスのプレフィックス、またはステージを含まないオリジンパス）。',
        remedy: CLOUDFRONT_PATH_REMEDY,
        summary: CLOUDFRONT_PATH_SUMMARY,
      },
    },
  },
  INVALID_SIGNATURE: {
    title: '{request} の SigV4 署名が API Gateway の計算した署名と一致しない（403 InvalidSignatureException）',
    causes: {
      ...sigv4FindingsJa,
      'request-changed-after-signing': {
        cause:
          '送信したリクエストが署名したリクエストと異なる。署名後にヘッダーが追加・変更された（axios や ky のインターセプター、既定の Content-Type）、クエリパラメータが再エンコードされたり並べ替えられたりした、パスのエンコードが違う、ボディが再シリアライズされた、など。',
        remedy:
          'すべてのインターセプターが動いた後、最終的な URL・ヘッダー・ボディで一番最後に署名する。Host ヘッダーも署名に含め、パスとクエリは SigV4 の規則どおりに URI エンコードする。@aws-sdk/signature-v4 をサービス名 "execute-api" で使う。',
        summary: '署名後にリクエストが変わった可能性。{request} は最終的な URL・ヘッダー・ボディで最後に署名する',
      },
      'wrong-secret-key': {
        cause: 'シークレットアクセスキーがアクセスキー ID と対応していない（コピペの誤り、ローテーション済みのシークレット）。',
        remedy:
          'シークレットアクセスキーを正しいものにする。同じ認証情報で `aws sts get-caller-identity` を実行して組み合わせを確認する。',
        summary: 'シークレットアクセスキーがアクセスキー ID と合っていない可能性。認証情報を確認する',
      },
      'signed-for-other-host': {
        cause:
          'あるホスト向けに署名したリクエストを別のホストに送っている。execute-api のホスト名で署名してカスタムドメインやプロキシに送った（またはその逆）、あるいはプロキシや CloudFront が Host ヘッダーを書き換えた。',
        remedy: 'API Gateway が実際に受け取るホスト名で署名し、Host を書き換えるプロキシがないことを確認する。',
        summary: '署名が {host} とは別のホスト向けの可能性。API Gateway が受け取るホスト名で署名する',
      },
      'cloudfront-changed-request': {
        cause:
          'API の前段の CloudFront ディストリビューションが署名済みリクエストを変えている。Host をオリジンのものに書き換えた、クエリ文字列を一部しか転送しなかった、パスを正規化した、署名対象のヘッダーを落とした、など。',
        remedy:
          'API Gateway が見るホスト名（execute-api のホスト名、または CloudFront の代替ドメイン名と同じカスタムドメイン）で署名し、すべてのクエリ文字列と署名対象のヘッダーを転送する（オリジンリクエストポリシー Managed-AllViewerExceptHostHeader）。署名付きの呼び出しではパスを書き換えない。',
        summary:
          'CloudFront が署名済みリクエストを変えた可能性。署名対象のヘッダーとクエリを転送し、オリジンのホスト名で署名する',
      },
    },
  },
  SIGNATURE_EXPIRED: {
    title: '{request} の SigV4 署名が許容時間の範囲外: 時刻を確認する（403 Signature expired）',
    causes: {
      'clock-skew': {
        cause:
          'リクエストに署名したマシンの時計が許容範囲を超えてずれている（範囲はメッセージに書かれており、execute-api では 5 分）。メッセージ中の最初の 2 つのタイムスタンプを見ればずれの大きさがわかる。',
        remedy:
          '時計を同期する（NTP）。端末の時計を直せないブラウザでは、レスポンスの Date ヘッダーとの差で署名時刻を補正する（AWS SDK の systemClockOffset がこれを行う）。',
        summary: '署名したマシンの時計がずれている可能性。NTP で同期するか、サーバーの Date で署名時刻を補正する',
      },
      'signed-request-resent': {
        cause:
          '一度署名したリクエストを後で送り直している。リトライやバックオフのキュー、オフラインキュー、キャッシュした署名済みリクエストが古い X-Amz-Date を使い回している。',
        remedy:
          '試行のたびに署名し直す（axios-retry なら、最初の送信前に一度だけではなく、リトライごとに動くインターセプターで署名する）。',
        summary: '古い署名済みリクエストを再送した可能性。試行のたびに署名し直す',
      },
    },
  },
  CREDENTIAL_SCOPE_INVALID: {
    title: '{request} の SigV4 認証情報スコープのリージョン、サービス、日付のいずれかが誤っている（403）',
    causes: {
      'wrong-region': {
        cause:
          'API とは別のリージョン向けに署名している（既定の us-east-1 のままのことが多い）。リージョンは Credential=<key>/<date>/<region>/<service>/aws4_request の 3 番目の要素。',
        remedy: 'API のリージョン、つまりホスト名 <api-id>.execute-api.<region>.amazonaws.com にあるリージョンで署名する。',
        summary: '署名のスコープが別のリージョンになっている。API のリージョンで署名する',
      },
      'wrong-service': {
        cause: "'execute-api' 以外のサービス向けに署名している（コントロールプレーンの 'apigateway' や 'lambda' など）。",
        remedy: "API の呼び出しはサービス名 'execute-api' で署名する。",
        summary: "署名のスコープが別のサービスになっている。'execute-api' で署名する",
      },
      'scope-date-mismatch': {
        cause: '認証情報スコープの日付と X-Amz-Date が一致していない。自作の署名処理によくある。',
        remedy: '両方を 1 つのタイムスタンプから求める SDK の署名機能（@aws-sdk/signature-v4）で署名する。',
        summary: '認証情報スコープの日付が X-Amz-Date と違う。SDK の署名機能で署名する',
      },
    },
  },
  INVALID_SECURITY_TOKEN: {
    title: 'API Gateway が {request} に署名した AWS 認証情報を認識できない（403 security token invalid）',
    causes: {
      'session-token-missing': {
        cause:
          '一時的な認証情報（ASIA で始まるアクセスキー ID。STS、Cognito ID プール、SSO から取得したもの）で署名しているのに、X-Amz-Security-Token ヘッダーが送られていないか、値が "undefined" になっている。',
        remedy:
          'キーペアと一緒にセッショントークンも署名処理に渡し（SDK の署名機能はそれで X-Amz-Security-Token を付ける）、値が undefined でないことを確認する。',
        summary: '一時的な認証情報にはセッショントークンが必要。X-Amz-Security-Token を送る',
      },
      'access-key-unknown': {
        cause:
          'アクセスキー ID が存在しない。削除・ローテーション・無効化された、打ち間違い、または別パーティション（aws-cn、aws-us-gov）のキー。',
        remedy: '有効なキーペアを使う。同じ認証情報で `aws sts get-caller-identity` を実行すれば AWS が認識しているかわかる。',
        summary: 'AWS がこのアクセスキーを認識していない可能性。`aws sts get-caller-identity` で確認する',
      },
      'session-token-mismatch': {
        cause:
          'セッショントークンは送られているが、アクセスキーと対応していない。2 つのセッションの認証情報が混ざった、または保存やコピーの際にトークンが途中で切れた。',
        remedy:
          'アクセスキー ID、シークレット、セッショントークンを同じ認証情報オブジェクトから取り、トークンは切らずに丸ごと保存する。',
        summary: 'セッショントークンが別の認証情報のものである可能性。キー、シークレット、トークンを同じセッションから取る',
      },
    },
  },
  EXPIRED_TOKEN: {
    title: '{request} に署名した一時的な AWS 認証情報の有効期限が切れている（403 ExpiredTokenException）',
    causes: {
      'temporary-credentials-expired': {
        cause:
          '一時的な認証情報（STS AssumeRole、Cognito ID プール、SSO）のセッションが終了している。ログイン時に ID プールの認証情報を一度だけ取得し、そのまま署名し続けるアプリでよく起きる。「Signature expired」と違い、古すぎるのは署名ではなく認証情報そのもの。',
        remedy:
          '署名の前に認証情報を更新する。自動で更新してくれる SDK の認証情報プロバイダー（fromCognitoIdentityPool、fromTemporaryCredentials）を使い、署名済みリクエストはキャッシュしない。',
        summary: '一時的な認証情報の期限が切れた。署名の前に更新する',
      },
    },
  },
  AUTHORIZER_DENY: {
    title: 'Lambda オーソライザーが {request} を拒否した: ポリシーに明示的な Deny がある（403 AccessDeniedException）',
    causes: {
      'authorizer-returned-deny': {
        cause:
          'Lambda オーソライザーは実行され、このメソッドに対して Effect が "Deny" のステートメントを持つポリシーを返した。トークンが拒否されたか、テナントやロール、業務ルールで却下された。オーソライザー自体は正常に動いており、判断が「拒否」だった。',
        remedy:
          "オーソライザーの CloudWatch Logs と、このトークンに対して返したポリシーを確認する。「未認証」として扱いたいなら、オーソライザーを 'Unauthorized' と完全に一致するエラーで失敗させれば 401 になる。",
        summary: 'オーソライザーがこのトークンに Deny を返した。ログと返しているポリシーを確認する',
      },
      'cached-deny': {
        cause:
          'この ID ソースの値に対する Deny の結果がキャッシュされている（オーソライザーの結果の TTL、既定は 300 秒）。一度拒否されたトークンは原因を直した後も失敗し続け、新しいトークンなら通る。',
        remedy:
          'キャッシュをフラッシュする（`aws apigateway flush-stage-authorizers-cache --rest-api-id <id> --stage-name <stage>`）か TTL が切れるのを待つ。判断がよく変わるなら TTL を短くする。',
        summary: 'キャッシュされた Deny がこのトークンにまだ効いている可能性。ステージのオーソライザーキャッシュをフラッシュする',
      },
      'resource-policy-deny': {
        cause:
          'オーソライザーの結果と一緒に評価される API のリソースポリシーに、明示的な Deny があるのかもしれない（その場合に AWS がどのメッセージを返すかは未確認）。',
        remedy: `リソースポリシーを見直す: \`aws apigateway get-rest-api --rest-api-id <id> --query policy\`。${REDEPLOY}`,
        summary: 'リソースポリシーの Deny が効いている可能性。API のリソースポリシーを見直す',
      },
    },
  },
  AUTHORIZER_POLICY_MISMATCH: {
    title: 'Lambda オーソライザーのポリシーが {request} を許可していない（403 AccessDeniedException、一致する Allow がない）',
    causes: {
      'cached-policy-method-scoped': {
        cause:
          'オーソライザーのキャッシュが、最初のリクエストのメソッド ARN だけを対象にしたポリシーを使い回している。TTL の間に同じトークンで別のメソッドやパスを呼ぶと、キャッシュされたポリシーに Allow が見つからない（{proxy+} や、1 つのオーソライザーで多数のルートを守る構成で典型的）。ログイン直後の呼び出しは通り、その後に別のルートを呼ぶと失敗する。',
        remedy:
          'オーソライザーからワイルドカードの Resource（arn:aws:execute-api:<region>:<account>:<api-id>/<stage>/*/*）を返すか、REQUEST オーソライザーの ID ソースにメソッドとパスを加えるか、結果の TTL を 0 にする。その後に再デプロイする。',
        summary: '別のルート用にキャッシュされたポリシーが使われている可能性。オーソライザーからワイルドカードの Resource を返す',
      },
      'policy-resource-wrong': {
        cause:
          '返したポリシーの Resource の ARN が不正か、別のステージ・API・メソッドを指している、あるいはこのメソッドへの Allow がない。最初の呼び出しも含めて毎回失敗する。',
        remedy:
          'オーソライザーで event.methodArn をログに出し、ポリシーの Resource をそこから（またはそこから作ったワイルドカードで）組み立てる。',
        summary: 'オーソライザーのポリシーがこのメソッドを対象にしていない可能性。Resource を event.methodArn から組み立てる',
      },
      'resource-policy-no-allow': {
        cause:
          'オーソライザーは許可しているが、API にはリソースポリシーもあり、それが呼び出し元を許可していない（どちらにも Deny はない）。',
        remedy: `リソースポリシーに execute-api:Invoke の明示的な Allow を追加する。${REDEPLOY}`,
        summary: 'API のリソースポリシーがこの呼び出し元を許可していない可能性。Allow を追加して再デプロイする',
      },
    },
  },
  RESOURCE_POLICY_DENY: {
    title:
      'API のリソースポリシーが、この呼び出し元による {request} の呼び出しを許可していない（403 User: anonymous is not authorized）',
    causes: {
      'source-ip-not-allowed': {
        cause:
          'リソースポリシーが送信元 IP（aws:SourceIp）で許可・拒否しており、呼び出し元の送信元 IP（NAT ゲートウェイ、社内プロキシ、IPv6、モバイル回線）が許可されていない。あるネットワークからは通り、別のネットワークからは失敗する。',
        remedy: `ポリシーの IP 条件を更新する（\`aws apigateway get-rest-api --rest-api-id <id> --query policy\`）。${REDEPLOY}`,
        summary: 'リソースポリシーがこのネットワークを許可していない可能性。aws:SourceIp の条件を確認する',
      },
      'vpc-endpoint-not-allowed': {
        cause:
          'プライベート API のリソースポリシーが、呼び出し元の VPC や VPC エンドポイントを許可していない（aws:SourceVpce、aws:SourceVpc）、または Allow がまったくない。',
        remedy: `そのエンドポイント ID に execute-api:Invoke を許可する（条件 aws:SourceVpce）。${REDEPLOY}`,
        summary: 'プライベート API のポリシーがこの VPC エンドポイントを許可していない可能性。aws:SourceVpce で許可する',
      },
      'policy-not-redeployed': {
        cause: 'リソースポリシーを追加・変更したが、ステージを再デプロイしていないので古いポリシーのまま。',
        remedy: REDEPLOY,
        summary: 'リソースポリシーを変えた後に再デプロイしていない可能性。ステージを再デプロイする',
      },
      'principal-only-policy': {
        cause:
          'リソースポリシーは IAM プリンシパルしか許可していないが、メソッドが AWS_IAM 認可を使っていない（またはリクエストが署名されていない）ため、呼び出し元は "anonymous" として評価され、どのステートメントにも許可されない。SigV4 で署名したのに anonymous と報告されるなら、メソッドは署名を無視している。',
        remedy:
          '呼び出し元が署名するならメソッドの認可タイプを AWS_IAM にし、そうでなければ意図した条件付きで Principal "*" を許可するステートメントを追加する。その後に再デプロイする。',
        summary: 'ポリシーは IAM プリンシパルのみ許可、メソッドは AWS_IAM ではない可能性。両者を揃える',
      },
    },
  },
  IAM_NOT_AUTHORIZED: {
    title: '{request} に署名した IAM ID にはその呼び出しが許可されていない（execute-api:Invoke で 403 AccessDeniedException）',
    causes: {
      'missing-invoke-permission': {
        cause:
          'リクエストに署名した ID（IAM ユーザー、ロール、Cognito ID プールのロール）に、この API・ステージ・メソッド・パスへの execute-api:Invoke 権限がない。「User:」の後の ARN を見ればどの認証情報が使われたかわかる。想定と違うことが多い。',
        remedy:
          'その ID に arn:aws:execute-api:<region>:<account>:<api-id>/<stage>/<METHOD>/<path>（ワイルドカード可）への execute-api:Invoke を許可するポリシーをアタッチする。あるいは本来使うつもりの認証情報で署名する。',
        summary: '署名した ID に execute-api:Invoke がない可能性。この API・ステージ・ルートに対して付与する',
      },
      'explicit-deny': {
        cause:
          'API のリソースポリシー、Organizations の SCP、アクセス許可の境界、アイデンティティベースのポリシーのいずれかで Deny ステートメントが効いている。',
        remedy:
          'Deny の出どころを探す: API のリソースポリシー（`aws apigateway get-rest-api --rest-api-id <id> --query policy`）、その ID に効く SCP とアクセス許可の境界。',
        summary: 'この ID に明示的な Deny が効いている。リソースポリシー、SCP、アクセス許可の境界から探す',
      },
      'cross-account-no-resource-allow': {
        cause: '呼び出し元が API とは別の AWS アカウントに属しており、API のリソースポリシーがそのプリンシパルを許可していない。',
        remedy: `API のリソースポリシーに、呼び出し元のプリンシパルに対する execute-api:Invoke の Allow を追加する。${REDEPLOY}`,
        summary: '別アカウントからの呼び出しには API のリソースポリシーでの Allow が必要',
      },
    },
  },
  FORBIDDEN: {
    title:
      'API Gateway が {request} を実行前に拒否した（403 Forbidden: API キー、ステージ、WAF、プライベートエンドポイント、ドメインのいずれか）',
    causes: {
      'api-key-missing': {
        cause:
          'メソッドが API キーを要求している（apiKeyRequired）のに x-api-key ヘッダーが送られていない。クライアントが付けていない、fetch のラッパーが落とした、あるいはブラウザのプリフライト（OPTIONS）が同じく API キー必須の OPTIONS メソッドに当たった。',
        remedy:
          'キーの値を `x-api-key` ヘッダーで送る。OPTIONS メソッドは apiKeyRequired を false にする。値は `aws apigateway get-api-key --api-key <key-id> --include-value` で取得できる。',
        summary: 'メソッドが API キーを要求しているのに送られていない可能性。x-api-key ヘッダーで送る',
      },
      'wrong-stage': {
        cause:
          'パス {path} がデプロイ済みのステージで始まっていない。ステージが抜けている（相対 URL、/prod/api/x ではなく /api/x を組み立てるクライアント）、大文字・小文字が違う（ステージ名は区別される: Prod と prod は別物）、ステージが削除・改名された、またはホスト直下の「/」を呼んだ。',
        remedy:
          'ステージを一覧し（`aws apigateway get-stages --rest-api-id <id>`）、正確なステージ名で https://<api-id>.execute-api.<region>.amazonaws.com/<stage>/<path> を呼ぶ。',
        summary:
          'パス {path} がデプロイ済みのステージで始まっていない可能性（大文字・小文字は区別される）。正確なステージ名を先頭に付ける',
      },
      'api-key-not-valid': {
        cause:
          'x-api-key は送られているが、このステージでは有効でない。この API とステージを含む使用量プランにキーが入っていない、無効化・削除されている、作成・関連付けの直後（反映に少し時間がかかる）、キーの値ではなく ID を送っている、別のアカウントやリージョンのキー、のいずれか。API キーのソースが AUTHORIZER の場合は、オーソライザーが usageIdentifierKey を返す必要がある。',
        remedy:
          '使用量プランを確認し（`aws apigateway get-usage-plans`、`aws apigateway get-usage-plan-keys --usage-plan-id <plan>`）、キーを追加して（`aws apigateway create-usage-plan-key --usage-plan-id <plan> --key-id <key-id> --key-type API_KEY`）プランの apiStages にステージを加える。キーが有効になっていること、ID ではなく値（`get-api-key --include-value`）を送っていることも確認する。',
        summary: '送った API キーがこのステージの使用量プランに入っていないか、無効になっている可能性。使用量プランを確認する',
      },
      'waf-blocked': {
        cause:
          'ステージに関連付けた AWS WAF のウェブ ACL がリクエストをブロックした（WAF_FILTERED）。マネージドルール（8 KB 超のボディ、JSON 内の XSS や SQL インジェクションのパターン、User-Agent なし、長いクエリ文字列）、バースト後のレートベースのルール、IP セット・地理的一致・ボットのルールなど。ルートではなくペイロードやネットワークによって起きる。',
        remedy:
          'WAF コンソール（ウェブ ACL > サンプリングされたリクエスト、アクション Block）かウェブ ACL のログ（terminatingRuleId）で終端ルールを特定し、そのルールだけを Count に上書きして範囲を絞ったルールを追加する。ブロックだとわかるよう、ゲートウェイレスポンス WAF_FILTERED（または WAF のカスタムレスポンス）をカスタマイズする。',
        summary: 'AWS WAF がこのリクエストをブロックした可能性。ウェブ ACL のサンプリングされたリクエストで終端ルールを探す',
      },
      'private-api-endpoint': {
        cause:
          'プライベート API を、その API では使えない VPC エンドポイント名で呼んでいる。vpce-… のエンドポイント DNS 名を API を指定する x-apigw-api-id（または Host）ヘッダーなしで使った、API に関連付けられていないエンドポイントの {api-id}-{vpce-id} エイリアスを使った、または VPC の外から呼んだ。',
        remedy:
          'エンドポイント DNS 名を使うなら `x-apigw-api-id: <api-id>` を送る。エンドポイントを API に関連付け（`aws apigateway update-rest-api --rest-api-id <id> --patch-operations op=add,path=/endpointConfiguration/vpcEndpointIds,value=<vpce-id>`）、VPC の中から呼ぶ。',
        summary: 'このエンドポイント名ではプライベート API に届かない可能性。VPC エンドポイントと x-apigw-api-id を確認する',
      },
      'public-api-via-private-dns': {
        cause:
          'プライベート DNS を有効にした execute-api のインターフェイスエンドポイントがある VPC の中から、パブリック API を呼んでいる。*.execute-api.<region>.amazonaws.com がエンドポイントに解決され、そこからはプライベート API にしか届かない。同じ URL がノート PC からは通る。',
        remedy:
          'VPC からはパブリック API をカスタムドメイン名経由で呼ぶか、エンドポイントのプライベート DNS を無効にしてプライベート API には {api-id}-{vpce-id} のホスト名を使う。',
        summary:
          'プライベート DNS を有効にした VPC エンドポイントがこのパブリック API のホスト名を横取りしている可能性。カスタムドメイン経由で呼ぶ',
      },
      'default-endpoint-disabled': {
        cause:
          'API のデフォルトの execute-api エンドポイントが無効になっており（disableExecuteApiEndpoint）、カスタムドメインしか応答しない。設定は次のデプロイで反映される。',
        remedy:
          "カスタムドメイン経由で API を呼ぶか、エンドポイントを再び有効にする: `aws apigateway update-rest-api --rest-api-id <id> --patch-operations op=replace,path=/disableExecuteApiEndpoint,value='False'` の後に再デプロイする。",
        summary: 'デフォルトの execute-api エンドポイントが無効の可能性。カスタムドメインで呼ぶ',
      },
      'custom-domain-unmapped': {
        cause:
          'カスタムドメイン {host} の API マッピングがパスの先頭と一致しない（マッピングは "v1" なのにクライアントは /v2/… や / を呼んでいる）、マッピング先のステージがもうない、または DNS が別のドメインのターゲットを指している。',
        remedy:
          'マッピングを一覧し（`aws apigateway get-base-path-mappings --domain-name <domain>` または `aws apigatewayv2 get-api-mappings --domain-name <domain>`）、追加・修正するか、クライアントのベース URL を直す。DNS のエイリアスはそのドメイン自身の regionalDomainName または distributionDomainName に向ける。',
        summary: '{host} の API マッピングが {path} と一致しない可能性。カスタムドメインのマッピングを確認する',
      },
      'mutual-tls': {
        cause:
          'カスタムドメインが相互 TLS を要求しており、クライアント証明書が受け付けられなかった。発行元がトラストストアにない（またはトラストストアのバージョンを更新していない）、自己署名や弱い署名アルゴリズムの証明書、あるいは証明書が提示されていない。',
        remedy:
          '発行元 CA のチェーンを S3 のトラストストアオブジェクトに追加し、ドメインのトラストストアのバージョンを更新する。クライアント証明書は SHA-256 以上で発行し、クライアント側で証明書を設定する（Node なら cert と key を指定した https.Agent）。',
        summary: '相互 TLS のクライアント証明書が拒否された可能性。トラストストアとクライアント証明書を確認する',
      },
      'cloudfront-host-header-forwarded': {
        cause:
          'CloudFront ディストリビューションがビューワーの Host ヘッダーを execute-api のオリジンに転送しており（オリジンリクエストポリシー Managed-AllViewer、旧来の「すべてのヘッダーを転送」、ヘッダーの許可リストに Host）、API Gateway がそのホスト名をどの API にも対応付けられない。execute-api の URL を直接呼ぶと通る。',
        remedy:
          'API 用のビヘイビアにはオリジンリクエストポリシー Managed-AllViewerExceptHostHeader とキャッシュポリシー Managed-CachingDisabled を使うか、CloudFront の代替ドメイン名を API Gateway のカスタムドメインにしてその API へのマッピングを作る。Authorization を転送するには、キャッシュポリシーに含めるか AllViewerExceptHostHeader を使う。',
        summary: 'CloudFront がビューワーの Host ヘッダーを API Gateway に転送している可能性。AllViewerExceptHostHeader を使う',
      },
    },
  },
  UNAUTHORIZED: {
    title: '{request} のオーソライザーが有効な ID を見つけられなかった（401 Unauthorized）',
    causes: {
      'identity-source-missing': {
        cause:
          'メソッドに Lambda（または Cognito）オーソライザーがあり、リクエストにその ID ソースがない。オーソライザーが読むヘッダー（既定は Authorization、セッション ID を載せた Cookie、その他のヘッダー）がないか空なので、API Gateway はオーソライザーを呼ばずに 401 を返した。',
        remedy:
          "オーソライザーの ID ソースが指すヘッダーを送るか（`aws apigateway get-authorizers --rest-api-id <id>` の identitySource で確認できる）、ID ソースを直す。クライアントがこのリクエストにトークンや Cookie を付けているかも確認する（クロスオリジンの fetch で Cookie を送るには credentials: 'include' が必要）。",
        summary: 'オーソライザーの ID ソース（Authorization、Cookie、その他のヘッダー）がない可能性。送るようにする',
      },
      'token-rejected': {
        cause:
          "オーソライザーはトークンを受け取ったうえで拒否した。期限切れか無効なトークン（Lambda オーソライザーが 'Unauthorized' と完全に一致するエラーで失敗した、Cognito オーソライザーが別のユーザープールのトークンや exp クレームを過ぎたトークンを受け取った）。",
        remedy:
          'トークンを更新して再試行する（JWT をデコードして exp と iss を確認する）。拒否の理由はオーソライザー関数のログで確認する。',
        summary: 'オーソライザーがトークンを拒否した可能性（期限切れか無効）。トークンを更新し、オーソライザーのログを確認する',
      },
      'token-format-mismatch': {
        cause:
          "トークンがオーソライザーのトークンの検証式（identityValidationExpression）に一致しないため、API Gateway はオーソライザーを呼ばずに拒否した。例えば式が 'Bearer .*' を期待しているのに生のトークンを送った、またはその逆。",
        remedy:
          'ヘッダーの形式を検証式と比べ（`aws apigateway get-authorizer --rest-api-id <id> --authorizer-id <authorizer-id>`）、クライアントか式のどちらかを合わせてから再デプロイする。',
        summary: 'トークンの形式がオーソライザーの検証式と合っていない可能性。両者を比べる',
      },
      'cognito-token-type': {
        cause:
          'Cognito ユーザープールのオーソライザーに違う種類のトークンを送っている。メソッドに OAuth スコープがなければ ID トークン、スコープがあればそのどれかを持つアクセストークンが必要。',
        remedy:
          'ID トークンを送るか、メソッドに authorizationScopes を設定してそのスコープを持つアクセストークンを送る。どちらを送っているかはトークンの token_use クレームで確認できる。',
        summary:
          'Cognito オーソライザーは別の種類のトークン（ID トークンかアクセストークンか）を期待している可能性。token_use とメソッドのスコープを確認する',
      },
      'identity-source-incomplete': {
        cause:
          'キャッシュを有効にした REQUEST オーソライザーは、設定されたすべての ID ソース（ヘッダー、クエリ文字列、ステージ変数）が空でなく揃っている必要がある。そのうちの 1 つがないため、API Gateway はオーソライザーを呼ばずに 401 を返した。',
        remedy:
          'オーソライザーが挙げる ID ソースをすべて送るか、リストを減らす（キャッシュを無効にすれば ID ソースは必須でなくなる）。',
        summary: 'REQUEST オーソライザーの ID ソースのどれかが欠けている可能性。すべて送る',
      },
      'preflight-authorizer': {
        cause:
          'CORS のプリフライト（OPTIONS）がオーソライザーで保護されたメソッドに届いた。ブラウザはプリフライトに Authorization も Cookie も付けない。',
        remedy: 'OPTIONS メソッドの認可を NONE にし（リソースで CORS を有効にする）、再デプロイする。',
        summary: 'CORS のプリフライトがオーソライザーに当たった。OPTIONS メソッドの認可を NONE にする',
      },
    },
  },
  AUTHORIZER_CONFIGURATION_ERROR: {
    title: '{request} の Lambda オーソライザーが失敗したか、呼び出せなかった（500 {"message":null}）',
    causes: {
      'authorizer-threw': {
        cause:
          "Lambda オーソライザーが、'Unauthorized' と完全に一致しない内容で例外を投げたか失敗した（'Unauthorized: token expired'、JWT ライブラリの例外、JWKS の取得エラーなど）。それ以外の失敗はすべて API Gateway がこの 500 に変える。",
        remedy: `オーソライザーで例外を捕捉し、認証の失敗は throw new Error('Unauthorized')（401）、認可の失敗は Deny ポリシーを返し（403）、それ以外はログに出す。${EXECUTION_LOGS}`,
        summary: "オーソライザーが 'Unauthorized' 以外の例外を投げた可能性。例外を捕捉し、ログを確認する",
      },
      'malformed-authorizer-response': {
        cause:
          'オーソライザーが API Gateway の使えない結果を返した。principalId や policyDocument がない、Effect や Action の綴りが違う、Statement がない、HTTP 風の {statusCode, body} オブジェクトを返した、あるいは何も返していない。毎回失敗する。',
        remedy:
          "{principalId, policyDocument: {Version: '2012-10-17', Statement: [{Action: 'execute-api:Invoke', Effect: 'Allow' | 'Deny', Resource: event.methodArn}]}, context?} を返す。",
        summary: 'オーソライザーの出力の形式が不正な可能性。principalId と正しい policyDocument を返す',
      },
      'invoke-permission-missing': {
        cause:
          'API Gateway がオーソライザー関数を呼び出せない。.../authorizers/<authorizer-id> に対する apigateway.amazonaws.com への Lambda のアクセス許可がない、オーソライザーのロールに lambda:InvokeFunction がない、または関数やエイリアスが改名・削除された。毎回失敗し、関数のログに呼び出しの記録がない。',
        remedy:
          'Lambda のアクセス許可を追加する: `aws lambda add-permission --function-name <fn> --statement-id apigw-authorizer --action lambda:InvokeFunction --principal apigateway.amazonaws.com --source-arn arn:aws:execute-api:<region>:<account>:<api-id>/authorizers/<authorizer-id>`。',
        summary: 'API Gateway にオーソライザーの呼び出しが許可されていない可能性。Lambda のアクセス許可を追加する',
      },
      'context-not-flat': {
        cause:
          'オーソライザーが返した context に、文字列・数値・真偽値以外の値（入れ子のオブジェクトや配列）がある。そうしたクレームを持つユーザーでだけ失敗する。',
        remedy: 'context を平坦にする。入れ子の値は JSON.stringify する。',
        summary: 'オーソライザーの context に入れ子の値がある可能性。文字列化する',
      },
      'authorizer-timeout': {
        cause:
          'オーソライザー関数がタイムアウトしたかスロットリングされた（遅い ID プロバイダーや JWKS の取得、コールドスタート、バースト）。',
        remedy: 'JWKS をキャッシュし、下流の呼び出しのタイムアウトを短くし、関数のタイムアウトや予約された同時実行数を増やす。',
        summary: 'オーソライザーがタイムアウトした可能性。高速化するかタイムアウトを延ばす',
      },
    },
  },
  AUTHORIZER_FAILURE: {
    title: '{request} のオーソライザーが呼び出し元を認証できなかった（500 AUTHORIZER_FAILURE）',
    causes: {
      'authorizer-failed': {
        cause:
          'カスタム（Lambda）オーソライザーまたは Amazon Cognito オーソライザーが呼び出し元を認証できなかった。AWS はこのタイプを文書化しているが実際にはめったに返さず、オーソライザーの不具合の多くは AUTHORIZER_CONFIGURATION_ERROR（{"message":null}）として届く。',
        remedy: `壊れたオーソライザーとして調べる。${EXECUTION_LOGS}`,
        summary: 'オーソライザーが失敗した。ステージの実行ログとオーソライザーのログを確認する',
      },
    },
  },
}
