import { fitSignature, type SignatureFit } from './match.ts'
import { fillPlaceholders, rankCauses } from './rank.ts'
import { readSignals, type AwsSignals } from './signals.ts'
import { signatures as builtInSignatures } from './signatures/index.ts'
import { takeSnapshot, type ResponseSnapshot } from './snapshot.ts'
import type { Confidence, DiagnoseInput, DiagnoseOptions, Diagnosis, Signature } from './types.ts'

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
  try {
    const reply = takeSnapshot(input, options)
    if (reply.status < 200 || reply.status > 599) return undefined
    return diagnoseSnapshot(reply, options.signatures ?? [])
  } catch {
    // The engine must never make a failing request worse: an internal error means "no diagnosis".
    return undefined
  }
}

/** Diagnoses a snapshot with the custom signatures first, then the built-in catalog. */
export function diagnoseSnapshot(reply: ResponseSnapshot, custom: readonly Signature[]): Diagnosis | undefined {
  const signals = readSignals(reply)
  const ranked = bestFits(custom, reply, signals) ?? bestFits(builtInSignatures, reply, signals)
  if (ranked === undefined) return undefined
  const [best, runnerUp] = ranked
  if (best === undefined) return undefined
  const tie = runnerUp !== undefined && runnerUp.score === best.score && runnerUp.signature.code !== best.signature.code
  return buildDiagnosis(best, tie ? runnerUp : undefined, reply, signals)
}

/** The fits of a catalog, best first; `undefined` when no signature fits with enough AWS evidence. */
function bestFits(catalog: readonly Signature[], reply: ResponseSnapshot, signals: AwsSignals): SignatureFit[] | undefined {
  const fits: SignatureFit[] = []
  for (const signature of catalog) {
    let fit: SignatureFit | undefined
    try {
      fit = fitSignature(signature, reply, signals)
    } catch {
      continue // A malformed custom signature must not hide the rest of the catalog.
    }
    if (fit !== undefined && hasAwsEvidence(fit, signals)) fits.push(fit)
  }
  if (fits.length === 0) return undefined
  // Stable: on equal scores the catalog order decides.
  return fits.sort((a, b) => b.score - a.score)
}

/** A diagnosis needs an AWS header, an AWS host, or a body only AWS sends. */
function hasAwsEvidence(fit: SignatureFit, signals: AwsSignals): boolean {
  return signals.headerEvidence.length > 0 || signals.awsHost || fit.distinctiveBody
}

function buildDiagnosis(fit: SignatureFit, rival: SignatureFit | undefined, reply: ResponseSnapshot, signals: AwsSignals): Diagnosis {
  const signature = fit.signature
  const causes = rankCauses(signature.causes, reply)
  const top = causes[0]
  const evidence = [...fit.evidence]
  for (const line of signals.headerEvidence) if (!evidence.includes(line)) evidence.push(line)
  const host = reply.request.host
  if (host !== undefined && signals.awsHost) evidence.push(`host: ${host} (${reply.request.declaredAwsHost ? 'declared AWS host' : reply.request.hostFacts.kind})`)

  const diagnosis: Diagnosis = {
    code: signature.code,
    layer: signature.layer,
    confidence: confidenceOf(fit, rival, signals),
    status: reply.status,
    title: fillPlaceholders(signature.title, reply),
    cause: top?.cause ?? '',
    remedy: top?.remedy ?? '',
    causes,
    evidence,
    hints: hintsFor(fit, rival, reply, signals),
    docs: [...signature.docs],
  }
  if (signals.requestId !== undefined) diagnosis.requestId = signals.requestId
  if (signals.extendedRequestId !== undefined) diagnosis.extendedRequestId = signals.extendedRequestId
  if (signals.cloudfrontId !== undefined) diagnosis.cloudfrontId = signals.cloudfrontId
  if (signals.traceId !== undefined) diagnosis.traceId = signals.traceId
  return diagnosis
}

const LOWER: Record<Confidence, Confidence> = { high: 'medium', medium: 'low', low: 'low' }
const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 }

function confidenceOf(fit: SignatureFit, rival: SignatureFit | undefined, signals: AwsSignals): Confidence {
  const headersVisible = signals.headerEvidence.length > 0
  let confidence: Confidence
  if (headersVisible && fit.specific && !fit.bodyCustomized) confidence = 'high'
  else if (fit.matchedContent || fit.specific) confidence = 'medium'
  else confidence = 'low'
  if (rival !== undefined) confidence = LOWER[confidence]
  if (signals.localHost) confidence = 'low'
  const cap = fit.signature.maxConfidence
  if (cap !== undefined && RANK[confidence] > RANK[cap]) confidence = cap
  return confidence
}

const API_LAYERS: ReadonlySet<string> = new Set(['api-gateway-rest', 'api-gateway-http', 'lambda-url'])

function hintsFor(fit: SignatureFit, rival: SignatureFit | undefined, reply: ResponseSnapshot, signals: AwsSignals): string[] {
  const hints: string[] = []
  const defaultStatus = fit.signature.match.status?.[0]
  if (fit.statusRemapped && defaultStatus !== undefined)
    hints.push(`AWS sends this error with status ${defaultStatus}; this API's gateway response maps it to ${reply.status}.`)
  if (fit.bodyCustomized) hints.push("The body is not AWS's default wording: this API customises the gateway response; the error type identified it.")
  if (rival !== undefined)
    hints.push(`The reply fits ${rival.signature.code} equally well; the reply headers (x-amzn-ErrorType, x-amz-apigw-id or apigw-requestid) would tell them apart.`)
  if (signals.headerEvidence.length === 0 && API_LAYERS.has(fit.signature.layer))
    hints.push(
      'No AWS response header was visible, so this rests on the status and body. In a browser, list x-amzn-RequestId, x-amzn-ErrorType and x-amz-apigw-id (or apigw-requestid) in Access-Control-Expose-Headers to see request IDs and error types.',
    )
  if (signals.localHost)
    hints.push('The host is local: this is probably an emulator imitating AWS, whose replies can differ from the real service.')
  if (reply.truncated) hints.push('The body was longer than maxBodyBytes; only its beginning was read.')
  return hints
}
