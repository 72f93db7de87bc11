/**
 * 日本語: Application Load Balancer (src/signatures/alb.ts)。
 * @module
 */
import type { SignatureTexts } from '../../texts/locale.ts'

/** Application Load Balancer の日本語テキスト。 */
export const albJa: Readonly<Record<string, SignatureTexts>> = {
  ALB_400_BAD_REQUEST: {
    title: 'Application Load Balancer が {request} を不正または大きすぎるとして拒否した（400 Bad Request）',
    causes: {
      'headers-too-large': {
        cause:
          'リクエスト行かヘッダーがロードバランサーの上限を超えている。リクエスト行と個々のヘッダーは 16 KB、ヘッダー全体で 64 KB まで。大きな Cookie や長い JWT が原因になりやすく、新しいセッションなら通ることが多い。',
        remedy:
          'ヘッダーを小さくする。古い Cookie を消し、トークンを小さく保ち（クレームを減らす）、大きなデータはボディに移す。',
        summary:
          '{request} のヘッダーがロードバランサーの上限（ヘッダーごとに 16 KB、合計 64 KB）を超えている可能性。Cookie とトークンを小さくする',
      },
      'malformed-request': {
        cause:
          'リクエストがロードバランサーにとって正しい HTTP ではない。URL やヘッダーに不正な文字がある、または非同期緩和モードが Severe に分類するフレーミングになっている。',
        remedy:
          "パスとクエリの値をパーセントエンコードし（encodeURIComponent）、送信するヘッダーを検証する。リクエストが拒否された理由はアクセスログの classification と classification_reason のフィールドにある。非同期緩和モードが 'strictest' なら 'defensive' を検討する（属性 routing.http.desync_mitigation_mode）。",
        summary:
          'ロードバランサーが {request} を不正と判断した。URL をパーセントエンコードし、アクセスログの classification_reason を確認する',
      },
      'body-cut-short': {
        cause: 'Content-Length で予告したボディを送り切る前に、クライアントが接続を閉じた。',
        remedy:
          'Content-Length は HTTP クライアントに計算させ、不安定なネットワークではアップロードを再試行する（または大きなファイルは署名付き URL で S3 にアップロードする）。',
        summary: '{request} のボディが途中で切れた可能性。Content-Length はクライアントに設定させて再試行する',
      },
    },
  },
  ALB_401_AUTH_DENIED: {
    title: 'ロードバランサーの認証アクションが {request} を拒否した（awselb/2.0 からの 401）',
    causes: {
      'no-session-cookie': {
        cause:
          'リスナールールがユーザーを認証しており（authenticate-oidc または authenticate-cognito）、OnUnauthenticatedRequest が deny に設定されているのに、リクエストに AWSELBAuthSessionCookie がなかった。fetch/XHR による API 呼び出しは ID プロバイダーへのリダイレクトをたどれないので、代わりに 401 を受け取る。',
        remedy:
          "まずページの読み込みでユーザーにサインインさせてブラウザに AWSELBAuthSessionCookie の Cookie を持たせ、API 呼び出しでそれを送る（fetch なら credentials: 'include'）。401 ならユーザーをログインページに送る。マシンのクライアントは、代わりにアプリケーション側でトークンによって認証する。",
        summary:
          'ロードバランサーの認証アクションが {request} にセッション Cookie を見つけられなかった。ページの読み込みでサインインしてから Cookie を送る',
      },
      'session-expired': {
        cause:
          'AWSELBAuthSessionCookie は送られたがもう有効ではない。認証アクションのセッションタイムアウトが過ぎた、または別のロードバランサーの Cookie。',
        remedy: 'サインインし直す。セッションが早く切れすぎるなら認証アクションの SessionTimeout を延ばす。',
        summary: '{request} で送ったロードバランサーのセッション Cookie が期限切れの可能性。サインインし直す',
      },
      'idp-exchange-failed': {
        cause:
          'ID プロバイダーとのやり取りが 401 で終わる形で失敗した。ユーザークレームが 11 KB を超えている、ID トークンを伴わないスコープ、クライアントのログインタイムアウト超過、Host ヘッダーのない HTTP/1.0 リクエストなど。',
        remedy:
          'アクセスログの error_reason（AuthInvalidIdToken、AuthUserinfoResponseSizeExceeded、…）を調べる。openid スコープを要求し、ID プロバイダーが返すクレームを減らす。',
        summary: 'ID プロバイダーとのやり取りが失敗した可能性。アクセスログの error_reason を確認する',
      },
    },
  },
  ALB_405_METHOD_NOT_ALLOWED: {
    title: 'Application Load Balancer が {request} のメソッドを受け付けない（405 Method Not Allowed）',
    causes: {
      'trace-method': {
        cause: 'リクエストが TRACE を使っている。ロードバランサーが拒否する唯一のメソッド。',
        remedy: 'ロードバランサー経由で TRACE を送らない。',
        summary: 'ロードバランサーは TRACE を拒否する。別のメソッドを使う',
      },
    },
  },
  ALB_408_REQUEST_TIMEOUT: {
    title: 'Application Load Balancer が {request} の残りを待つのをやめた（408 Request Timeout）',
    causes: {
      'slow-upload': {
        cause:
          'リクエストを送り終える前に、クライアントがロードバランサーのアイドルタイムアウト（既定 60 秒）より長く送信を止めた。遅いか止まったアップロード。TCP キープアライブのパケットはデータとして数えられない。',
        remedy:
          'ボディを途切れなくストリーミングする。アイドルタイムアウトを延ばす（`aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=idle_timeout.timeout_seconds,Value=120`）か、大きなファイルは署名付き URL で S3 にアップロードする。',
        summary:
          '{request} のアップロードがアイドルタイムアウト（既定 60 秒）を超えて止まった。途切れなく送るか S3 に直接アップロードする',
      },
      'incomplete-request': {
        cause:
          'クライアントが実際に送ったより多くのデータを予告した（ボディより大きい Content-Length）ので、ロードバランサーはアイドルタイムアウトまで残りを待った。',
        remedy: 'Content-Length は HTTP クライアントに設定させる。別のリクエストからコピーしない。',
        summary: 'リクエストが送ったバイト数より多くを予告した。Content-Length はクライアントに設定させる',
      },
    },
  },
  ALB_413_PAYLOAD_TOO_LARGE: {
    title: 'Application Load Balancer が {request} を大きすぎるとして拒否した（413）',
    causes: {
      'lambda-body-limit': {
        cause: 'ターゲットが Lambda 関数で、リクエストボディがロードバランサーの Lambda ターゲットの上限 1 MB を超えている。',
        remedy:
          '大きなペイロードは署名付き URL で S3 にアップロードして参照を渡す。あるいはこのルートをインスタンスか IP のターゲットグループで処理する。',
        summary: '{request} のボディが Lambda ターゲットの上限 1 MB を超えている可能性。S3 にアップロードして参照を渡す',
      },
      'header-limits': {
        cause:
          'ヘッダーがロードバランサーの上限（リクエスト行と個々のヘッダーは 16 KB、合計 64 KB）を超えている。たいていは大きな Cookie。',
        remedy: 'Cookie とトークンを小さくし、大きなデータはボディに移す。',
        summary: '{request} のヘッダーが大きすぎる可能性。Cookie とトークンを小さくする',
      },
    },
  },
  ALB_414_URI_TOO_LONG: {
    title: '{request} の URL が Application Load Balancer には長すぎる（414）',
    causes: {
      'url-too-long': {
        cause:
          'URL かクエリ文字列がロードバランサーの受け付ける長さを超えている。クエリに入れた長いフィルター式やまとめた ID など。',
        remedy: '大きなパラメータは POST のボディ（または検索用のリソース）で送るか、リクエストを分割する。',
        summary: '{request} の URL が長すぎる。パラメータを POST のボディに移す',
      },
    },
  },
  ALB_463_XFF_TOO_MANY_IPS: {
    title: '{request} の X-Forwarded-For ヘッダーのアドレスが Application Load Balancer には多すぎる（463）',
    causes: {
      'xff-too-many-addresses': {
        cause:
          'X-Forwarded-For に 30 を超える IP アドレスがある。プロキシやクライアントが追加し続けている（プロキシや CDN の間のループ、またはクライアントが自分の X-Forwarded-For を転送している）。',
        remedy:
          'クライアントに X-Forwarded-For を送らせたり転送させたりせず、最初の信頼できるプロキシで取り除き、プロキシ間のループを探す。',
        summary: 'X-Forwarded-For のアドレスが 30 を超えている。最初のプロキシで取り除き、プロキシのループを探す',
      },
    },
  },
  ALB_464_PROTOCOL_VERSION_MISMATCH: {
    title: '{request} のプロトコルがターゲットグループのプロトコルバージョンと合わない（Application Load Balancer の 464）',
    causes: {
      'protocol-version-mismatch': {
        cause:
          'リクエストのプロトコルがターゲットグループのプロトコルバージョンと合っていない。gRPC か HTTP/2 のターゲットグループへの HTTP/1.1、HTTP1 のターゲットグループへの gRPC、gRPC のターゲットグループへの POST 以外の HTTP/2 リクエストなど。',
        remedy:
          'HTTP/1.1 のトラフィックは HTTP1 のターゲットグループへ、gRPC は gRPC のターゲットグループへ振り分ける（パスやヘッダーによるリスナールール）。ターゲットグループの ProtocolVersion を確認する。',
        summary:
          '{request} がターゲットグループのプロトコルバージョンと合わない。適切なプロトコルのターゲットグループに振り分ける',
      },
      'cloudfront-http1-to-origin': {
        cause:
          '前段に CloudFront があり、オリジンとは HTTP/1.1 で通信するため、その後ろの HTTP2 や gRPC のターゲットグループはすべてのリクエストを拒否する。',
        remedy:
          'キャッシュビヘイビアで gRPC を有効にしていない限り、CloudFront の後ろのターゲットグループは ProtocolVersion を HTTP1 にする。',
        summary: 'CloudFront はロードバランサーと HTTP/1.1 で通信する。CloudFront の後ろには HTTP1 のターゲットグループを使う',
      },
    },
  },
  ALB_500_INTERNAL: {
    title: 'Application Load Balancer が {request} の処理中に内部で失敗した（awselb/2.0 からの 500 Internal Server Error）',
    causes: {
      'waf-evaluation-error': {
        cause:
          'ロードバランサーが、関連付けられた AWS WAF のウェブ ACL のルールを評価する途中で失敗した。散発的で、ウェブ ACL を関連付けているときにだけ起きる。',
        remedy:
          'リクエストの時刻前後のウェブ ACL の CloudWatch メトリクスとログを確認する。続くようなら、時刻とロードバランサーの ARN を添えて AWS サポートにケースを起票する。',
        summary:
          'ロードバランサーが WAF のウェブ ACL の評価で失敗した可能性。WAF のメトリクスを確認し、続くなら AWS サポートに問い合わせる',
      },
      'authenticate-action-failed': {
        cause:
          'リスナールールの認証アクション（OIDC または Cognito）が失敗した。ロードバランサーが ID プロバイダーのトークンエンドポイントやユーザー情報エンドポイントに到達できない（NAT へのルートのない内部ロードバランサー、セキュリティグループやネットワーク ACL による送信のブロック、プライベートな IdP の DNS 名）、ID プロバイダーの応答に 5 秒以上かかった、またはユーザークレームが 11 KB を超えている。',
        remedy:
          'ロードバランサーから ID プロバイダーへの HTTPS（443）の送信を許可する（内部ロードバランサーなら NAT ゲートウェイ経由）。アクセスログの error_reason（例: AuthTokenEpRequestTimeout）を調べ、クレームを減らす。',
        summary:
          'ロードバランサーの認証アクションが ID プロバイダーに到達できない可能性。HTTPS の送信を許可し、error_reason を確認する',
      },
    },
  },
  ALB_501_NOT_IMPLEMENTED: {
    title: 'Application Load Balancer が {request} の Transfer-Encoding に対応していない（501 Not Implemented）',
    causes: {
      'unsupported-transfer-encoding': {
        cause:
          'リクエストが、ロードバランサーの対応していない Transfer-Encoding（chunked と identity 以外。例えば gzip や compress）を使っている。',
        remedy:
          '圧縮したボディは Content-Encoding で送り、Transfer-Encoding は chunked だけを使う。クライアントとロードバランサーの間でこれを書き換えるプロキシがないか確認する。',
        summary: 'ロードバランサーが対応する Transfer-Encoding は chunked だけ。圧縮には Content-Encoding を使う',
      },
    },
  },
  ALB_502_BAD_GATEWAY: {
    title: 'Application Load Balancer が {request} についてターゲットから有効なレスポンスを受け取れなかった（502 Bad Gateway）',
    causes: {
      'keep-alive-race': {
        cause:
          'ロードバランサーがアイドル状態のキープアライブ接続でこのリクエストを送ったちょうどそのとき、ターゲットがその接続を閉じた。ターゲットのキープアライブタイムアウトがロードバランサーのアイドルタイムアウト（既定 60 秒。Node.js のサーバーの既定は 5 秒）より短い。負荷と関係なく、即座に返る 502 が少しずつ一定の割合で出る。',
        remedy:
          'ターゲットのキープアライブタイムアウトをロードバランサーのアイドルタイムアウトより長くする: Node.js なら `server.keepAliveTimeout = 65000; server.headersTimeout = 66000`、gunicorn なら `--keep-alive 75`、nginx なら `keepalive_timeout 75s`。冪等なリクエストは 1 回だけ再試行する。',
        summary:
          'ターゲットがロードバランサーより先にキープアライブ接続を閉じている可能性。キープアライブタイムアウトをアイドルタイムアウトより長くする（例: 65 秒）',
      },
      'lambda-target-error': {
        cause:
          'ターゲットが Lambda 関数で、呼び出しが失敗した。処理されないエラー、スロットリング、タイムアウト、1 MB を超えるレスポンス、形式の不正なレスポンスオブジェクト（statusCode がない、body が文字列でない、isBase64Encoded の誤り）。',
        remedy:
          '1 MB 未満の文字列の body を持つ {statusCode, statusDescription, headers, body, isBase64Encoded} を返す。関数の CloudWatch Logs とアクセスログの error_reason（LambdaInvalidResponse、LambdaUnhandled、LambdaThrottling、LambdaResponseTooLarge）を確認する。',
        summary:
          'Lambda ターゲットが失敗したか不正なレスポンスを返した可能性。関数のログとアクセスログの error_reason を確認する',
      },
      'target-unreachable': {
        cause:
          'ターゲットが接続を拒否したかリセットした。アプリケーションが待ち受けていないかクラッシュした、ターゲットグループのポートが違う、ターゲットのセキュリティグループがロードバランサーを通さない、または HTTPS のターゲットとの TLS ハンドシェイクが失敗した。',
        remedy:
          'ターゲットのヘルス（`aws elbv2 describe-target-health --target-group-arn <arn>`）、アプリケーションが待ち受けるポート、ターゲットのセキュリティグループがトラフィック用とヘルスチェック用のポートでロードバランサーのセキュリティグループを許可しているかを確認する。',
        summary:
          'ターゲットが接続を拒否している可能性（待ち受けていない、ポート違い、セキュリティグループ）。ターゲットのヘルスとセキュリティグループを確認する',
      },
      'malformed-target-response': {
        cause:
          'ターゲットがロードバランサーの中継できないものを返した。不正なヘッダー、32 KB を超えるレスポンスヘッダー、またはデプロイ中に登録解除の遅延が切れて接続が切断された。',
        remedy:
          'レスポンスヘッダー（サイズ、文字）を検証する。登録解除の遅延（deregistration_delay.timeout_seconds）を延ばし、デプロイ時は接続を穏やかにドレインする。',
        summary:
          'ターゲットが不正か大きすぎるヘッダーを送っているか、デプロイ中に切断されている可能性。レスポンスと登録解除の遅延を確認する',
      },
    },
  },
  ALB_503_NO_TARGETS: {
    title: 'Application Load Balancer に {request} の送り先のターゲットがない（503 Service Temporarily Unavailable）',
    causes: {
      'no-registered-targets': {
        cause:
          '一致したリスナールールの転送先のターゲットグループに、登録済みのターゲットがない。サービスがゼロまでスケールインした、デプロイですべてのタスクが置き換わった、ECS や EKS のターゲットが登録されなかった（EKS ではノードの providerID で AWS Load Balancer Controller が失敗していることが多い）、またはルールが別のターゲットグループを指している。異常なターゲットはこの原因にはならない。すべてのターゲットが異常なら、ロードバランサーはフェイルオープンしてそれらに振り分ける。',
        remedy:
          '`aws elbv2 describe-target-health --target-group-arn <arn>` が空のリストなら何も登録されていない。ターゲットを登録するかサービスディスカバリーを直し（ECS のサービスイベント、Load Balancer Controller のログ）、ルールがどのターゲットグループに転送しているかを確認する（`aws elbv2 describe-rules --listener-arn <arn>`）。',
        summary:
          '{request} の後ろのターゲットグループに登録済みのターゲットがない可能性。aws elbv2 describe-target-health を実行して登録する',
      },
      'targets-not-in-use': {
        cause:
          'ターゲットが、ロードバランサーで有効になっていないアベイラビリティーゾーンにしか登録されていない（ターゲットの状態が unused、理由が Target.NotInUse）、またはターゲットグループのクロスゾーン負荷分散が無効になっている。',
        remedy:
          'そのアベイラビリティーゾーン（サブネット）をロードバランサーで有効にするか、有効なすべてのゾーンにターゲットを登録するか、ターゲットグループのクロスゾーン負荷分散を有効にする。',
        summary:
          'ターゲットがロードバランサーの使わないアベイラビリティーゾーンにある可能性。ゾーンかクロスゾーン負荷分散を有効にする',
      },
    },
  },
  ALB_504_GATEWAY_TIMEOUT: {
    title: 'Application Load Balancer が {request} でターゲットの応答を待ってタイムアウトした（504 Gateway Time-out）',
    causes: {
      'target-too-slow': {
        cause:
          'ターゲットはリクエストを受け付けたが、ロードバランサーのアイドルタイムアウト（既定 60 秒、引き上げれば最大 4,000 秒）内に応答しなかった。',
        remedy:
          'ハンドラーを速くするか非同期にする（202 を返してクライアントにポーリングさせる）。そのうえで初めてアイドルタイムアウトを延ばし（`aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=idle_timeout.timeout_seconds,Value=120`）、ターゲットのキープアライブタイムアウトはそれより長く保つ。',
        summary: 'ターゲットがアイドルタイムアウト（既定 60 秒）より長くかかった。ハンドラーを速くするか非同期にする',
      },
      'connect-timeout': {
        cause:
          'ロードバランサーが 10 秒以内にターゲットに接続できなかった。セキュリティグループやネットワーク ACL がトラフィック（戻りのエフェメラルポート 1024-65535 を含む）をブロックしている、ターゲットが過負荷、または HTTPS のターゲットとの TLS ハンドシェイクがタイムアウトした。',
        remedy:
          'ターゲットのセキュリティグループでロードバランサーのセキュリティグループからターゲットポートへの通信を許可し、サブネットのネットワーク ACL でエフェメラルポートを許可する。CloudWatch の TargetConnectionErrorCount を確認し、ターゲットをスケールアウトする。',
        summary:
          'ロードバランサーが 10 秒以内にターゲットに到達できない可能性。セキュリティグループ、ネットワーク ACL、ターゲットの負荷を確認する',
      },
      'incomplete-target-response': {
        cause: 'ターゲットが送ったボディより大きい Content-Length を予告したか、Lambda ターゲットが時間内に応答しなかった。',
        remedy: 'Content-Length はフレームワークに計算させる。Lambda 関数の実行時間とタイムアウトを確認する。',
        summary:
          'ターゲットが Content-Length より少なく送っているか、Lambda ターゲットがタイムアウトしている可能性。レスポンスと関数の実行時間を確認する',
      },
    },
  },
  ALB_505_VERSION_NOT_SUPPORTED: {
    title: 'Application Load Balancer が {request} の HTTP バージョンを拒否した（505）',
    causes: {
      'http-version-mismatch': {
        cause:
          'クライアントかプロキシが、その接続で許されない HTTP バージョンを使った。例えば HTTP/1.1 の接続でネゴシエーションなしに HTTP/2 のフレームを送った（h2c の事前知識）、またはバージョン文字列が不正。',
        remedy:
          'HTTP/2 は TLS 上の ALPN でネゴシエーションし（HTTPS リスナー）、h2c を強制しない。HTTP クライアントやプロキシのプロトコル設定を確認する。',
        summary: '{request} の HTTP バージョンが接続と合わない。HTTP/2 は TLS 上でネゴシエーションし、h2c を強制しない',
      },
    },
  },
  ALB_507_REDIRECT_URL_TOO_LONG: {
    title: 'Application Load Balancer のリダイレクトルールが {request} に対して長すぎる URL を作った（507）',
    causes: {
      'redirect-url-too-long': {
        cause:
          'リダイレクトアクションが長すぎる URL を作った。典型的には、非常に長いパスやクエリ文字列を新しい URL にコピーする HTTP から HTTPS へのリダイレクト。ALB はこれに 507 を流用している。',
        remedy:
          'URL やクエリ文字列を短くする（大きなパラメータは POST のボディで送る）か、HTTPS の URL を直接呼ぶか、リダイレクトのテンプレートを簡単にする。',
        summary: 'リダイレクトルールが長すぎる URL を作った。クエリを短くするか、転送先の URL を直接呼ぶ',
      },
    },
  },
  ALB_561_IDP_ERROR: {
    title: 'ロードバランサーが {request} のために始めたログインを ID プロバイダーが拒否した（561）',
    causes: {
      'idp-error': {
        cause:
          '認証アクションがユーザーの認証中に ID プロバイダーからエラーを受け取った。クライアントシークレットの誤り、IdP に登録されていないリダイレクト URI、同意を拒否したユーザーなど。',
        remedy:
          'アクセスログの error_reason と ID プロバイダー自身のログを調べる。https://<load balancer DNS name or domain>/oauth2/idpresponse をコールバック URL として登録し、認証アクションのクライアント ID とシークレットを確認する。',
        summary:
          'ID プロバイダーがエラーを返した。クライアントシークレットと、/oauth2/idpresponse がコールバック URL に登録されているかを確認する',
      },
    },
  },
  ALB_FIXED_RESPONSE: {
    title:
      'Application Load Balancer が {request} に自分で応答した（おそらくリスナールールの固定レスポンス）: どのターゲットにも届いていない',
    causes: {
      'cloudfront-secret-header-mismatch': {
        cause:
          'ロードバランサーは CloudFront が付けるシークレットヘッダー（X-Origin-Verify など）を持つリクエストだけを転送しており、このリクエストの値が一致しなかった。シークレットをリスナールールかディストリビューションのオリジンカスタムヘッダーの片方だけで変更した。CloudFront 経由のすべてのリクエストがデフォルトルールの固定レスポンスを受け取る。',
        remedy:
          'リスナールールのヘッダー条件（`aws elbv2 describe-rules --listener-arn <arn>`）を CloudFront ディストリビューションのオリジンカスタムヘッダーと比べ、両方に同じ値を設定する。',
        summary:
          'CloudFront が送るシークレットのオリジンヘッダーがロードバランサーのルールと一致していない可能性。両方の値を揃える',
      },
      'cloudfront-bypassed': {
        cause:
          'リクエストが CloudFront を通らずロードバランサーに直接届いたため、リスナールールが要求するシークレットヘッダーがなく、デフォルトルールが固定レスポンスを返した。ロードバランサーに CloudFront 経由でしか到達させたくない場合の、意図どおりの保護。',
        remedy: 'ロードバランサーの DNS 名ではなく、CloudFront ディストリビューションのドメインを呼ぶ。',
        summary:
          'ロードバランサーは CloudFront 経由のリクエストしか受け付けない可能性。{host} ではなく CloudFront のドメインを呼ぶ',
      },
      'no-matching-rule': {
        cause:
          '{request} のホスト名やパスに一致するリスナールールがなく（ルールのない新しいルートやホスト名）、デフォルトアクションが固定レスポンスを返した。',
        remedy:
          'ルールを一覧し（`aws elbv2 describe-rules --listener-arn <arn>`）、このホストやパスを適切なターゲットグループに転送するルールを追加する。EKS では、AWS Load Balancer Controller がリスナールールに変換する Ingress のホストとパスのルールを確認する。',
        summary: '{request} のホストやパスに一致するリスナールールがない可能性。転送ルールを追加する',
      },
      'waf-custom-response': {
        cause:
          'ロードバランサーの AWS WAF のルールがカスタムレスポンスでリクエストをブロックした。ステータス、ヘッダー、ボディはウェブ ACL の定義しだい。',
        remedy:
          '終端ルールを特定する: WAF コンソール › ウェブ ACL › <web ACL> › サンプリングされたリクエスト（アクション = Block）、またはウェブ ACL のログの terminatingRuleId。',
        summary:
          'カスタムレスポンスを持つ WAF のルールが {request} をブロックした可能性。ウェブ ACL のサンプリングされたリクエストを確認する',
      },
    },
  },
}
