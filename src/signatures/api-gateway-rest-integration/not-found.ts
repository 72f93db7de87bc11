import type { Examples, Signature } from '../../types.ts'
import { DOCS } from '../docs.ts'

/**
 * REST API 404 with a not-found error type. AWS documents the RESOURCE_NOT_FOUND gateway response (404) but
 * neither its body nor its error type has been observed: only an emulator guesses ResourceNotFoundException.
 * So the match asks for what is certain of every REST gateway response, x-amz-apigw-id, plus an error type that
 * says "not found", and never for a body. Backend 404s passed through by a proxy integration carry no error
 * type; AWS service APIs (IoT, Lambda's own API) send ResourceNotFoundException without x-amz-apigw-id.
 */
export const notFoundSignatures: readonly Signature[] = [
  {
    code: 'RESOURCE_NOT_FOUND',
    layer: 'api-gateway-rest',
    title: 'API Gateway answered 404 with a not-found error type for {request}',
    // DEFAULT_4XX is the template of every 4xx without a customised type of its own; it has no reply of its
    // own to match, and this is the REST 4xx whose cause the reply tells least about.
    gatewayResponseTypes: ['RESOURCE_NOT_FOUND', 'DEFAULT_4XX'],
    match: { status: [404], headers: { 'x-amzn-errortype': 'notfound', 'x-amz-apigw-id': true } },
    // The error type is an emulator's guess: no capture of AWS's own RESOURCE_NOT_FOUND reply exists.
    maxConfidence: 'medium',
    causes: [
      {
        id: 'resource-not-found',
        weight: 3,
        cause:
          "API Gateway's RESOURCE_NOT_FOUND response: after authentication and authorization passed, API Gateway found no resource for the request. Clients rarely see it (an unknown path normally gives 403 Missing Authentication Token), and its exact wording is not documented.",
        remedy:
          'Compare the path and stage with the deployed resources (`aws apigateway get-resources --rest-api-id <id>`), redeploy the stage if resources changed (`aws apigateway create-deployment --rest-api-id <id> --stage-name <stage>`), and read the execution log of this request ID.',
        summary: 'API Gateway found no resource for {request}: check the path against the deployed stage',
      },
      {
        id: 'backend-set-error-type',
        weight: 2,
        cause:
          "A Lambda proxy integration may set x-amzn-ErrorType itself: this 404 may be the function's own 'not found' answer (the record asked for does not exist), passed through by API Gateway.",
        remedy:
          "Look for this request in the function's logs (/aws/lambda/<function>); if the function answered 404, the item asked for does not exist.",
        summary: "the 404 may be the backend's own answer: check the function's logs for this request",
        docs: [DOCS.lambdaProxyOutput],
      },
      {
        id: 'default-4xx-response',
        weight: 1,
        cause:
          "The reply may come from a customised gateway response (DEFAULT_4XX, used for every 4xx type the owner did not customise on its own), whose status and wording are the API owner's choice.",
        remedy:
          'Ask the API owner which response type this request hit: adding "type":"$context.error.responseType" to the DEFAULT_4XX template names it in every reply, and the access-log variable $context.error.responseType records it.',
        summary: 'a customised gateway response may hide the real error type: ask for $context.error.responseType',
        docs: [DOCS.gatewayResponseSetup],
      },
    ],
    docs: [DOCS.gatewayResponseTypes, DOCS.gatewayResponseSetup],
  },
]

/** The canonical reply of each signature above, by code, exactly as AWS sends it. */
export function notFoundExamples(): Examples {
  return {
    // The default body of this response is not verified, so the example carries none.
    RESOURCE_NOT_FOUND: {
      status: 404,
      headers: {
        'content-type': 'application/json',
        'x-amzn-RequestId': '5c0f7d2e-8b41-4a6c-b9e3-71d2a0c4f8b6',
        'x-amzn-ErrorType': 'ResourceNotFoundException',
        'x-amz-apigw-id': 'Vb4RnHq1PHcF8Aw=',
      },
      request: { method: 'GET', url: 'https://m2c8d4f6gh.execute-api.eu-central-1.amazonaws.com/prod/accounts/7/statements' },
    },
  }
}
