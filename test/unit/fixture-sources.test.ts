import { describe, expect, it } from 'vitest'
import { loadFixtures } from '../helpers/fixtures.ts'

/**
 * A fixture is only as good as the reader's ability to check it against where it came from: a capture kept in
 * someone's notes, or a repository named without a link, cannot be opened, so nobody can tell whether the
 * reply was quoted or made up.
 */
describe('fixture sources', () => {
  const fixtures = loadFixtures()
  const titled = fixtures.map((f) => [`${f.file}: ${f.name}`, f] as const)

  /** A public page, the researched catalogs in ../shared/reference, or the memo the project grew from. */
  const OPENABLE = /https:\/\/|signatures-(?:edge|apigw)\.md|\.\.\/shared\/seed\//

  /** Provenance nobody else can read. */
  const PRIVATE = /\b(?:field log|transcript|deployment notes|project notes)\b/i

  /** Material placed on GitHub by description ("a report on GitHub") instead of by link. */
  const UNLINKED_GITHUB = /\b(?:on|in) GitHub\b|\bGitHub (?:\w+ )?(?:report|issue|repository|project|code)\b/i

  it.each(titled.filter(([, f]) => f.expect.undiagnosed !== true))('%s cites something a reader can open', (_title, fixture) => {
    expect(fixture.source).toMatch(OPENABLE)
  })

  it.each(titled)('%s rests on no private notes', (_title, fixture) => {
    expect(fixture.source).not.toMatch(PRIVATE)
  })

  it.each(titled)('%s links the GitHub material it names', (_title, fixture) => {
    expect(fixture.source).not.toMatch(UNLINKED_GITHUB)
  })
})
