/**
 * 日本語: CloudFront がオリジンとの間で失敗したときのエラーページ (src/signatures/cloudfront/origin-pages.ts)。
 * @module
 */
import type { SignatureTexts } from '../../texts/locale.ts'

/** CloudFront のオリジン側の日本語テキスト。 */
export const cloudfrontOriginJa: Readonly<Record<string, SignatureTexts>> = {
  CLOUDFRONT_ORIGIN_CONNECTION_FAILED: {
    title: 'CloudFront が {request} のオリジンとの接続を確立（または維持）できなかった',
    causes: {
      'origin-protocol-http-only': {
        cause:
          'CloudFront がオリジンの対応していないプロトコルやポートでオリジンと通信している。オリジンプロトコルポリシーが HTTP のみ（または http:// のリクエストに対してビューワーに合わせる）なのに、オリジン（典型的には API Gateway の execute-api、Lambda 関数 URL、AppSync）はポート 443 の HTTPS しか受け付けない。そのビヘイビアを通るすべてのリクエストが即座に失敗する。',
        remedy:
          'CloudFront コンソール > ディストリビューション > オリジン > オリジンを選択 > 編集 で、プロトコルを HTTPS のみ（HTTPS ポート 443、最小オリジン SSL プロトコル TLSv1.2）にして保存する。CloudFormation: Origins[].CustomOriginConfig.OriginProtocolPolicy: https-only。Terraform: custom_origin_config { origin_protocol_policy = "https-only" }。CDK: new origins.HttpOrigin(domain, { protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY }) または origins.RestApiOrigin(api)。現在の値は `aws cloudfront get-distribution-config --id <distribution-id> --query \'DistributionConfig.Origins.Items[].CustomOriginConfig\'` で確認できる。',
        summary:
          'API Gateway は HTTPS のみなのに、CloudFront が http でオリジンにアクセスしている。オリジンプロトコルポリシーを HTTPS のみにする',
      },
      'origin-refuses-connection': {
        cause:
          'オリジンのポートで接続を受け付けるものがない。オリジンが落ちているかそのポートで待ち受けていない、あるいはセキュリティグループ、ネットワーク ACL、ファイアウォールが CloudFront のアドレスを拒否している（CloudFront の範囲を含まない IP 許可リスト、または内部ロードバランサーのような CloudFront から到達できないプライベートなオリジン）。',
        remedy:
          'インターネットからオリジンを試す: `curl -v https://<origin-domain>/<path>` と `nc -zv <origin-domain> 443`。オリジンのセキュリティグループでは AWS マネージドプレフィックスリスト com.amazonaws.global.cloudfront.origin-facing で CloudFront を許可する（他のファイアウォールでは ip-ranges.json の CLOUDFRONT_ORIGIN_FACING の範囲）。プライベートなオリジンには CloudFront の VPC オリジンを使う。',
        summary:
          'オリジンが落ちているか、CloudFront のアドレスをブロックしている可能性。待ち受けているか、CloudFront を許可しているかを確認する',
      },
      'origin-closed-connection': {
        cause:
          'オリジンは接続を受け付けたが、応答する前に閉じた。リクエストの途中でクラッシュや再起動した（デプロイ、メモリ不足、接続のドレインなしのスケールイン）、またはオリジンのキープアライブタイムアウトが CloudFront のもの（既定 5 秒）より短く、CloudFront が再利用したアイドル状態のキープアライブ接続を閉じた。たいていは断続的で、再試行すれば成功する。',
        remedy:
          'このリクエスト ID の時刻前後のオリジンのログで再起動やリセットを探す。オリジンのキープアライブ（アイドル）タイムアウトを CloudFront のオリジンのキープアライブタイムアウト（オリジン > 編集 > キープアライブタイムアウト）より長くし、接続のドレイン（登録解除の遅延）とグレースフルシャットダウンを有効にして、冪等なリクエストは再試行する。',
        summary: 'オリジンが接続を閉じた可能性（再起動、キープアライブの競合）。ログとキープアライブタイムアウトを確認する',
      },
      'origin-tls-handshake': {
        cause:
          "CloudFront は HTTPS でオリジンに到達したが、TLS ハンドシェイクが失敗した。オリジンの証明書がオリジンのドメイン名（または転送した Host ヘッダー）をカバーしていない、期限切れ、自己署名のいずれか。ただしこの場合 CloudFront はふつう「CloudFront wasn't able to connect to the origin.」と表示するので、ここでは可能性は低い。",
        remedy:
          '`openssl s_client -connect <origin-domain>:443 -servername <origin-domain> -showcerts` でオリジンが提供する証明書を確認する。オリジンドメイン（または転送する Host ヘッダー）をカバーし、公的な CA までチェーンがつながっている必要がある。',
        summary: 'オリジンとの TLS ハンドシェイクが失敗している可能性。オリジンの証明書を確認する',
      },
    },
  },
  CLOUDFRONT_ORIGIN_TIMEOUT: {
    title: 'CloudFront が {request} のオリジンの応答を待つのをやめた（504）',
    causes: {
      'origin-response-timeout': {
        cause:
          'オリジンはリクエストを受け付けたが、オリジンのレスポンスタイムアウト（既定 30 秒）内に応答しなかった。遅いハンドラー、時間のかかるレポート、連鎖するコールドスタートなど。CloudFront は GET と HEAD を再試行するので、それらは失敗するまでにタイムアウトの数倍かかることがある。',
        remedy:
          'ハンドラーを速くするか非同期にする（202 を返してクライアントにポーリングさせる）。本当に時間がかかる処理なら、ディストリビューションのオリジン > 編集 > レスポンスタイムアウトを延ばし（CloudFormation は CustomOriginConfig.OriginReadTimeout、Terraform は origin_read_timeout、CDK は readTimeout。60 秒を超えるにはクォータの引き上げが必要）、キープアライブタイムアウトも同じ以上にする。API Gateway が後ろにあるなら、API Gateway 自身の 29 秒の統合タイムアウトにも注意する。',
        summary:
          'オリジンが CloudFront のレスポンスタイムアウト（既定 30 秒）内に応答しなかった。高速化するかタイムアウトを延ばす',
      },
      'origin-unreachable': {
        cause:
          'CloudFront は接続さえできなかった。CloudFront を許可していないセキュリティグループ、ネットワーク ACL、ファイアウォールがオリジンへのパケットを黙って破棄している、またはオリジンがプライベート（内部ロードバランサー、プライベート API、VPC 内だけのアドレス）。CloudFront は試行ごとに接続タイムアウトまで待つ（既定で 10 秒 × 3 回、約 30 秒）。',
        remedy:
          'CloudFront がオリジンに到達できるようにし（セキュリティグループに AWS マネージドプレフィックスリスト com.amazonaws.global.cloudfront.origin-facing）、オリジンをインターネット向けにするか CloudFront の VPC オリジンを使い、自分のネットワークの外から `curl -v https://<origin-domain>/` で試す。接続試行回数と接続タイムアウトを下げれば早く失敗する（オリジングループでフェイルオーバーさせられる）。',
        summary:
          'CloudFront がオリジンにまったく到達できていない可能性（ファイアウォール、プライベートなオリジン）。CloudFront に対して開く',
      },
      'short-timeouts-configured': {
        cause:
          'ディストリビューションの接続タイムアウトやオリジンのレスポンスタイムアウトが短くしてある（例えばオリジングループへ素早くフェイルオーバーするため）ので、少し遅いだけのオリジンが数秒でタイムアウトする。',
        remedy:
          'オリジンの設定（`aws cloudfront get-distribution-config --id <distribution-id>` の ConnectionTimeout、ConnectionAttempts、OriginReadTimeout）を、オリジンが実際に必要とする時間と比べる。',
        summary: '504 がすぐに返った。ディストリビューションのオリジンのタイムアウトがとても短い可能性',
      },
    },
  },
  CLOUDFRONT_ORIGIN_TLS_FAILED: {
    title: 'CloudFront が {request} のオリジンとの HTTPS を確立できなかった（502）',
    causes: {
      'origin-cert-name-mismatch': {
        cause:
          'オリジンの証明書が、CloudFront が検証する名前をカバーしていない。オリジンドメイン、またはディストリビューションが転送する場合はビューワーの Host ヘッダー。典型例: オリジンがロードバランサーの *.elb.amazonaws.com の名前なのに、リスナーが api.example.com の証明書を提供している。',
        remedy:
          'オリジンを証明書のカバーする名前に向けるか（例えばロードバランサーへの CNAME alb.example.com）、その名前を証明書に追加する。証明書がカバーしないオリジンにはビューワーの Host ヘッダーを転送しない（オリジンリクエストポリシー Managed-AllViewerExceptHostHeader）。`openssl s_client -connect <origin-domain>:443 -servername <origin-domain>` で確認する。',
        summary: 'オリジンの証明書がオリジンドメイン（または転送した Host）をカバーしていない可能性。名前か証明書を直す',
      },
      'origin-cert-invalid': {
        cause:
          'オリジンの証明書が期限切れ、自己署名、プライベート CA の発行、または中間証明書なしで提供されているため、CloudFront が接続を切った。',
        remedy:
          '公的に信頼された CA のリーフ証明書と中間証明書を提供し、期限前に更新する。`openssl s_client -connect <origin-domain>:443 -servername <origin-domain> -showcerts` でチェーンを確認できる。',
        summary: 'オリジンの証明書が期限切れ、自己署名、チェーンの欠落のいずれかの可能性。更新するか直す',
      },
      'origin-tls-protocol-mismatch': {
        cause:
          'CloudFront とオリジンに共通の TLS プロトコルや暗号スイートがない。オリジンの最小オリジン SSL プロトコルの設定がオリジンの受け付けるものを除外している（例えば TLSv1.2 を要求するロードバランサーのポリシーに対して TLSv1 だけ）、またはオリジンが CloudFront の対応していない暗号スイートしか提示しない。',
        remedy:
          'オリジンの SSL プロトコルを TLSv1.2 にし（CloudFormation は OriginSSLProtocols: [TLSv1.2]、Terraform は origin_ssl_protocols = ["TLSv1.2"]）、オリジンが CloudFront の対応する暗号スイートを提示することを確認する。',
        summary: 'CloudFront とオリジンに共通の TLS プロトコルか暗号スイートがない可能性。両方で TLSv1.2 を許可する',
      },
      'origin-https-to-http-port': {
        cause:
          'オリジンは HTTPS のみに設定されているが、その HTTPS ポートで平文の HTTP を提供している（または設定した HTTPS ポートがオリジンのものではない）。',
        remedy:
          'オリジンの設定の HTTPS ポートを、オリジンが TLS を提供するポートと照らし合わせる。TLS のないオリジン（S3 のウェブサイトエンドポイント）には HTTP のみを使う。',
        summary: 'オリジンの HTTPS ポートが TLS を話していない可能性。オリジンのポートとプロトコルを確認する',
      },
    },
  },
  CLOUDFRONT_ORIGIN_DNS_ERROR: {
    title: 'CloudFront が {request} のオリジンのドメイン名を解決できなかった（502）',
    causes: {
      'origin-name-stale': {
        cause:
          'オリジンドメインがもう存在しないリソースを指しているか、打ち間違いがある。削除や再作成したロードバランサー、API、カスタムドメイン、古い Elastic Beanstalk 環境、名前を変えたバケットのウェブサイトなど。',
        remedy:
          "`aws cloudfront get-distribution-config --id <distribution-id> --query 'DistributionConfig.Origins.Items[].DomainName'` を現在のリソース（`aws apigateway get-rest-apis`、`aws elbv2 describe-load-balancers`）や `dig <origin-domain> +short` と比べる。",
        summary: 'オリジンのドメイン名が削除か改名されたリソースを指している可能性。オリジンドメインを直す',
      },
      'origin-name-private-dns': {
        cause:
          'オリジンの名前が Route 53 のプライベートホストゾーンやスプリットホライズン DNS にしか存在しない。CloudFront はパブリック DNS で名前を解決する。',
        remedy:
          'パブリックに解決できるオリジン名を使う。VPC 内のターゲットには、プライベート DNS ではなく CloudFront の VPC オリジンを使う。',
        summary: 'オリジンの名前がプライベート DNS でしか解決できない可能性。パブリックな名前か VPC オリジンを使う',
      },
      'origin-dns-delegation-broken': {
        cause:
          'オリジンのゾーンの委任か権威ネームサーバーが壊れている（ホストゾーンと一致しない NS レコード、ネームサーバーの障害）。',
        remedy:
          '`dig <origin-apex> NS +short` を確認し、次に `dig <origin-domain> @<each-name-server>` を実行する。すべての権威ネームサーバーが応答する必要がある。',
        summary: 'オリジンのゾーンのネームサーバーが応答していない可能性。DNS の委任を確認する',
      },
    },
  },
}
