// Runs examples/msw-vitest.test.ts (the README's msw example) with the project's tests, so it cannot rot.
import '../../examples/msw-vitest.test.ts'
