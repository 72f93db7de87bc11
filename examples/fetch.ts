/**
 * apigw-doctor with fetch: wrap fetch once; failed replies from AWS resolve as usual with
 * `response.diagnosis` set and the body unread. Run: `npm run build && node examples/fetch.ts`.
 */
import { withDiagnosis } from 'apigw-doctor/fetch'
import { FUNCTION_URL, REST_API, startGateway } from './support/gateway.ts'

/** Runs the fetch walkthrough against the embedded gateway. */
export async function main(): Promise<void> {
  const gateway = startGateway()
  try {
    console.log('\n── fetch: response.diagnosis on failed replies, body still yours ──')
    const apiFetch = withDiagnosis(fetch)
    const response = await apiFetch(`${REST_API}/v1/reports`, { method: 'POST' })
    console.log(`POST /v1/reports → ${response.status}; body still readable: ${await response.text()}`)
    console.log(`response.diagnosis.title  ${response.diagnosis?.title}`)
    console.log(`response.diagnosis.remedy ${response.diagnosis?.remedy}`)

    console.log('\n── fetch with { log: true }: no reply at all (network error, or CORS in a browser) ──')
    const logged = withDiagnosis(fetch, { log: true })
    await logged(`${FUNCTION_URL}/orders`).catch(() => undefined)

    console.log('\n── fetch with { throwEnriched: true }: only diagnosed failures reject ──')
    const strict = withDiagnosis(fetch, { throwEnriched: true })
    try {
      await strict(`${REST_API}/v1/itmes`)
    } catch (error) {
      console.log(String(error))
    }
  } finally {
    gateway.close()
  }
}

if (import.meta.main) await main()
