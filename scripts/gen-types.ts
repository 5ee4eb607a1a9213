// Writes src/generated/types.ts from schemas/. `--check` fails when the committed file is stale.
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { compile } from 'json-schema-to-typescript'

const banner = '/* eslint-disable */\n// Generated from schemas/ by scripts/gen-types.ts. Do not edit: run `npm run gen`.\n'
// The schemas whose types the code uses; the rest are reached through their $refs.
const roots = ['config.json', 'problem.json', 'source-result.json', 'subject.json', 'prefill-request.json', 'prefill-response.json', 'adapter-manifest.schema.json',
  'form.schema.json', 'binding.json', 'clients-file.json', 'agencies-file.json', 'registration-result.json', 'adapter-test-result.json',
  'error.json', 'record-publish.json', 'record-published.json', 'record-revoke.json', 'record-revoked.json', 'submission-check-request.json',
  'submission-check-result.json', 'once-only-report.json', 'usage-report.json', 'access-log.json', 'access-hide.json', 'agreement.json',
  'webhook-registration.json', 'webhook.json', 'prefill-pending.json', 'dead-letters.json']

export async function generateTypes (dir = 'schemas'): Promise<string> {
  const byId = new Map<string, object>()
  for (const file of await readdir(dir)) {
    if (file.endsWith('.json')) byId.set(file, JSON.parse(await readFile(`${dir}/${file}`, 'utf8')))
  }
  const out: string[] = []
  const seen = new Set<string>()
  for (const root of roots) {
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
