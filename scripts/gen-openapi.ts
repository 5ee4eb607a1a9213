// Writes openapi.yaml from the routes' schemas. `--check` fails when the committed file is stale.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildApp } from '../src/app.ts'
import { loadConfig } from '../src/config.ts'

export async function generateOpenapi (app: Awaited<ReturnType<typeof buildApp>>): Promise<string> {
  await app.ready()
  return app.swagger({ yaml: true })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dataDir = await mkdtemp(join(tmpdir(), 'gw-openapi-'))
  const app = await buildApp(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'error' }, { dataDir }))
  const fresh = await generateOpenapi(app)
  await app.close()
  await rm(dataDir, { recursive: true, force: true })
  if (process.argv.includes('--check')) {
    if ((await readFile('openapi.yaml', 'utf8').catch(() => '')) !== fresh) { process.stderr.write('openapi.yaml is stale: run npm run gen\n'); process.exit(1) }
  } else {
    await writeFile('openapi.yaml', fresh)
  }
}
