/**
 * 日本語: 出力の見出し（コンソール、GatewayError、CLI のレポート）と NO_RESPONSE の補足
 * (src/labels.ts の ENGLISH_LABELS と同じキー)。
 * @module
 */
import type { LabelKey } from '../../labels.ts'

/** 出力の見出しの日本語。 */
export const labelsJa: Readonly<Record<LabelKey, string>> = {
  cause: '原因',
  remedy: '対処',
  otherCause: '他の原因',
  otherCauses: '他の原因',
  requestIds: 'リクエスト ID',
  requestId: 'リクエスト ID',
  cloudfrontRequestId: 'CloudFront のリクエスト ID',
  traceId: 'トレース ID',
  note: '補足',
  docs: 'ドキュメント',
  layer: 'レイヤー',
  confidence: '確度',
  layerConfidence: '{layer}、確度: {confidence}',
  'confidence.high': '高',
  'confidence.medium': '中',
  'confidence.low': '低',
  'noResponse.timeoutTitle': '{request} のレスポンスがクライアントに届かなかった: リクエストがタイムアウトした',
  'noResponse.requestOnly': 'レスポンスが見えないので、リクエストの情報だけで判断している。',
  'noResponse.browser':
    'ブラウザは CORS ヘッダーのないレスポンスをスクリプトから隠す。本当のステータスは DevTools の Network タブとコンソールの CORS のメッセージでわかる。',
  'noResponse.node': '`curl -v` で同じリクエストを送り、そもそもレスポンスが返るかを確かめる。',
  'cli.code': 'コード',
  'cli.layer': 'レイヤー',
  'cli.confidence': '確度',
  'cli.likelyCause': '考えられる原因',
  'cli.remedy': '対処',
  'cli.otherCauses': '他の原因',
  'cli.evidence': '根拠',
  'cli.requestIds': 'リクエスト ID',
  'cli.requestId': 'リクエスト ID',
  'cli.docs': 'ドキュメント',
  'cli.note': '補足',
  'cli.noReply': 'レスポンスなし',
  'cli.requestNotCaptured': '（リクエストはキャプチャに含まれていない）',
  'cli.lessLikely': '… 可能性の低い原因があと {count} 件（--json で表示）',
  'cli.noReplyRemark':
    'レスポンスがクライアントに届かなかった（CORS の失敗、ブロックされたリクエスト、ネットワークエラーのいずれか）',
  'cli.noError': 'エラーなし',
  'cli.notRecognised': 'AWS のエラーレスポンスとは認識できなかった',
  'layer.api-gateway-rest': 'API Gateway REST API',
  'layer.api-gateway-http': 'API Gateway HTTP API',
  'layer.lambda-url': 'Lambda 関数 URL',
  'layer.cloudfront': 'CloudFront',
  'layer.waf': 'AWS WAF',
  'layer.alb': 'Elastic Load Balancing',
  'layer.unknown': '不明なレイヤー',
}
