// Starts the gateway: configuration from the environment, listen, and a graceful close on signals.
import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.ts'
import { loadConfig } from './config.ts'

const config = loadConfig()
const app = await buildApp(config)

closeWithGrace({ delay: 10_000 }, async ({ err }) => {
  if (err) app.log.error({ err }, 'closing after an error')
  await app.close()
})

// `::` accepts IPv6 and, on dual-stack hosts, IPv4 too.
await app.listen({ host: config.host, port: config.port, ipv6Only: false })
