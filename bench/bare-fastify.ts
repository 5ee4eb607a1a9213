// Benchmark baseline A: a bare Fastify route that parses the same request and answers a small JSON.
import Fastify from 'fastify'

const app = Fastify()
app.post('/v1/prefill', async (request) => ({ requestId: request.id, fields: {} }))
const address = await app.listen({ host: '127.0.0.1', port: 0 })
process.stdout.write(JSON.stringify({ msg: `Server listening at ${address}` }) + '\n')
