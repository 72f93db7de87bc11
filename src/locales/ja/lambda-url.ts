/**
 * 日本語: Lambda 関数 URL (src/signatures/lambda-url.ts)。
 * @module
 */
import type { SignatureTexts } from '../../texts/locale.ts'

/** Lambda 関数 URL の日本語テキスト。 */
export const lambdaUrlJa: Readonly<Record<string, SignatureTexts>> = {
  FUNCTION_URL_FORBIDDEN: {
    title: 'Lambda 関数 URL が、関数を実行する前に {request} を拒否した（403 Forbidden）',
    causes: {
      'public-permission-missing': {
        cause:
          '関数 URL の認証タイプは NONE だが、関数のリソースベースのポリシーが一般からの呼び出しを許可していない。2025 年 10 月以降、関数 URL には 2 つのステートメントが必要: lambda:InvokeFunctionUrl（lambda:FunctionUrlAuthType が NONE）と lambda:InvokeFunction（lambda:InvokedViaFunctionUrl が true）。コンソールと SAM は両方を追加するが、CLI、CloudFormation、CDK、Terraform では最初の 1 つしか追加されないことが多い。',
        remedy:
          "ポリシーを確認し（`aws lambda get-policy --function-name <fn>`）、足りないものを追加する: `aws lambda add-permission --function-name <fn> --statement-id url --action lambda:InvokeFunctionUrl --principal '*' --function-url-auth-type NONE` と `aws lambda add-permission --function-name <fn> --statement-id url-invoke --action lambda:InvokeFunction --principal '*' --invoked-via-function-url`。",
        summary: '関数のポリシーに lambda:InvokeFunction か lambda:InvokeFunctionUrl がない可能性。両方のアクセス許可を追加する',
      },
      'iam-unsigned': {
        cause:
          "関数 URL の認証タイプが AWS_IAM で、リクエストが SigV4 で署名されていない。Bearer トークンや API キーは意味がなく、サービス 'lambda' 向けの署名だけが通る。",
        remedy:
          "関数のリージョンでサービス 'lambda' 向けに SigV4 署名する（例: @aws-sdk/signature-v4 と、lambda:InvokeFunctionUrl を許可された認証情報）。公開するつもりの URL なら認証タイプを NONE に切り替える（`aws lambda update-function-url-config --function-name <fn> --auth-type NONE`）。",
        summary: "関数 URL が AWS_IAM 認証を使っている可能性。{request} をサービス 'lambda' 向けに SigV4 で署名する",
      },
      'iam-principal-denied': {
        cause:
          "リクエストは署名されているが、サービスかリージョンが違う（サービスは 'execute-api' ではなく 'lambda'）、署名したプリンシパルにこの関数への lambda:InvokeFunctionUrl（と lambda:InvokeFunction）が許可されていない、または組織のポリシーが拒否している。",
        remedy:
          '署名の認証情報スコープ（<date>/<region>/lambda/aws4_request）を確認し、プリンシパルに arn:aws:lambda:<region>:<account>:function:<fn> への lambda:InvokeFunctionUrl を、その IAM ポリシーか関数のポリシーで付与する（`aws lambda add-permission ... --principal <account-or-role-arn> --function-url-auth-type AWS_IAM`）。',
        summary: "署名した呼び出し元に関数 URL の呼び出しが許可されていない可能性。署名のサービス（'lambda'）と権限を確認する",
      },
      'cloudfront-oac': {
        cause:
          'CloudFront 経由の呼び出しで、ディストリビューションのオリジンアクセスコントロール（OAC）がないかリクエストに署名していない、または関数のポリシーがこのディストリビューションの cloudfront.amazonaws.com プリンシパル（AWS:SourceArn）に lambda:InvokeFunctionUrl と lambda:InvokeFunction の両方を許可していない。',
        remedy:
          'オリジンにオリジンタイプ「lambda」のオリジンアクセスコントロールを設定し（署名動作は「常に」）、関数 URL の認証タイプを AWS_IAM にして、条件 AWS:SourceArn = arn:aws:cloudfront::<account>:distribution/<distribution-id> 付きでプリンシパル cloudfront.amazonaws.com に両方のステートメントを追加する。',
        summary: 'CloudFront に関数 URL の呼び出しが許可されていない可能性。OAC と関数のポリシーを確認する',
      },
      'alias-deleted': {
        cause: '関数 URL が削除されたエイリアス（修飾子）のもの。URL の設定は残っているが何も呼び出せない。',
        remedy:
          'エイリアスを作り直すか、既存のエイリアスか $LATEST に URL を作り直す（`aws lambda get-function-url-config --function-name <fn> --qualifier <alias>`）。',
        summary: '関数 URL のエイリアスが削除された可能性。エイリアスか URL を作り直す',
      },
    },
  },
  FUNCTION_URL_NOT_FOUND: {
    title: '{host} で応答する Lambda 関数 URL がない（403 {"Message":null}）',
    causes: {
      'url-not-found': {
        cause:
          'このリージョンにこの ID の関数 URL がない。関数か URL の設定を削除して作り直した（URL の ID は新しくなる）、ID の打ち間違い、またはホスト名のリージョンが違う。',
        remedy:
          '現在の URL を取得し（`aws lambda get-function-url-config --function-name <fn> --query FunctionUrl`）、リージョンも含めてそれを使う。',
        summary: '{host} の ID を持つ関数 URL がない。get-function-url-config で現在の URL を取得する',
      },
      'host-header-forwarded': {
        cause:
          'CloudFront（または別のプロキシ）がビューワーの Host ヘッダーを関数 URL のオリジンに転送している（たいていはオリジンリクエストポリシー AllViewer による）。Lambda はホスト名で関数 URL を探すので、プロキシの名前では見つからない。',
        remedy:
          'オリジンが *.lambda-url.<region>.on.aws のビヘイビアでは、マネージドオリジンリクエストポリシー AllViewerExceptHostHeader（b689b0a8-53d0-40ab-baf2-68738e2966ac）を使うか、ポリシーを付けない。アプリが元のホスト名を必要とするなら別のヘッダーにコピーする（例: CloudFront Functions で X-Forwarded-Host に入れる）。',
        summary: 'CloudFront が Host ヘッダーを関数 URL に転送している可能性。AllViewerExceptHostHeader を使う',
      },
    },
  },
  FUNCTION_URL_FUNCTION_ERROR: {
    title: 'Lambda 関数 URL の後ろの関数が {request} で失敗した（502 Internal Server Error）',
    causes: {
      'unhandled-error': {
        cause:
          '関数が処理されない例外を投げたかクラッシュした。ハンドラー内のエラー、初期化エラー（ハンドラーやモジュールが見つからない）、ランタイムのクラッシュなど。',
        remedy:
          'レスポンスの x-amzn-RequestId で /aws/lambda/<fn>（CloudWatch Logs）から呼び出しを探す。ハンドラーで例外を捕捉し、代わりに意図した 4xx/5xx のレスポンスを返す。',
        summary: '関数が例外を投げた可能性。CloudWatch Logs でスタックトレースを探す',
      },
      'function-timeout': {
        cause:
          '関数がタイムアウト（設定しなければ 3 秒）を超えたか、メモリ不足になった（ログに「Task timed out after N seconds」と出る）。',
        remedy:
          '経過時間を関数のタイムアウトと比べ（`aws lambda get-function-configuration --function-name <fn> --query Timeout`）、タイムアウトかメモリを増やす（`aws lambda update-function-configuration --function-name <fn> --timeout 30 --memory-size 512`）か、処理を速くする。',
        summary: '関数がタイムアウトした可能性。経過時間を関数のタイムアウトと比べる',
      },
      'invalid-response': {
        cause:
          '関数が、関数 URL では HTTP に変換できないものを返した（整数でない statusCode、文字列でない body、不正なヘッダーや Cookie）、イベントを別の形式として解釈した（関数 URL は HTTP API と同じペイロード形式 2.0 を送る）、またはバッファリングで 6 MB を超えるレスポンスを返した。',
        remedy:
          '{"statusCode": 200, "headers": {"content-type": "application/json"}, "body": JSON.stringify(data)} を返す。APIGatewayProxyEventV2 や関数 URL のイベント型を使う。大きなレスポンスはストリーミングする（呼び出しモード RESPONSE_STREAM）。',
        summary: '関数が不正なレスポンスを返した可能性。statusCode、headers、文字列の body を返す',
      },
    },
  },
}
