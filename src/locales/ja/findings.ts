/**
 * 日本語: 所見（finding）の原因。API のルート表から求めた原因（src/signatures/route-findings.ts、
 * MISSING_AUTHENTICATION_TOKEN と HTTP_API_NOT_FOUND が共有）と、署名不一致のメッセージが引用する正規
 * リクエストとの比較から求めた原因（src/signatures/api-gateway-rest/sigv4-findings.ts、INVALID_SIGNATURE）。
 * @module
 */
import type { CauseTexts } from '../../texts/locale.ts'

const CALL_SUGGESTION = '{suggestion} を呼ぶ。'
const SIGN_FINAL =
  '送るとおりのリクエストに署名する。すべてのインターセプターの後で、最終的な URL とヘッダーを使い、API Gateway が受け取るホストで署名する。'

/** ルート表の所見の日本語テキスト。プレースホルダーは英語と同じ。 */
export const routeFindingsJa: Readonly<Record<string, CauseTexts>> = {
  'route-did-you-mean': {
    cause: 'API に {request} のルートはない。ルート表でいちばん近いルートは {suggestion}。',
    remedy: '{suggestion} を呼ぶか、意図したルートを追加してステージをデプロイする。',
    summary: '{request} はない。{suggestion} のことでは？',
  },
  'route-method-differs': {
    cause: 'ルート表に {path} はあるが、{methods} だけ。{method} は定義されていない。',
    remedy: '{methods} で呼ぶか、ルートに {method}（または ANY）を追加してステージをデプロイする。',
    summary: '{path} は {methods} だけ。そのメソッドで呼ぶか {method} を追加する',
  },
  'route-preflight-missing': {
    cause:
      'ブラウザの CORS プリフライト（OPTIONS {path}）に応える OPTIONS メソッドがない。ルート表では {path} は {methods} だけ。',
    remedy:
      'REST API: リソースで CORS を有効にし（認可なしの OPTIONS メソッド）、ステージをデプロイする。HTTP API: API に CORS を設定すれば、API Gateway がプリフライトに自分で応える。',
    summary: '{path} のプリフライト用の OPTIONS メソッドがない（定義は {methods}）。CORS を有効にする',
  },
  'route-stage-missing': {
    cause: 'パスにステージがない。ルート表には {suggestion} があり、execute-api の URL はステージ名から始まる。',
    remedy: 'ステージを先頭に付けて {suggestion} を呼ぶ。',
    summary: 'パスにステージがない。{suggestion} を呼ぶ',
  },
  'route-stage-doubled': {
    cause:
      'パスにステージ {stage} が二重にある。ベース URL がすでにステージで終わっているのに、ルートをつなぐ時にもう一度付けている。',
    remedy: CALL_SUGGESTION,
    summary: 'パスでステージ {stage} が重複している。{suggestion} を呼ぶ',
  },
  'route-stage-extra': {
    cause:
      'この API は $default ステージでルートを提供しており、パスにステージの部分はない。ルートの前の {stage} はどれにも一致しない。',
    remedy: CALL_SUGGESTION,
    summary: '$default ステージにはステージの部分がない。{suggestion} を呼ぶ',
  },
  'route-case-differs': {
    cause: 'パスとステージ名は大文字・小文字を区別する。{request} と {suggestion} は大文字・小文字だけが違う。',
    remedy: CALL_SUGGESTION,
    summary: '大文字・小文字が違う。{suggestion} を呼ぶ',
  },
  'route-greedy-empty': {
    cause:
      '{path} を受けるはずのルートは {route} だが、グリーディなパスパラメータは 1 セグメント以上を必要とし、{parent} そのものには一致しない。',
    remedy:
      '{parent} そのものにメソッドを追加する（ルートなら / のリソースまたはルートにメソッドを定義する）か、その下のパスを呼ぶ。',
    summary: '{route} は {parent} そのものに一致しない。{parent} にメソッドを追加する',
  },
  'route-in-table': {
    cause:
      'ルート表には {request} に一致する {route} がある。API の定義にはルートがあるが、応答したステージはそれを提供していない。',
    remedy:
      'ステージをデプロイし直し（`aws apigateway create-deployment --rest-api-id <id> --stage-name <stage>`。HTTP API は `aws apigatewayv2 create-deployment --api-id <id> --stage-name <stage>` か自動デプロイ）、ルート表がこの API とステージからエクスポートしたものか確認する。HTTP API では、統合が自分で 404 を返した可能性もある。',
    summary: '{route} はルート表にあるがステージが提供していない。ステージをデプロイするか、表がこの API のものか確認する',
  },
  'route-not-in-table': {
    cause:
      'ルート表の {count} 個のルートのどれも {request} に近くない。URL が別の API、ステージ、ベースパスマッピングのものかもしれない。',
    remedy: 'ベース URL（API ID、ステージ、カスタムドメインのマッピング）を、ルート表をエクスポートした API と突き合わせる。',
    summary: '{request} はルート表のどのルートからも遠い。ベース URL と API を確認する',
  },
}

/** SigV4 の比較の所見の日本語テキスト。 */
export const sigv4FindingsJa: Readonly<Record<string, CauseTexts>> = {
  'signed-method-differs': {
    cause: 'AWS が受け取ったメソッドは {aws}。リクエストは {sent} で送られた。',
    remedy: '送るメソッドで署名し、プロキシやクライアントがメソッドを書き換えていないか確認する。',
    summary: 'AWS は {aws} を受け取り、リクエストは {sent} で送られた。送るメソッドで署名する',
  },
  'signed-host-differs': {
    cause:
      'AWS が受け取ったホストは {aws}。リクエストは {sent} に送られ、そのホストで署名された。プロキシ、CloudFront、カスタムドメインの構成が途中で Host ヘッダーを変えた。',
    remedy:
      'API Gateway が受け取るホスト（{aws}）で署名するか、Host ヘッダーを変えずに転送する（CloudFront では、execute-api のオリジンに Host を転送しないオリジンリクエストポリシーと、そのオリジン向けの署名）。',
    summary: 'AWS はホスト {aws} を受け取り、署名は {sent} 向け。AWS が受け取るホストで署名する',
  },
  'signed-path-encoding': {
    cause:
      'AWS はパスを {aws} として計算した。送ったパス {sent} をもう一度パーセントエンコードしたもので、S3 以外のすべてのサービスで SigV4 がそう求める。パスをもう一度エンコードしない署名処理は {sent} に署名してしまう。',
    remedy:
      '署名処理にパスをもう一度エンコードさせ（@aws-sdk/signature-v4 は既定でそうする: uriEscapePath true）、一度だけエンコードした送信時のとおりのパスを渡す。',
    summary: 'パスは {sent} ではなく {aws} として署名する必要がある。署名処理にパスを再エンコードさせる',
  },
  'signed-path-differs': {
    cause:
      'AWS はパスを {aws} として計算した。リクエストは {sent} に送られた。途中の何か（CloudFront、プロキシ、「//」や「..」の URL 正規化）がパスを変えた。',
    remedy: SIGN_FINAL,
    summary: 'AWS が見たパスは {aws}、送ったパスは {sent}。AWS が受け取るパスで署名する',
  },
  'signed-query-differs': {
    cause: 'AWS はクエリ文字列を {aws} として計算した。送ったクエリを正規形（パラメータを並べ替えてエンコード）にすると {sent}。',
    remedy:
      '送るとおりのクエリに署名する。すべてのパラメータを名前順に並べ、名前と値を一度だけパーセントエンコードし（空白は %20、+ にしない）、プロキシを通してもすべて転送されるようにする。',
    summary: 'クエリは AWS に {aws} として届き、送ったのは {sent}。最終的なエンコード済みのクエリに署名する',
  },
  'signed-header-differs': {
    cause: '署名したヘッダー {header} は AWS に {aws} として届いた。送ったのは {sent}。',
    remedy: `${SIGN_FINAL}HTTP クライアントやブラウザは署名の後で Content-Type に「; charset=utf-8」を付けることが多い。`,
    summary: '{header} は AWS に {aws} として届き、送ったのは {sent}。送る値で署名する',
  },
  'signed-header-missing': {
    cause: 'ヘッダー {header} は署名対象だが、AWS には値が届いていない。送られていないか、途中で落とされた。',
    remedy: '送るヘッダーだけに署名し、署名したヘッダーをプロキシがすべて転送するようにする。',
    summary: '署名したヘッダー {header} が AWS に届いていない。送るヘッダーだけに署名する',
  },
  'signed-headers-malformed': {
    cause:
      'SignedHeaders が、重複のない小文字の名前を並べた一覧になっていない: {header}。AWS と署名処理が別々の正規リクエストを組み立てることになる。',
    remedy:
      '署名するヘッダーを、小文字で一度ずつ、名前順に並べる。保守されている署名ライブラリ（@aws-sdk/signature-v4）はそうする。',
    summary: 'SignedHeaders が不正（{header}）。各ヘッダーを小文字で一度ずつ名前順に並べる',
  },
  'signed-date-differs': {
    cause: 'AWS は時刻 {aws} で署名を計算した。リクエストの X-Amz-Date は {sent}。',
    remedy: 'X-Amz-Date と認証情報スコープに同じタイムスタンプを使い、署名の後で X-Amz-Date を変えない。',
    summary: 'AWS が使った時刻は {aws}、X-Amz-Date は {sent}。署名の後で X-Amz-Date を変えない',
  },
  'signed-scope-differs': {
    cause: 'AWS が使った認証情報スコープは {aws}。Authorization ヘッダーにあるのは {sent}。',
    remedy: '署名のスコープを API のリージョン、サービス execute-api、X-Amz-Date の日付にする。',
    summary: 'AWS が使ったスコープは {aws}、リクエストは {sent}。認証情報スコープを直す',
  },
  'canonical-request-matches': {
    cause:
      'AWS が引用した正規リクエストは、メソッド、ホスト、パス、クエリ、比べられるすべてのヘッダー値で送ったリクエストと一致する。リクエストは送ったとおりに届いている。',
    remedy:
      'シークレットアクセスキー（アクセスキー ID と対であること）と、署名処理が組み立てた正規リクエスト（パスとクエリのエンコード、ヘッダー値、ペイロードのハッシュ）を確認する。署名処理の正規リクエストをログに出し、AWS が引用したものと 1 行ずつ比べる。',
    summary: 'リクエストは送ったとおりに届いている。シークレットキーと署名処理の正規リクエストを確認する',
  },
}
