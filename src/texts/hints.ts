import type { HintTexts } from './locale.ts'

/** The engine's advice lines in English; overlays translate the same keys. */
export const ENGLISH_HINTS: HintTexts = {
  statusRemapped: "AWS sends this error with status {defaultStatus}; this API's gateway response maps it to {status}.",
  bodyCustomized:
    "The body is not AWS's default wording: this API customises the gateway response; the error type identified it.",
  bodyUnread:
    'The body was not read (absent, binary, or a stream left for you): the status and the error type identified the reply.',
  rival:
    'The reply fits {rival} equally well; the reply headers (x-amzn-ErrorType, x-amz-apigw-id or apigw-requestid) would tell them apart.',
  headersHidden:
    'No AWS response header was visible, so this rests on the status and body. In a browser, list x-amzn-RequestId, x-amzn-ErrorType and x-amz-apigw-id (or apigw-requestid) in Access-Control-Expose-Headers to see request IDs and error types.',
  confirmAws:
    "Nothing but the body's wording says AWS answered (other servers can send the same JSON): confidence is low. A response header such as x-amzn-RequestId or apigw-requestid (list it in Access-Control-Expose-Headers for a browser), or the host in the awsHosts option, would confirm it.",
  statusUnknown: 'The status was not given: pass it for a sharper diagnosis.',
  localHost: 'The host is local: this is probably an emulator imitating AWS, whose replies can differ from the real service.',
  truncated: 'The body was longer than maxBodyBytes; only its beginning was read.',
}

/** Fills `{name}` placeholders of a hint. */
export function fillHint(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w{1,20})\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  )
}
