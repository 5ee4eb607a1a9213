// A Redis error logged whole must not carry what its command was sent with: ioredis keeps a failed command's
// arguments on the error, and for AUTH they are a password.
import { randomBytes } from 'node:crypto'
import t from 'tap'
import { Redis } from 'ioredis'
import { AuditUnavailable } from '../../src/errors.ts'
import { redisUrl, testGateway } from '../helpers/infra.ts'

t.test('no password in a logged Redis error, alone or as the cause of a gateway error', async (t) => {
  const { app, logs } = await testGateway(t, { store: 'pglite' })
  const redis = new Redis(redisUrl(), { lazyConnect: true })
  t.teardown(() => redis.disconnect())
  await redis.connect()
  const password = `secret-${randomBytes(8).toString('hex')}`
  const err = await redis.auth(password).then(() => undefined, (e: Error & { command?: { args: unknown[] } }) => e)
  t.ok(err?.command?.args.includes(password), 'ioredis keeps the password on its error (what this test guards against)')
  app.log.error({ err }, 'redis failed')
  app.log.error({ err: Object.assign(new AuditUnavailable(), { cause: err }) }, 'request failed')
  const lines = logs.filter((line) => line.includes('redis failed') || line.includes('request failed'))
  t.equal(lines.length, 2)
  t.same(lines.filter((line) => line.includes(password)), [], 'no line holds the password')
  t.ok(lines.every((line) => line.includes(err!.message.slice(0, 20))), 'and both still say what failed')
})
