import { englishTexts } from '../catalog/generated/texts-en.ts'
import type { DiagnoseInput, DiagnoseOptions, Diagnosis } from '../types.ts'
import { diagnoseWith } from './diagnose-with.ts'

/**
 * Diagnoses one error reply: which AWS layer answered, which documented error it is, and its likely causes
 * ranked for this request. Pure and synchronous; never throws.
 *
 * @returns the diagnosis, or `undefined` when nothing says an AWS layer produced this reply.
 * @example
 * ```ts
 * const d = diagnose({ status: 403, body: '{"message":"Missing Authentication Token"}',
 *   request: { method: 'GET', url: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/v1/x' } })
 * d?.code // 'MISSING_AUTHENTICATION_TOKEN'
 * ```
 */
export function diagnose(input: DiagnoseInput, options: DiagnoseOptions = {}): Diagnosis | undefined {
  return diagnoseWith(input, options, englishTexts)
}
