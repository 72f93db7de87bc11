import { defineConfig } from 'tsdown'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    msw: 'adapters/msw.ts',
    cli: 'src/cli/main.ts',
    axios: 'adapters/axios.ts',
    ky: 'adapters/ky.ts',
    fetch: 'adapters/fetch.ts',
    ofetch: 'adapters/ofetch.ts',
    got: 'adapters/got.ts',
    'openapi-fetch': 'adapters/openapi-fetch.ts',
    'locales/ja': 'src/locales/ja.ts',
  },
  format: 'esm',
  platform: 'neutral',
  dts: true,
  clean: true,
  outDir: 'dist',
  // One ES2022 build serves Node >= 20 and evergreen browsers.
  target: 'es2022',
  // The CLI entry imports Node built-ins (node:fs, node:zlib); the neutral platform does not know them.
  deps: { neverBundle: [/^node:/] },
})
