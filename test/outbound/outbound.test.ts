import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import t from 'tap'
import { addressProblem, guardedLookup, hostProblem, type OutboundPolicy } from '../../src/outbound/address-policy.ts'
import { SourceFetcher } from '../../src/prefill/fetcher.ts'
import type { LiveAdapter } from '../../src/registry/adapter-registry.ts'
import { citizen, citizenId } from '../../sandbox/subjects.ts'
import { auth, testGateway, tokens } from '../helpers/infra.ts'

const development: OutboundPolicy = { allowLoopback: true, allowPrivate: false, hosts: {} }
const production: OutboundPolicy = { allowLoopback: false, allowPrivate: false, hosts: { BCA: ['*.bca.gov.vn'] } }

t.test('an IPv4 address carried inside IPv6 (compatible, NAT64, 6to4, Teredo) is judged as that IPv4 address', async (t) => {
  const loopback = ['::127.0.0.1', '64:ff9b::127.0.0.1', '2002:7f00:1::', '2001:0:4136:e378:8000:63bf:80ff:fffe']
  for (const address of loopback) {
    t.match(addressProblem(address, production), /loopback/, `${address} reaches 127.0.0.1`)
    t.equal(addressProblem(address, development), undefined, `${address} is the sandbox's loopback in development`)
  }
  for (const address of ['64:ff9b::169.254.169.254', '::169.254.169.254', '2002:a9fe:a9fe::']) {
    t.match(addressProblem(address, development), /linkLocal/, `${address} reaches the metadata address`)
  }
  t.match(addressProblem('64:ff9b:1::a9fe:a9fe', development), /local NAT64/, 'a local NAT64 prefix may embed anywhere: refused')
  for (const address of ['64:ff9b::8.8.8.8', '2002:808:808::1', '2606:4700::1']) {
    t.equal(addressProblem(address, production), undefined, `${address} reaches a public address`)
  }
})

t.test('which addresses and hosts an adapter may reach', async (t) => {
  t.equal(addressProblem('127.0.0.1', development), undefined, 'loopback in development (the sandbox)')
  t.match(addressProblem('127.0.0.1', production), /loopback/)
  t.match(addressProblem('::ffff:127.0.0.1', production), /loopback/, 'IPv4-mapped IPv6 too')
  for (const metadata of ['169.254.169.254', 'fe80::1']) {
    t.match(addressProblem(metadata, development), /linkLocal/, `${metadata} is refused everywhere`)
  }
  t.match(addressProblem('10.1.2.3', development), /private/)
  t.match(addressProblem('fd00:ec2::254', development), /private/)
  t.equal(addressProblem('10.1.2.3', { ...development, allowPrivate: true }), undefined, 'unless configured')
  t.match(addressProblem('0.0.0.0', development), /unspecified/)
  t.equal(addressProblem('203.113.131.1', production), undefined)
  t.equal(hostProblem('csdl.bca.gov.vn', 'BCA', production), undefined)
  t.match(hostProblem('evil.example.com', 'BCA', production), /not among the hosts allowed for agency BCA/)
  t.equal(hostProblem('evil.example.com', 'BTC', production), undefined, 'an agency without a list is not limited by name')
  const refused = await new Promise<Error | null>((resolve) => guardedLookup(production)('localhost', {}, (err) => resolve(err)))
  t.match(refused, { code: 'GW_ADDRESS_REFUSED' }, 'the connect-time lookup refuses what the policy forbids')
})

t.test('registration refuses unreachable or forbidden addresses with every problem', async (t) => {
  const { app } = await testGateway(t, { store: 'pglite', config: { outbound: { allowLoopback: true, allowPrivate: false, hosts: { HNI: ['*.hanoi.gov.vn'] } } } })
  const manifest = (id: string, url: string, agency = 'BCA') => ({
    id,
    version: 1,
    agency,
    title: id,
    subject: 'citizen',
    transport: { kind: 'http', url, timeoutMs: 500 },
    response: { record: '' },
    cache: { ttlSeconds: 0 },
    legalBasis: 'x',
    classification: {},
    recordSchema: { type: 'object', properties: { name: { type: 'string' } } }
  })
  const register = async (m: ReturnType<typeof manifest>, token = tokens.agencyBCA) => (await app.inject({ method: 'PUT', url: `/v1/adapters/${m.id}`, headers: auth(token), payload: m })).json()
  t.match((await register(manifest('metadata', 'http://169.254.169.254/latest/meta-data/{subject.id}'))).problems, [{ path: '/transport/url', message: /linkLocal/ }])
  t.match((await register(manifest('internal', 'http://10.0.0.5/{subject.id}'))).problems, [{ path: '/transport/url', message: /private network/ }])
  t.match((await register(manifest('ipv6-metadata', 'http://[fd00:ec2::254]/{subject.id}'))).problems, [{ path: '/transport/url', message: /private network/ }])
  t.match((await register(manifest('elsewhere', 'http://127.0.0.1:9/{subject.id}', 'HNI'), 'dev-agency-hni-token')).problems, [{ path: '/transport/url', message: /not among the hosts allowed for agency HNI/ }])
  t.match((await register(manifest('nowhere', 'http://no-such-host.invalid/{subject.id}'))).problems, [{ path: '/transport/url', message: /does not resolve/ }])
  t.equal((await register(manifest('sandbox-like', 'http://127.0.0.1:9/{subject.id}'))).status, 'created', 'loopback is allowed in development')
})

t.test('malicious sources degrade only their own fields', async (t) => {
  const evil = createServer((req, res) => {
    if (req.url?.startsWith('/huge/')) { res.writeHead(200, { 'content-type': 'application/json' }); return res.end(`{"name":"${'x'.repeat(3 * 1024 * 1024)}"}`) }
    if (req.url?.startsWith('/drip/')) {
      res.writeHead(200, { 'content-type': 'application/json' })
      const timer = setInterval(() => res.write(' '), 100)
      res.on('close', () => clearInterval(timer))
      return
    }
    if (req.url?.startsWith('/garbage/')) { res.writeHead(200, { 'content-type': 'application/json' }); return res.end('{"name": "An",') }
    if (req.url?.startsWith('/wrong/')) { res.writeHead(200, { 'content-type': 'application/json' }); return res.end('{"name": 42}') }
    if (req.url?.startsWith('/nul/')) { res.writeHead(200, { 'content-type': 'application/json' }); return res.end('{"name": "An\\u0000"}') }
    if (req.url?.startsWith('/redirect/')) { res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }); return res.end() }
    res.writeHead(404).end()
  }).listen(0, '127.0.0.1')
  t.teardown(() => { evil.closeAllConnections(); evil.close() })
  await new Promise((resolve) => evil.once('listening', resolve))
  const base = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`
  const { app } = await testGateway(t, { store: 'pglite', config: { maxSourceBodyBytes: 1024 * 1024 } })
  const kinds = ['huge', 'drip', 'garbage', 'wrong', 'nul', 'redirect']
  for (const kind of kinds) {
    const res = await app.inject({
      method: 'PUT',
      url: `/v1/adapters/evil-${kind}`,
      headers: auth(tokens.agencyBCA),
      payload: { id: `evil-${kind}`, version: 1, agency: 'BCA', title: kind, subject: 'citizen', transport: { kind: 'http', url: `${base}/${kind}/{subject.id}`, timeoutMs: 800 }, response: { record: '' }, cache: { ttlSeconds: 0 }, legalBasis: 'x', classification: {}, recordSchema: { type: 'object', properties: { name: { type: 'string' } } } }
    })
    t.equal(res.statusCode, 201, kind)
  }
  const form = {
    type: 'object',
    'x-procedure': { code: '9.000001', version: 1, title: 'Thử nghiệm', agency: 'BCA', subject: 'citizen', sample: true },
    properties: {
      fullName: { type: 'string', 'x-prefill': { source: 'population-citizen', pointer: '/fullName' } },
      ...Object.fromEntries(kinds.map((kind) => [kind, { type: 'string', 'x-prefill': { source: `evil-${kind}`, pointer: '/name' } }]))
    },
    'x-documents': []
  }
  t.equal((await app.inject({ method: 'PUT', url: '/v1/forms/9.000001', headers: auth(tokens.admin), payload: form })).statusCode, 201)
  const agreement = { id: 'evil-test', version: 1, client: 'portal-dvc', procedures: ['9.000001'], sources: ['population-citizen', ...kinds.map((k) => `evil-${k}`)].map((source) => ({ source, fields: ['*'] })), legalBasis: 'x', validFrom: '2025-01-01T00:00:00Z', validUntil: '2030-01-01T00:00:00Z' }
  t.equal((await app.inject({ method: 'PUT', url: '/v1/agreements/evil-test', headers: auth(tokens.admin), payload: agreement })).statusCode, 201)

  const started = Date.now()
  const body = (await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '9.000001', subject: { type: 'citizen', id: citizenId(0) }, deadlineMs: 1500 } })).json()
  // The drip source never ends: any bound shows it was cut off. Room past the deadline for the answer's own
  // work on a slow host busy with the other test files (once over 1.6 s in CI on a clean clone).
  t.ok(Date.now() - started < 2500, 'within the deadline')
  t.equal(body.fields['/fullName'].value, citizen(0).fullName, 'the honest source still fills its field')
  t.same(Object.fromEntries(kinds.map((k) => [k, body.fields[`/${k}`].reason])), {
    huge: 'SOURCE_TOO_LARGE', drip: 'SOURCE_TIMEOUT', garbage: 'SOURCE_BAD_RESPONSE', wrong: 'RECORD_INVALID', nul: 'SOURCE_BAD_RESPONSE', redirect: 'SOURCE_ERROR'
  }, 'each malicious source is marked with its own reason (text the gateway would refuse back is never released); redirects are never followed')

  t.test('an address refused at connect time, after registration', async (t) => {
    const strict = new SourceFetcher({ vars: {}, maxBodyBytes: 1024, outbound: { allowLoopback: false, allowPrivate: false, hosts: {} } })
    t.teardown(() => strict.close())
    for (const host of ['127.0.0.1', 'localhost']) {
      const adapter = app.adapters.current('evil-garbage') as LiveAdapter
      const moved = { ...adapter, manifest: { ...adapter.manifest, transport: { ...adapter.manifest.transport, url: adapter.manifest.transport.url.replace('127.0.0.1', host) } } }
      const outcome = await strict.fetch(moved, { type: 'citizen', id: citizenId(0) }, Date.now() + 1000)
      t.same([outcome.status, outcome.status === 'unavailable' && outcome.reason], ['unavailable', 'SOURCE_ADDRESS_REFUSED'], host)
    }
  })
})
