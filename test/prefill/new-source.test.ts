// "An adapter and a form written from the README alone, for a source the repo has never seen, register
// over the API and prefill": the manifest and the form are the README's own examples.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFile } from 'node:fs/promises'
import t from 'tap'
import { citizen, citizenId } from '../../sandbox/subjects.ts'
import { auth, testGateway, tokens } from '../helpers/infra.ts'

async function readmeExample (heading: string): Promise<any> {
  const readme = await readFile('README.md', 'utf8')
  const section = readme.slice(readme.indexOf(heading))
  return JSON.parse(/```json\n([\s\S]*?)\n```/.exec(section)![1])
}

t.test('a vehicle registry the repo has never seen, registered from the README', async (t) => {
  const owner = citizenId(7)
  const vehicles = createServer((req, res) => {
    if (req.url === `/api/owners/${owner}`) {
      res.writeHead(200, { 'content-type': 'application/json' })
      return res.end(JSON.stringify({ owner: { name: citizen(7).fullName, vehicles: [{ plate: '30A-123.45', brand: 'VinFast' }] } }))
    }
    res.writeHead(404).end()
  }).listen(0, '127.0.0.1')
  t.teardown(() => vehicles.close())
  await new Promise((resolve) => vehicles.once('listening', resolve))
  const { app } = await testGateway(t, { store: 'pglite' })

  const manifest = await readmeExample('## How an agency writes an adapter')
  manifest.transport.url = manifest.transport.url.replace('https://vr.example.gov.vn', `http://127.0.0.1:${(vehicles.address() as AddressInfo).port}`)
  const registered = await app.inject({ method: 'PUT', url: '/v1/adapters/vehicle-owners', headers: auth(tokens.agencyBCA), payload: manifest })
  t.equal(registered.statusCode, 201, registered.body)
  const tested = (await app.inject({ method: 'POST', url: '/v1/adapters/vehicle-owners/test', headers: auth(tokens.agencyBCA), payload: { subject: { type: 'citizen', id: owner } } })).json()
  t.equal(tested.outcome, 'found')
  t.same(tested.problems, [])

  const form = await readmeExample('## How an admin writes a form')
  const formRes = await app.inject({ method: 'PUT', url: `/v1/forms/${form['x-procedure'].code}`, headers: auth(tokens.admin), payload: form })
  t.equal(formRes.statusCode, 201, formRes.body)

  const denied = (await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: form['x-procedure'].code, subject: { type: 'citizen', id: owner } } })).json()
  t.same(denied.fields['/plate'], { status: 'denied', locked: false, reason: 'NO_AGREEMENT' }, 'nothing is released before an agreement covers it')
  t.same(denied.sources, [], 'and no source is asked')

  const agreement = await readmeExample('## How an admin writes an agreement')
  const agreed = await app.inject({ method: 'PUT', url: `/v1/agreements/${agreement.id}`, headers: auth(tokens.admin), payload: agreement })
  t.equal(agreed.statusCode, 201, agreed.body)

  const body = (await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: form['x-procedure'].code, subject: { type: 'citizen', id: owner } } })).json()
  t.equal(body.fields['/ownerName'].value, citizen(7).fullName)
  t.same(body.fields['/ownerName'].source, { id: 'vehicle-owners', agency: 'BCA' })
  t.equal(body.fields['/plate'].value, '30A-123.45')
  t.match(body.fields['/dateOfBirth'].value, /^\d{2}\/\d{2}\/\d{4}$/)
  t.equal(body.documents.find((d: any) => d.code === 'CAN-CUOC').status, 'waived')

  const someoneElse = (await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: form['x-procedure'].code, subject: { type: 'citizen', id: citizenId(3) } } })).json()
  t.equal(someoneElse.fields['/ownerName'].value, citizen(3).fullName, 'the fallback binding fills what the first source lacks')
  t.same(someoneElse.fields['/ownerName'].source, { id: 'population-citizen', agency: 'BCA' })
  t.equal(someoneElse.fields['/plate'].status, 'not_found')
  t.equal(someoneElse.fields['/plate'].reason, 'SUBJECT_NOT_FOUND')
})
