/**
 * 日本語: REST API のリクエスト検証、ペイロード上限、スロットリング、クォータ、統合の失敗
 * (src/signatures/api-gateway-rest-integration.ts)。
 * @module
 */
import type { SignatureTexts } from '../../texts/locale.ts'

const RETRY_AFTER =
  'レスポンスに Retry-After ヘッダーがあれば（API Gateway の既定のレスポンスにはないが、カスタマイズしたゲートウェイレスポンスにはありうる）、その時間だけ待つ。'

/** REST API（検証・上限・統合系）の日本語テキスト。 */
export const restIntegrationJa: Readonly<Record<string, SignatureTexts>> = {
  BAD_REQUEST_BODY: {
    title: 'API Gateway のリクエストバリデーターが {request} のボディを拒否した（400 Invalid request body）',
    causes: {
      'body-does-not-match-model': {
        cause:
          'リクエストバリデーターがボディをメソッドのモデル（JSON スキーマ）と照合し、このボディが満たしていない。必須プロパティの欠落、型の違い、列挙値にない値、additionalProperties が false なのに余分なプロパティがある、など。リクエストはバックエンドに届いていない。',
        remedy:
          'ボディをモデルと比べる。`aws apigateway get-method --rest-api-id <id> --resource-id <resource-id> --http-method <METHOD>` の requestModels にモデル名があり、`aws apigateway get-model --rest-api-id <id> --model-name <model> --flatten` でスキーマを表示できる。どの規則に反したかを知るには、API の所有者がゲートウェイレスポンス BAD_REQUEST_BODY のテンプレートに $context.error.validationErrorString を加える。',
        summary: '{request} のボディがメソッドのモデルに合っていない。スキーマと比べる',
      },
      'body-missing-or-not-json': {
        cause:
          'ボディが空か JSON ではないので、モデルを満たしようがない。ボディを送っていない（GET や DELETE、ボディを落とすクライアント）、またはフォーム形式やテキストで送っている。Content-Type ヘッダーがなければ API Gateway はボディを application/json として検証する。',
        remedy:
          'メソッドが期待する JSON ボディを `Content-Type: application/json` で送る（axios はプレーンなオブジェクトならそうする。fetch では JSON.stringify(data) を渡し、ヘッダーも自分で付ける）。',
        summary: '{request} のボディがないか JSON でない可能性。Content-Type: application/json で JSON を送る',
      },
    },
  },
  BAD_REQUEST_PARAMETERS: {
    title: 'API Gateway のリクエストバリデーターが {request} を拒否した: 必須のリクエストパラメータがない（400）',
    causes: {
      'required-parameter-missing': {
        cause:
          'メソッドが必須のクエリ文字列パラメータ、ヘッダー、パスパラメータを宣言してリクエストバリデーターで検証しており、メッセージの角かっこ内に挙がったものが送られていない。リクエストはバックエンドに届いていない。',
        remedy:
          'メッセージにあるパラメータをすべて送る。クエリ文字列の名前は大文字・小文字を区別し、ヘッダー名は区別しない。`aws apigateway get-method --rest-api-id <id> --resource-id <resource-id> --http-method <METHOD>` の requestParameters に一覧がある（method.request.querystring.<name>: true なら必須）。',
        summary: '{request} にメッセージで挙がった必須パラメータがない。送るようにする',
      },
      'parameter-sent-elsewhere': {
        cause:
          '値は送っているが、メソッドが見ている場所ではない。クエリパラメータをボディに入れた、途中でヘッダー名が変わったか落とされた（プロキシや、そのヘッダーを転送しない CloudFront のキャッシュポリシー）、クエリ名の大文字・小文字が違う、など。',
        remedy:
          '一覧にある名前をメソッドの宣言どおりに、宣言どおりクエリ文字列パラメータまたはヘッダーとして送る。API Gateway の前段がそれを転送しているかも確認する。',
        summary: '{request} の必須パラメータを違う場所に送っている可能性。メソッドの宣言どおりに送る',
      },
      'cors-preflight-validated': {
        cause:
          'これは CORS のプリフライト（OPTIONS）。ブラウザはカスタムヘッダーもクエリ文字列も付けずに送るが、応答したメソッド（ANY のことが多い）がパラメータを必須にしているため、プリフライトが検証で失敗し、ブラウザは本来のリクエストをブロックする。',
        remedy:
          'リソースにリクエスト検証のない専用の OPTIONS メソッドを作り（コンソールの「CORS を有効にする」で MOCK の OPTIONS ができる）、再デプロイする。エラーを読めるよう、ゲートウェイレスポンス DEFAULT_4XX にも CORS ヘッダーを付ける。',
        summary: '{path} の CORS プリフライトがパラメータ必須のメソッドに当たっている。検証なしの OPTIONS メソッドを追加する',
      },
    },
  },
  UNSUPPORTED_MEDIA_TYPE: {
    title: 'API Gateway に {request} の Content-Type 用のマッピングテンプレートがない（415 Unsupported Media Type）',
    causes: {
      'content-type-has-no-template': {
        cause:
          'メソッドの非プロキシ統合は、マッピングテンプレートが一致したときにしかボディを渡さない（パススルーの動作が NEVER、またはテンプレートが 1 つでもある状態で WHEN_NO_TEMPLATES）。送った Content-Type 用のテンプレートが定義されていない。なお fetch() は、指定しなければ文字列のボディを text/plain;charset=UTF-8、FormData を multipart/form-data として送る。',
        remedy:
          '統合にテンプレートがある Content-Type（通常は application/json）で送る。API の所有者は `aws apigateway get-integration --rest-api-id <id> --resource-id <resource-id> --http-method <METHOD>`（requestTemplates）でテンプレートを一覧し、この型のテンプレートを追加するか passthroughBehavior を WHEN_NO_MATCH にして、ステージを再デプロイする。',
        summary:
          '統合に {request} の Content-Type 用のマッピングテンプレートがない。application/json で送るかテンプレートを追加する',
      },
      'no-template-for-default-json': {
        cause:
          'Content-Type を送らなかったので API Gateway はボディを application/json として扱ったが、統合にはマッピングテンプレートがあるのに application/json 用のものがない。',
        remedy:
          'API が期待する Content-Type を送る（`aws apigateway get-integration …` の requestTemplates に一覧がある）。または API の所有者に application/json のテンプレートを追加して再デプロイしてもらう。',
        summary:
          '{request} に Content-Type がなく、統合に application/json 用のテンプレートもない。期待される Content-Type を送る',
      },
    },
  },
  REQUEST_TOO_LARGE: {
    title: 'リクエスト {request} が API Gateway の後ろの Lambda 関数には大きすぎる（413 Request Too Long）',
    causes: {
      'lambda-invoke-payload-limit': {
        cause:
          'Lambda プロキシ統合では、API Gateway はリクエスト全体（ボディ、ヘッダー、リクエストコンテキスト）を 1 つの呼び出しイベントとして Lambda に渡し、Lambda の同期呼び出しは最大 6 MB までしか受け付けない。5〜10 MB ほどのボディは API Gateway 自身の上限 10 MB は通っても、Lambda の上限は通らない。',
        remedy:
          '大きなファイルは署名付き URL で S3 に直接アップロードする（API は URL を発行し、クライアントがファイルを S3 に PUT する）。あるいはペイロードを圧縮・分割する。6 MB の上限は引き上げられない。',
        summary: 'リクエストが Lambda の呼び出し上限 6 MB を超えている。大きなファイルは署名付き URL で S3 にアップロードする',
      },
      'binary-body-base64': {
        cause:
          'ボディがバイナリ（画像、PDF、マルチパートのアップロード）で、API Gateway が Lambda のイベント内で base64 エンコードするため 3 分の 1 ほど大きくなる。4.5 MB 程度のファイルで既に 6 MB を超える。',
        remedy: 'アップロード前にファイルを縮小・圧縮するか、API を通さず署名付き URL で S3 に直接アップロードする。',
        summary: 'バイナリのボディは Lambda のイベント内で 3 分の 1 大きくなる。縮小するか S3 に直接アップロードする',
      },
    },
  },
  PAYLOAD_TOO_LARGE: {
    title: 'API Gateway が上限 10 MB を超えるリクエストボディを拒否した（413、プレーンテキスト、CORS ヘッダーなし）',
    causes: {
      'body-over-10mb': {
        cause:
          'リクエストボディが API Gateway の固定のペイロード上限 10,485,760 バイト（10 MiB）を超えている。このレスポンスはゲートウェイレスポンスが適用される前に返るので CORS ヘッダーが付かず、ブラウザでは CORS エラーやネットワークエラーとして報告される。',
        remedy:
          '大きなペイロードは署名付き URL で S3 に直接アップロードし（非常に大きなファイルは S3 のマルチパートアップロード）、送信前にクライアント側でサイズを確認する。上限は引き上げられない。',
        summary: 'ボディが API Gateway の上限 10 MB を超えている。署名付き URL で S3 にアップロードする',
      },
      'encoding-overhead': {
        cause:
          'ファイル自体は 10 MB 未満でも、送信したボディはそれより大きい。JSON 内の base64 で 3 分の 1 増え、multipart/form-data ではバウンダリと各パートのヘッダーが加わる。',
        remedy:
          'ファイルは JSON 内の base64 ではなく、自身の Content-Type（API の binaryMediaTypes に登録したもの）を付けた生のバイト列で送る。できれば署名付き URL で S3 に直接アップロードする。',
        summary: 'エンコードでボディが 10 MB を超えた。生のバイト列で送るか S3 に直接アップロードする',
      },
    },
  },
  THROTTLED: {
    title: 'API Gateway が {request} をスロットリングした（429 Too Many Requests）',
    causes: {
      'usage-plan-throttle': {
        cause:
          'API キーの使用量プランにレートとバーストの上限があり、このキーでのリクエストがそれを超えた。上限はキー単位なので、キーを共有するクライアント全員で分け合っている。',
        remedy: `ジッター付きの指数バックオフで再試行し、バーストを分散させる。${RETRY_AFTER}上限を引き上げるには: \`aws apigateway update-usage-plan --usage-plan-id <id> --patch-operations op=replace,path=/throttle/rateLimit,value=<rps> op=replace,path=/throttle/burstLimit,value=<burst>\`。`,
        summary:
          'この API キーでのリクエストが使用量プランのレートを超えている。ジッター付きで間隔を空けるか、プランのスロットリングを引き上げる',
      },
      'stage-or-method-throttle': {
        cause:
          'ステージのデフォルトのスロットリング、またはメソッドごとのスロットリングがトラフィックより低い。そのステージやメソッドのクライアント全員が 1 つのトークンバケットを共有している。',
        remedy: `ジッター付きの指数バックオフで再試行する。${RETRY_AFTER}上限を引き上げるには: \`aws apigateway update-stage --rest-api-id <id> --stage-name <stage> --patch-operations op=replace,path=/*/*/throttling/rateLimit,value=<rps> op=replace,path=/*/*/throttling/burstLimit,value=<burst>\`（1 つのメソッドだけなら /<resource>/<METHOD>/throttling/… とし、リソースパスの「/」は「~1」と書く）。`,
        summary:
          'ステージまたはメソッドのスロットリングを超えている。ジッター付きで間隔を空けるか、ステージのスロットリングを引き上げる',
      },
      'account-throttle': {
        cause:
          'リージョン単位のアカウントの上限を超えている。既定は毎秒 10,000 リクエスト、バースト 5,000 で、そのリージョンにあるアカウントのすべての API で共有される（統合タイムアウトを 29 秒より長くしたアカウントでは AWS が引き下げることがある）。',
        remedy: `負荷を分散し、バックオフしながら再試行する。${RETRY_AFTER}アカウントの上限は \`aws apigateway get-account\`（throttleSettings）で確認し、Service Quotas で引き上げを申請する。`,
        summary:
          'このリージョンのアカウントの API Gateway スロットリングを超えている。負荷を分散するかクォータの引き上げを申請する',
      },
    },
  },
  QUOTA_EXCEEDED: {
    title: '{request} で使った API キーの使用量プランのクォータを使い切った（429 Limit Exceeded）',
    causes: {
      'usage-plan-quota': {
        cause:
          'この API キーの使用量プランでは 1 日・1 週間・1 か月あたりのリクエスト数が決まっており、それを使い切った。スロットリングと違い、数秒や数分後に再試行しても無駄で、期間がリセットされるまですべて失敗する。',
        remedy: `ループで再試行しない。${RETRY_AFTER}クォータの期間がリセットされるのを待つか（残りは \`aws apigateway get-usage --usage-plan-id <id> --key-id <key-id> --start-date <yyyy-mm-dd> --end-date <yyyy-mm-dd>\` でわかる）、クォータの残っているキーを使うか、クォータを引き上げる: \`aws apigateway update-usage-plan --usage-plan-id <id> --patch-operations op=replace,path=/quota/limit,value=<n>\`。`,
        summary: 'この API キーの使用量プランのクォータを使い切った。期間のリセットを待つかクォータを引き上げる',
      },
      'shared-api-key': {
        cause:
          'キーを多数のクライアントで共有しているため（ウェブアプリやモバイルアプリに埋め込んだ、複数のサービスで使い回している）、他のクライアントがクォータを使い切った。',
        remedy:
          '使用量プランでクライアントやサービスごとに API キーを分け、ある利用者が他の利用者のクォータを食いつぶせないようにする。API キーは利用量を計測するもので、ユーザーを認証するものではない。',
        summary: '共有している API キーのクォータを他のクライアントが使い切った可能性。クライアントごとにキーを発行する',
      },
      'authorizer-supplied-key': {
        cause:
          'x-api-key ヘッダーを送っていないので、API はキーを Lambda オーソライザーから受け取っており（API キーのソースが AUTHORIZER）、オーソライザーがこの呼び出し元に割り当てたキーのクォータが残っていない。',
        remedy:
          'オーソライザーがこの呼び出し元に返すキー（オーソライザーのレスポンスの usageIdentifierKey）を調べ、`aws apigateway get-usage` で使用状況を確認する。そのプランのクォータを引き上げるか、別のキーを割り当てる。',
        summary: 'オーソライザーが割り当てた API キーのクォータが残っていない。その使用量プランを確認する',
      },
    },
  },
  INTEGRATION_TIMEOUT: {
    title: '{request} のバックエンドが API Gateway の統合タイムアウト内に応答しなかった（504 Endpoint request timed out）',
    causes: {
      'backend-slower-than-timeout': {
        cause:
          'Lambda 関数や HTTP バックエンドが統合タイムアウト（既定は 29 秒）内に応答しなかった。下流の呼び出しが遅い、VPC 内や大きなパッケージでのコールドスタート、データベース接続の待ち、時間のかかるモデル呼び出しなど。API Gateway は応答を諦めたが、バックエンドは処理を最後まで続けることがあるので、冪等でないリクエストは実行済みかもしれない。',
        remedy:
          '時間のかかる処理は非同期にする（202 を返してクライアントにポーリングさせる、Step Functions や WebSocket API を使う）。コールドスタートを減らし（プロビジョニングされた同時実行、パッケージの縮小）、このリクエスト ID でバックエンドの処理時間を調べる。再試行は冪等なリクエストだけにする。',
        summary: 'バックエンドが統合タイムアウトの 29 秒を超えた。処理を速くするか非同期にする',
      },
      'low-integration-timeout': {
        cause:
          '統合のタイムアウト（timeoutInMillis）が 29 秒より短く（最短 50 ミリ秒）、バックエンドはそれ以上かかる。この場合、レスポンスは 29 秒よりずっと前に、毎回ほぼ同じ経過時間で返る。',
        remedy:
          '`aws apigateway get-integration --rest-api-id <id> --resource-id <resource-id> --http-method <METHOD>` で timeoutInMillis を確認し、`aws apigateway update-integration --rest-api-id <id> --resource-id <resource-id> --http-method <METHOD> --patch-operations op=replace,path=/timeoutInMillis,value=29000` で延ばしてステージを再デプロイする。',
        summary: '統合タイムアウトが 29 秒未満に設定されている。timeoutInMillis を延ばして再デプロイする',
      },
      'needs-more-than-29s': {
        cause: 'この種のリクエストは正当に毎回 29 秒より長くかかる。',
        remedy:
          'REST API のうちリージョン API とプライベート API は統合タイムアウトを延ばせる。Service Quotas で「Maximum integration timeout in milliseconds」の引き上げを申請し（アカウントのスロットリング上限が下がることがある）、timeoutInMillis を延ばす。エッジ最適化の REST API は 29 秒、HTTP API は 30 秒を超えられないので、処理を非同期の流れに移す。',
        summary: 'リクエストに 29 秒以上かかる。統合タイムアウトを延ばす（リージョン API かプライベート API）か非同期にする',
      },
    },
  },
  INTEGRATION_FAILURE: {
    title: 'API Gateway が {request} のバックエンドに接続できなかった（504 Network error communicating with endpoint）',
    causes: {
      'backend-unreachable': {
        cause:
          'HTTP バックエンドが接続を拒否したか切断した。プロセスが落ちているか待ち受けていない、統合 URI のホストやポートが違う、セキュリティグループやファイアウォールが API Gateway をブロックしている、バックエンドの DNS 名が解決できない、など。',
        remedy:
          'バックエンドが起動しており、統合 URI のホストとポートでインターネットから到達できることを確認する（`aws apigateway get-integration …` の uri）。そのうえで、このリクエスト ID の実行ログで失敗の詳細を読む。',
        summary: 'API Gateway がバックエンドに接続できなかった。起動しているか、統合 URI で到達できるかを確認する',
      },
      'backend-tls-error': {
        cause:
          'バックエンドとの TLS ハンドシェイクが失敗した。自己署名やプライベート CA の証明書、中間証明書の欠落、別のホスト名の証明書、あるいは https:// の統合 URI が平文 HTTP のポートを指している（またはその逆）。',
        remedy:
          '統合 URI のホスト名に対して、公的に信頼された CA の証明書をチェーンごと提供する（`openssl s_client -connect <host>:443 -servername <host>` で確認できる）。統合 URI のスキーム、ホスト、ポートも直す。',
        summary: 'バックエンドとの TLS ハンドシェイクが失敗した可能性。統合のホスト名に信頼された証明書をチェーンごと提供する',
      },
      'vpc-link-target-unhealthy': {
        cause:
          '統合が VPC リンクを経由しており、その先のロードバランサーの有効なアベイラビリティーゾーンに正常なターゲットがないか、統合 URI とは別のポートで待ち受けている。',
        remedy:
          'ターゲットのヘルスを確認し（`aws elbv2 describe-target-health --target-group-arn <arn>`）、クロスゾーン負荷分散を有効にして、リスナーのポートを統合 URI と比べる。',
        summary: 'VPC リンクの先に正常なターゲットがない可能性。ロードバランサーのターゲットのヘルスを確認する',
      },
      'transient-network-error': {
        cause: 'API Gateway と正常なバックエンドの間で、たまたまネットワークエラーが起きた。',
        remedy: '冪等なリクエストはバックオフしながら再試行する。頻発するなら他の原因のどれかに当たる。',
        summary: '一時的なネットワークエラーの可能性。冪等なリクエストはバックオフしながら再試行する',
      },
    },
  },
  INTERNAL_SERVER_ERROR: {
    title: '{request} の統合が失敗したか、呼び出せなかった（API Gateway の "Internal server error"）',
    causes: {
      'malformed-proxy-response': {
        cause:
          'Lambda 関数は実行されたが、戻り値が正しいプロキシレスポンスではない。body が文字列ではなくオブジェクト、statusCode がないか数値でない、ヘッダーの値が文字列でない、ハンドラーが何も返していない（await し忘れた async ハンドラー）、トップレベルに余分なキーがある、など。実行ログには「Malformed Lambda proxy response」と出る。',
        remedy:
          "エラー時も含め、すべての経路で { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data) } の形で返す。API Gateway コンソールでメソッドをテストすれば実行ログを見られる。",
        summary: '関数の戻り値が正しい Lambda プロキシレスポンスではない。{ statusCode, body: JSON.stringify(…) } を返す',
      },
      'lambda-function-error': {
        cause:
          'Lambda 関数が失敗した。処理されない例外や reject された Promise、関数のタイムアウト（既定 3 秒、Serverless Framework では 6 秒）、メモリ不足、デプロイ後の初期化エラー（ハンドラー名の誤り、モジュールや環境変数の欠落）など。いつもの関数タイムアウトの直後にレスポンスが返るならタイムアウトを疑う。',
        remedy:
          'このリクエスト前後の関数のロググループ（/aws/lambda/<function>）でエラーや「Task timed out」を探す。ハンドラーで例外を捕捉して適切なステータスのプロキシレスポンスを返し、足りなかったならタイムアウトやメモリを増やす（タイムアウトは統合タイムアウトの 29 秒未満に保つ）。',
        summary: 'Lambda 関数が例外、タイムアウト、メモリ不足のいずれかで失敗した。CloudWatch Logs を確認する',
      },
      'response-over-6mb': {
        cause: '関数のレスポンスが Lambda の同期呼び出しの上限 6 MB を超えたため、呼び出しが失敗した。',
        remedy: 'レスポンスをページ分割・絞り込み・圧縮するか、データそのものではなくデータへの S3 の署名付き URL を返す。',
        summary: '関数のレスポンスが Lambda の上限 6 MB を超えた可能性。ページ分割するか S3 の URL を返す',
      },
      'invoke-permission-missing': {
        cause:
          'API Gateway に関数の呼び出しが許可されていない。関数のリソースベースのポリシーに apigateway.amazonaws.com へのアクセス許可がない、SourceArn が別の API・ステージ・メソッドを指している（API を作り直した後や、アクセス許可を付けないデプロイツールでよくある）、または統合の認証情報のロールが関数を呼び出せない。関数には呼び出しの記録がなく、実行ログには「Invalid permissions on Lambda function」と出る。',
        remedy:
          "`aws lambda add-permission --function-name <function> --statement-id apigateway-invoke --action lambda:InvokeFunction --principal apigateway.amazonaws.com --source-arn 'arn:aws:execute-api:<region>:<account>:<api-id>/*/*/*'` を実行する。またはコンソールでメソッドの統合リクエストの関数を選び直せば、アクセス許可の追加を提案してくれる。",
        summary: 'API Gateway が関数を呼び出せない可能性。apigateway.amazonaws.com に lambda:InvokeFunction を許可する',
      },
      'lambda-throttled': {
        cause:
          'Lambda が呼び出しをスロットリングした。関数の予約された同時実行数が 0 か使い切られている、またはアカウントの同時実行数の上限に達した。API Gateway は Lambda の 429 をそのまま返さず、クライアントにはこの 500 が見える。',
        remedy:
          '関数の Throttles メトリクスを確認し、予約された同時実行数やアカウントの上限を引き上げ、バックオフしながら再試行する。クライアントがスロットリングを区別する必要があるなら、API の所有者が DEFAULT_5XX を別のステータスにマッピングできる。',
        summary: 'Lambda が関数をスロットリングした可能性。Throttles メトリクスと同時実行数を確認する',
      },
      'integration-misconfigured': {
        cause:
          '統合の設定が誤っている（API_CONFIGURATION_ERROR）。URI がこのステージで未設定のステージ変数を使っている、存在しない関数・エイリアス・バージョンを指している、Lambda プロキシ統合が POST 以外の HTTP メソッドを使っている、マッピングで制限付きのヘッダーを設定している、非プロキシ統合にバックエンドの結果に対応する統合レスポンスがない、VPC リンクが使用可能でない、など。この種のエラーは入力に関係なく、1 つのメソッドやステージへの呼び出しすべてで起きる。',
        remedy:
          'API Gateway コンソールでメソッドをテストし（またはステージの実行ログを有効にし）、「Execution failed due to configuration error」の行を読む。ステージ変数、統合 URI、マッピングを直してステージを再デプロイする。',
        summary: '{request} の統合の設定が誤っている可能性。実行ログを読んで統合を直す',
      },
    },
  },
  RESOURCE_NOT_FOUND: {
    title: 'API Gateway が {request} に「見つからない」ことを示すエラータイプで 404 を返した',
    causes: {
      'resource-not-found': {
        cause:
          'API Gateway の RESOURCE_NOT_FOUND レスポンス。認証と認可は通ったが、リクエストに対応するリソースが見つからなかった。クライアントがこれを見ることはまれで（未知のパスには通常 403 Missing Authentication Token が返る）、正確な文言も文書化されていない。',
        remedy:
          'パスとステージをデプロイ済みのリソースと比べ（`aws apigateway get-resources --rest-api-id <id>`）、リソースを変更したならステージを再デプロイし（`aws apigateway create-deployment --rest-api-id <id> --stage-name <stage>`）、このリクエスト ID の実行ログを読む。',
        summary: 'API Gateway が {request} のリソースを見つけられなかった。パスをデプロイ済みのステージと照らし合わせる',
      },
      'backend-set-error-type': {
        cause:
          'Lambda プロキシ統合は x-amzn-ErrorType を自分で設定できる。この 404 は関数自身の「見つからない」という応答（要求されたレコードが存在しない）を API Gateway がそのまま返したものかもしれない。',
        remedy:
          '関数のログ（/aws/lambda/<function>）でこのリクエストを探す。関数が 404 を返したのなら、要求された項目は存在しない。',
        summary: 'この 404 はバックエンド自身の応答かもしれない。関数のログでこのリクエストを確認する',
      },
      'default-4xx-response': {
        cause:
          'カスタマイズしたゲートウェイレスポンス（DEFAULT_4XX。所有者が個別にカスタマイズしていないすべての 4xx タイプに使われる）からのレスポンスかもしれない。そのステータスと文言は API の所有者が決めたもの。',
        remedy:
          'このリクエストがどのレスポンスタイプに当たったかを API の所有者に尋ねる。DEFAULT_4XX のテンプレートに "type":"$context.error.responseType" を加えればすべてのレスポンスにタイプ名が入り、アクセスログ変数 $context.error.responseType にも記録される。',
        summary:
          'カスタマイズしたゲートウェイレスポンスが本来のエラータイプを隠している可能性。$context.error.responseType を確認してもらう',
      },
    },
  },
}
