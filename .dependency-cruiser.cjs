// The module layering of src/: no cycles between files or folders, and each module imports only the modules
// listed for it (arrows only downward). Checked by test/structure.test.ts on every `npm test`.

/** What each module under src/ may import besides itself; a module missing here may import nothing of src/. */
const mayImport = {
  generated: [],
  errors: ['generated'],
  validation: ['errors', 'generated'],
  outbound: ['generated'],
  keys: ['generated'],
  'admin-units': [],
  agencies: ['errors', 'generated', 'store', 'validation'],
  subject: ['admin-units', 'errors', 'generated', 'keys'],
  store: ['errors'],
  redis: [],
  metrics: [],
  config: ['errors', 'generated', 'redis', 'validation'],
  auth: ['config', 'errors', 'generated', 'store', 'validation', 'subject'],
  registry: ['admin-units', 'agencies', 'errors', 'generated', 'outbound', 'store', 'subject', 'validation'],
  policy: ['errors', 'generated', 'registry', 'store', 'validation'],
  audit: ['auth', 'errors', 'generated', 'keys', 'metrics', 'store', 'subject', 'validation'],
  cache: ['generated', 'keys', 'redis', 'registry'],
  jobs: ['cache', 'errors', 'generated', 'outbound', 'redis', 'store'],
  onceonly: ['agencies', 'audit', 'cache', 'errors', 'generated', 'keys', 'metrics', 'registry', 'store', 'subject', 'validation'],
  prefill: ['audit', 'auth', 'cache', 'config', 'errors', 'generated', 'jobs', 'metrics', 'onceonly', 'outbound', 'policy', 'registry', 'subject', 'validation'],
  http: ['audit', 'auth', 'config', 'errors', 'generated', 'jobs', 'keys', 'onceonly', 'policy', 'prefill', 'registry', 'subject', 'validation'],
  app: ['agencies', 'audit', 'auth', 'cache', 'config', 'http', 'jobs', 'keys', 'metrics', 'onceonly', 'policy', 'prefill', 'redis', 'registry', 'store', 'subject'],
  server: ['app', 'config']
}

/** A module is a folder of src/, or one of the files at its top (errors.ts, config.ts, app.ts, server.ts). */
const pathOf = (name) => `^src/${name}(/|\\.ts$)`

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A file cycle: split what both sides need into a module below them (test/structure.test.ts finds module cycles on the same graph).',
      from: { path: '^src/' },
      to: { circular: true }
    },
    {
      name: 'layer-unlisted',
      severity: 'error',
      comment: 'A module of src/ that .dependency-cruiser.cjs does not list: give it its place in mayImport.',
      from: { path: '^src/', pathNot: `^src/(${Object.keys(mayImport).join('|')})(/|\\.ts$)` },
      to: { path: '^src/' }
    },
    ...Object.entries(mayImport).map(([name, allowed]) => ({
      name: `layer-${name}`,
      severity: 'error',
      comment: `${name} may import only ${allowed.join(', ') || 'nothing of src/'}`,
      from: { path: pathOf(name) },
      to: { path: '^src/', pathNot: `^src/(${[name, ...allowed].join('|')})(/|\\.ts$)` }
    }))
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|test|bench|scripts|sandbox)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' }
  }
}
