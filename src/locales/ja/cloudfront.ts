/**
 * 日本語: CloudFront のすべてのシグネチャ（src/signatures/cloudfront.ts と同じ分け方）。
 * @module
 */
import type { SignatureTexts } from '../../texts/locale.ts'
import { cloudfrontEdgeFunctionsJa } from './cloudfront-edge-functions.ts'
import { cloudfrontFallbacksJa } from './cloudfront-fallbacks.ts'
import { cloudfrontOriginJa } from './cloudfront-origin.ts'
import { cloudfrontRequestJa } from './cloudfront-request.ts'
import { cloudfrontS3Ja } from './cloudfront-s3.ts'
import { cloudfrontSignedUrlsJa } from './cloudfront-signed-urls.ts'

/** CloudFront（エッジ関数、オリジン、リクエスト、署名付き URL、S3 オリジン、フォールバック）の日本語テキスト。 */
export const cloudfrontJa: Readonly<Record<string, SignatureTexts>> = {
  ...cloudfrontEdgeFunctionsJa,
  ...cloudfrontOriginJa,
  ...cloudfrontRequestJa,
  ...cloudfrontSignedUrlsJa,
  ...cloudfrontS3Ja,
  ...cloudfrontFallbacksJa,
}
