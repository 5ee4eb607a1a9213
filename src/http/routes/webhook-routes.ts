import type { FastifyInstance } from 'fastify'
import type { WebhookRegistration } from '../../generated/types.ts'
import { WebhookUnknown } from '../../errors.ts'
import { auditRequest } from '../audit-request.ts'
import { errors, ref } from '../route-schemas.ts'

export default async function webhookRoutes (app: FastifyInstance) {
  app.put<{ Body: WebhookRegistration }>('/v1/webhook', {
    config: { roles: ['portal'] },
    schema: {
      tags: ['webhooks'],
      operationId: 'registerWebhook',
      summary: 'Register (or replace) the webhook that receives this portal\'s completed prefills',
      description: 'The answer shows the signing secret once; registering again makes a new one.',
      body: ref('webhook-registration.json'),
      response: { 200: ref('webhook.json'), ...errors(400, 422) }
    }
  }, async (request) => {
    const webhook = await app.webhooks.register(request.client!.id, request.client!.agency, request.body.url)
    await auditRequest(app, request, { action: 'webhook.register', detail: { url: webhook.url }, result: 'ok' })
    return webhook
  })

  app.get('/v1/webhook', {
    config: { roles: ['portal'] },
    schema: {
      tags: ['webhooks'],
      operationId: 'getWebhook',
      summary: 'This portal\'s webhook (without its secret)',
      description: 'Its URL and when it was registered; the secret is shown only when registering.',
      response: { 200: ref('webhook.json'), ...errors(404) }
    }
  }, async (request) => {
    const webhook = await app.webhooks.registered(request.client!.id)
    if (!webhook) throw new WebhookUnknown()
    return { url: webhook.url, updatedAt: webhook.updatedAt }
  })

  app.delete('/v1/webhook', {
    config: { roles: ['portal'] },
    schema: {
      tags: ['webhooks'],
      operationId: 'removeWebhook',
      summary: 'Stop deliveries to this portal',
      description: 'Deliveries still queued are dropped; the completed results stay readable with GET /v1/prefill/{requestId}.',
      response: { 204: { type: 'null', description: 'Removed' }, ...errors(404) }
    }
  }, async (request, reply) => {
    if (!await app.webhooks.remove(request.client!.id)) throw new WebhookUnknown()
    await auditRequest(app, request, { action: 'webhook.remove', result: 'ok' })
    return reply.code(204).send()
  })

  app.get('/v1/admin/dead-letters', {
    config: { roles: ['admin'] },
    schema: {
      tags: ['webhooks'],
      operationId: 'listDeadLetters',
      summary: 'Webhook deliveries that failed every attempt',
      description: 'For admins: which portal, which prefill, how many attempts and the last failure. 503 while the job queue is not reachable.',
      response: { 200: ref('dead-letters.json'), ...errors(503) }
    }
  }, async () => ({ deadLetters: await app.webhooks.deadLetters() }))

  app.post<{ Params: { id: string } }>('/v1/admin/dead-letters/:id/replay', {
    config: { roles: ['admin'] },
    schema: {
      tags: ['webhooks'],
      operationId: 'replayDeadLetter',
      summary: 'Deliver a dead letter again, with a fresh set of attempts',
      description: 'To the portal\'s webhook as registered now. Audited.',
      params: { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 100 } } },
      response: { 202: ref('dead-letter.json'), ...errors(404, 503) }
    }
  }, async (request, reply) => {
    const letter = await app.webhooks.replay(request.params.id)
    await auditRequest(app, request, { action: 'webhook.replay', detail: { delivery: letter.id, request: letter.requestId, client: letter.clientId }, result: 'ok' })
    return reply.code(202).send(letter)
  })
}
