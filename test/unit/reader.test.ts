import { describe, expect, it } from 'vitest'
import { readPasted } from '../../src/reading/pasted.ts'
import { plainFragment, readText } from '../../src/reading/reader.ts'

const values = (text: string): Array<string | null> => readText(text).messages.map((m) => m.value)

describe('readText: the messages of a reply in any shape', () => {
  it('reads a JSON body, and says whether the message is its only field', () => {
    expect(readText('{"message":"Forbidden"}').messages).toEqual([
      { key: 'message', value: 'Forbidden', cut: false, alone: true },
    ])
    expect(readText('{"message":"Forbidden","code":"E42"}').messages[0]?.alone).toBe(false)
    expect(readText('{"Message":null}').messages).toEqual([{ key: 'Message', value: null, cut: false, alone: true }])
  })

  it('reads fragments and near-JSON as people paste them', () => {
    expect(values('"message": "Internal server error"')).toContain('Internal server error')
    expect(values("{'message': 'Internal server error'}")).toContain('Internal server error')
    expect(values("{ message: 'Endpoint request timed out' }")).toContain('Endpoint request timed out')
    expect(values('{\n  "message": "Missing Authentication Token"\n}')).toContain('Missing Authentication Token')
    expect(readText("{'message': 'Internal server error'}").messages[0]?.alone).toBe(true)
  })

  it('marks a message cut short by the paste', () => {
    const [cut] = readText('{"message": "The security token included in the req...').messages
    expect(cut).toMatchObject({ value: 'The security token included in the req', cut: true })
    expect(readText('"message": "Signature expired: 20260101T000000Z is now earlier than').messages[0]?.cut).toBe(true)
  })

  it('reads a JSON string that holds the JSON text, and a wrapper around the reply', () => {
    expect(values(JSON.stringify('{"message":"Forbidden"}'))).toEqual(['Forbidden'])
    expect(readText('', { response: { data: { message: 'Unauthorized' } } }).messages[0]?.value).toBe('Unauthorized')
  })

  it('reads an XML error document: its <Message> and the exception its root names', () => {
    const xml =
      '<MissingAuthenticationTokenException>\n  <Message>Missing Authentication Token</Message>\n</MissingAuthenticationTokenException>'
    const reading = readText(xml)
    expect(reading.errorType).toBe('MissingAuthenticationTokenException')
    expect(reading.messages).toContainEqual({ key: 'xml', value: 'Missing Authentication Token', cut: false, alone: false })
    expect(readText('<Error><Code>AccessDenied</Code></Error>').errorType).toBeUndefined()
  })

  it('reads plain text and its lines, unquoted', () => {
    expect(values('Missing Authentication Token')).toEqual(['Missing Authentication Token'])
    expect(values('"Missing Authentication Token"')).toEqual(['Missing Authentication Token'])
    expect(values('Error 403\nForbidden')).toContain('Forbidden')
  })

  it('renders a page as a browser shows it: no tags, title, scripts or comments; entities and quotes decoded', () => {
    const page =
      '<HTML><HEAD><TITLE>ERROR: The request could not be satisfied</TITLE><script>var x = 1</script></HEAD><BODY><!-- note -->\n<H2>The request could not be satisfied.</H2>\n<p>doesn&#39;t &amp; can’t</p></BODY></HTML>'
    const reading = readText(page)
    expect(reading.markup).toBe(true)
    expect(reading.plain).toBe("the request could not be satisfied. doesn't & can't")
  })

  it('decodes escapes of a page logged as a JSON string', () => {
    expect(readText('<H1>403 ERROR<\\/H1>\\n<H2>Request blocked.<\\/H2>').plain).toBe('403 error request blocked.')
  })

  it('reduces a signature fragment the same way', () => {
    expect(plainFragment('<H1>403 ERROR</H1>')).toBe('403 error')
    expect(plainFragment('<TITLE>ERROR: The request could not be satisfied</TITLE>')).toBe('')
  })

  it('stays linear on hostile text', () => {
    // Unclosed hidden elements used to send each tag on a search to the end of the text (quadratic).
    const hostile = `${'<TITLE>x'.repeat(150_000)}${'<script '.repeat(20_000)}${'"message": "'.repeat(5_000)}${'&#'.repeat(20_000)}`
    const started = performance.now()
    readText(hostile)
    // A generous bound: quadratic work on this text would take minutes.
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})

describe('readPasted: the status and headers inside pasted text', () => {
  it('reads curl -v lines, a status line and quoted header lines', () => {
    const curl =
      '< HTTP/2 403\n< x-amzn-ErrorType: MissingAuthenticationTokenException\n< server: CloudFront\n\n{"message":"Missing Authentication Token"}'
    const facts = readPasted(curl, true)
    expect(facts.status).toBe(403)
    expect(facts.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException')
    expect(facts.headers.get('server')).toBe('CloudFront')
    expect(readPasted("{'x-cache': 'Error from cloudfront',", false).headers.get('x-cache')).toBe('Error from cloudfront')
  })

  it('drops the Markdown emphasis an issue adds, and finds devtools and client status lines', () => {
    expect(readPasted('x-amzn-ErrorType: **MissingAuthenticationTokenException**', false).headers.get('x-amzn-errortype')).toBe(
      'MissingAuthenticationTokenException',
    )
    expect(readPasted('Status Code: 502 Bad Gateway', true).status).toBe(502)
    expect(readPasted('Request failed with status code 429', true).status).toBe(429)
    expect(readPasted('Status Code: 502', false).status).toBeUndefined()
  })

  it('keeps only the headers that tell who answered', () => {
    expect([
      ...readPasted('Date: Mon, 01 Jan 2026\nAuthorization: Bearer abc\nx-amz-apigw-id: Yq3kHGbZjoEFXyQ=', false).headers.keys(),
    ]).toEqual(['x-amz-apigw-id'])
  })
})
