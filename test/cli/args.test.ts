import { describe, expect, it } from 'vitest'
import { parseArgs } from '../../src/cli/args.ts'

describe('parseArgs', () => {
  it('reads files and flags', () => {
    expect(parseArgs(['--json', '-a', 'a.har', '-', 'b.txt', '--no-color'])).toEqual({
      files: ['a.har', '-', 'b.txt'],
      json: true,
      all: true,
      color: false,
      awsHosts: [],
      help: false,
      version: false,
    })
    expect(parseArgs([])).toMatchObject({ files: [], json: false, all: false, help: false, version: false })
    expect(parseArgs(['--color'])).toMatchObject({ color: true })
    expect(parseArgs(['-h'])).toMatchObject({ help: true })
    expect(parseArgs(['--version'])).toMatchObject({ version: true })
    expect(parseArgs(['-V'])).toMatchObject({ version: true })
  })

  it('reads option values in both forms', () => {
    expect(parseArgs(['--format', 'har', 'x'])).toMatchObject({ format: 'har', files: ['x'] })
    expect(parseArgs(['--format=curl'])).toMatchObject({ format: 'curl' })
    expect(parseArgs(['--aws-host', 'api.example.com', '--aws-host=*.example.org,b.example.net'])).toMatchObject({
      awsHosts: ['api.example.com', '*.example.org', 'b.example.net'],
    })
  })

  it('takes everything after -- as a file', () => {
    expect(parseArgs(['--', '--json', '-x'])).toMatchObject({ files: ['--json', '-x'], json: false })
  })

  it('explains bad usage in one line', () => {
    expect(parseArgs(['--format', 'xml'])).toBe('--format takes one of: curl, raw, har, json, paste')
    expect(parseArgs(['--format'])).toBe('--format takes one of: curl, raw, har, json, paste')
    expect(parseArgs(['--aws-host'])).toMatch(/^--aws-host takes a host name/)
    expect(parseArgs(['--verbose'])).toBe('unknown option --verbose (see --help)')
    expect(parseArgs([`--${'x'.repeat(100)}`])).toMatch(/^unknown option -{2}x{38}… \(see --help\)$/)
  })
})
