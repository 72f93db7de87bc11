/**
 * apigw-doctor: tells you what an AWS API Gateway, CloudFront, WAF or ALB error reply actually means.
 * @module
 */

export type { Diagnosed } from './attach.ts'
export { hasDiagnosis } from './attach.ts'
export { diagnose } from './diagnose.ts'
export type { GatewayErrorInit, GatewayErrorResponse } from './error.ts'
export { GatewayError, isGatewayError } from './error.ts'
export type { DiagnosisLogger } from './format.ts'
export { formatMessage, formatText as formatDiagnosis } from './format.ts'
export type { CauseTexts, HintTexts, LocaleOption, LocaleTexts, SignatureTexts } from './locale.ts'
export { registerLocale } from './locale.ts'
export type { DiagnosisOptions } from './middleware.ts'
export { redactText, redactUrl } from './redact.ts'
export type { RouteTableOptions } from './routes/table.ts'
export { routeTable } from './routes/table.ts'
export { signatures } from './signatures/index.ts'
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
