// Writes src/generated/types.ts from schemas/. `--check` fails when the committed file is stale.
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { compile } from 'json-schema-to-typescript'

const banner = '/* eslint-disable */\n// Generated from schemas/ by scripts/gen-types.ts. Do not edit: run `npm run gen`.\n'
export async function generateTypes (dir = 'schemas'): Promise<string> {
  const byId = new Map<string, object>()
  for (const file of await readdir(dir)) {
    if (file.endsWith('.json')) byId.set(file, JSON.parse(await readFile(`${dir}/${file}`, 'utf8')))
  }
  const out: string[] = []
  const seen = new Set<string>()
  // Every schema is a root, so every type the code uses comes from schemas/ (forms are data, not types).
  for (const root of [...byId.keys()].sort()) {
    // json-schema-to-typescript annotates the schemas it reads: give each compile its own copies.
    const code = await compile(structuredClone(byId.get(root)) as never, root, {
      bannerComment: '',
      additionalProperties: false,
      $refOptions: { resolve: { schemas: { order: 1, canRead: true, read: (file: { url: string }) => structuredClone(byId.get(file.url.split('/').pop()!)) } } } as never
    })
    // Each root re-emits the types it references; keep the first of each declaration.
    for (const block of code.split(/\n(?=export )/)) {
      const name = /^export (?:interface|type) (\w+)/.exec(block.trim())?.[1]
      if (name && seen.has(name)) continue
      if (name) seen.add(name)
      out.push(block.trim())
    }
  }
  return banner + '\n' + out.filter(Boolean).join('\n\n') + '\n'
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = 'src/generated/types.ts'
  const fresh = await generateTypes()
  if (process.argv.includes('--check')) {
    const current = await readFile(target, 'utf8').catch(() => '')
    if (current !== fresh) { process.stderr.write(`${target} is stale: run npm run gen\n`); process.exit(1) }
  } else {
    await writeFile(target, fresh)
  }
}
