/**
 * `withBaseUrl`: the host of the client's base URL joins `awsHosts` (witness.test.ts shows what it changes
 * in a diagnosis). The host is kept with the options object between failures; these check that what is kept
 * never answers for another base URL or for options changed since.
 */
import { describe, expect, it } from 'vitest'
import { type DiagnosisOptions, withBaseUrl } from '../../src/middleware/middleware.ts'

describe('withBaseUrl', () => {
  it('adds the host of whichever base URL it is given, on the same options object', () => {
    const options: DiagnosisOptions = {}
    expect(withBaseUrl(options, 'https://api.example.com/v1').awsHosts).toEqual(['api.example.com'])
    expect(withBaseUrl(options, 'https://other.example.org').awsHosts).toEqual(['other.example.org'])
    expect(withBaseUrl(options, 'https://api.example.com/v1').awsHosts).toEqual(['api.example.com'])
    expect(options.awsHosts).toBeUndefined()
  })

  it('reads the options as they are now, not as they were when the base URL was first seen', () => {
    const options: DiagnosisOptions = {}
    expect(withBaseUrl(options, 'https://api.example.com').awsHosts).toEqual(['api.example.com'])
    options.awsHosts = ['api.example.com']
    expect(withBaseUrl(options, 'https://api.example.com')).toBe(options)
    options.baseUrlIsAws = false
    options.awsHosts = undefined
    expect(withBaseUrl(options, 'https://api.example.com')).toBe(options)
  })

  it('changes nothing for an empty base URL (ky 2 without prefix), one URL() rejects, or one that is not a string', () => {
    const options: DiagnosisOptions = { awsHosts: ['x.example.com'] }
    expect(withBaseUrl(options, '')).toBe(options)
    expect(withBaseUrl(options, '/relative/path')).toBe(options)
    expect(withBaseUrl(options, '/relative/path')).toBe(options)
    expect(withBaseUrl(options, 42)).toBe(options)
    expect(withBaseUrl(options, 'https://api.example.com').awsHosts).toEqual(['x.example.com', 'api.example.com'])
  })
})
