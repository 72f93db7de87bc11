/**
 * The MSW demo page: `gatewayError()` from `apigw-doctor/msw` in the browser with MSW's `setupWorker`,
 * called through axios (`log: true`) and ky (`throwEnriched: true`) with apigw-doctor. The worker is served
 * from `/msw/`, so it controls this page only.
 *
 * `window.apigwDemo.run(id)` runs one case; the page runs them all on load unless the URL has `?manual`.
 */
import { isGatewayError } from 'apigw-doctor'
import { withDiagnosis as withAxiosDiagnosis } from 'apigw-doctor/axios'
import { withDiagnosis as withKyDiagnosis } from 'apigw-doctor/ky'
import { gatewayError } from 'apigw-doctor/msw'
import axios, { isAxiosError } from 'axios'
import ky from 'ky'
import { http } from 'msw'
import { setupWorker } from 'msw/browser'
import { MSW_API, MSW_SCENARIOS, type MswScenario } from './msw-scenarios.ts'
import type { DemoHandle } from './page.ts'
import { diagnosedOutcome, type Outcome, renderCards, showOutcome } from './render.ts'
import { CANARIES, type SentCredential } from './scenarios.ts'

const worker = setupWorker(
  ...MSW_SCENARIOS.map((scenario) =>
    http.get(`${MSW_API}${scenario.path}`, () =>
      gatewayError(scenario.code, scenario.browserView === undefined ? {} : { browserView: scenario.browserView }),
    ),
  ),
)
await worker.start({
  serviceWorker: { url: '/msw/mockServiceWorker.js' },
  quiet: true,
  // A call to the API without a handler is a mistake; anything else (the page itself, which DevTools
  // fetches again when it opens) goes to the network as usual.
  onUnhandledFrame: ({ frame, defaults }) => {
    const request = (frame.data as { request?: Request }).request
    if (request?.url.startsWith(MSW_API) === true) defaults.error()
  },
})

const viaAxios = withAxiosDiagnosis(axios.create({ baseURL: MSW_API }), { log: true })
const viaKy = withKyDiagnosis(ky.create({ prefix: MSW_API, retry: 0 }), { throwEnriched: true })

function headersFor(send: readonly SentCredential[]): Record<string, string> {
  const headers: Record<string, string> = {}
  if (send.includes('authorization')) headers.Authorization = CANARIES.authorization
  if (send.includes('x-api-key')) headers['x-api-key'] = CANARIES.apiKey
  return headers
}

async function runOne(scenario: MswScenario): Promise<Outcome> {
  const headers = headersFor(scenario.send)
  try {
    const response =
      scenario.client === 'axios' ? await viaAxios.get(scenario.path, { headers }) : await viaKy.get(scenario.path, { headers })
    return { id: scenario.id, kind: 'passed', status: response.status, requestId: '—' }
  } catch (error) {
    if (isAxiosError(error)) {
      const line = `${error.name}: ${error.message}`
      const status = error.response?.status ?? 0
      return error.diagnosis === undefined
        ? { id: scenario.id, kind: 'undiagnosed', status, requestId: '—', errorLine: line }
        : diagnosedOutcome(scenario.id, status, error.diagnosis, line)
    }
    console.error(error)
    if (!isGatewayError(error))
      return { id: scenario.id, kind: 'undiagnosed', status: 0, requestId: '—', errorLine: String(error) }
    return diagnosedOutcome(scenario.id, error.diagnosis.status, error.diagnosis, `${error.name}: ${error.message}`)
  }
}

function find(id: string): MswScenario {
  const scenario = MSW_SCENARIOS.find((candidate) => candidate.id === id)
  if (scenario === undefined) throw new RangeError(`unknown scenario ${id}`)
  return scenario
}

async function run(id: string): Promise<Outcome> {
  const outcome = await runOne(find(id))
  showOutcome(outcome)
  return outcome
}

async function runAll(): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  for (const scenario of MSW_SCENARIOS) outcomes.push(await run(scenario.id))
  document.body.dataset.done = 'true'
  return outcomes
}

const results = document.getElementById('results')
if (results !== null)
  renderCards(
    results,
    MSW_SCENARIOS.map((scenario) => ({
      id: scenario.id,
      client: scenario.client,
      label: scenario.label,
      story: scenario.story,
      request: `GET ${MSW_API}${scenario.path}`,
      badge: scenario.browserView ?? 'full reply',
      badgeClass:
        scenario.browserView === 'cors-blocked' ? 'cors-off' : scenario.browserView === 'headers-hidden' ? 'cors-allow' : 'msw',
    })),
  )
document.getElementById('run-all')?.addEventListener('click', () => void runAll())
const handle: DemoHandle = { run, runAll }
window.apigwDemo = handle
if (!new URLSearchParams(location.search).has('manual')) await runAll()
