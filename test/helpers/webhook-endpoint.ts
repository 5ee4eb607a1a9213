// A portal's webhook endpoint on loopback, for the tests of deliveries and dead letters.
import { createServer, type IncomingMessage } from 'node:http'
import { once } from 'node:events'
import type { Test } from 'tap'

/** A portal's webhook endpoint on loopback that answers with the status it is told to. */
export async function webhookEndpoint (t: Test) {
  const received: Array<{ headers: IncomingMessage['headers'], body: string }> = []
  const endpoint = { received, status: 200 }
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString() })
      res.writeHead(endpoint.status).end()
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  t.teardown(() => new Promise((resolve) => server.close(resolve)))
  return { ...endpoint, endpoint, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/hooks/prefill` }
}
