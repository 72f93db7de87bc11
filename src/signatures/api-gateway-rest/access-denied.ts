/**
 * REST API ACCESS_DENIED replies: a Lambda authorizer's policy, the API's resource policy or the caller's
 * IAM policy said no. AWS writes them with a capital `Message` key. `messageKey` is not pinned: when the
 * owner customises DEFAULT_4XX, ACCESS_DENIED falls back to its template, which may write `message`.
 */
import type { Examples, Signature } from '../../types.ts'
import { DOCS } from '../docs.ts'
import { REST_DOCS, restErrorHeaders } from './shared.ts'

const EXPLICIT_DENY = 'with an explicit deny'
/** Current IAM wording when no statement allows the call. */
const NO_IDENTITY_ALLOW = 'because no identity-based policy allows'
const NO_RESOURCE_ALLOW = 'because no resource-based policy allows'

const REDEPLOY_POLICY =
  'Resource policy changes take effect only after a deployment: `aws apigateway create-deployment --rest-api-id <id> --stage-name <stage>`.'

export const accessDeniedSignatures: readonly Signature[] = [
  {
    code: 'AUTHORIZER_DENY',
    layer: 'api-gateway-rest',
    title: 'The Lambda authorizer denied {request}: its policy has an explicit Deny (403 AccessDeniedException)',
    gatewayResponseTypes: ['ACCESS_DENIED'],
    match: {
      status: [403],
      customizable: true,
      errorType: ['AccessDeniedException'],
      message: [
        'User is not authorized to access this resource with an explicit deny',
        // Newer wording, seen in the current AWS article and in captures.
        'User is not authorized to access this resource with an explicit deny in an identity-based policy',
      ],
      distinctive: true,
    },
    causes: [
      {
        id: 'authorizer-returned-deny',
        weight: 6,
        cause:
          'The Lambda authorizer ran and returned a policy whose statement for this method has Effect "Deny": the token was rejected, or a tenant, role or business rule refused it. The authorizer worked; its decision was no.',
        remedy:
          "Check the authorizer's CloudWatch logs and the policy it returned for this token. If the intent was \"not authenticated\", make the authorizer fail with exactly the error 'Unauthorized' to send a 401 instead.",
        summary: 'the authorizer returned Deny for this token: check its logs and the policy it returns',
        docs: [REST_DOCS.lambdaAuthorizerDeny],
      },
      {
        id: 'cached-deny',
        weight: 2,
        cause:
          'A Deny result is cached for this identity-source value (authorizer result TTL, 300 s by default): a token that was denied once keeps failing after the cause was fixed, while a new token works.',
        remedy:
          'Flush the cache (`aws apigateway flush-stage-authorizers-cache --rest-api-id <id> --stage-name <stage>`) or wait for the TTL; lower the TTL if decisions change often.',
        summary: 'a cached Deny may still apply to this token: flush the stage authorizer cache',
        docs: [DOCS.lambdaAuthorizer],
      },
      {
        id: 'resource-policy-deny',
        weight: 0.5,
        cause:
          'Possibly an explicit Deny in the API resource policy, evaluated together with the authorizer result (which message AWS sends then is unverified).',
        remedy: `Review the resource policy: \`aws apigateway get-rest-api --rest-api-id <id> --query policy\`. ${REDEPLOY_POLICY}`,
        summary: 'a Deny in the resource policy may apply: review the API resource policy',
        docs: [DOCS.resourcePolicies],
      },
    ],
    docs: [DOCS.troubleshoot403, REST_DOCS.lambdaAuthorizerDeny, DOCS.gatewayResponseTypes],
  },
  {
    code: 'AUTHORIZER_POLICY_MISMATCH',
    layer: 'api-gateway-rest',
    title: "The Lambda authorizer's policy does not allow {request} (403 AccessDeniedException, no matching Allow)",
    gatewayResponseTypes: ['ACCESS_DENIED'],
    // Plain English that any server could send: not distinctive, so it needs an AWS header or host.
    match: {
      status: [403],
      customizable: true,
      errorType: ['AccessDeniedException'],
      message: ['User is not authorized to access this resource'],
    },
    causes: [
      {
        id: 'cached-policy-method-scoped',
        weight: 5,
        cause:
          'Authorizer caching reuses a policy scoped to the exact method ARN of the first request: within the TTL, another method or path called with the same token finds no Allow in the cached policy (typical with {proxy+} or many routes behind one authorizer). The first call after login works, later calls to other routes fail.',
        remedy:
          'Return a wildcard Resource from the authorizer (arn:aws:execute-api:<region>:<account>:<api-id>/<stage>/*/*), or add the method and path to the identity sources of a REQUEST authorizer, or set the result TTL to 0; then redeploy.',
        summary: 'a cached policy scoped to another route may apply: return a wildcard Resource from the authorizer',
        docs: [DOCS.lambdaAuthorizer403],
      },
      {
        id: 'policy-resource-wrong',
        weight: 2,
        cause:
          "The returned policy's Resource ARN is malformed or names another stage, API or method, or the policy has no Allow for this method: every call fails, the first one too.",
        remedy: "Log event.methodArn in the authorizer and build the policy's Resource from it (or a wildcard derived from it).",
        summary: "the authorizer's policy may not cover this method: build its Resource from event.methodArn",
        docs: [DOCS.lambdaAuthorizer403],
      },
      {
        id: 'resource-policy-no-allow',
        weight: 1,
        cause:
          'The authorizer allows, but the API also has a resource policy that does not allow the caller, and neither says Deny.',
        remedy: `Add an explicit Allow for execute-api:Invoke to the resource policy. ${REDEPLOY_POLICY}`,
        summary: 'the API resource policy may not allow this caller: add an Allow and redeploy',
        docs: [DOCS.resourcePolicies],
      },
    ],
    docs: [DOCS.lambdaAuthorizer403, REST_DOCS.lambdaAuthorizerDeny, DOCS.troubleshoot403],
  },
  {
    code: 'RESOURCE_POLICY_DENY',
    layer: 'api-gateway-rest',
    title: "The API's resource policy does not let this caller invoke {request} (403 User: anonymous is not authorized)",
    gatewayResponseTypes: ['ACCESS_DENIED'],
    match: {
      status: [403],
      customizable: true,
      errorType: ['AccessDeniedException'],
      messageStartsWith: ['User: anonymous is not authorized to perform: execute-api:Invoke'],
      distinctive: true,
    },
    // The sentence inside an SDK's error or a log line, where no JSON field holds it.
    alsoMatch: [
      {
        status: [403],
        errorType: ['AccessDeniedException'],
        bodyIncludes: ['anonymous is not authorized to perform', 'is not authorized to perform: execute-api:Invoke'],
        distinctive: true,
      },
    ],
    causes: [
      {
        id: 'source-ip-not-allowed',
        weight: 4,
        cause:
          "The resource policy allows or denies by source IP (aws:SourceIp), and the caller's egress IP (a NAT gateway, a corporate proxy, IPv6, a mobile network) is not allowed. It works from one network and fails from another.",
        remedy: `Update the policy's IP conditions (\`aws apigateway get-rest-api --rest-api-id <id> --query policy\`). ${REDEPLOY_POLICY}`,
        summary: 'the resource policy may not allow your network: check its aws:SourceIp conditions',
        adjust: [{ when: { messageIncludes: EXPLICIT_DENY }, factor: 1.5 }],
      },
      {
        id: 'vpc-endpoint-not-allowed',
        weight: 2,
        cause:
          'A private API whose resource policy does not allow the calling VPC or VPC endpoint (aws:SourceVpce, aws:SourceVpc), or has no Allow at all.',
        remedy: `Allow execute-api:Invoke for the endpoint id (condition aws:SourceVpce). ${REDEPLOY_POLICY}`,
        summary: 'the private API policy may not allow this VPC endpoint: allow it with aws:SourceVpce',
        docs: [REST_DOCS.vpcConnections, DOCS.privateApis],
        adjust: [{ when: { host: ['execute-api-private'] }, factor: 6 }],
      },
      {
        id: 'policy-not-redeployed',
        weight: 2,
        cause: 'The resource policy was added or changed, but the stage was not redeployed, so the old policy still applies.',
        remedy: REDEPLOY_POLICY,
        summary: 'the resource policy may have changed without a redeploy: redeploy the stage',
      },
      {
        id: 'principal-only-policy',
        weight: 1,
        cause:
          'The resource policy allows IAM principals only, but the method does not use AWS_IAM authorization (or the request was not signed), so the caller is evaluated as "anonymous" and no statement allows it. A SigV4-signed request reported as anonymous means the method ignores the signature.',
        remedy:
          'Set the method\'s authorization type to AWS_IAM if callers sign their requests, or add a statement allowing Principal "*" with the intended conditions; then redeploy.',
        summary: 'the policy may allow IAM principals only while the method is not AWS_IAM: align the two',
        docs: [DOCS.resourcePolicies, DOCS.iamAuth],
        adjust: [
          { when: { auth: ['sigv4'] }, factor: 6 },
          { when: { messageIncludes: NO_RESOURCE_ALLOW }, factor: 3 },
          { when: { messageIncludes: EXPLICIT_DENY }, factor: 0.1 },
        ],
      },
    ],
    docs: [DOCS.resourcePolicies, DOCS.troubleshoot403],
  },
  {
    code: 'IAM_NOT_AUTHORIZED',
    layer: 'api-gateway-rest',
    title: 'The IAM identity that signed {request} may not invoke it (403 AccessDeniedException on execute-api:Invoke)',
    gatewayResponseTypes: ['ACCESS_DENIED'],
    match: {
      status: [403],
      customizable: true,
      errorType: ['AccessDeniedException'],
      messageStartsWith: ['User: arn:aws'],
      bodyIncludes: ['is not authorized to perform: execute-api:Invoke'],
      distinctive: true,
    },
    // The sentence without its "User: " (an SDK quotes the ARN alone) or inside a log line.
    alsoMatch: [
      {
        status: [403],
        errorType: ['AccessDeniedException'],
        bodyIncludes: ['is not authorized to perform: execute-api:Invoke'],
        distinctive: true,
      },
    ],
    causes: [
      {
        id: 'missing-invoke-permission',
        weight: 5,
        cause:
          'The identity that signed the request (IAM user, role, or a Cognito identity pool role) has no execute-api:Invoke permission for this API, stage, method and path. The ARN after "User:" shows which credentials were used, often not the ones expected.',
        remedy:
          'Attach a policy allowing execute-api:Invoke on arn:aws:execute-api:<region>:<account>:<api-id>/<stage>/<METHOD>/<path> (wildcards allowed) to that identity, or sign with the credentials you meant to use.',
        summary: 'the signing identity may lack execute-api:Invoke: grant it on this API, stage and route',
        docs: [DOCS.iamAuth],
        adjust: [
          { when: { messageIncludes: NO_IDENTITY_ALLOW }, factor: 2 },
          { when: { messageIncludes: EXPLICIT_DENY }, factor: 0.1 },
        ],
      },
      {
        id: 'explicit-deny',
        weight: 1,
        cause:
          'A Deny statement applies: in the API resource policy, an Organizations SCP, a permissions boundary or an identity policy.',
        remedy:
          'Find the Deny: the API resource policy (`aws apigateway get-rest-api --rest-api-id <id> --query policy`), SCPs and permissions boundaries of the identity.',
        summary: 'an explicit Deny applies to this identity: find it in the resource policy, SCPs or boundaries',
        docs: [DOCS.resourcePolicies],
        adjust: [{ when: { messageIncludes: EXPLICIT_DENY }, factor: 20 }],
      },
      {
        id: 'cross-account-no-resource-allow',
        weight: 1,
        cause:
          "The caller belongs to another AWS account than the API, and the API's resource policy does not allow that principal.",
        remedy: `Add the caller's principal to the API resource policy with an Allow for execute-api:Invoke. ${REDEPLOY_POLICY}`,
        summary: 'a caller from another account needs an Allow in the API resource policy',
        docs: [DOCS.resourcePolicies],
        adjust: [
          { when: { messageIncludes: NO_RESOURCE_ALLOW }, factor: 10 },
          { when: { messageIncludes: EXPLICIT_DENY }, factor: 0.1 },
        ],
      },
    ],
    docs: [DOCS.iamAuth, DOCS.troubleshoot403, DOCS.sigv4Mismatch],
  },
]

/** The canonical reply of each signature above, by code, exactly as AWS sends it. */
export function accessDeniedExamples(): Examples {
  return {
    AUTHORIZER_DENY: {
      status: 403,
      headers: restErrorHeaders('AccessDeniedException'),
      body: '{"Message":"User is not authorized to access this resource with an explicit deny"}',
      request: {
        method: 'GET',
        url: 'https://abc123defg.execute-api.ap-northeast-1.amazonaws.com/stage/api/v1/items',
        headers: { authorization: 'Bearer example-token' },
      },
    },
    AUTHORIZER_POLICY_MISMATCH: {
      status: 403,
      headers: restErrorHeaders('AccessDeniedException'),
      body: '{"Message":"User is not authorized to access this resource"}',
      request: {
        method: 'DELETE',
        url: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/orders/42',
        headers: { authorization: 'Bearer example-token' },
      },
    },
    RESOURCE_POLICY_DENY: {
      status: 403,
      headers: restErrorHeaders('AccessDeniedException'),
      body: '{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:eu-west-1:123456789012:abc123defg/prod/GET/orders"}',
      request: { method: 'GET', url: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/orders' },
    },
    IAM_NOT_AUTHORIZED: {
      status: 403,
      headers: restErrorHeaders('AccessDeniedException'),
      body: '{"Message":"User: arn:aws:sts::123456789012:assumed-role/app-role/session is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:eu-west-1:123456789012:abc123defg/prod/POST/orders because no identity-based policy allows the execute-api:Invoke action"}',
      request: {
        method: 'POST',
        url: 'https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/orders',
        headers: {
          authorization:
            'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260105/eu-west-1/execute-api/aws4_request, SignedHeaders=host, Signature=example',
        },
      },
    },
  }
}
