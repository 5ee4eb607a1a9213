// The layering of src/ (.dependency-cruiser.cjs): no import cycle between files or between modules, and each
// module imports only the modules below it.
import { execFile } from 'node:child_process'
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'

const root = resolve(import.meta.dirname, '..')
const depcruise = join(root, 'node_modules/.bin/depcruise')

interface Cruise {
  modules: Array<{ source: string, dependencies: Array<{ resolved: string }> }>
  summary: { violations: Array<{ rule: { name: string }, from: string, to: string }> }
}

async function cruise (cwd: string): Promise<Cruise> {
  // depcruise exits with the number of errors it found; the report is on standard output either way.
  const { stdout } = await promisify(execFile)(depcruise, ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], { cwd, maxBuffer: 64 * 1024 * 1024 })
    .catch((err: { stdout: string }) => ({ stdout: err.stdout }))
  return JSON.parse(stdout)
}

/** The module (folder of src/, or top-level file) of a path, or undefined outside src/. */
const moduleOf = (path: string) => /^src\/([^/]+?)(\/|\.ts$)/.exec(path)?.[1]

/** One cycle between modules, as the modules it goes through, or undefined when there is none. */
function moduleCycle (result: Cruise): string[] | undefined {
  const edges = new Map<string, Set<string>>()
  for (const m of result.modules) {
    const from = moduleOf(m.source)
    if (!from) continue
    for (const d of m.dependencies) {
      const to = moduleOf(d.resolved)
      if (to && to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to))
    }
  }
  const done = new Set<string>()
  const visit = (node: string, path: string[]): string[] | undefined => {
    if (path.includes(node)) return [...path.slice(path.indexOf(node)), node]
    if (done.has(node)) return undefined
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next, [...path, node])
      if (cycle) return cycle
    }
    done.add(node)
    return undefined
  }
  for (const node of edges.keys()) {
    const cycle = visit(node, [])
    if (cycle) return cycle
  }
  return undefined
}

t.test('src/ has no import cycle and every arrow points down', async (t) => {
  const result = await cruise(root)
  t.same(result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`), [], 'no rule of .dependency-cruiser.cjs is broken')
  t.equal(moduleCycle(result), undefined, 'no cycle between modules')
  t.ok(result.modules.length > 50, 'the whole of src/ was cruised')
})

t.test('an import from store/ up to prefill/ is caught', async (t) => {
  const copy = await mkdtemp(join(tmpdir(), 'structure-'))
  t.teardown(() => rm(copy, { recursive: true, force: true }))
  for (const part of ['src', 'schemas', 'adapters', '.dependency-cruiser.cjs', 'tsconfig.json', 'package.json']) await cp(join(root, part), join(copy, part), { recursive: true })
  await appendFile(join(copy, 'src/store/store.ts'), "\nexport type { PrefillService } from '../prefill/prefill-service.ts'\n")
  const result = await cruise(copy)
  t.ok(result.summary.violations.some((v) => v.rule.name === 'layer-store' && v.to === 'src/prefill/prefill-service.ts'), 'the layer rule names the upward import')
  t.ok(moduleCycle(result)?.includes('store'), 'and the module cycle it makes is found')
})
