/**
 * apigw-doctor with axios: one line on the instance, and every failed reply from API Gateway carries a
 * diagnosis. Run: `npm run build && node examples/axios.ts` (an embedded MSW gateway answers offline).
 */
import { isGatewayError } from 'apigw-doctor'
import { withDiagnosis } from 'apigw-doctor/axios'
import axios, { isAxiosError } from 'axios'
import { REST_API, startGateway } from './support/gateway.ts'

/** Runs the axios walkthrough against the embedded gateway. */
export async function main(): Promise<void> {
  const gateway = startGateway()
  try {
    console.log('\n── axios: the AxiosError keeps flowing, with error.diagnosis ──')
    const api = withDiagnosis(axios.create({ baseURL: REST_API }))
    const ok = await api.get('/v1/items')
    console.log(`GET /v1/items → ${ok.status}, untouched`)
    try {
      await api.get('/v1/itmes') // a typo in the path
    } catch (error) {
      if (!isAxiosError(error) || error.diagnosis === undefined) throw error
      console.log(`${error.name}: ${error.message}`)
      console.log(
        `error.diagnosis.code   ${error.diagnosis.code} (${error.diagnosis.layer}, ${error.diagnosis.confidence} confidence)`,
      )
      console.log(`error.diagnosis.title  ${error.diagnosis.title}`)
      console.log(`error.diagnosis.remedy ${error.diagnosis.remedy}`)
    }

    console.log('\n── axios with { log: true }: a readable diagnosis in the console ──')
    const logged = withDiagnosis(axios.create({ baseURL: REST_API }), { log: true })
    await logged.get('/v1/reports').catch(() => undefined)

    console.log('\n── axios with { throwEnriched: true }: a GatewayError says it in one line ──')
    const strict = withDiagnosis(axios.create({ baseURL: REST_API }), { throwEnriched: true })
    try {
      await strict.get('/v1/orders', { headers: { Authorization: 'Bearer eyJhbGciOi.expired.token' } })
    } catch (error) {
      if (!isGatewayError(error)) throw error
      console.log(error)
    }
  } finally {
    gateway.close()
  }
}

if (import.meta.main) await main()
