import t from 'tap'
import { citizenId } from '../../sandbox/subjects.ts'
import { auth, testGateway, tokens } from '../helpers/infra.ts'

t.test('a failing source opens its circuit, is left alone, then probed back', async (t) => {
  const { app, sandbox } = await testGateway(t, { store: 'pglite', config: { circuitResetSeconds: 0.5 } })
  const prefill = async () => (await app.inject({ method: 'POST', url: '/v1/prefill', headers: auth(tokens.portal), payload: { procedure: '1.001978', subject: { type: 'citizen', id: citizenId(0) } } })).json()
  sandbox.sources.insurance.faults = { errorRate: 1 }
  for (let i = 0; i < 5; i++) t.equal((await prefill()).fields['/socialInsuranceNumber'].reason, 'SOURCE_ERROR')
  const calls = sandbox.sources.insurance.requests
  const open = await prefill()
  t.equal(open.fields['/socialInsuranceNumber'].reason, 'CIRCUIT_OPEN', 'after repeated failures the circuit opens')
  t.equal(open.fields['/fullName'].status, 'filled', 'only that source\'s fields are affected')
  t.equal(sandbox.sources.insurance.requests, calls, 'and the source is not asked')
  t.match((await app.inject({ method: 'GET', url: '/readyz' })).json(), { status: 'degraded', circuits: { 'social-insurance': 'open' } })
  t.match((await app.inject({ method: 'GET', url: '/metrics' })).body, /gateway_source_circuit_state\{source="social-insurance"\} 2/)

  sandbox.sources.insurance.faults = {}
  await new Promise((resolve) => setTimeout(resolve, 600))
  t.equal((await prefill()).fields['/socialInsuranceNumber'].status, 'filled', 'a probe after the reset time finds it back')
  t.equal(sandbox.sources.insurance.requests, calls + 1)
  t.match((await app.inject({ method: 'GET', url: '/readyz' })).json(), { status: 'ready', circuits: { 'social-insurance': 'closed' } })
})
