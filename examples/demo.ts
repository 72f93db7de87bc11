/**
 * `npm start`: what apigw-doctor says about real AWS error replies, offline and without an AWS account.
 * 1. the four replies of the memo the project grew from; 2. one reply per AWS layer from the catalog;
 * 3. the same engine inside axios, ky and fetch against an embedded mocked gateway.
 */
import { type DiagnoseInput, diagnose, formatDiagnosis, signatures } from 'apigw-doctor'
import { seedReplies } from './support/seed-replies.ts'

/** Representative replies: four REST API errors, then one per other layer; the whole catalog is in docs/signatures.md. */
const TOUR = [
  'INCOMPLETE_SIGNATURE',
  'FORBIDDEN',
  'INTEGRATION_TIMEOUT',
  'INTERNAL_SERVER_ERROR',
  'HTTP_API_SERVICE_UNAVAILABLE',
  'FUNCTION_URL_FORBIDDEN',
  'CLOUDFRONT_LAMBDA_EDGE_EXECUTION_ERROR',
  'WAF_BLOCK_CLOUDFRONT',
  'ALB_503_NO_TARGETS',
]

function heading(text: string): void {
  console.log(`\n${'═'.repeat(100)}\n${text}\n${'═'.repeat(100)}`)
}

function show(name: string, input: DiagnoseInput): void {
  console.log(`\n▶ ${name}`)
  const diagnosis = diagnose(input)
  console.log(diagnosis === undefined ? '  (no AWS layer recognised)' : formatDiagnosis(diagnosis))
}

heading('1. The seed memo: four replies whose messages do not name their cause')
for (const { name, input } of seedReplies) show(name, input)

heading(`2. A tour of the catalog (${signatures.length} signatures; see docs/signatures.md)`)
for (const code of TOUR) {
  const signature = signatures.find((s) => s.code === code)
  if (signature !== undefined) show(`${code}: ${signature.title.replace(/\{\w+\}/g, '…')}`, signature.example)
}
show('Not AWS: an Express 404 {"message":"Not Found"} from api.example.com', {
  status: 404,
  headers: { 'x-powered-by': 'Express', 'content-type': 'application/json; charset=utf-8' },
  body: '{"message":"Not Found"}',
  request: { method: 'GET', url: 'https://api.example.com/v1/items' },
})

heading('3. Inside your HTTP client: axios, ky and fetch against an embedded mocked gateway')
for (const example of ['./axios.ts', './ky.ts', './fetch.ts']) {
  const { main } = (await import(example)) as { main: () => Promise<void> }
  await main()
}
