/**
 * 日本語: エンジンの補足（`Diagnosis.hints`、src/texts/hints.ts の ENGLISH_HINTS と同じキー）と、
 * 不明な値を埋めるプレースホルダーの語。
 * @module
 */
import type { HintTexts, PlaceholderWords } from '../../texts/texts.ts'

/** エンジンの補足の日本語。プレースホルダー: `{status}`、`{defaultStatus}`、`{rival}`。 */
export const hintsJa: HintTexts = {
  statusRemapped:
    'AWS はこのエラーをステータス {defaultStatus} で返す。この API はゲートウェイレスポンスでそれを {status} にマッピングしている。',
  bodyCustomized:
    'ボディが AWS の既定の文言ではない。この API はゲートウェイレスポンスをカスタマイズしており、エラータイプから特定した。',
  bodyUnread:
    'ボディは読んでいない（ボディがない、バイナリ、または呼び出し側のために残したストリーム）。ステータスとエラータイプからレスポンスを特定した。',
  rival:
    'このレスポンスは {rival} にも同じくらい当てはまる。レスポンスヘッダー（x-amzn-ErrorType、x-amz-apigw-id、apigw-requestid）が見えれば区別できる。',
  headersHidden:
    'AWS のレスポンスヘッダーが見えないので、ステータスとボディだけで判断している。ブラウザでは Access-Control-Expose-Headers に x-amzn-RequestId、x-amzn-ErrorType、x-amz-apigw-id（または apigw-requestid）を加えると、リクエスト ID とエラータイプが見えるようになる。',
  confirmAws:
    'AWS が返したと言えるのはボディの文言だけ（ほかのサーバーも同じ JSON を返しうる）なので、確度は低い。x-amzn-RequestId や apigw-requestid などのレスポンスヘッダー（ブラウザでは Access-Control-Expose-Headers に加える）か、awsHosts オプションにホストを指定すれば確かめられる。',
  statusUnknown: 'ステータスが与えられていない。ステータスを渡せば、より的確に診断できる。',
  localHost: 'ホストがローカル。AWS を模したエミュレーターの可能性が高く、そのレスポンスは実際のサービスと異なることがある。',
  truncated: 'ボディが maxBodyBytes より長かったので、先頭だけを読んだ。',
}

/** 事実が不明なときにプレースホルダーが置き換わる語。 */
export const wordsJa: PlaceholderWords = {
  request: 'このリクエスト',
  path: 'このパス',
  stage: '（不明）',
  host: 'このホスト',
}
