/**
 * 日本語: AWS WAF (src/signatures/waf.ts, waf-causes.ts)。
 * @module
 */
import type { CauseTexts, SignatureTexts } from '../../texts/locale.ts'

/** ブロックしたルールの探し方。WAF の対処はすべてここから始まる。 */
const FIND_RULE =
  'まず終端ルールを特定する: WAF コンソール › ウェブ ACL › <web ACL> › サンプリングされたリクエスト（過去 3 時間、アクション = Block）、またはウェブ ACL のログ（CloudWatch Logs、S3、Firehose）の terminatingRuleId、ruleGroupList、ラベル。'

/** 既定の WAF ブロックの原因。ルールはどこでも同じで、違うのはウェブ ACL の関連付け先（`where`）だけ。 */
function wafBlockCauses(where: string): Record<string, CauseTexts> {
  return {
    'managed-rule-match': {
      cause: `${where}のウェブ ACL の AWS マネージドルールがリクエストに一致した。多いのはコアルールセットの SizeRestrictions_BODY（8 KB を超えるボディ）、HTML や SQL に似た文字列を含むだけの JSON に一致する CrossSiteScripting_BODY や SQLi のルール、SizeRestrictions_QUERYSTRING（2,048 バイトを超えるクエリ文字列）。この種のブロックは決定的で、同じペイロードは必ず失敗し、小さいものや単純なものは通る。`,
      remedy: `${FIND_RULE}そのルールだけを Count にオーバーライドし（コンソール: ルール › マネージドルールグループを編集 › <rule> › Count にオーバーライド。CloudFormation: RuleActionOverrides: [{Name: SizeRestrictions_BODY, ActionToUse: {Count: {}}}]。Terraform: rule_action_override { name = "SizeRestrictions_BODY" action_to_use { count {} } }）、代わりに範囲を絞ったルールを追加する（例えばアップロード用のパスだけ大きなボディを許可するルール）。`,
      summary:
        'AWS WAF のマネージドルールが {request} のペイロードに一致した可能性。サンプリングされたリクエストで終端ルールを特定し、Count にオーバーライドする',
    },
    'rate-based-rule': {
      cause: `${where}のレートベースのルールが、評価期間内にこのクライアント IP（または同じ NAT や送信元 IP の後ろにいる全員）からのリクエストを数えすぎた。バーストの後に始まり、数分で自然に解除される。`,
      remedy: `${FIND_RULE}クライアントにバックオフと再試行を入れる。ルールの上限を上げるか範囲を絞り、クライアントがプロキシの後ろにいるならヘッダーや転送元 IP で集計する。クライアントが区別できるよう、ルールに Retry-After 付きの 429 カスタムレスポンスを設定する。`,
      summary:
        'WAF のレートベースのルールがバースト後にこのクライアントをブロックした可能性。間隔を空けて後で再試行するか、上限を上げる',
    },
    'ip-geo-or-bot-rule': {
      cause: `${where}のルールが、ペイロードではなく呼び出し元をブロックした。IP セット、Amazon IP 評価リストや匿名 IP リスト（ホスティングプロバイダーを含むので、クラウドのサーバーからの呼び出しが当たる）、地理的一致、Bot Control、アカウント乗っ取り防止（ATP）、あるいはウェブ ACL のデフォルトアクションが Block で、どのルールもリクエストを許可しなかった。`,
      remedy: `${FIND_RULE}IP やホスティングプロバイダーのリスト、Bot Control だった場合は、ルールグループを無効にするのではなく、呼び出し元のサービスを明示的に許可する（マネージドルールグループより前に置いた IP セットやヘッダーによる許可ルール）。`,
      summary:
        'WAF のルールがこの呼び出し元（IP、国、クライアントの種類）をブロックしている可能性。終端ルールを特定して呼び出し元を許可する',
    },
    'no-user-agent': {
      cause:
        'リクエストに User-Agent ヘッダーがなく、コアルールセットの NoUserAgent_HEADER ルールにブロックされた。サーバー側の HTTP クライアントは送らないことがある。',
      remedy:
        'クライアント名を表す User-Agent ヘッダーを送る（例: "my-service/1.4"）。そうしたクライアント向けの API なら NoUserAgent_HEADER を Count にオーバーライドする。',
      summary: 'リクエストに User-Agent がなく、WAF のコアルールセットにブロックされる。User-Agent を送る',
    },
  }
}

/** AWS WAF の日本語テキスト。 */
export const wafJa: Readonly<Record<string, SignatureTexts>> = {
  WAF_CHALLENGE: {
    title: 'AWS WAF が {request} を通さずにチャレンジした: この 202 は成功ではない（x-amzn-waf-action: challenge）',
    causes: {
      'no-token': {
        cause:
          'Challenge ルール（または Bot Control や対象を絞った保護）がリクエストに一致し、リクエストに AWS WAF トークンがなかった。トークンを発行するインタースティシャルはブラウザのページ読み込み（GET、Accept: text/html）向けの JavaScript のページで、fetch/XHR の呼び出しやサーバー側のクライアントでは実行できないため、API のレスポンスの代わりに空か HTML のボディで 202 が返る。',
        remedy:
          'ブラウザでは AWS WAF の JavaScript 統合 SDK を読み込み、AwsWafIntegration.fetch で API を呼ぶ（または await AwsWafIntegration.getToken() で取ったトークンを x-aws-waf-token ヘッダーで送る）。モバイルアプリでは WAF のモバイル SDK を使う。それ以外の場合は Challenge ルールを GET の text/html のページ読み込みに絞り、API のパスを除外する（URI パスのスコープダウンステートメント）。',
        summary:
          'WAF トークンのない {request} を WAF の Challenge ルールが止めた。WAF の JavaScript SDK（AwsWafIntegration.fetch）を使うか、API のパスをルールの対象外にする',
      },
      'token-expired': {
        cause:
          'リクエストに WAF トークンは付いていたが、もう受け付けられない。ルールのチャレンジのイミュニティ時間が過ぎた、またはトークンが別のドメイン（ウェブ ACL のトークンドメインのリストにない兄弟サブドメイン）向けに発行された。セッションの前半は通っていた呼び出しが、しばらく操作しなかった後や別のサブドメインで失敗するのが典型。',
        remedy:
          '呼び出し前にトークンを更新する（AwsWafIntegration.getToken() や fetch のラッパーがやってくれる）。兄弟ドメインをウェブ ACL のトークンドメインのリストに追加し、セッションがイミュニティ時間より長く続くならルールかウェブ ACL のイミュニティ時間を延ばす。',
        summary:
          '{request} に付けた WAF トークンが期限切れか別のドメインのもの。WAF SDK で更新し、トークンドメインのリストを確認する',
      },
      'token-cookie-dropped': {
        cause:
          'ブラウザは aws-waf-token の Cookie を持っているが WAF に届いていない。WAF が CloudFront の後ろのロードバランサーにあってディストリビューションがその Cookie を転送していない、またはこのクロスサイトのリクエストでは Cookie が送られない。',
        remedy:
          'aws-waf-token の Cookie をオリジンに転送する（CloudFront のオリジンリクエストポリシー › Cookie › aws-waf-token を含める）か、ウェブ ACL をディストリビューションに移す。クロスサイトの呼び出しでは Cookie に頼らず、WAF SDK でトークンを x-aws-waf-token ヘッダーに入れて送る。',
        summary:
          'aws-waf-token の Cookie が WAF に届いていない可能性（CloudFront が落とした、またはクロスサイト）。オリジンに転送するか x-aws-waf-token ヘッダーで送る',
      },
    },
  },
  WAF_CAPTCHA: {
    title: 'AWS WAF が {request} を通す前に CAPTCHA を要求した（405、x-amzn-waf-action: captcha）',
    causes: {
      'no-captcha-token': {
        cause:
          'CAPTCHA ルールがリクエストに一致し、その WAF トークンに有効な CAPTCHA のタイムスタンプがない。パズルはブラウザのページ読み込み（GET、Accept: text/html）でしか表示されず、fetch/XHR やサーバーからの API 呼び出しには、メソッド自体は許可されていても代わりに 405 が返る。',
        remedy:
          '呼び出しがこのヘッダー付きの 405 を返したら WAF の JavaScript CAPTCHA API（AwsWafCaptcha.renderCaptcha）で自分でパズルを表示し、更新されたトークンで呼び出しを再試行する。または CAPTCHA ルールをページ読み込みに限定し、API のパスは Challenge やレートベースのルールで守る。',
        summary:
          'WAF の CAPTCHA ルールが {request} を止めた。WAF の JavaScript API で CAPTCHA を表示して再試行するか、CAPTCHA ルールを API のパスに適用しない',
      },
      'captcha-expired': {
        cause:
          'リクエストの WAF トークンの CAPTCHA のタイムスタンプが期限切れ（ルールの CAPTCHA のイミュニティ時間が過ぎた）、またはトークンが別のドメイン向けに発行された。',
        remedy:
          'WAF の JavaScript CAPTCHA API で CAPTCHA を再表示して再試行する。ルールかウェブ ACL の CAPTCHA のイミュニティ時間を延ばし、兄弟ドメインをトークンドメインのリストに追加する。',
        summary: '{request} の WAF トークンの CAPTCHA 証明が期限切れ。CAPTCHA を解き直すか、イミュニティ時間を延ばす',
      },
    },
  },
  WAF_BLOCK_CLOUDFRONT: {
    title: "CloudFront ディストリビューションの AWS WAF が {request} をブロックした（403 'Request blocked.'）",
    causes: wafBlockCauses('CloudFront ディストリビューション'),
  },
  WAF_BLOCK_ALB: {
    title: 'Application Load Balancer の AWS WAF が {request} をブロックした（awselb/2.0 からの 403 Forbidden）',
    causes: wafBlockCauses('ロードバランサー'),
  },
  WAF_CUSTOM_RESPONSE: {
    title: 'AWS WAF のルールが {request} に 429 のカスタムレスポンスを返した（レートベースのルールの可能性が高い）',
    causes: {
      'rate-based-rule': {
        cause:
          'レートベースのルールが評価期間内にこのクライアント IP（または同じ NAT や送信元 IP の後ろにいる全員）からのリクエストを数えすぎ、429 のカスタムレスポンスでブロックしている。レートが下がれば自然に解除される。',
        remedy:
          'バックオフして再試行する（レスポンスに Retry-After があれば従う）。呼び出しをまとめるかキャッシュする。ウェブ ACL の所有者は上限を上げるかルールの範囲を絞り、プロキシの後ろならヘッダーや転送元 IP で集計し、ブラウザが読めるようカスタムレスポンスに Retry-After と Access-Control-Allow-Origin を付ける。',
        summary: 'WAF のレートベースのルールがこのクライアントを制限した。間隔を空けて後で再試行する',
      },
      'other-rule-custom-status': {
        cause:
          '別の Block ルール（マネージドルール、IP セット、地理的一致）にステータス 429 のカスタムレスポンスが設定されている。',
        remedy:
          '終端ルールを特定する: WAF コンソール › ウェブ ACL › <web ACL> › サンプリングされたリクエスト（アクション = Block）、またはウェブ ACL のログの terminatingRuleId。そこで誤検知を直す。',
        summary: '429 のカスタムレスポンスを持つ WAF の Block ルールが {request} に一致した可能性。終端ルールを特定する',
      },
      'alb-fixed-response': {
        cause: 'ロードバランサーのリスナールールが 429 の固定レスポンスを返している（まれ: ALB 自体にはレート制限がない）。',
        remedy:
          'リスナールールを一覧し（`aws elbv2 describe-rules --listener-arn <arn>`）、ステータス 429 の固定レスポンスのアクションを探す。',
        summary: 'リスナールールが 429 の固定レスポンスを返している可能性。ロードバランサーのルールを確認する',
      },
    },
  },
}
