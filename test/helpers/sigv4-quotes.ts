/** The signature-mismatch messages quoted from public threads (test/fixtures/sigv4/quoted-messages.json). */
import { readFileSync } from 'node:fs'

/** One quoted message, the request that got it, and the finding ids it should give. */
export interface QuotedSigv4Case {
  name: string
  source: string
  message: string
  request: { method: string; url: string; headers?: Record<string, string> }
  signedHeaders: string
  amzDate: string
  scope: string
  expect: string[]
}

export function quotedSigv4Cases(): QuotedSigv4Case[] {
  return JSON.parse(readFileSync(new URL('../fixtures/sigv4/quoted-messages.json', import.meta.url), 'utf8')).messages
}
