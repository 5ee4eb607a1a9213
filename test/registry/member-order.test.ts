// A registration is read back from the store by every other instance and after a restart: it must come back
// as it was written, members in their order (a form's order is the order people fill it in).
import { readFile } from 'node:fs/promises'
import t from 'tap'
import { citizenId } from '../../sandbox/subjects.ts'
import { auth, testGateway, tokens } from '../helpers/infra.ts'

for (const store of ['pg', 'pglite'] as const) {
  t.test(`a form read back from the store keeps the order of its fields (${store})`, async (t) => {
    const { app } = await testGateway(t, { store })
    const file = JSON.parse(await readFile('schemas/forms/household-business-registration.json', 'utf8'))
    const form = async () => (await app.inject({ method: 'GET', url: '/v1/forms/2.000720', headers: auth(tokens.portal) })).json()
    const prefilled = async () => Object.keys((await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '2.000720', subject: { type: 'citizen', id: citizenId(0) } } })).json().fields)
    const fieldsBefore = await prefilled()
    // What another instance does when the registry changed, and every instance at start.
    await app.adapters.load()
    await app.forms.load()
    const after = await form()
    t.same(Object.keys(after.properties.owner.properties), Object.keys(file.properties.owner.properties), 'the form\'s fields in the order of its file')
    t.same(await prefilled(), fieldsBefore, 'a prefill lists its fields in the same order as before')
  })
}
