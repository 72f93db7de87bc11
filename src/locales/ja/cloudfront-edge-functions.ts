/**
 * 日本語: Lambda@Edge と CloudFront Functions (src/signatures/cloudfront/edge-functions.ts)。
 * @module
 */
import type { SignatureTexts } from '../../texts/locale.ts'

/** Lambda@Edge のログの場所。関数を実行したリージョンにある。 */
const EDGE_LOGS =
  'Lambda@Edge のログは関数を実行したリージョンの CloudWatch Logs にある（どのリージョンかは X-Amz-Cf-Pop の空港コードでわかる）。関数の出力は /aws/lambda/us-east-1.<function-name>、CloudFront による検証エラーは /aws/cloudfront/LambdaEdge/<distribution-id> にあるので、このリクエスト ID で検索する。'

/** Lambda@Edge と CloudFront Functions の日本語テキスト。 */
export const cloudfrontEdgeFunctionsJa: Readonly<Record<string, SignatureTexts>> = {
  CLOUDFRONT_LAMBDA_EDGE_EXECUTION_ERROR: {
    title: 'CloudFront のビヘイビアの Lambda@Edge 関数が {request} で失敗した（LambdaExecutionError）',
    causes: {
      'function-threw': {
        cause:
          '関数が例外を投げた、Promise を reject した、またはエラー付きでコールバックした。関数内の AWS SDK の呼び出しが IAM に拒否された場合も含む（ページは権限に触れているが、関数自身の失敗）。リクエストによって起きたり起きなかったりすることが多い: ヘッダーやクエリパラメータがないと別のコードパスを通る。',
        remedy: `${EDGE_LOGS}ハンドラーを try/catch で囲み、失敗時も正しい形のレスポンスを返す。`,
        summary: 'Lambda@Edge 関数が例外を投げた。エッジロケーションのリージョンでログを読む',
      },
      'association-invalid': {
        cause:
          '関数の関連付けが無効。関数が us-east-1 にない、ARN が番号付きバージョンではなく $LATEST やエイリアスになっている、そのバージョンが削除された、またはレプリケーションがまだ終わっていない（デプロイ後最大 15 分ほど）。デプロイ直後から、そのビヘイビアを通るすべてのリクエストが失敗する。',
        remedy:
          'us-east-1 の発行済みの番号付きバージョンの ARN を関連付け（CloudFormation の LambdaFunctionAssociations[].LambdaFunctionARN は :<version> で終わる。CDK なら cloudfront.experimental.EdgeFunction と fn.currentVersion）、ディストリビューションが Deployed になるまで待つ。',
        summary: 'Lambda@Edge の関連付けが無効なバージョンを指している可能性。us-east-1 の番号付きバージョンを関連付ける',
      },
      'execution-role': {
        cause:
          'Lambda@Edge が関数の実行ロールを引き受けられない。信頼ポリシーに（lambda.amazonaws.com と並んで）edgelambda.amazonaws.com がない、またはロールが削除・変更された。',
        remedy:
          '実行ロールの信頼ポリシーの Principal の Service を ["lambda.amazonaws.com", "edgelambda.amazonaws.com"] にし、AWSLambdaBasicExecutionRole をアタッチして、関数の SDK 呼び出しに必要な権限を付与する。',
        summary: 'Lambda@Edge の実行ロールが edgelambda.amazonaws.com を信頼していない可能性。信頼ポリシーを直す',
      },
      'function-timeout': {
        cause: '関数がタイムアウトした（ビューワートリガーは最大 5 秒、オリジントリガーは 30 秒）か、メモリ不足になった。',
        remedy:
          'ログで関数の実行時間とメモリを確認する。ビューワートリガーの処理は 5 秒未満に収めるかオリジントリガーに移し、メモリサイズを増やす。',
        summary: 'Lambda@Edge 関数がタイムアウトした可能性。実行時間をトリガーの上限と比べる',
      },
    },
  },
  CLOUDFRONT_LAMBDA_EDGE_THROTTLED: {
    title: 'CloudFront のビヘイビアの Lambda@Edge 関数が {request} で Lambda にスロットリングされた（LambdaLimitExceeded）',
    causes: {
      'regional-concurrency-exhausted': {
        cause:
          'レプリカを実行したリージョンで、アカウントの Lambda の同時実行数を使い切った。トラフィックの急増や、同じアカウント・リージョンの他の関数による。まとまって起き、しばらくすると解消する。',
        remedy:
          'ジッター付きのバックオフで再試行する（冪等なリクエスト）。影響のあるリージョンで同時実行数のクォータの引き上げを申請する（Service Quotas > AWS Lambda > Concurrent executions）。キャッシュを増やし、ビューワーリクエストよりオリジンリクエストのトリガーを選び、単純な処理は CloudFront Functions に移す。',
        summary: 'エッジのリージョンで Lambda@Edge の同時実行数が足りなくなった。バックオフして再試行し、クォータを引き上げる',
      },
      'reserved-concurrency-low': {
        cause: '関数に設定した予約された同時実行数が、レプリカを低い一定のレートに抑えている。',
        remedy:
          '関数の予約された同時実行数を増やすか削除する（us-east-1 で `aws lambda get-function-concurrency --function-name <name>`）。',
        summary: '関数の予約された同時実行数が上限になっている可能性。増やすか削除する',
      },
    },
  },
  CLOUDFRONT_LAMBDA_EDGE_VALIDATION_FAILED: {
    title: 'Lambda@Edge 関数が {request} に返した内容を CloudFront が拒否した（LambdaValidationError）',
    causes: {
      'read-only-header': {
        cause:
          '関数が読み取り専用か禁止されたヘッダー（Content-Length、Transfer-Encoding、Keep-Alive、ビューワーイベントでの Host、Via、X-Cache、X-Amz-Cf-*）を追加・削除・変更した。オリジントリガーで serverless-express、mangum、Next.js、OpenNext のアダプターを使うとよく起きる。',
        remedy: `返す前に読み取り専用と禁止されたヘッダーを取り除く（イベントタイプごとの「エッジ関数に対する制限」を参照）。${EDGE_LOGS}`,
        summary: 'Lambda@Edge 関数が読み取り専用のヘッダーに触れた。返すオブジェクトから取り除く',
      },
      'body-invalid': {
        cause:
          '生成したボディが文字列でない、大きすぎる（ビューワートリガーは 40 KB、オリジントリガーは 1 MB まで）、または 204 のレスポンスに設定された。',
        remedy:
          "ボディは上限内の文字列として、bodyEncoding を 'text' か 'base64' にして返す。大きなコンテンツはオリジンから配信する。",
        summary: 'Lambda@Edge のボディが文字列でないか大きすぎる。上限内の文字列を返す',
      },
      'invalid-json': {
        cause:
          '関数が CloudFront のイベントオブジェクトではないものを返した。解析できない（途中で切れていることが多い）JSON、または文字列、配列、undefined。',
        remedy:
          'すべてのコードパスから、リクエストかレスポンスのオブジェクト全体（{ status, statusDescription, headers, body }）を返す。',
        summary: 'Lambda@Edge 関数が正しいレスポンスオブジェクトを返していない。CloudFront のイベントオブジェクトを返す',
      },
      'invalid-origin-override': {
        cause: '関数がオリジン（request.origin）を不正な値に変えた。不正なドメイン名やヘッダーなど。',
        remedy:
          '関数が設定するカスタムオリジンか S3 オリジンのオブジェクトを確認する: domainName、port、protocol、customHeaders の値が正しいこと。',
        summary: 'Lambda@Edge 関数が不正なオリジンを設定した。request.origin を直す',
      },
      'invalid-header-value': {
        cause:
          "返したヘッダーの値に不正な文字（CR や LF、'%0D'）がある、ヘッダーのエントリーの形が違う、またはステータスが 200〜599 の範囲外。",
        remedy: `ヘッダーの値をサニタイズし、ステータスは '200' から '599' までの文字列にする。${EDGE_LOGS}`,
        summary: 'Lambda@Edge が返したヘッダーの値かステータスが不正。サニタイズする',
      },
    },
  },
  CLOUDFRONT_LAMBDA_EDGE_INVALID_JSON: {
    title: 'Lambda@Edge 関数が {request} に CloudFront の解析できないものを返した（502）',
    causes: {
      'response-truncated': {
        cause:
          '生成したレスポンスが大きすぎたため Lambda が切り詰め、JSON が解析できなくなった（サーバーサイドレンダリングのページ、大きな JSON のボディ）。大きなレスポンスだけが失敗する。',
        remedy:
          '生成するレスポンスを上限（ビューワートリガーは 40 KB、オリジントリガーは 1 MB）未満に収め、大きなコンテンツはオリジンから配信する。',
        summary: 'Lambda@Edge のレスポンスが大きすぎて切り詰められた。サイズの上限内に収める',
      },
      'handler-returned-non-object': {
        cause:
          'ハンドラーがリクエストやレスポンスのオブジェクトではなく、文字列、配列、undefined を返した。return を忘れた async ハンドラー、コールバックと async の混在、レスポンスの代わりにボディを返した、など。',
        remedy:
          'すべてのコードパスから CloudFront のリクエストかレスポンスのオブジェクト全体を返す。Lambda コンソールの CloudFront タイプのテストイベントで再現する。',
        summary: 'Lambda@Edge のハンドラーがオブジェクトを返していない。リクエストかレスポンスのオブジェクトを返す',
      },
    },
  },
  CLOUDFRONT_FUNCTION_EXECUTION_ERROR: {
    title: 'ビヘイビアの CloudFront Functions の関数が {request} で失敗した（FunctionExecutionError）',
    causes: {
      'function-runtime-error': {
        cause:
          '関数がランタイムエラーを起こした。ヘッダー、Cookie、クエリパラメータがないことによる TypeError、CloudFront Functions のランタイムにない組み込み機能、あるいはランタイムのバージョンが対応していない構文（cloudfront-js-1.0 にはアロー関数も for...of もなく、ES モジュールの export は使えない）。失敗するパスを通るのは一部のリクエストだけ、ということが多い。',
        remedy:
          'このリクエストと同様のイベントで `aws cloudfront test-function --name <function> --if-match <etag> --stage LIVE --event-object fileb://event.json` を実行するとエラーがわかる。ヘッダーやクエリへのアクセスはすべてガードし、ランタイム cloudfront-js-2.0 を使う。console.log の出力は us-east-1 のロググループ /aws/cloudfront/function/<function> にある。',
        summary: 'CloudFront Functions の関数が例外を投げた。aws cloudfront test-function で再現する',
      },
      'compute-limit-exceeded': {
        cause: '関数がコンピューティングの予算を超えている（ComputeUtilization が 100 近い）ため、CloudFront が実行を止めた。',
        remedy:
          'ComputeUtilization メトリクスを確認し（70 を十分下回るように保つ）、関数を簡単にする。正規表現やループを減らし、KeyValueStore のデータを小さくする。',
        summary: 'CloudFront Functions の関数がコンピューティングの予算を超えている可能性。簡単にする',
      },
      'function-not-published': {
        cause: '関連付けが LIVE に発行されていない関数を指している、または関数の KeyValueStore の関連付けを読めない。',
        remedy:
          '関数を発行し（`aws cloudfront publish-function`、CloudFormation なら AutoPublish: true）、KeyValueStore の関連付けを確認する。',
        summary: 'CloudFront Functions の関数が LIVE に発行されていない可能性。発行する',
      },
    },
  },
  CLOUDFRONT_FUNCTION_THROTTLED: {
    title: 'ビヘイビアの CloudFront Functions の関数が {request} で CloudFront にスロットリングされた（FunctionThrottledError）',
    causes: {
      'compute-utilization-high': {
        cause:
          '関数がコンピューティングの上限付近か上限を超えて動き続けている（重い正規表現、大きなループ、大きな KeyValueStore の値）ため、CloudFront がスロットリングしている。',
        remedy:
          '`aws cloudfront test-function --stage LIVE` を実行して ComputeUtilization を 70 より十分低く保つ。関数を簡単にするか、重い処理を Lambda@Edge に移す。',
        summary: 'CloudFront Functions の関数がコンピューティングを使いすぎている。簡単にする',
      },
      'throttle-after-errors': {
        cause:
          '実行エラーが続いた期間のスロットリング状態が残っている。関数ごとに追跡されるため、修正版を発行した後も数分続くことが確認されている。',
        remedy:
          'スロットリングが解消するのを待つか、修正したコードを新しい関数名で発行して関連付け直す（報告されている回避策）。',
        summary: '以前のエラーによるスロットリングが残っている可能性。待つか、新しい関数名で発行する',
      },
      'runtime-error-reported-as-throttle': {
        cause:
          'ランタイムエラーや構文エラーがスロットリングとして報告された（cloudfront-js-2.0 で関数呼び出しの引数の中に await を書いた場合に確認されている）。',
        remedy: 'コード自体が失敗しているなら、`aws cloudfront test-function --stage LIVE` が FunctionErrorMessage を示す。',
        summary: 'ランタイムエラーがスロットリングとして表れている可能性。test-function の出力を確認する',
      },
    },
  },
  CLOUDFRONT_FUNCTION_VALIDATION_ERROR: {
    title: 'CloudFront Functions の関数が {request} に返した内容を CloudFront が拒否した（FunctionValidationError）',
    causes: {
      'read-only-header': {
        cause:
          '関数が読み取り専用か禁止されたヘッダー（x-forwarded-proto や Host など）を追加・削除・変更した、または updateRequestOrigin() を不正なオプションの組み合わせで呼んだ。コンソールのテストは通り、本番でだけ失敗する。',
        remedy:
          'イベントタイプの読み取り専用ヘッダーを「エッジ関数に対する制限」で確認し、その変更を取り除いて関数を発行し直す。',
        summary: 'CloudFront Functions の関数が読み取り専用のヘッダーに触れた。その変更を取り除く',
      },
      'malformed-object': {
        cause:
          "返したリクエストかレスポンスのオブジェクトの形式が不正。ヘッダー名が小文字でない、または値が { value: '...' } の形になっていない。",
        remedy:
          "ヘッダーのキーは小文字にし、値は { value: '...' } のオブジェクトにする。`aws cloudfront test-function` は 'The CloudFront function returned an invalid value' と報告する。",
        summary: 'CloudFront Functions の関数が不正な形式のオブジェクトを返した。小文字のキーと { value } オブジェクトを使う',
      },
    },
  },
  CLOUDFRONT_EDGE_FUNCTION_GENERATED_ERROR: {
    title:
      'あなたの CloudFront Functions か Lambda@Edge のコードが {request} にこのエラーを返した。オリジンには問い合わせていない',
    causes: {
      'edge-auth-rejected': {
        cause:
          'エッジ関数の認可ロジックがリクエストを拒否した。トークンや Cookie がないか期限切れ、Basic 認証の失敗、IP 許可リストなど。ボディは関数が返したもの。',
        remedy:
          'このステータスを返す関数のコードパスを読み、その判断をリクエスト ID と一緒にログに出す。関数が期待する認証情報を送る。関数が生成するレスポンスには CORS ヘッダーを付けさせる。付けないとブラウザがレスポンスを隠す。',
        summary: 'あなたのエッジ関数が {request} の認証情報を拒否した。何を期待しているかを確認する',
      },
      'edge-routing-rejected': {
        cause:
          'エッジ関数のルーティングや書き換えのロジックが、このパスやクエリに自分で応答した（一致しないルート、ブロックされたパス、リダイレクトのルール）。',
        remedy:
          '{path} に対する関数のルーティングのルールを確認する。エッジのコードからは機械が読めるボディ（エラーコード付きの JSON）を返す。',
        summary: 'あなたのエッジ関数がルート {path} を拒否した。ルーティングのルールを確認する',
      },
      'edge-rate-limited': {
        cause: 'エッジ関数に実装したレート制限がリクエストを拒否した。',
        remedy: '間隔を空けて後で再試行する。関数が適用している上限を確認する。',
        summary: 'あなたのエッジ関数が {request} をレート制限した。間隔を空けて再試行する',
      },
      'edge-code-error-response': {
        cause: 'エッジ関数が自身（または呼び出したサービス）の失敗を捕捉し、このサーバーエラーで応答した。',
        remedy: 'このリクエスト ID で関数のログを見て、どの失敗をこのステータスに対応付けたかを確認する。',
        summary: 'あなたのエッジ関数がサーバーエラーで応答した。ログを確認する',
      },
    },
  },
}
