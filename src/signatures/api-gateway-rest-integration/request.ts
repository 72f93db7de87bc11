import type { Examples, Signature } from '../../types.ts'
import { DOCS } from '../docs.ts'
import { INTEGRATION_DOCS, restErrorHeaders } from './shared.ts'

const WITHOUT_BODY = ['GET', 'HEAD', 'DELETE', 'OPTIONS'] as const

/**
 * REST API replies to requests API Gateway refuses before the integration runs: request validation, media
 * types, and payload size limits.
 */
export const requestSignatures: readonly Signature[] = [
  {
    code: 'BAD_REQUEST_BODY',
    layer: 'api-gateway-rest',
    title: "API Gateway's request validator rejected the body of {request} (400 Invalid request body)",
    gatewayResponseTypes: ['BAD_REQUEST_BODY'],
    // "Invalid request body" is a phrase any framework may use: not distinctive, so an AWS header or host is needed.
    match: { status: [400], customizable: true, errorType: ['BadRequestException'], message: ['Invalid request body'] },
    causes: [
      {
        id: 'body-does-not-match-model',
        weight: 6,
        cause:
          "A request validator checks the body against the method's model (a JSON schema) and this body does not satisfy it: a missing required property, a wrong type, a value outside an enum, or an extra property where additionalProperties is false. The backend never saw the request.",
        remedy:
          'Compare the body with the model: `aws apigateway get-method --rest-api-id <id> --resource-id <resource-id> --http-method <METHOD>` names it under requestModels, and `aws apigateway get-model --rest-api-id <id> --model-name <model> --flatten` prints the schema. To learn which rule failed, the API owner can add $context.error.validationErrorString to the BAD_REQUEST_BODY gateway response template.',
        summary: "the body of {request} does not match the method's model: compare it with the schema",
        docs: [INTEGRATION_DOCS.requestValidation],
        adjust: [
          { when: { method: WITHOUT_BODY }, factor: 0.3 },
          { when: { notSent: ['content-type'] }, factor: 0.5 },
        ],
      },
      {
        id: 'body-missing-or-not-json',
        weight: 2,
        cause:
          'The body is empty or is not JSON, so it cannot satisfy the model: no body was sent (a GET or DELETE, or a client that dropped it), or it was sent form-encoded or as text. Without a Content-Type header API Gateway validates the body as application/json.',
        remedy:
          'Send the JSON body the method expects with `Content-Type: application/json` (axios does this for plain objects; with fetch, pass JSON.stringify(data) and set the header yourself).',
        summary: 'the body of {request} may be missing or not JSON: send JSON with Content-Type: application/json',
        docs: [INTEGRATION_DOCS.requestValidation],
        adjust: [
          { when: { notSent: ['content-type'] }, factor: 4 },
          { when: { sent: ['content-type'] }, factor: 0.5 },
          { when: { method: WITHOUT_BODY }, factor: 3 },
        ],
      },
    ],
    docs: [DOCS.gatewayResponseTypes, INTEGRATION_DOCS.requestValidation],
  },
  {
    code: 'BAD_REQUEST_PARAMETERS',
    layer: 'api-gateway-rest',
    title: "API Gateway's request validator rejected {request}: required request parameters are missing (400)",
    gatewayResponseTypes: ['BAD_REQUEST_PARAMETERS'],
    // Apps copy this wording in their own handlers, so it is not treated as something only AWS sends.
    match: {
      status: [400],
      customizable: true,
      errorType: ['BadRequestException'],
      messageStartsWith: ['Missing required request parameters: ['],
    },
    causes: [
      {
        id: 'required-parameter-missing',
        weight: 8,
        cause:
          'The method declares required query string parameters, headers or path parameters, a request validator checks them, and the ones named in brackets in the message were not sent. The backend never saw the request.',
        remedy:
          'Send every parameter the message lists. Query string names are case-sensitive, header names are not. `aws apigateway get-method --rest-api-id <id> --resource-id <resource-id> --http-method <METHOD>` lists them under requestParameters (method.request.querystring.<name>: true means required).',
        summary: '{request} lacks the required parameters named in the message: send them',
        docs: [INTEGRATION_DOCS.requestValidation],
      },
      {
        id: 'parameter-sent-elsewhere',
        weight: 1,
        cause:
          'The value was sent, but not where the method looks for it: a query parameter put in the body, a header renamed or dropped on the way (a proxy, or a CloudFront cache policy that does not forward it), or a query name with other letter case.',
        remedy:
          'Send each listed name exactly as the method declares it, as a query string parameter or header as declared; check that anything in front of API Gateway forwards it.',
        summary: 'a required parameter of {request} may be sent in the wrong place: send it as the method declares it',
        docs: [INTEGRATION_DOCS.requestValidation],
      },
      {
        id: 'cors-preflight-validated',
        weight: 0.5,
        cause:
          'This is a CORS preflight (OPTIONS): browsers send it without custom headers or query string, and the method that answered it (often ANY) requires parameters, so the preflight fails validation and the browser then blocks the real request.',
        remedy:
          'Give the resource its own OPTIONS method without request validation (Enable CORS in the console creates a MOCK one), redeploy, and add CORS headers to the DEFAULT_4XX gateway response so that errors stay readable.',
        summary: 'the CORS preflight of {path} hits a method that requires parameters: add an OPTIONS method without validation',
        docs: [DOCS.corsRest],
        adjust: [{ when: { method: ['OPTIONS'] }, factor: 100 }],
      },
    ],
    docs: [DOCS.gatewayResponseTypes, INTEGRATION_DOCS.requestValidation],
  },
  {
    code: 'UNSUPPORTED_MEDIA_TYPE',
    layer: 'api-gateway-rest',
    title: 'API Gateway has no mapping template for the Content-Type of {request} (415 Unsupported Media Type)',
    gatewayResponseTypes: ['UNSUPPORTED_MEDIA_TYPE'],
    // The error type of this reply is only known from an emulator, so it is not required to agree.
    match: { status: [415], customizable: true, message: ['Unsupported Media Type'] },
    causes: [
      {
        id: 'content-type-has-no-template',
        weight: 5,
        cause:
          "The method's non-proxy integration passes bodies through only when a mapping template matches (passthrough behavior NEVER, or WHEN_NO_TEMPLATES while some templates exist), and none is defined for the Content-Type sent. Note that fetch() sends a string body as text/plain;charset=UTF-8 and FormData as multipart/form-data unless told otherwise.",
        remedy:
          'Send a Content-Type the integration has a template for (usually application/json). The API owner can list the templates with `aws apigateway get-integration --rest-api-id <id> --resource-id <resource-id> --http-method <METHOD>` (requestTemplates), add one for this type, or set passthroughBehavior to WHEN_NO_MATCH, and redeploy the stage.',
        summary:
          'the integration has no mapping template for the Content-Type of {request}: send application/json or add a template',
        docs: [INTEGRATION_DOCS.passthrough],
        adjust: [{ when: { notSent: ['content-type'] }, factor: 0.2 }],
      },
      {
        id: 'no-template-for-default-json',
        weight: 1.5,
        cause:
          'No Content-Type was sent, so API Gateway treated the body as application/json, and the integration has mapping templates but none for application/json.',
        remedy:
          'Send the Content-Type the API expects (the requestTemplates of `aws apigateway get-integration …` list them), or have the API owner add an application/json template and redeploy.',
        summary:
          '{request} has no Content-Type and the integration has no application/json template: send the expected Content-Type',
        docs: [INTEGRATION_DOCS.passthrough],
        adjust: [
          { when: { notSent: ['content-type'] }, factor: 10 },
          { when: { sent: ['content-type'] }, factor: 0.3 },
        ],
      },
    ],
    docs: [DOCS.gatewayResponseTypes, INTEGRATION_DOCS.passthrough],
  },
  {
    code: 'REQUEST_TOO_LARGE',
    layer: 'api-gateway-rest',
    title: 'The request {request} is too large for the Lambda function behind API Gateway (413 Request Too Long)',
    gatewayResponseTypes: ['REQUEST_TOO_LARGE'],
    match: { status: [413], customizable: true, errorType: ['BadRequestException'], message: ['Request Too Long'] },
    causes: [
      {
        id: 'lambda-invoke-payload-limit',
        weight: 6,
        cause:
          "With a Lambda proxy integration API Gateway hands the whole request (body, headers and request context) to Lambda in one invocation event, and Lambda accepts at most 6 MB for a synchronous invocation. A body of roughly 5 to 10 MB passes API Gateway's own 10 MB limit but not Lambda's.",
        remedy:
          'Upload large files straight to S3 with a presigned URL (the API hands out the URL, the client PUTs the file to S3), or compress or split the payload; the 6 MB limit cannot be raised.',
        summary: "the request is over Lambda's 6 MB invocation limit: upload large files to S3 with a presigned URL",
        docs: [INTEGRATION_DOCS.lambdaQuotas, INTEGRATION_DOCS.s3PresignedUpload],
      },
      {
        id: 'binary-body-base64',
        weight: 2,
        cause:
          'The body is binary (an image, a PDF, a multipart upload) and API Gateway base64-encodes it in the Lambda event, which makes it a third larger: a file of about 4.5 MB already exceeds 6 MB.',
        remedy:
          'Resize or compress the file before uploading, or upload it straight to S3 with a presigned URL instead of through the API.',
        summary: 'a binary body grows by a third in the Lambda event: shrink it or upload it to S3 directly',
        docs: [INTEGRATION_DOCS.binaryMedia, INTEGRATION_DOCS.s3PresignedUpload],
      },
    ],
    docs: [DOCS.gatewayResponseTypes, INTEGRATION_DOCS.limitsTable, INTEGRATION_DOCS.lambdaQuotas],
  },
  {
    code: 'PAYLOAD_TOO_LARGE',
    layer: 'api-gateway-rest',
    title: 'API Gateway refused a request body over its 10 MB limit (413, plain text, no CORS headers)',
    // Not a gateway response: API Gateway sends it before gateway responses apply, so it cannot be customised.
    match: {
      status: [413],
      text: ['HTTP content length exceeded 10485760 bytes.', 'HTTP content length exceeded 10485760 bytes'],
      distinctive: true,
    },
    causes: [
      {
        id: 'body-over-10mb',
        weight: 6,
        cause:
          "The request body is larger than 10,485,760 bytes (10 MiB), API Gateway's hard payload limit. This reply comes before gateway responses are applied, so it never carries CORS headers: a browser reports it as a CORS or network error.",
        remedy:
          'Upload large payloads straight to S3 with a presigned URL (S3 multipart upload for very large files), and check the size in the client before sending; the limit cannot be raised.',
        summary: "the body is over API Gateway's 10 MB limit: upload it to S3 with a presigned URL",
        docs: [INTEGRATION_DOCS.limitsTable, INTEGRATION_DOCS.s3PresignedUpload],
      },
      {
        id: 'encoding-overhead',
        weight: 1.5,
        cause:
          'The file itself is under 10 MB but the body as sent is larger: base64 inside JSON adds a third, and multipart/form-data adds boundaries and part headers.',
        remedy:
          "Send the file as raw bytes with its own Content-Type (listed in the API's binaryMediaTypes) instead of base64 in JSON, or better upload it straight to S3 with a presigned URL.",
        summary: 'encoding pushed the body over 10 MB: send raw bytes or upload to S3 directly',
        docs: [INTEGRATION_DOCS.binaryMedia],
      },
    ],
    docs: [INTEGRATION_DOCS.limitsTable],
  },
]

/** The canonical reply of each signature above, by code, exactly as AWS sends it. */
export function requestExamples(): Examples {
  return {
    BAD_REQUEST_BODY: {
      status: 400,
      headers: restErrorHeaders('BadRequestException'),
      body: '{"message":"Invalid request body"}',
      request: {
        method: 'POST',
        url: 'https://k3m9p2x7qa.execute-api.eu-west-1.amazonaws.com/prod/orders',
        headers: { 'content-type': 'application/json' },
      },
    },
    BAD_REQUEST_PARAMETERS: {
      status: 400,
      headers: restErrorHeaders('BadRequestException'),
      body: '{"message":"Missing required request parameters: [x-tenant-id, page]"}',
      request: { method: 'GET', url: 'https://k3m9p2x7qa.execute-api.eu-west-1.amazonaws.com/prod/invoices' },
    },
    UNSUPPORTED_MEDIA_TYPE: {
      status: 415,
      headers: restErrorHeaders(),
      body: '{"message":"Unsupported Media Type"}',
      request: {
        method: 'PUT',
        url: 'https://k3m9p2x7qa.execute-api.eu-west-1.amazonaws.com/prod/profile',
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
      },
    },
    REQUEST_TOO_LARGE: {
      status: 413,
      headers: restErrorHeaders('BadRequestException'),
      body: '{"message": "Request Too Long"}',
      request: { method: 'POST', url: 'https://k3m9p2x7qa.execute-api.eu-west-1.amazonaws.com/prod/uploads' },
    },
    PAYLOAD_TOO_LARGE: {
      status: 413,
      headers: { 'content-type': 'text; charset=utf-8', 'content-length': '44' },
      body: 'HTTP content length exceeded 10485760 bytes.',
      request: { method: 'PUT', url: 'https://k3m9p2x7qa.execute-api.eu-west-1.amazonaws.com/prod/videos/intro' },
    },
  }
}
