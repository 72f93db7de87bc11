/**
 * apigw-doctor: tells you what an AWS API Gateway, CloudFront, WAF or ALB error reply actually means.
 * @module
 */

export { signatures } from './catalog/index.ts'
export { diagnose } from './engine/diagnose.ts'
export type { DiagnosisOptions } from './middleware/middleware.ts'
export type { Diagnosed } from './output/attach.ts'
export { hasDiagnosis } from './output/attach.ts'
export type { GatewayErrorInit, GatewayErrorResponse } from './output/error.ts'
export { GatewayError, isGatewayError } from './output/error.ts'
export type { DiagnosisLogger } from './output/format.ts'
export { formatMessage, formatText as formatDiagnosis } from './output/format.ts'
export { redactText, redactUrl } from './output/redact.ts'
export type { RouteTableOptions } from './routes/table.ts'
export { routeTable } from './routes/table.ts'
export type { CauseTexts, HintTexts, LocaleOption, LocaleTexts, SignatureTexts } from './texts/locale.ts'
export { registerLocale } from './texts/locale.ts'
export type {
  Adjustment,
  AuthScheme,
  BodyLike,
  CatalogSignature,
  CauseFinding,
  CauseRule,
  Condition,
  Confidence,
  DiagnoseInput,
  DiagnoseOptions,
  Diagnosis,
  HeadersLike,
  HeaderTest,
  HostKind,
  Layer,
  PathTrait,
  RankedCause,
  Route,
  RouteQuery,
  RouteTable,
  Signature,
  SignatureMatch,
} from './types.ts'
