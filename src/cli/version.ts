import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The package's version, read at run time from its package.json: the nearest one named `apigw-doctor`
 * above this module (`src/cli/` when run from source, `dist/` when installed).
 */
export function packageVersion(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from))
  for (let level = 0; level < 5; level++) {
    try {
      const pkg: unknown = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
      if (typeof pkg === 'object' && pkg !== null && 'name' in pkg && pkg.name === 'apigw-doctor' && 'version' in pkg)
        return String(pkg.version)
    } catch {
      // No package.json here: look one level up.
    }
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  return 'unknown'
}
