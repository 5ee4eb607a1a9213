// `npm run demo`: the demo portal on DEMO_PORT (3001) against the gateway at GATEWAY_URL, as the development
// client portal-demo (its token and assertion key are development credentials: see the README).
import { readFile } from 'node:fs/promises'
import closeWithGrace from 'close-with-grace'
import { buildPortal } from './server.ts'

export async function startPortal (env: NodeJS.ProcessEnv = process.env) {
  const keyFile = env.DEMO_ASSERTION_KEY_FILE ?? new URL('demo-assertion.jwk.json', import.meta.url)
  const portal = await buildPortal({
    gatewayUrl: env.GATEWAY_URL ?? 'http://localhost:3000',
    clientId: env.DEMO_CLIENT_ID ?? 'portal-demo',
    token: env.DEMO_TOKEN ?? 'dev-portal-demo-token',
    assertionKey: JSON.parse(await readFile(keyFile, 'utf8')).jwk,
    deadlineMs: env.DEMO_DEADLINE_MS ? Number(env.DEMO_DEADLINE_MS) : undefined
  })
  const port = Number(env.DEMO_PORT ?? 3001)
  await portal.listen({ host: 'localhost', port })
  return { portal, url: `http://localhost:${port}/` }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { portal, url } = await startPortal()
  closeWithGrace({ delay: 5_000 }, () => portal.close())
  process.stdout.write(`Demo portal on ${url} (gateway ${process.env.GATEWAY_URL ?? 'http://localhost:3000'})\n`)
}
