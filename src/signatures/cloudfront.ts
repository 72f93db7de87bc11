import type { Signature } from '../types.ts'
import { edgeFunctionSignatures } from './cloudfront/edge-functions.ts'
import { fallbackSignatures } from './cloudfront/fallbacks.ts'
import { originPageSignatures } from './cloudfront/origin-pages.ts'
import { requestPageSignatures } from './cloudfront/request-pages.ts'
import { s3OriginSignatures } from './cloudfront/s3-origin.ts'
import { signedUrlSignatures } from './cloudfront/signed-urls.ts'

/**
 * Amazon CloudFront: its own error pages, edge functions, signed URLs and relayed origin errors.
 * Specific signatures first; the fallbacks last, so that on an equal score the specific one wins.
 */
export const cloudfrontSignatures: readonly Signature[] = [
  ...edgeFunctionSignatures,
  ...originPageSignatures,
  ...requestPageSignatures,
  ...signedUrlSignatures,
  ...s3OriginSignatures,
  ...fallbackSignatures,
]
