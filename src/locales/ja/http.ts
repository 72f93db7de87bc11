/**
 * 日本語: HTTP API (src/signatures/api-gateway-http.ts)。
 * @module
 */
import type { CauseTexts, SignatureTexts } from '../../texts/locale.ts'
import { routeFindingsJa } from './findings.ts'

/** HTTP API は統合のレスポンスを変えずに返すので、同じステータスがアプリ自身の応答のことがある。 */
function integrationReply(status: number): CauseTexts {
  return {
    cause: `統合自体がこのボディで ${status} を返した。HTTP API は統合のレスポンスをそのまま返す。`,
    remedy: `関数やバックエンドのログでこのリクエストを探す（apigw-requestid の値で検索する）。見つかれば、この ${status} はアプリケーション自身の応答。`,
    summary: `統合自体が ${status} を返した可能性。このリクエストを統合のログで確認する`,
  }
}

const PREFLIGHT_REMEDY_TAIL = '、または認可なしの OPTIONS /{proxy+} ルートを追加する。'

/** HTTP API の日本語テキスト。 */
export const httpJa: Readonly<Record<string, SignatureTexts>> = {
  HTTP_API_NOT_FOUND: {
    title: 'HTTP API に {request} のルートがない（404 Not Found）',
    causes: {
      ...routeFindingsJa,
      'no-route': {
        cause:
          'API のどのルートも {request} に一致せず、$default ルートもない。パスの打ち間違いや大文字・小文字の違い、パスのセグメントやパラメータの欠落、ルートに定義されていないメソッドなど。',
        remedy:
          'ルートを一覧して（`aws apigatewayv2 get-routes --api-id <id> --query "Items[].RouteKey"`）URL かメソッドを直すか、ルートを追加する（`aws apigatewayv2 create-route --api-id <id> --route-key "GET /orders" --target integrations/<integration-id>`）。',
        summary: '{request} に一致するルートがない。パスとメソッドを API のルートと照らし合わせる',
      },
      'stage-prefix': {
        cause:
          'URL のステージ部分が誤っている。名前付きステージは /<stage>/...（大文字・小文字を区別）で指定し、$default ステージにはプレフィックスがない。$default ステージの API に /prod を付けたり、名前付きステージを省いたりするとルートが見つからない。',
        remedy:
          'ステージを一覧する（`aws apigatewayv2 get-stages --api-id <id> --query "Items[].StageName"`）。$default なら https://<api-id>.execute-api.<region>.amazonaws.com/<route> を呼び、名前付きステージならその正確な名前を先頭に付ける。',
        summary: 'パスの最初のセグメント「{stage}」がこの API のステージではない可能性。ベース URL を確認する',
      },
      'not-deployed': {
        cause: 'ルートは API にあるが、このステージにデプロイされていない。ステージは自動ではデプロイされない。',
        remedy:
          'デプロイする（`aws apigatewayv2 create-deployment --api-id <id> --stage-name <stage>`）か、自動デプロイを有効にする（`aws apigatewayv2 update-stage --api-id <id> --stage-name <stage> --auto-deploy`）。',
        summary: 'ルートがこのステージにデプロイされていない可能性。デプロイするか自動デプロイを有効にする',
      },
      'api-mapping-path': {
        cause:
          'カスタムドメイン {host} は API マッピングで振り分けている。パスの先頭のセグメントで API とステージが決まり、残りがルートに一致する必要がある。URL がマッピングに沿っていない（マッピングキーが欠けているか余分、またはパスにステージ名を入れている）。',
        remedy:
          'マッピングを一覧し（`aws apigatewayv2 get-api-mappings --domain-name <domain>`）、ステージ名を含めずに https://<domain>/<mapping key>/<route> を呼ぶ。',
        summary: 'カスタムドメインはパスを API に対応付けている。API マッピングが {path} と合っているか確認する',
      },
      'cors-not-configured': {
        cause:
          'CORS のプリフライト（OPTIONS）に一致するルートがなかった。API に CORS の設定がないので API Gateway はプリフライトに自分では応答せず、OPTIONS を受けるルートもない。',
        remedy:
          'API に CORS を設定する（`aws apigatewayv2 update-api --api-id <id> --cors-configuration AllowOrigins=https://app.example.com,AllowMethods=GET,POST,AllowHeaders=authorization,content-type`）。以後は API Gateway がプリフライトに応答する。',
        summary: 'CORS のプリフライトに一致するルートがない。HTTP API に CORS を設定する',
      },
      'integration-reply': {
        ...integrationReply(404),
        cause:
          'ルートは存在し、その統合自体がこのボディで 404 を返した。HTTP API は統合のレスポンスを変えずに返し、同じ apigw-requestid ヘッダーも付く。',
      },
    },
  },
  HTTP_API_UNAUTHORIZED: {
    title: 'HTTP API のルートのオーソライザーが {request} を拒否した（401 Unauthorized）',
    causes: {
      'identity-source-missing': {
        cause:
          'オーソライザーにトークンが届いていない。ID ソースがないか空になっている。JWT オーソライザーなら Authorization ヘッダー（既定の ID ソース）のこと。Lambda オーソライザーは、ID ソース（ヘッダー、Cookie、クエリ文字列パラメータ）が 1 つでも欠けていると呼び出されもしない。ブラウザはクロスサイトでは、指定したときしか Cookie を送らない。',
        remedy:
          'オーソライザーが読む ID ソースを確認し（`aws apigatewayv2 get-authorizers --api-id <id> --query "Items[].[Name,AuthorizerType,IdentitySource]"`）、すべて送る。JWT オーソライザーなら `Authorization: Bearer <JWT>`。ブラウザから Cookie を送るなら `credentials: \'include\'`（fetch）か `withCredentials: true`（axios）を指定し、Cookie は `SameSite=None; Secure` で設定する。',
        summary: 'オーソライザーにトークンが届いていない。Authorization ヘッダー（またはすべての ID ソース）を送る',
      },
      'token-rejected': {
        cause:
          'トークンは送られたが、JWT オーソライザーが拒否した。オーディエンス（aud。Cognito のアクセストークンでは client_id）がオーソライザーのオーディエンス一覧にない、発行者が設定と違う（末尾のスラッシュまで完全一致が必要）、期限切れかまだ有効期間前、署名鍵が発行者の JWKS にないか RSA 系のアルゴリズム（RS256 など）で署名されていない、またはそもそも JWT ではない（不透明なアクセストークン）。理由はレスポンスヘッダー www-authenticate の error_description にある。',
        remedy:
          'レスポンスヘッダー www-authenticate を読み（ブラウザでは API の CORS 設定の exposeHeaders に加える）、トークンのペイロード（base64url の JSON）をデコードする。iss と aud を `aws apigatewayv2 get-authorizer --api-id <id> --authorizer-id <authorizer-id> --query JwtConfiguration` と比べ、`aws apigatewayv2 update-authorizer --api-id <id> --authorizer-id <authorizer-id> --jwt-configuration Audience=<client-id>,Issuer=<issuer-url>` で直すか、期限切れのトークンを更新する。',
        summary: 'JWT オーソライザーがトークンを拒否した。www-authenticate を読み、aud、iss、exp を確認する',
      },
      'preflight-blocked': {
        cause:
          'これはオーソライザーで保護されたルート（たいていは $default か ANY /{proxy+}）に一致した CORS のプリフライト（OPTIONS）。プリフライトには認証情報が付かないのでオーソライザーに拒否され、ブラウザは本来のリクエストを CORS エラーとして報告する。',
        remedy: `API Gateway がプリフライトに自分で応答するよう API に CORS を設定する（\`aws apigatewayv2 update-api --api-id <id> --cors-configuration AllowOrigins=https://app.example.com,AllowHeaders=authorization,content-type,AllowMethods=GET,POST\`）${PREFLIGHT_REMEDY_TAIL}`,
        summary: 'CORS のプリフライトが認可付きのルートに当たった。CORS を設定するか、認可なしの OPTIONS ルートを追加する',
      },
      'integration-reply': integrationReply(401),
    },
  },
  HTTP_API_FORBIDDEN: {
    title: 'HTTP API が {request} を拒否した（403 Forbidden: オーソライザー、スコープ、IAM のいずれか）',
    causes: {
      'jwt-scope-missing': {
        cause:
          'JWT は受け入れられたが、ルートが認可スコープを要求しており、トークンにそのどれもない。アクセストークンが必要なところに ID トークン（scope クレームがない）を送った、または Cognito のカスタムスコープにリソースサーバーのプレフィックスがない、というのが典型。',
        remedy:
          'トークンをデコードして確認する。scope クレームにルートのスコープ（`aws apigatewayv2 get-route --api-id <id> --route-id <route-id> --query AuthorizationScopes`）のどれかを持つアクセストークンを送るか、ルートのスコープを変更する（`aws apigatewayv2 update-route ... --authorization-scopes <scope>`）。',
        summary: 'トークンにルートのスコープがない可能性（アクセストークンではなく ID トークンでは？）。scope を確認する',
      },
      'lambda-authorizer-denied': {
        cause:
          'ルートの Lambda オーソライザーが拒否した。シンプルレスポンスのオーソライザーが isAuthorized: false を返した、または IAM ポリシー形式のオーソライザーが Deny か、Resource がこのルートを含まないポリシーを返した（別のルート用にキャッシュされたポリシーの使い回しでこうなる）。',
        remedy:
          'このリクエストについてオーソライザーの CloudWatch Logs と返した判断を確認する。IAM ポリシー形式のレスポンスなら、ワイルドカードのルート ARN を許可するか、結果のキャッシュを無効にする（`aws apigatewayv2 update-authorizer ... --authorizer-result-ttl-in-seconds 0`）。',
        summary: 'Lambda オーソライザーがリクエストを拒否した可能性。その判断とログを確認する',
      },
      'iam-denied': {
        cause:
          'ルートが AWS_IAM 認可を使っており、リクエストが署名されていない、呼び出したのとは別のホスト向けに署名されている（カスタムドメイン向けに署名して execute-api に送った、またはその逆）、あるいはこのルートへの execute-api:Invoke を持たないプリンシパルが署名した。HTTP API にはリソースポリシーがないので、他アカウントのプリンシパルは常に拒否される。',
        remedy:
          "サービス名 'execute-api'、API のリージョン、実際に呼び出すホスト名で SigV4 署名する。呼び出し元に arn:aws:execute-api:<region>:<account>:<api-id>/<stage>/<METHOD>/<path> への execute-api:Invoke を付与する。",
        summary: 'ルートが AWS_IAM を要求している可能性。{request} を execute-api とこのホスト名向けに SigV4 で署名する',
      },
      'domain-refused': {
        cause:
          'リクエストはどのルートにも届く前に拒否された。カスタムドメインにこのパスの API マッピングがない、または API のデフォルトの execute-api エンドポイントが無効になっている（x-amzn-ErrorType: ForbiddenException があり apigw-requestid がない場合に見られる）。',
        remedy:
          '有効なエンドポイントで API を呼ぶ。マッピングを一覧し（`aws apigatewayv2 get-api-mappings --domain-name <domain>`）、DisableExecuteApiEndpoint を確認する（`aws apigatewayv2 get-api --api-id <id>`）。',
        summary:
          'ドメインまたはエンドポイントがこの API を提供していない可能性。API マッピングとデフォルトのエンドポイントを確認する',
      },
      'preflight-blocked': {
        cause:
          'これはオーソライザーか IAM で保護されたルートに一致した CORS のプリフライト（OPTIONS）。プリフライトには認証情報が付かず、ブラウザは本来のリクエストを CORS エラーとして報告する。',
        remedy: `API Gateway がプリフライトに自分で応答するよう API に CORS を設定する（\`aws apigatewayv2 update-api --api-id <id> --cors-configuration ...\`）${PREFLIGHT_REMEDY_TAIL}`,
        summary: 'CORS のプリフライトが保護されたルートに当たった。HTTP API に CORS を設定する',
      },
      'integration-reply': integrationReply(403),
    },
  },
  HTTP_API_INTERNAL_SERVER_ERROR: {
    title: '{request} で HTTP API の統合またはオーソライザーが失敗した（500 Internal Server Error）',
    causes: {
      'invoke-permission-missing': {
        cause:
          'API Gateway に Lambda 関数の呼び出しが許可されていない。関数のリソースベースのポリシーに、この API をソースとする apigateway.amazonaws.com のステートメントがない（または統合のロールに lambda:InvokeFunction がない）。そのルートの呼び出しはすべて即座に失敗する。',
        remedy:
          '許可を付与する: `aws lambda add-permission --function-name <fn> --statement-id apigw-invoke --action lambda:InvokeFunction --principal apigateway.amazonaws.com --source-arn "arn:aws:execute-api:<region>:<account>:<api-id>/*/*/<path>"`。アクセスログの形式に $context.integrationErrorMessage を加えると理由がわかる。',
        summary: 'API Gateway に関数を呼び出す権限がない可能性。Lambda のアクセス許可を追加する',
      },
      'function-error': {
        cause: 'Lambda 関数が失敗した。処理されない例外、タイムアウト、メモリ不足、初期化エラーのいずれか。',
        remedy:
          '関数の CloudWatch Logs（/aws/lambda/<fn>）でこの時刻前後の呼び出しを探す。タイムアウトやメモリが足りなかったなら増やす（`aws lambda update-function-configuration --function-name <fn> --timeout 29 --memory-size 512`）。',
        summary: 'Lambda 関数が例外を投げたかタイムアウトした可能性。CloudWatch Logs を確認する',
      },
      'invalid-lambda-response': {
        cause:
          '関数は成功したが、ペイロード形式では HTTP に変換できない結果を返した。ペイロード形式 1.0 では文字列の body を持つ {statusCode, headers, body} 以外のもの、2.0 では不正なステータスコードやヘッダー。',
        remedy:
          '{"statusCode": 200, "headers": {"content-type": "application/json"}, "body": JSON.stringify(data)} を返す。統合の PayloadFormatVersion を確認する（`aws apigatewayv2 get-integration --api-id <id> --integration-id <integration-id>`）。',
        summary: '関数が不正な形のレスポンスを返した可能性。statusCode、headers、文字列の body を返す',
      },
      'authorizer-error': {
        cause:
          'ルートの Lambda オーソライザーが失敗した。API Gateway が呼び出せない（オーソライザーの ARN に対する Lambda のアクセス許可がない）、例外を投げた、オーソライザーのタイムアウト 10 秒を超えた、または enableSimpleResponses と合わない形を返した。',
        remedy:
          'アクセスログの $context.authorizer.error とオーソライザー自身のログを確認する。`aws lambda add-permission --function-name <authorizer-fn> --statement-id apigw-authorizer --action lambda:InvokeFunction --principal apigateway.amazonaws.com --source-arn "arn:aws:execute-api:<region>:<account>:<api-id>/authorizers/<authorizer-id>"` で許可し、シンプルレスポンスなら {"isAuthorized": true|false} を返す。',
        summary: 'Lambda オーソライザーが失敗したかタイムアウトした可能性。$context.authorizer.error を確認する',
      },
      'backend-unavailable': {
        cause:
          '統合に到達できなかった。関数がスロットリングされた、プライベート統合（VPC リンク）に正常なターゲットがない、または HTTP バックエンドが失敗した。',
        remedy:
          '関数の Throttles メトリクスと予約された同時実行数、あるいは VPC リンクとそのターゲットグループのヘルスを確認する。アクセスログの $context.integration.error に失敗の内容が出る。',
        summary: '統合がスロットリングされているか到達できない可能性。スロットリングと VPC リンクのターゲットを確認する',
      },
    },
  },
  HTTP_API_SERVICE_UNAVAILABLE: {
    title: 'HTTP API が {request} の統合の応答を待つのをやめた（503 Service Unavailable）',
    causes: {
      'integration-timeout': {
        cause:
          '統合がタイムアウト（timeoutInMillis。HTTP API では最大 30 秒。フレームワークはもっと短くすることが多く、コールドスタートも含まれる）内に応答しなかった。HTTP API はタイムアウトに 504 ではなく 503 を返す。関数はその後も処理を続けて完了することがある。',
        remedy:
          '経過時間を統合タイムアウトと比べる（`aws apigatewayv2 get-integration --api-id <id> --integration-id <integration-id> --query TimeoutInMillis`）。最大 30000 まで延ばすか（`aws apigatewayv2 update-integration ... --timeout-in-millis 30000`）、バックエンドを速くするか、長い処理を非同期のジョブに移す。',
        summary: '統合がタイムアウトした可能性（最大 30 秒）。タイムアウトを延ばすか高速化する',
      },
      'integration-reply': {
        cause:
          'タイムアウトにしてはレスポンスが速すぎる。統合自体がこのボディで 503 を返したのかもしれない（HTTP バックエンド、または statusCode 503 を返す関数）。HTTP API はそれをそのまま返す。',
        remedy:
          '関数やバックエンドのログでこのリクエストを探し（apigw-requestid の値で検索する）、なぜ 503 を返したかを確認する。',
        summary: '統合自体が 503 を返した可能性。このリクエストを統合のログで確認する',
      },
    },
  },
  HTTP_API_TOO_MANY_REQUESTS: {
    title: 'HTTP API が {request} をスロットリングした（429 Too Many Requests）',
    causes: {
      'route-throttle': {
        cause:
          'ステージのデフォルトのルートスロットリング、またはこのルート固有の上限を超えた。ルートのクライアント全員が 1 つのトークンバケットを使うので、このクライアントは自分が送っていないトラフィックのせいで拒否されることもある（HTTP API には API キーも使用量プランもない）。',
        remedy:
          'ジッター付きの指数バックオフで再試行する。上限を引き上げる（`aws apigatewayv2 update-stage --api-id <id> --stage-name <stage> --default-route-settings ThrottlingBurstLimit=<burst>,ThrottlingRateLimit=<rate>`、1 つのルートだけなら --route-settings）。',
        summary: 'ルートまたはステージのスロットリングを超えた。間隔を空けて再試行するか、上限を引き上げる',
      },
      'account-throttle': {
        cause: 'アカウントのすべての API で共有する、このリージョンの API Gateway のアカウント単位のスロットリングを超えた。',
        remedy:
          'バックオフしながら再試行する。通常の負荷でも起きるなら、Service Quotas でクォータの引き上げを申請する（Amazon API Gateway の「Throttle rate」）。',
        summary: 'このリージョンのアカウントの API Gateway スロットリングを超えた。間隔を空けるか、クォータの引き上げを申請する',
      },
    },
  },
}
