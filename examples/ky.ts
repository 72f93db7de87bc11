/**
 * apigw-doctor with ky (1 or 2): one hook, and every failed reply from API Gateway carries a diagnosis.
 * Run: `npm run build && node examples/ky.ts` (an embedded MSW gateway answers offline).
 */
import { hasDiagnosis, isGatewayError } from 'apigw-doctor'
import { diagnosisHooks, withDiagnosis } from 'apigw-doctor/ky'
import ky, { isHTTPError } from 'ky'
import { HTTP_API, REST_API, startGateway } from './support/gateway.ts'

/** Runs the ky walkthrough against the embedded gateway. */
export async function main(): Promise<void> {
  const gateway = startGateway()
  try {
    console.log('\n── ky: the HTTPError keeps flowing, with error.diagnosis ──')
    const api = withDiagnosis(ky.create({ prefix: REST_API, retry: 0 }))
    try {
      await api.get('v1/orders', { headers: { authorization: 'Bearer eyJhbGciOi.expired.token' } })
    } catch (error) {
      if (!isHTTPError(error) || !hasDiagnosis(error)) throw error
      console.log(`${error.name}: ${error.message}`)
      console.log(`error.diagnosis.code   ${error.diagnosis.code} (${error.diagnosis.layer})`)
      console.log(`error.diagnosis.cause  ${error.diagnosis.cause}`)
      console.log(`error.diagnosis.remedy ${error.diagnosis.remedy}`)
    }

    console.log('\n── ky.create({ hooks: diagnosisHooks({ throwEnriched: true }) }) ──')
    const strict = ky.create({ prefix: HTTP_API, retry: 0, hooks: diagnosisHooks({ throwEnriched: true }) })
    try {
      await strict.post('orders', { json: { item: 1 } })
    } catch (error) {
      if (!isGatewayError(error)) throw error
      console.log(`${error.name}: ${error.message}`)
      console.log(`error.requestId  ${error.requestId}`)
      console.log(`error.cause      ${(error.cause as Error).name}: ${(error.cause as Error).message}`)
    }
  } finally {
    gateway.close()
  }
}

if (import.meta.main) await main()
