/**
 * The playground page: one text box for whatever a person has (a curl -v transcript, a raw reply, a bare
 * body or message, a DevTools copy, console lines, HAR or JSON), a drop zone for a HAR file, and the
 * diagnosis as `apigw-doctor` would print it. The reading happens in a worker (worker.ts) with the CLI's own
 * code; this file only renders, with `textContent` (never HTML from the input), and sends nothing anywhere.
 */
import type { JsonEntry } from '../../src/cli/report-json.ts'
import { labelsJa } from '../../src/locales/ja/labels.ts'
import { ENGLISH_LABELS, type LabelKey } from '../../src/texts/labels.ts'
import type { Diagnosis } from '../../src/types.ts'
import type { DiagnoseRequest, DiagnoseResponse, FailedCall, PageLocale } from './protocol.ts'

const TEXTS = {
  en: {
    title: 'apigw-doctor playground',
    offline:
      'Runs entirely in this page: no server, no network request. What you paste or drop never leaves your browser, and credentials in it are never shown.',
    pasteLabel: 'Paste anything',
    placeholder:
      'A reply body or message ({"message":"Missing Authentication Token"}), a CloudFront error page, curl -v output, raw HTTP, DevTools "Copy as cURL" / "Copy as fetch" followed by the reply, console lines (Access to fetch at … has been blocked by CORS policy), HAR or JSON.',
    facts: 'Add what you know (optional)',
    status: 'Status',
    url: 'Request URL',
    method: 'Method',
    diagnose: 'Diagnose',
    drop: 'Drop a HAR file here, or choose one',
    busy: 'Reading…',
    done: 'Read in {ms} ms.',
    failedCalls: 'Failed calls ({count})',
    noReply: 'no reply',
    notRecognised: 'not recognised',
    report: 'As apigw-doctor prints it',
    copyIds: 'Copy for AWS Support',
    copied: 'Copied',
    causes: 'Causes',
    moreCards: '{count} more diagnoses: see the report below.',
    moreFailed: 'and {count} more',
  },
  ja: {
    title: 'apigw-doctor プレイグラウンド',
    offline:
      'このページの中だけで動く: サーバーもネットワークへのリクエストもない。貼り付けたものやドロップしたファイルがブラウザーの外へ出ることはなく、含まれる認証情報が表示されることもない。',
    pasteLabel: '何でも貼り付ける',
    placeholder:
      'レスポンスの本文やメッセージ（{"message":"Missing Authentication Token"}）、CloudFront のエラーページ、curl -v の出力、生の HTTP、DevTools の「Copy as cURL」「Copy as fetch」とその後のレスポンス、コンソールの行（Access to fetch at … has been blocked by CORS policy）、HAR、JSON。',
    facts: 'わかっていることを加える（任意）',
    status: 'ステータス',
    url: 'リクエスト URL',
    method: 'メソッド',
    diagnose: '診断する',
    drop: 'HAR ファイルをここにドロップするか選ぶ',
    busy: '読み取り中…',
    done: '{ms} ms で読み取った。',
    failedCalls: '失敗したリクエスト（{count} 件）',
    noReply: 'レスポンスなし',
    notRecognised: '認識できず',
    report: 'apigw-doctor の出力',
    copyIds: 'AWS サポート用にコピー',
    copied: 'コピーした',
    causes: '原因',
    moreCards: 'ほかに {count} 件の診断: 下の出力を参照。',
    moreFailed: 'ほかに {count} 件',
  },
} as const

type TextKey = keyof (typeof TEXTS)['en']

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T

const paste = $<HTMLTextAreaElement>('paste')
const statusInput = $<HTMLInputElement>('status')
const urlInput = $<HTMLInputElement>('url')
const methodInput = $<HTMLInputElement>('method')
const fileInput = $<HTMLInputElement>('har')
const dropZone = $<HTMLLabelElement>('drop')
const output = $<HTMLElement>('result')
const stateLine = $<HTMLElement>('state')

let locale: PageLocale = (navigator.languages?.[0] ?? navigator.language ?? 'en').toLowerCase().startsWith('ja') ? 'ja' : 'en'
let lastInput: DiagnoseRequest['input'] | undefined
let nextId = 1
let pending = 0

const worker = new Worker('./worker.js', { type: 'module' })
worker.addEventListener('message', (event: MessageEvent<DiagnoseResponse | { ready: true }>) => {
  const data = event.data
  if ('ready' in data) {
    document.body.dataset.state = 'ready'
    return
  }
  if (data.id !== pending) return // an older request, overtaken by a newer one
  void render(data)
})

function t(key: TextKey, values: Record<string, string | number> = {}): string {
  return TEXTS[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''))
}

function label(key: LabelKey): string {
  return locale === 'ja' ? labelsJa[key] : ENGLISH_LABELS[key]
}

function applyLocale(): void {
  document.documentElement.lang = locale
  document.title = t('title')
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]'))
    element.textContent = t(element.dataset.text as TextKey)
  paste.placeholder = t('placeholder')
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-locale]'))
    button.setAttribute('aria-pressed', String(button.dataset.locale === locale))
}

function facts(): DiagnoseRequest['facts'] {
  const out: NonNullable<DiagnoseRequest['facts']> = {}
  const status = Number(statusInput.value.trim())
  if (/^[1-5]\d\d$/.test(statusInput.value.trim())) out.status = status
  if (/^https?:\/\/\S+$/i.test(urlInput.value.trim())) out.url = urlInput.value.trim()
  if (/^[A-Za-z]{1,32}$/.test(methodInput.value.trim())) out.method = methodInput.value.trim().toUpperCase()
  return Object.keys(out).length > 0 ? out : undefined
}

function diagnose(input: DiagnoseRequest['input']): void {
  lastInput = input
  pending = nextId++
  document.body.dataset.state = 'busy'
  stateLine.textContent = t('busy')
  const request: DiagnoseRequest = { id: pending, locale, input }
  const known = facts()
  if (known !== undefined) request.facts = known
  worker.postMessage(request)
}

/**
 * Shows a result in small pieces, yielding to the browser between them, so that the cards and the failed
 * calls of a large HAR never hold the page's thread for long.
 */
async function render(response: DiagnoseResponse): Promise<void> {
  const id = response.id
  output.replaceChildren()
  if (!response.ok) {
    document.body.dataset.state = 'error'
    stateLine.textContent = ''
    output.append(element('p', { class: 'error' }, response.error))
    return
  }
  stateLine.textContent = t('done', { ms: Math.round(response.elapsedMs) })
  if (response.advice !== undefined) output.append(element('p', { class: 'advice', id: 'advice' }, response.advice))
  const pieces: Array<() => HTMLElement> = []
  for (const entry of response.entries) {
    const { diagnosis } = entry
    if (diagnosis !== null) pieces.push(() => card(entry, diagnosis))
  }
  if (response.diagnosed > response.entries.length)
    pieces.push(() => element('p', { class: 'more' }, t('moreCards', { count: response.diagnosed - response.entries.length })))
  if (response.failedTotal > 0 && (response.format === 'har' || response.failedTotal > 1)) {
    const { box, table } = failedBox(response.failed, response.failedTotal)
    pieces.push(() => box)
    for (let start = 0; start < response.failed.length; start += ROWS_PER_PIECE) {
      const rows = response.failed.slice(start, start + ROWS_PER_PIECE)
      pieces.push(() => {
        for (const call of rows) table.append(failedRow(call))
        return table
      })
    }
  }
  pieces.push(() => {
    const report = element('details', { class: 'report', open: '' })
    report.append(element('summary', {}, t('report')), element('pre', { id: 'report' }, response.report))
    return report
  })
  for (const [i, piece] of pieces.entries()) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0))
    if (pending !== id) return // a newer request took over
    const node = piece()
    if (node.parentNode === null) output.append(node)
  }
  document.body.dataset.state = 'done'
}

/** Failed calls added to the page per piece of rendering. */
const ROWS_PER_PIECE = 100

function card(entry: JsonEntry, d: Diagnosis): HTMLElement {
  const section = element('section', { class: `card confidence-${d.confidence}`, 'data-code': d.code })
  const where = [entry.status === 0 ? '' : String(entry.status), entry.method ?? '', entry.url ?? ''].filter(Boolean).join(' ')
  section.append(element('p', { class: 'where' }, where), element('h2', {}, d.title))
  const facts = element('dl', { class: 'facts' })
  const pair = (name: string, value: string, cls = ''): void => {
    facts.append(element('dt', {}, name), element('dd', cls === '' ? {} : { class: cls }, value))
  }
  pair(label('cli.code'), d.code, 'code')
  pair(label('cli.layer'), label(`layer.${d.layer}` as LabelKey), 'layer')
  pair(label('cli.confidence'), label(`confidence.${d.confidence}` as LabelKey), 'confidence')
  section.append(facts)
  section.append(element('h3', {}, t('causes')))
  const causes = element('ol', { class: 'causes' })
  for (const cause of d.causes.filter((c) => c.likelihood >= 0.005).slice(0, 6)) {
    const item = element('li', { 'data-cause-id': cause.id })
    item.append(
      element('p', { class: 'cause' }, `${Math.round(cause.likelihood * 100)}% · ${cause.cause}`),
      element('p', { class: 'remedy' }, `${label('cli.remedy')}: ${cause.remedy}`),
    )
    if (cause.docs !== undefined && cause.docs.length > 0) item.append(links(cause.docs))
    causes.append(item)
  }
  section.append(causes)
  const ids = requestIds(d)
  if (ids.length > 0) {
    const box = element('div', { class: 'ids' })
    box.append(element('h3', {}, label('cli.requestIds')), element('pre', { class: 'id-lines' }, ids.join('\n')))
    const copy = element('button', { type: 'button', class: 'copy' }, t('copyIds'))
    copy.addEventListener('click', () => {
      void navigator.clipboard?.writeText(ids.join('\n')).then(() => {
        copy.textContent = t('copied')
      })
    })
    box.append(copy)
    section.append(box)
  }
  for (const hint of d.hints) section.append(element('p', { class: 'hint' }, `${label('cli.note')}: ${hint}`))
  if (d.evidence.length > 0)
    section.append(element('p', { class: 'evidence' }, `${label('cli.evidence')}: ${d.evidence.join('; ')}`))
  if (d.docs.length > 0) {
    section.append(element('h3', {}, label('cli.docs')), links(d.docs))
  }
  return section
}

/** The request IDs as lines to paste into an AWS Support case. */
function requestIds(d: Diagnosis): string[] {
  const lines: string[] = []
  if (d.requestId !== undefined) lines.push(`x-amzn-RequestId: ${d.requestId}`)
  if (d.extendedRequestId !== undefined) lines.push(`x-amz-apigw-id: ${d.extendedRequestId}`)
  if (d.cloudfrontId !== undefined) lines.push(`x-amz-cf-id: ${d.cloudfrontId}`)
  if (d.traceId !== undefined) lines.push(`x-amzn-trace-id: ${d.traceId}`)
  return lines
}

function links(urls: readonly string[]): HTMLElement {
  const list = element('ul', { class: 'docs' })
  for (const url of urls) {
    if (!/^https:\/\/[\w.-]+\.(?:aws|amazon\.com|amazonaws\.com)\//.test(url)) continue
    const item = element('li')
    item.append(element('a', { href: url, target: '_blank', rel: 'noreferrer noopener' }, url))
    list.append(item)
  }
  return list
}

function failedBox(calls: readonly FailedCall[], total: number): { box: HTMLElement; table: HTMLTableElement } {
  const box = element('section', { class: 'failed', id: 'failed' })
  const table = element('table')
  box.append(element('h2', {}, t('failedCalls', { count: total })), table)
  if (total > calls.length) box.append(element('p', { class: 'more' }, t('moreFailed', { count: total - calls.length })))
  return { box, table }
}

function failedRow(call: FailedCall): HTMLElement {
  const row = element('tr', { 'data-index': String(call.index) })
  row.append(
    element('td', { class: 'index' }, `#${call.index}`),
    element('td', { class: 'status' }, call.status === 0 ? t('noReply') : String(call.status)),
    element('td', { class: 'request' }, [call.method, call.url].filter(Boolean).join(' ')),
    element('td', { class: 'code' }, call.code ?? call.error ?? t('notRecognised')),
  )
  return row
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
  if (text !== undefined) node.textContent = text
  return node
}

$<HTMLButtonElement>('diagnose').addEventListener('click', () => diagnose({ text: paste.value }))
paste.addEventListener('paste', () => {
  // After the browser has put the pasted text in the box.
  setTimeout(() => diagnose({ text: paste.value }), 0)
})
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0]
  if (file !== undefined) diagnose({ file, name: file.name })
})
dropZone.addEventListener('dragover', (event) => {
  event.preventDefault()
  dropZone.classList.add('over')
})
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('over'))
dropZone.addEventListener('drop', (event) => {
  event.preventDefault()
  dropZone.classList.remove('over')
  const file = event.dataTransfer?.files[0]
  if (file !== undefined) diagnose({ file, name: file.name })
})
// A file dropped anywhere else must not make the browser navigate to it.
addEventListener('dragover', (event) => event.preventDefault())
addEventListener('drop', (event) => event.preventDefault())
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-locale]'))
  button.addEventListener('click', () => {
    locale = button.dataset.locale === 'ja' ? 'ja' : 'en'
    applyLocale()
    if (lastInput !== undefined) diagnose(lastInput)
  })
applyLocale()
