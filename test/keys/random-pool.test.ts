import t from 'tap'
import { pooledRandomBytes } from '../../src/keys/random-pool.ts'

t.test('pooled random draws never repeat across refills of the pool', async (t) => {
  // 12-byte draws do not divide 4096: refills happen mid-way through what a draw would have taken.
  const drawn = Array.from({ length: 5000 }, () => pooledRandomBytes(12).toString('hex'))
  t.equal(new Set(drawn).size, drawn.length)
  t.ok(drawn.every((hex) => hex.length === 24))
})

t.test('a pooled draw is a copy: a refill of the pool does not change it', async (t) => {
  const kept = pooledRandomBytes(32)
  const before = Buffer.from(kept)
  for (let i = 0; i < 300; i++) pooledRandomBytes(32)
  t.same(kept, before, 'two refills later, the draw is as it was')
})

t.test('a draw larger than the pool still comes from the kernel', async (t) => {
  t.equal(pooledRandomBytes(8192).length, 8192)
})
