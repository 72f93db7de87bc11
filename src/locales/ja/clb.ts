/**
 * 日本語: Classic Load Balancer (src/signatures/clb.ts)。
 * @module
 */
import type { SignatureTexts } from '../../texts/locale.ts'

/** Classic Load Balancer の日本語テキスト。 */
export const clbJa: Readonly<Record<string, SignatureTexts>> = {
  CLB_503_BACKEND_AT_CAPACITY: {
    title: "Classic Load Balancer に {request} を処理できるインスタンスがなかった（503 'Back-end server is at capacity'）",
    causes: {
      'no-healthy-instances': {
        cause:
          'リクエストを受けたアベイラビリティーゾーンに、正常なインスタンスが登録されていない。ヘルスチェックが失敗している、そこにインスタンスが登録されていない、またはインスタンスがなくクロスゾーン負荷分散も無効。',
        remedy:
          'CloudWatch の HealthyHostCount と UnHealthyHostCount、`aws elb describe-instance-health --load-balancer-name <name>` を確認する。ヘルスチェックを直すか、有効なすべてのアベイラビリティーゾーンにインスタンスを登録するか、クロスゾーン負荷分散を有効にする。',
        summary: 'Classic Load Balancer に正常なインスタンスがない可能性。インスタンスのヘルスを確認し、すべてのゾーンに登録する',
      },
      'surge-queue-full': {
        cause:
          'インスタンスの応答が遅すぎる。サージキュー（最大 1,024 リクエスト）が満杯になり、ロードバランサーがあふれた分を拒否している（SpilloverCount が 0 より大きい）。負荷がかかったときだけ起きる。',
        remedy: 'CloudWatch で SurgeQueueLength と SpilloverCount を監視し、インスタンスをスケールアウトするか高速化する。',
        summary: 'インスタンスが遅すぎてサージキューが満杯の可能性。スケールアウトし、SpilloverCount を監視する',
      },
      'load-balancer-capacity': {
        cause: '急なトラフィックの増加で、ロードバランサー自体の容量が一時的に足りなくなった。',
        remedy:
          'バックオフしながら再試行する。予定されたスパイクの前には、AWS サポートにロードバランサーの暖機（pre-warm）を依頼する。',
        summary: 'ロードバランサーの容量が一時的に足りなかった可能性。バックオフしながら再試行する',
      },
    },
  },
  CLB_504_GATEWAY_TIMEOUT: {
    title: 'Classic Load Balancer が {request} でインスタンスの応答を待ちきれなかった（504 GATEWAY_TIMEOUT）',
    causes: {
      'instance-too-slow': {
        cause: 'インスタンスがロードバランサーのアイドルタイムアウト（既定 60 秒）内に応答しなかった。',
        remedy:
          'ハンドラーを速くするか非同期にする。アイドルタイムアウトを延ばすのはその後（`aws elb modify-load-balancer-attributes --load-balancer-name <name> --load-balancer-attributes "{\\"ConnectionSettings\\":{\\"IdleTimeout\\":120}}"`）。',
        summary: 'インスタンスがアイドルタイムアウト（既定 60 秒）より長くかかった。ハンドラーを速くするかタイムアウトを延ばす',
      },
      'instance-closed-connection': {
        cause:
          'インスタンスが接続を早く閉じた。キープアライブタイムアウトがロードバランサーのアイドルタイムアウトより短い。この種のエラーは散発的で、すぐに返る。',
        remedy:
          'インスタンスの ウェブサーバーのキープアライブタイムアウトを、ロードバランサーのアイドルタイムアウトより長くする（Apache なら KeepAliveTimeout、Node.js なら server.keepAliveTimeout）。',
        summary:
          'インスタンスがキープアライブ接続を早く閉じている可能性。キープアライブタイムアウトをロードバランサーのアイドルタイムアウトより長くする',
      },
    },
  },
  CLB_502_BAD_GATEWAY: {
    title: 'Classic Load Balancer が {request} に対するインスタンスの応答を使えなかった（502 Bad Gateway）',
    causes: {
      'malformed-instance-response': {
        cause:
          'インスタンスがロードバランサーの解析できないレスポンス（不正なステータス行やヘッダー）を送ったか、レスポンスを返さずに接続を閉じた。',
        remedy:
          'このリクエストについてインスタンスの ウェブサーバーのログを確認し、レスポンスを HTTP の仕様（ステータス行、ヘッダーの構文、Content-Length）に照らして検証する。',
        summary: 'インスタンスが不正なレスポンスを送った可能性。ウェブサーバーのログを確認する',
      },
    },
  },
  CLB_4XX_REQUEST_REJECTED: {
    title: 'Classic Load Balancer が、どのインスタンスにも届く前に {request} を拒否した（大文字の理由句、空のボディ）',
    causes: {
      'malformed-request': {
        cause: 'リクエストがロードバランサーにとって不正（URL 内の空白や不正な文字など）か、CONNECT メソッドを使っている。',
        remedy: 'URL をパーセントエンコードし（パスとクエリの値に encodeURIComponent）、ロードバランサーに CONNECT を送らない。',
        summary: 'Classic Load Balancer が {request} を不正と判断した。URL をパーセントエンコードする',
      },
      'method-name-too-long': {
        cause: 'メソッド名が 127 文字を超えている。',
        remedy: '標準の HTTP メソッドを送る。リクエストを組み立てるコードを確認する。',
        summary: 'リクエストのメソッド名が 127 文字を超えている。標準のメソッドを送る',
      },
      'incomplete-request': {
        cause: 'クライアントが時間内にリクエストを送り切らなかった。ボディが Content-Length より短い、または接続が中断された。',
        remedy: 'Content-Length は HTTP クライアントに計算させ、中断したアップロードは再試行する。',
        summary:
          'リクエストが不完全なまま届いた（ボディが Content-Length より短い）。Content-Length はクライアントに設定させて再試行する',
      },
    },
  },
}
