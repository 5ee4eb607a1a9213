// Writes src/generated/api.ts (the gateway's paths, operations and schemas as types) from the gateway's
// openapi.yaml with openapi-typescript. `--check` fails when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises'
import openapiTS, { astToString } from 'openapi-typescript'

const contract = new URL('../../../openapi.yaml', import.meta.url)
const target = new URL('../src/generated/api.ts', import.meta.url)
const banner = '/* eslint-disable */\n// Generated from openapi.yaml by packages/client/scripts/generate.ts. Do not edit: run `npm run gen`.\n\n'

export async function generateClientTypes (): Promise<string> {
  return banner + astToString(await openapiTS(await readFile(contract, 'utf8')))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fresh = await generateClientTypes()
  if (process.argv.includes('--check')) {
    if ((await readFile(target, 'utf8').catch(() => '')) !== fresh) { process.stderr.write('packages/client/src/generated/api.ts is stale: run npm run gen\n'); process.exit(1) }
  } else {
    await writeFile(target, fresh)
  }
}
