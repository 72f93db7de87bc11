/** Documentation links of the load balancer signatures. */
export const ELB_DOCS = {
  albTroubleshooting: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html',
  albAccessLogs: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html',
  albIdleTimeout:
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-load-balancer-attributes.html#connection-idle-timeout',
  albLambdaTargets: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html',
  albAuthenticate: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-authenticate-users.html',
  alb502: 'https://repost.aws/knowledge-center/elb-alb-troubleshoot-502-errors',
  alb503: 'https://repost.aws/knowledge-center/alb-troubleshoot-503-errors',
  alb504: 'https://repost.aws/knowledge-center/504-error-alb',
  cloudfrontToAlb: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/restrict-access-to-load-balancer.html',
  clbErrors: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/ts-elb-error-message.html',
  clb503: 'https://repost.aws/knowledge-center/503-error-classic',
} as const
