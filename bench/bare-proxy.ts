// Benchmark baseline B: the least any gateway must do. A bare Fastify route that fans one request out with
// undici to the same sources as the gateway's form (BARE_PROXY_SOURCES: URL templates with {id}) and merges
// their JSON; no agreements, mapping, receipts or audit.
import Fastify from 'fastify'
import { Pool } from 'undici'

const templates = (process.env.BARE_PROXY_SOURCES ?? '').split(',').filter(Boolean).map((t) => new URL(t.replace('{id}', '%7Bid%7D')))
const pools = new Map(templates.map((url) => [url.origin, new Pool(url.origin, { connections: 64 })]))

const app = Fastify()
app.post<{ Body: { subject: { id: string } } }>('/v1/prefill', async (request) => {
  const id = encodeURIComponent(request.body.subject.id)
  const answers = await Promise.all(templates.map(async (url) => {
    const res = await pools.get(url.origin)!.request({ method: 'GET', path: url.pathname.replace('%7Bid%7D', id) })
    return res.statusCode === 200 ? await res.body.json() : (await res.body.dump(), null)
  }))
  return { requestId: request.id, fields: Object.assign({}, ...answers) }
})
const address = await app.listen({ host: '127.0.0.1', port: 0 })
process.stdout.write(JSON.stringify({ msg: `Server listening at ${address}` }) + '\n')
