/** The text of `apigw-doctor --help`. */
export const HELP = `Usage: apigw-doctor [options] [FILE...]

Tells what an AWS API Gateway, CloudFront, WAF, ALB or Lambda function URL error reply means:
which layer answered, which documented error it is, its likely causes for this request, and the fix.

FILE is a curl -v (or curl -i) transcript, a raw HTTP reply, a HAR file saved from the browser's
Network panel, or JSON ({ "status", "headers", "body", "request" } or an array of them).
The format is detected. With no FILE, or when FILE is -, standard input is read.

Options:
  --json             print a JSON array, one entry per diagnosed reply:
                     { source, index, format, method, url, status, diagnosis }
  -a, --all          also list successful and undiagnosed replies
  --format FORMAT    read the input as curl, raw, har or json instead of detecting it
  --aws-host HOST    a custom domain that fronts AWS (repeatable; *.example.com allowed)
  --routes FILE      the API's routes: an OpenAPI or Swagger export (JSON or YAML), a SAM
                     template or serverless.yml, the JSON of get-resources or get-routes, or
                     lines such as GET /v1/items; a reply that found no route then names
                     the nearest route
  --locale LANG      write the report in en or ja (default: ja when LC_ALL, LC_MESSAGES
                     or LANG starts with ja, else en; auto does the same)
  --color, --no-color
                     force colour on or off (default: on for a terminal, off when NO_COLOR is set)
  -h, --help         show this help
  -V, --version      show the version

Exit status: 0 when the input was read (whether or not anything was diagnosed),
2 when it cannot be read or holds no HTTP reply.

Examples:
  curl -sv https://abc123defg.execute-api.eu-west-1.amazonaws.com/prod/items 2>&1 | apigw-doctor
  apigw-doctor session.har
  apigw-doctor --json reply.txt
  apigw-doctor --routes openapi.json reply.txt
`
