// The conformance test says why a call failed, never a bare reason (issue 16): the status of an unexpected
// answer, the connection or TLS error code, the content type seen, the pointer; never a value of the record.
import { once } from 'node:events'
import { readFile } from 'node:fs/promises'
import { createServer as createHttpsServer } from 'node:https'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import t from 'tap'
import { createCa, issue } from '../../src/auth/pki.ts'
import { citizen } from '../../sandbox/subjects.ts'
import { auth, testGateway, tokens } from '../helpers/infra.ts'
import { representative } from '../helpers/personas.ts'

const subject = { type: 'citizen', id: representative }

t.test('conformance test reasons against the sandbox', async (t) => {
  const { app, sandbox } = await testGateway(t, { store: 'pglite' })
  const faults = async (source: string, knobs: object) => {
    const res = await fetch(`${sandbox.sources[source].url}/_sandbox/faults`, { method: 'PUT', body: JSON.stringify(knobs) })
    t.equal(res.status, 200)
  }
  const test = async (adapter: string) => {
    const res = await app.inject({ method: 'POST', url: `/v1/adapters/${adapter}/test`, headers: auth(tokens.admin), payload: { subject } })
    t.equal(res.statusCode, 200)
    const body = res.json()
    t.notOk(JSON.stringify(body).includes(citizen(0).fullName), 'no value of the record')
    return body
  }
  const population = JSON.parse(await readFile('adapters/population-citizen/manifest.json', 'utf8'))
  /** A copy of the population adapter under another id, reaching `url`. */
  const register = async (id: string, url: string, response = population.response) => {
    const res = await app.inject({ method: 'PUT', url: `/v1/adapters/${id}`, headers: auth(tokens.admin), payload: { ...population, id, version: 1, documents: [], transport: { ...population.transport, url }, response } })
    t.equal(res.statusCode, 201, JSON.stringify(res.json()))
  }

  t.test('an unexpected status is named', async (t) => {
    await faults('population', { errorRate: 1 })
    t.match(await test('population-citizen'), { outcome: 'unavailable', reason: 'SOURCE_ERROR', detail: 'HTTP status 500' })
    await faults('population', {})
  })

  t.test('a body that is not JSON or XML names the content type it came with', async (t) => {
    await faults('population', { htmlPage: true })
    t.match(await test('population-citizen'), { reason: 'SOURCE_BAD_RESPONSE', detail: 'not JSON (content type text/html; charset=utf-8)' })
    await faults('population', { malformed: true })
    t.match(await test('population-citizen'), { reason: 'SOURCE_BAD_RESPONSE', detail: 'not JSON (content type application/json)' }, 'a body cut short under a JSON content type')
    await faults('population', {})
    await faults('judicial', { malformed: true })
    t.match(await test('judicial-records'), { reason: 'SOURCE_BAD_RESPONSE', detail: 'not well-formed XML (content type application/xml)' }, 'and the XML code adapter')
    await faults('judicial', {})
  })

  t.test('where the record is missing or invalid: the pointer, not the value', async (t) => {
    await register('population-misplaced', population.transport.url, { ...population.response, record: '/payload' })
    t.match(await test('population-misplaced'), { reason: 'SOURCE_BAD_RESPONSE', detail: 'no record at /payload' })
    await faults('population', { invalidRecord: true })
    const invalid = await test('population-citizen')
    t.match(invalid, { reason: 'RECORD_INVALID', problems: [{ path: '/personalId' }] })
    t.notOk(JSON.stringify(invalid).includes('12345'), 'not the wrong value either')
    await faults('population', {})
  })

  t.test('a connection that fails names its error code', async (t) => {
    await faults('population', { down: true })
    const down = await test('population-citizen')
    t.match(down, { reason: 'SOURCE_UNAVAILABLE', detail: /^(connection error ECONNRESET|HTTP client error UND_ERR_SOCKET)$/ })
    await faults('population', {})
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer().listen(0, '127.0.0.1')
    await once(probe, 'listening')
    const { port } = probe.address() as AddressInfo
    await new Promise((resolve) => probe.close(resolve))
    await register('population-refused', `http://127.0.0.1:${port}/citizens/{subject.id}`)
    t.match(await test('population-refused'), { reason: 'SOURCE_UNAVAILABLE', detail: 'connection error ECONNREFUSED' })
  })

  t.test('a TLS server whose certificate the gateway does not trust names the TLS error', async (t) => {
    const ca = createCa('A CA the gateway does not know')
    const cert = issue(ca, { commonName: 'source', server: { hosts: ['127.0.0.1'] } })
    const server = createHttpsServer({ cert: cert.certPem, key: cert.keyPem }, (_req, res) => res.end('{}'))
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    t.teardown(() => new Promise((resolve) => server.close(resolve)))
    await register('population-tls', `https://127.0.0.1:${(server.address() as AddressInfo).port}/citizens/{subject.id}`)
    t.match(await test('population-tls'), { reason: 'SOURCE_UNAVAILABLE', detail: 'TLS error UNABLE_TO_VERIFY_LEAF_SIGNATURE' })
  })
})
