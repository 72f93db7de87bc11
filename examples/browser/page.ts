/**
 * The browser demo: an app that calls an API through axios (with `log: true`) and ky (with
 * `throwEnriched: true`), both with apigw-doctor, against the local gateway emulator on another origin.
 * Open DevTools' console to read the diagnoses; the cards show what the app's own code got back.
 *
 * `window.apigwDemo.run(id)` runs one case (the browser tests drive the page through it); the page runs
 * them all on load unless the URL has `?manual`.
 */
import { type DiagnosisOptions, isGatewayError } from 'apigw-doctor'
import { withDiagnosis as withAxiosDiagnosis } from 'apigw-doctor/axios'
import { withDiagnosis as withKyDiagnosis } from 'apigw-doctor/ky'
import axios, { isAxiosError } from 'axios'
import ky from 'ky'
import { type CardSpec, diagnosedOutcome, type Outcome, renderCards, showOutcome } from './render.ts'
import { CANARIES, type CorsMode, SCENARIOS, type Scenario, type SentCredential, scenarioById } from './scenarios.ts'

/** What the demo server tells the page: where the emulator listens. */
interface DemoConfig {
  api: string
}

/** The handle the browser tests use. */
export interface DemoHandle {
  run(id: string): Promise<Outcome>
  runAll(): Promise<Outcome[]>
}

declare global {
  interface Window {
    apigwDemo?: DemoHandle
  }
}

const config = (await (await fetch('/config.json')).json()) as DemoConfig
// The emulator is not an AWS host name: declare it, as you would a custom domain in front of API Gateway.
const shared: DiagnosisOptions = { awsHosts: [new URL(config.api).hostname] }
const viaAxios = withAxiosDiagnosis(axios.create({ baseURL: config.api, withCredentials: true }), { ...shared, log: true })
const viaKy = withKyDiagnosis(ky.create({ prefix: config.api, credentials: 'include', retry: 0 }), {
  ...shared,
  throwEnriched: true,
})

// A session cookie: the browser sends it with every credentialed request to the emulator (same host).
// biome-ignore lint/suspicious/noDocumentCookie: one fixed cookie, set the way most apps still do it
document.cookie = `${CANARIES.cookieName}=${CANARIES.cookie}; path=/; SameSite=Lax`

const CORS_BADGES: Record<CorsMode, readonly [string, string]> = {
  off: ['no CORS headers on the reply', 'cors-off'],
  allow: ['CORS allowed, x-amzn-* hidden', 'cors-allow'],
  expose: ['CORS allowed, headers exposed', 'cors-expose'],
}

function cardOf(scenario: Scenario): CardSpec {
  const [badge, badgeClass] = CORS_BADGES[scenario.route.cors]
  return {
    id: scenario.id,
    client: scenario.client,
    label: scenario.label,
    story: scenario.story,
    request: `GET ${scenario.route.path}`,
    badge,
    badgeClass,
  }
}

function headersFor(send: readonly SentCredential[]): Record<string, string> {
  const headers: Record<string, string> = {}
  if (send.includes('authorization')) headers.Authorization = CANARIES.authorization
  if (send.includes('x-api-key')) headers['x-api-key'] = CANARIES.apiKey
  return headers
}

/** axios: the AxiosError keeps flowing, with `error.diagnosis`; `log: true` prints the console group. */
async function runAxios(scenario: Scenario): Promise<Outcome> {
  try {
    const response = await viaAxios.get(scenario.route.path, { headers: headersFor(scenario.send) })
    return { id: scenario.id, kind: 'passed', status: response.status, requestId: '—' }
  } catch (error) {
    if (!isAxiosError(error)) throw error
    const line = `${error.name}: ${error.message}`
    const status = error.response?.status ?? 0
    if (error.diagnosis === undefined) return { id: scenario.id, kind: 'undiagnosed', status, requestId: '—', errorLine: line }
    return diagnosedOutcome(scenario.id, status, error.diagnosis, line)
  }
}

/** ky with `throwEnriched`: a `GatewayError`, which the app prints with `console.error`. */
async function runKy(scenario: Scenario): Promise<Outcome> {
  try {
    const response = await viaKy.get(scenario.route.path, { headers: headersFor(scenario.send) })
    return { id: scenario.id, kind: 'passed', status: response.status, requestId: '—' }
  } catch (error) {
    console.error(error)
    if (!isGatewayError(error))
      return { id: scenario.id, kind: 'undiagnosed', status: 0, requestId: '—', errorLine: String(error) }
    return diagnosedOutcome(scenario.id, error.diagnosis.status, error.diagnosis, `${error.name}: ${error.message}`)
  }
}

async function run(id: string): Promise<Outcome> {
  const scenario = scenarioById(id)
  const outcome = scenario.client === 'axios' ? await runAxios(scenario) : await runKy(scenario)
  showOutcome(outcome)
  return outcome
}

async function runAll(): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  // One at a time, so that the console reads in the cards' order.
  for (const scenario of SCENARIOS) outcomes.push(await run(scenario.id))
  document.body.dataset.done = 'true'
  return outcomes
}

const results = document.getElementById('results')
if (results !== null) renderCards(results, SCENARIOS.map(cardOf))
document.getElementById('run-all')?.addEventListener('click', () => void runAll())
const apiLabel = document.getElementById('api')
if (apiLabel !== null) apiLabel.textContent = config.api
window.apigwDemo = { run, runAll }
if (!new URLSearchParams(location.search).has('manual')) await runAll()
