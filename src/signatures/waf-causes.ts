import type { CauseRule } from '../types.ts'

/** AWS WAF documentation shared by the WAF signatures. */
export const WAF_DOCS = {
  ruleActions: 'https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-action.html',
  baselineRuleGroups: 'https://docs.aws.amazon.com/waf/latest/developerguide/aws-managed-rule-groups-baseline.html',
  customResponse: 'https://docs.aws.amazon.com/waf/latest/developerguide/customizing-the-response-for-blocked-requests.html',
  customStatusCodes: 'https://docs.aws.amazon.com/waf/latest/developerguide/customizing-the-response-status-codes.html',
  captchaAndChallenge: 'https://docs.aws.amazon.com/waf/latest/developerguide/waf-captcha-and-challenge-how-it-works.html',
  /** States the header, status and interstitial of each action, and that the reply carries no CORS headers. */
  captchaAndChallengeActions: 'https://docs.aws.amazon.com/waf/latest/developerguide/waf-captcha-and-challenge-actions.html',
  captchaAndChallengeBestPractices:
    'https://docs.aws.amazon.com/waf/latest/developerguide/waf-captcha-and-challenge-best-practices.html',
  fetchWrapper: 'https://docs.aws.amazon.com/waf/latest/developerguide/waf-javascript-sdk-fetch-wrapper.html',
  tokensWithAlbAndCloudFront: 'https://docs.aws.amazon.com/waf/latest/developerguide/waf-tokens-with-alb-and-cf.html',
  cloudfrontFeatures: 'https://docs.aws.amazon.com/waf/latest/developerguide/cloudfront-features.html',
  cloudfront403: 'https://repost.aws/knowledge-center/cloudfront-troubleshoot-403-errors',
} as const

/** How a developer finds the rule that blocked a request; the first step of every WAF remedy. */
const FIND_RULE =
  "Find the terminating rule: WAF console › Web ACLs › <web ACL> › Sampled requests (last 3 hours, Action = Block), or terminatingRuleId, ruleGroupList and labels in the web ACL's logs (CloudWatch Logs, S3 or Firehose)."

const BODY_METHODS = ['POST', 'PUT', 'PATCH'] as const
const BODYLESS_METHODS = ['GET', 'HEAD', 'DELETE', 'OPTIONS'] as const

/**
 * The causes of a default WAF Block, ranked with what the request shows. The same rules block on every host;
 * only where the web ACL is attached differs (`where`, e.g. "the CloudFront distribution").
 */
export function wafBlockCauses(where: string): CauseRule[] {
  return [
    {
      id: 'managed-rule-match',
      weight: 4,
      cause: `An AWS managed rule of the web ACL on ${where} matched the request: most often the Core rule set's SizeRestrictions_BODY (body over 8 KB), CrossSiteScripting_BODY or SQLi rules matching JSON that merely contains HTML- or SQL-like text, or SizeRestrictions_QUERYSTRING (query string over 2,048 bytes). Such a block is deterministic: the same payload always fails, small or plain payloads pass.`,
      remedy: `${FIND_RULE} Override only that rule to Count (console: Rules › Edit the managed rule group › <rule> › Override to Count; CloudFormation: RuleActionOverrides: [{Name: SizeRestrictions_BODY, ActionToUse: {Count: {}}}]; Terraform: rule_action_override { name = "SizeRestrictions_BODY" action_to_use { count {} } }) and add a scoped rule instead, for example one that allows larger bodies on the upload path only.`,
      summary:
        'an AWS WAF managed rule may have matched the payload of {request}: find the terminating rule in Sampled requests and override it to Count',
      docs: [WAF_DOCS.baselineRuleGroups],
      adjust: [
        // Body inspection rules fire on requests that carry a body.
        { when: { method: BODY_METHODS }, factor: 2 },
        { when: { method: BODYLESS_METHODS }, factor: 0.4 },
      ],
    },
    {
      id: 'rate-based-rule',
      weight: 2,
      cause: `A rate-based rule on ${where} counted too many requests from this client IP (or from everyone behind the same NAT or egress IP) in its window. It starts after a burst and clears by itself after a few minutes.`,
      remedy: `${FIND_RULE} Add backoff and retries to the client; raise the rule's limit or scope it down, and aggregate on a header or forwarded IP when clients sit behind a proxy. Give the rule a custom 429 response with Retry-After so clients can tell it apart.`,
      summary: 'a WAF rate-based rule may have blocked this client after a burst: back off and retry later, or raise the limit',
      docs: [WAF_DOCS.ruleActions],
    },
    {
      id: 'ip-geo-or-bot-rule',
      weight: 2,
      cause: `A rule on ${where} blocked the caller rather than the payload: an IP set, the Amazon IP reputation or anonymous IP lists (which include hosting providers, so calls from cloud servers), a geo match, Bot Control or Account Takeover Prevention, or the web ACL's default action is Block and no rule allowed the request.`,
      remedy: `${FIND_RULE} If it is an IP or hosting-provider list or Bot Control, allow the calling service explicitly (an IP set or a header-based allow rule placed before the managed rule groups) instead of disabling the group.`,
      summary: 'a WAF rule may block this caller (IP, country or client type): find the terminating rule and allow the caller',
      docs: [WAF_DOCS.ruleActions],
      adjust: [
        // Server-side callers run from data-centre IPs and non-browser clients, which these rules target.
        { when: { browser: false }, factor: 1.5 },
      ],
    },
    {
      id: 'no-user-agent',
      weight: 0.5,
      cause:
        "The request had no User-Agent header, which the Core rule set's NoUserAgent_HEADER rule blocks. Server-side HTTP clients sometimes send none.",
      remedy:
        'Send a User-Agent header that names your client (for example "my-service/1.4"), or override NoUserAgent_HEADER to Count if the API is meant for such clients.',
      summary: 'the request sent no User-Agent, which the WAF Core rule set blocks: send one',
      docs: [WAF_DOCS.baselineRuleGroups],
      adjust: [
        { when: { notSent: ['user-agent'], browser: false }, factor: 4 },
        { when: { sent: ['user-agent'] }, factor: 0.1 },
        // Browsers always send one.
        { when: { browser: true }, factor: 0.05 },
      ],
    },
  ]
}
