import type { FastifyInstance } from 'fastify'
import type { AssertionKey, ClientCreate, ClientIdParams } from '../../generated/types.ts'
import { ClientUnknown } from '../../errors.ts'
import { auditRequest } from '../audit-request.ts'
import { errors, ref } from '../route-schemas.ts'

export default async function clientRoutes (app: FastifyInstance) {
  app.post<{ Body: ClientCreate }>('/v1/clients', {
    config: { roles: ['admin'] },
    schema: {
      tags: ['clients'],
      operationId: 'createClient',
      summary: 'Add a client: a bearer token shown once, or a certificate for its CSR',
      description: 'Without csr the answer holds a new bearer token, shown this once: only its SHA-256 is kept. With csr (PEM, RSA; its CN the client id or absent) the answer holds a certificate of the gateway\'s CA naming the client (CN) and its agency (O); the gateway needs TLS_CA_KEY_FILE for that. Every instance knows the client at once, without a restart.',
      body: ref('client-create.json'),
      response: { 201: ref('client-created.json'), ...errors(400, 409, 422) }
    }
  }, async (request, reply) => {
    const created = await app.clients.create(request.body, request.client!.id)
    const { id, roles, agency } = created.client
    await auditRequest(app, request, {
      action: 'client.register',
      detail: { client: id, roles, ...agency ? { agency } : {}, ...created.certificate ? { certificateSerial: created.certificate.serial } : { credential: 'token' } },
      result: 'ok'
    })
    reply.code(201)
    return created
  })

  app.get('/v1/clients', {
    config: { roles: ['admin'] },
    schema: {
      tags: ['clients'],
      operationId: 'listClients',
      summary: 'Every client, disabled ones included',
      description: 'Tokens are never shown: only their hashes are kept.',
      response: { 200: { type: 'array', items: ref('client.json') } }
    }
  }, async () => app.clients.list())

  app.get('/v1/clients/me', {
    config: { roles: ['portal', 'agency', 'auditor', 'admin', 'operator'] },
    schema: {
      tags: ['clients'],
      operationId: 'getOwnClient',
      summary: 'Who the caller is: its own client, with its roles and agency',
      description: 'What a console or a tool shows and offers after sign-in; never a token.',
      response: { 200: ref('client.json') }
    }
  }, async (request) => request.client!)

  app.get<{ Params: ClientIdParams }>('/v1/clients/:id', {
    config: { roles: ['admin'] },
    schema: {
      tags: ['clients'],
      operationId: 'getClient',
      summary: 'Read a client',
      description: 'Its id, name, roles, agency, assertion key and whether it is disabled; never its token.',
      params: ref('client-id-params.json'),
      response: { 200: ref('client.json'), ...errors(404) }
    }
  }, async (request) => {
    const client = app.clients.byId(request.params.id)
    if (!client) throw new ClientUnknown(request.params.id)
    return client
  })

  app.post<{ Params: ClientIdParams }>('/v1/clients/:id/disable', {
    config: { roles: ['admin'] },
    schema: {
      tags: ['clients'],
      operationId: 'disableClient',
      summary: 'Disable a client for good: its token and certificates are refused (401) at once on every instance',
      description: 'Its id is never given to another client; its history stays in the sharing log. Disabling a disabled client changes nothing.',
      params: ref('client-id-params.json'),
      response: { 200: ref('client.json'), ...errors(404) }
    }
  }, async (request) => {
    const client = await app.clients.disable(request.params.id)
    await auditRequest(app, request, { action: 'client.disable', detail: { client: client.id }, result: 'ok' })
    return client
  })

  app.put<{ Body: AssertionKey }>('/v1/clients/me/assertion-key', {
    config: { roles: ['portal'] },
    schema: {
      tags: ['clients'],
      operationId: 'putAssertionKey',
      summary: 'A portal registers its own public key for citizen assertions (JWK, EC P-256, ES256)',
      description: 'Replaces the portal\'s key at once on every instance: assertions signed with the old key are refused from then on. A JWK holding a private part (d), or not a point of P-256, is 422.',
      body: ref('assertion-key.json'),
      response: { 200: ref('client.json'), ...errors(400, 422) }
    }
  }, async (request) => {
    const { client, thumbprint } = await app.clients.setAssertionKey(request.client!.id, request.body)
    await auditRequest(app, request, { action: 'client.assertion-key', detail: { client: client.id, thumbprint }, result: 'ok' })
    return client
  })
}
