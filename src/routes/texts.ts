/**
 * English texts of the route findings. Placeholders: `{request}`, `{path}`, `{stage}` as everywhere, and
 * `{suggestion}` (a method and path of the table, stage included), `{route}`, `{methods}`, `{method}`,
 * `{parent}`, `{count}`. Japanese: `src/locales/ja/findings.ts`.
 * @module
 */
import type { CauseTexts } from '../locale.ts'

const CALL_SUGGESTION = 'Call {suggestion}.'

export type RouteFindingId =
  | 'route-did-you-mean'
  | 'route-method-differs'
  | 'route-preflight-missing'
  | 'route-stage-missing'
  | 'route-stage-doubled'
  | 'route-stage-extra'
  | 'route-case-differs'
  | 'route-greedy-empty'
  | 'route-in-table'
  | 'route-not-in-table'

export const ROUTE_TEXTS: Readonly<Record<RouteFindingId, CauseTexts>> = {
  'route-did-you-mean': {
    cause: 'The API has no route for {request}; the nearest route in its route table is {suggestion}.',
    remedy: 'Call {suggestion}, or add the route you meant and deploy the stage.',
    summary: 'no {request}; did you mean {suggestion}?',
  },
  'route-method-differs': {
    cause: 'The route table has {path}, but for {methods} only: {method} is not defined on it.',
    remedy: 'Call it with {methods}, or add {method} (or ANY) to the route and deploy the stage.',
    summary: '{path} exists for {methods} only: call it with that method or add {method}',
  },
  'route-preflight-missing': {
    cause:
      "The browser's CORS preflight (OPTIONS {path}) found no OPTIONS method: the route table defines {path} for {methods} only.",
    remedy:
      'REST API: enable CORS on the resource (an OPTIONS method without authorization) and deploy the stage. HTTP API: configure CORS on the API, so that API Gateway answers preflights itself.',
    summary: 'no OPTIONS method for the preflight of {path} (defined for {methods}): enable CORS',
  },
  'route-stage-missing': {
    cause: 'The path leaves out the stage: the route table has {suggestion}, and an execute-api URL starts with the stage name.',
    remedy: 'Put the stage first: call {suggestion}.',
    summary: 'the stage is missing from the path: call {suggestion}',
  },
  'route-stage-doubled': {
    cause:
      'The stage {stage} is in the path twice: the base URL already ends with the stage, and the route was joined with it again.',
    remedy: CALL_SUGGESTION,
    summary: 'the stage {stage} is doubled in the path: call {suggestion}',
  },
  'route-stage-extra': {
    cause:
      'This API serves its routes from the $default stage, which takes no stage segment: {stage} in front of the route matches nothing.',
    remedy: CALL_SUGGESTION,
    summary: 'the $default stage takes no stage segment: call {suggestion}',
  },
  'route-case-differs': {
    cause: 'Paths and stage names are case-sensitive: {request} differs from {suggestion} in letter case only.',
    remedy: CALL_SUGGESTION,
    summary: 'the letter case differs: call {suggestion}',
  },
  'route-greedy-empty': {
    cause:
      'The route that would take {path} is {route}, and a greedy path parameter needs at least one segment: it does not match {parent} itself.',
    remedy: 'Add a method to {parent} itself (for the root, a method on the / resource or route), or call a path below it.',
    summary: '{route} does not match {parent} itself: add a method on {parent}',
  },
  'route-in-table': {
    cause:
      "The route table has {route}, which matches {request}: the API's definition has the route, but the stage that answered does not serve it.",
    remedy:
      'Deploy the stage again (`aws apigateway create-deployment --rest-api-id <id> --stage-name <stage>`; HTTP API: `aws apigatewayv2 create-deployment --api-id <id> --stage-name <stage>`, or turn on auto-deploy), and check that the table was exported from this API and stage. On an HTTP API, the integration may also have answered 404 itself.',
    summary: '{route} is in the route table but the stage does not serve it: deploy the stage, or check the table is this API',
  },
  'route-not-in-table': {
    cause:
      'None of the {count} routes of the table is close to {request}: the URL may belong to another API, stage or base path mapping.',
    remedy: 'Check the base URL (API id, stage, custom domain mapping) against the API the table was exported from.',
    summary: '{request} is far from every route of the table: check the base URL and the API',
  },
}
