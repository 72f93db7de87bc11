/**
 * Causes given only when the API's route table explains a no-route reply (the `routes` option): the nearest
 * route, the methods a path exists for, a stage left out, doubled or extra, letter case, a greedy parameter
 * that takes nothing, a missing preflight method, or that the table has the route. Shared by REST's
 * MISSING_AUTHENTICATION_TOKEN and HTTP_API_NOT_FOUND. Besides `{request}`, `{path}` and `{stage}`, the
 * texts use `{suggestion}` (a method and path of the table, stage included), `{route}`, `{methods}`,
 * `{method}`, `{parent}` and `{count}`, filled by src/routes/nearest.ts.
 * @module
 */
import type { CauseRule } from '../types.ts'

const CALL_SUGGESTION = 'Call {suggestion}.'

export const ROUTE_FINDING_CAUSES: readonly CauseRule[] = [
  {
    id: 'route-did-you-mean',
    finding: true,
    weight: 1,
    cause: 'The API has no route for {request}; the nearest route in its route table is {suggestion}.',
    remedy: 'Call {suggestion}, or add the route you meant and deploy the stage.',
    summary: 'no {request}; did you mean {suggestion}?',
  },
  {
    id: 'route-method-differs',
    finding: true,
    weight: 1,
    cause: 'The route table has {path}, but for {methods} only: {method} is not defined on it.',
    remedy: 'Call it with {methods}, or add {method} (or ANY) to the route and deploy the stage.',
    summary: '{path} exists for {methods} only: call it with that method or add {method}',
  },
  {
    id: 'route-preflight-missing',
    finding: true,
    weight: 1,
    cause:
      "The browser's CORS preflight (OPTIONS {path}) found no OPTIONS method: the route table defines {path} for {methods} only.",
    remedy:
      'REST API: enable CORS on the resource (an OPTIONS method without authorization) and deploy the stage. HTTP API: configure CORS on the API, so that API Gateway answers preflights itself.',
    summary: 'no OPTIONS method for the preflight of {path} (defined for {methods}): enable CORS',
  },
  {
    id: 'route-stage-missing',
    finding: true,
    weight: 1,
    cause: 'The path leaves out the stage: the route table has {suggestion}, and an execute-api URL starts with the stage name.',
    remedy: 'Put the stage first: call {suggestion}.',
    summary: 'the stage is missing from the path: call {suggestion}',
  },
  {
    id: 'route-stage-doubled',
    finding: true,
    weight: 1,
    cause:
      'The stage {stage} is in the path twice: the base URL already ends with the stage, and the route was joined with it again.',
    remedy: CALL_SUGGESTION,
    summary: 'the stage {stage} is doubled in the path: call {suggestion}',
  },
  {
    id: 'route-stage-extra',
    finding: true,
    weight: 1,
    cause:
      'This API serves its routes from the $default stage, which takes no stage segment: {stage} in front of the route matches nothing.',
    remedy: CALL_SUGGESTION,
    summary: 'the $default stage takes no stage segment: call {suggestion}',
  },
  {
    id: 'route-case-differs',
    finding: true,
    weight: 1,
    cause: 'Paths and stage names are case-sensitive: {request} differs from {suggestion} in letter case only.',
    remedy: CALL_SUGGESTION,
    summary: 'the letter case differs: call {suggestion}',
  },
  {
    id: 'route-greedy-empty',
    finding: true,
    weight: 1,
    cause:
      'The route that would take {path} is {route}, and a greedy path parameter needs at least one segment: it does not match {parent} itself.',
    remedy: 'Add a method to {parent} itself (for the root, a method on the / resource or route), or call a path below it.',
    summary: '{route} does not match {parent} itself: add a method on {parent}',
  },
  {
    id: 'route-in-table',
    finding: true,
    weight: 1,
    cause:
      "The route table has {route}, which matches {request}: the API's definition has the route, but the stage that answered does not serve it.",
    remedy:
      'Deploy the stage again (`aws apigateway create-deployment --rest-api-id <id> --stage-name <stage>`; HTTP API: `aws apigatewayv2 create-deployment --api-id <id> --stage-name <stage>`, or turn on auto-deploy), and check that the table was exported from this API and stage. On an HTTP API, the integration may also have answered 404 itself.',
    summary: '{route} is in the route table but the stage does not serve it: deploy the stage, or check the table is this API',
  },
  {
    id: 'route-not-in-table',
    finding: true,
    weight: 1,
    cause:
      'None of the {count} routes of the table is close to {request}: the URL may belong to another API, stage or base path mapping.',
    remedy: 'Check the base URL (API id, stage, custom domain mapping) against the API the table was exported from.',
    summary: '{request} is far from every route of the table: check the base URL and the API',
  },
]
