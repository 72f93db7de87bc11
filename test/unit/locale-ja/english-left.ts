/**
 * Finds English left in Japanese text. Codes and identifiers stay as they are in the Japanese texts, so
 * they are removed first: backticked spans (commands, code), URLs, placeholders, header names and other
 * hyphenated, dotted or underscored identifiers, camelCase names, upper-case acronyms and codes, then the
 * names on an allowlist (AWS services and features, AWS's own messages, tools). Any run of four or more
 * ASCII letters that remains is English prose that was not translated.
 * @module
 */

/**
 * Names that stay in English in Japanese AWS writing: services and products, console values and policy
 * words, AWS's own reply messages (quoted so the user can match them), and third-party tools.
 */
export const ALLOWED_NAMES: readonly string[] = [
  // AWS services, products and features, as the Japanese console and docs write them.
  'Amazon API Gateway',
  'API Gateway',
  'Application Load Balancer',
  'Classic Load Balancer',
  'Elastic Load Balancing',
  'Load Balancer Controller',
  'Elastic Beanstalk',
  'CloudFront Functions',
  'CloudFront',
  'CloudWatch Logs',
  'CloudWatch',
  'CloudFormation',
  'Cognito',
  'Lambda',
  'Route 53',
  'Service Quotas',
  'Step Functions',
  'Organizations',
  'Firehose',
  'Bot Control',
  'KeyValueStore',
  'AppSync',
  'Amazon',
  // Console values, policy words and actions that AWS writes in English.
  'Allow',
  'Deny',
  'Block',
  'Count',
  'Challenge',
  'Deployed',
  'Maximum integration timeout in milliseconds',
  'Concurrent executions',
  'Throttle rate',
  'Throttles',
  'Condition StringEquals',
  'Service',
  'Principal',
  'Resource',
  'Effect',
  'Action',
  'Statement',
  'Version',
  'Expires',
  'Signature',
  'Policy',
  'Credential',
  'Server',
  'Error from cloudfront',
  'Bearer',
  'Basic',
  'anonymous',
  'undefined',
  'chunked',
  'identity',
  'gzip',
  'compress',
  'openid',
  'none',
  'text',
  'base64url',
  'base64',
  'token_use',
  'Prod',
  'prod',
  // AWS's reply messages and reason phrases, quoted so that the reader can match them.
  'Missing Authentication Token',
  'Forbidden',
  'Unauthorized',
  'Internal Server Error',
  'Internal server error',
  'Endpoint request timed out',
  'Network error communicating with endpoint',
  'Invalid request body',
  'Unsupported Media Type',
  'Request Too Long',
  'Too Many Requests',
  'Limit Exceeded',
  'Not Found',
  'Service Unavailable',
  'Service Temporarily Unavailable',
  'Gateway Time-out',
  'Bad Gateway',
  'Bad Request',
  'Bad request.',
  'Method Not Allowed',
  'Request Timeout',
  'Not Implemented',
  'Misdirected Request',
  'Request blocked.',
  'Back-end server is at capacity',
  'Signature expired',
  'security token invalid',
  'User: anonymous is not authorized',
  'Unknown Key',
  'Malformed Lambda proxy response',
  'Invalid permissions on Lambda function',
  'Execution failed due to configuration error',
  'Task timed out after N seconds',
  'Task timed out',
  'Unauthorized: token expired',
  'The CloudFront function returned an invalid value',
  // Header names, cookie attributes, claims, object fields and options, as the code spells them.
  'Authorization',
  'Host',
  'Accept',
  'Date',
  'Cookie',
  'Domain',
  'Path',
  'scope',
  'state',
  'body',
  'headers',
  'context',
  'port',
  'protocol',
  'cert',
  'credentials',
  'aliases',
  'classification',
  'true',
  'false',
  'deny',
  'unused',
  'challenge',
  'captcha',
  'http',
  'Default',
  'Severe',
  'SQLi',
  'OAuth',
  'Ingress',
  // JavaScript keywords and built-ins.
  'await',
  'async',
  'return',
  'export',
  'throw',
  'Promise',
  'reject',
  // CLI commands quoted without backticks.
  'aws cloudfront test-function',
  'aws elbv2 describe-target-health',
  // Tools, libraries and runtimes.
  'Lambda@Edge',
  'Serverless Framework',
  'Terraform',
  'Node',
  'nginx',
  'gunicorn',
  'Apache',
  'mangum',
  'OpenNext',
  'fetch',
  'axios',
  'openssl',
  'curl',
  'Network',
  'DevTools',
  'WebSocket',
  'Secure',
]

/** A name stands alone: not part of a longer word or identifier. */
const ALLOWED = [...ALLOWED_NAMES]
  .sort((a, b) => b.length - a.length)
  .map((name) => new RegExp(`(?<![\\w\\-/.:@$])${escapeRegExp(name)}(?![\\w\\-/.@])`, 'g'))

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The runs of four or more ASCII letters that are left once codes, identifiers and allowed names are gone. */
export function englishLeft(text: string): string[] {
  // Removed spans become "_" so that an identifier around them (arn:…:<account>:function:<fn>) stays whole.
  let rest = text
    .replace(/`[^`]*`/g, '_') // commands and code
    .replace(/<[^<>\n]{1,80}>/g, '_') // placeholders such as <api-id>
    .replace(/\bhttps?:\/\/\S*/g, '_') // URLs
    .replace(/「[^「」\u3000-\u30ff\u4e00-\u9fff]*」/g, '_') // quoted literal text: log lines, AWS's own wording
    .replace(/'[^'\n\u3000-\u30ff\u4e00-\u9fff]*'|"[^"\n\u3000-\u30ff\u4e00-\u9fff]*"/g, '_') // quoted values
    .replace(/\b\w+(?= ?=| \{ )/g, '_') // keys before "=" or " { " (Terraform blocks)
  // JSON shapes, Terraform blocks and placeholders such as {request}, innermost first.
  for (let before = ''; before !== rest; ) {
    before = rest
    rest = rest.replace(/\{[^{}\n]{0,200}\}/g, '_')
  }
  for (const name of ALLOWED) rest = rest.replace(name, ' ')
  rest = rest
    .replace(/(?<!\w)--?[A-Za-z][\w-]*/g, ' ') // command-line options
    .replace(/(?<![\w.])\/[\w.*+…-]+(?:\/[\w.*+…-]*)*/g, ' ') // paths: /prod, /api/*
    .replace(/[\w…]+(?:[-./:;*=$@[\]()]+[\w…]+)+/g, ' ') // joined identifiers: headers, ARNs, calls, MIME types
    .replace(/\$\w+/g, ' ') // $default, $LATEST
    .replace(/\w*_\w*/g, ' ') // snake_case and UPPER_CASE names: error_reason, WAF_FILTERED
    .replace(/\w*\d\w*/g, ' ') // anything with a digit: SigV4, TLSv1
    .replace(/\b[A-Za-z]*[a-z][A-Z][A-Za-z]*\b/g, ' ') // camelCase and PascalCase names: usageIdentifierKey, ErrorType
    .replace(/\b[A-Z]{2,}s?\b/g, ' ') // acronyms and codes: CORS, JWT
  return rest.match(/[A-Za-z]{4,}/g) ?? []
}
