#!/usr/bin/env node
/**
 * The `apigw-doctor` command: diagnoses AWS error replies in curl -v transcripts, raw HTTP replies, HAR
 * files and JSON. Wires the process to {@link run}; exits 0 when the input was read, 2 otherwise.
 * @module
 */
import { run } from './run.ts'

// `apigw-doctor file.har | head` closes stdout early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  process.exit(error.code === 'EPIPE' ? 0 : 2)
})

run({
  argv: process.argv.slice(2),
  env: process.env,
  stdin: process.stdin,
  stdinIsTTY: process.stdin.isTTY === true,
  stdoutIsTTY: process.stdout.isTTY === true,
  write: (text) => process.stdout.write(text),
  error: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code
  },
  () => {
    process.stderr.write('apigw-doctor: internal error\n')
    process.exitCode = 2
  },
)
