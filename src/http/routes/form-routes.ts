import type { FastifyInstance } from 'fastify'
import type { FormDefinition, ProcedureParams, VersionQuery } from '../../generated/types.ts'
import { IdMismatch } from '../../errors.ts'
import { auditRequest } from '../audit-request.ts'
import { isDryRun } from '../dry-run.ts'
import { errors, ref, registrationAnswer } from '../route-schemas.ts'

export default async function formRoutes (app: FastifyInstance) {
  app.put<{ Params: ProcedureParams, Body: FormDefinition }>('/v1/forms/:procedure', {
    config: { roles: ['admin'] },
    // The registry reports every problem with 422; the body schema is here for the contract.
    attachValidation: true,
    schema: {
      tags: ['forms'],
      operationId: 'registerForm',
      summary: 'Register a new version of a procedure\'s e-form',
      description: 'Every problem of the form (its schema, its bindings to registered sources, its dossier components) is answered at once with 422 and nothing is changed. The same content again is 200; a new version is 201; other content under an existing version, an older version, or a version not above a retired one is 409. With ?dryRun=true: 200 with what the same PUT would answer, nothing stored or audited.',
      params: ref('procedure-params.json'),
      querystring: ref('dry-run-query.json'),
      body: ref('form.schema.json'),
      response: { 200: registrationAnswer, 201: ref('registration-result.json'), ...errors(400, 409, 422) }
    }
  }, async (request, reply) => {
    const code = (request.body as Partial<FormDefinition> | undefined)?.['x-procedure']?.code
    if (typeof code === 'string' && code !== request.params.procedure) throw new IdMismatch(request.params.procedure, code)
    if (isDryRun(request)) return app.forms.dryRun(request.body)
    const outcome = await app.forms.register(request.body, request.client!.id)
    await auditRequest(app, request, {
      action: 'form.register',
      procedure: outcome.id,
      version: outcome.version,
      result: 'ok'
    })
    reply.code(outcome.status === 'created' ? 201 : 200)
    return outcome
  })

  app.post<{ Params: ProcedureParams }>('/v1/forms/:procedure/retire', {
    config: { roles: ['admin'] },
    schema: {
      tags: ['forms'],
      operationId: 'retireForm',
      summary: 'Retire a procedure\'s form: no prefill or submission check uses it from the next request on',
      description: 'Every version stays readable with ?version=; reading without a version, a prefill and a check are 410 GW_REGISTRATION_RETIRED. Only a higher version registers the procedure again. Retiring again is 200 unchanged.',
      params: ref('procedure-params.json'),
      response: { 200: ref('retirement-result.json'), ...errors(404, 409) }
    }
  }, async (request) => {
    const outcome = await app.forms.retire(request.params.procedure, request.client!.id)
    if (outcome.status === 'retired') await auditRequest(app, request, { action: 'form.retire', procedure: outcome.id, version: outcome.version, result: 'ok' })
    return outcome
  })

  app.get('/v1/forms', {
    config: { roles: ['portal', 'agency', 'admin', 'auditor'] },
    schema: {
      tags: ['forms'],
      operationId: 'listForms',
      summary: 'List the current version of every form',
      description: 'The procedure code, version, title, agency and subject type of each registered form.',
      response: {
        200: {
          type: 'array',
          items: { type: 'object', additionalProperties: false, required: ['procedure', 'version', 'title', 'agency', 'subject'], properties: { procedure: { type: 'string' }, version: { type: 'integer' }, title: { type: 'string' }, agency: { type: 'string' }, subject: { type: 'string' } } }
        }
      }
    }
  }, async () => app.forms.list().map(({ procedure, version, form }) => ({ procedure, version, title: form['x-procedure'].title, agency: form['x-procedure'].agency, subject: form['x-procedure'].subject })))

  app.get<{ Params: ProcedureParams, Querystring: VersionQuery }>('/v1/forms/:procedure', {
    config: { roles: ['portal', 'agency', 'admin', 'auditor'] },
    schema: {
      tags: ['forms'],
      operationId: 'getForm',
      summary: 'Read a form, the current version or a given one',
      description: 'The form\'s JSON Schema with its x-prefill bindings and dossier components, which a portal renders.',
      params: ref('procedure-params.json'),
      querystring: ref('version-query.json'),
      response: { 200: ref('form.schema.json'), ...errors(404, 410) }
    }
  }, async (request) => app.forms.get(request.params.procedure, request.query.version).form)

  app.get<{ Params: ProcedureParams, Querystring: VersionQuery }>('/v1/forms/:procedure/once-only', {
    config: { roles: ['admin', 'agency', 'auditor'] },
    schema: {
      tags: ['forms'],
      operationId: 'getFormOnceOnlyReport',
      summary: 'Design-time once-only report: what the form asks that a registered source already holds',
      description: 'For the form\'s designers: fields that match a member of a source\'s record by name or title, and components that a source declares it stands for.',
      params: ref('procedure-params.json'),
      querystring: ref('version-query.json'),
      response: { 200: ref('once-only-report.json'), ...errors(404, 410) }
    }
  }, async (request) => {
    const form = app.forms.get(request.params.procedure, request.query.version)
    return { procedure: form.procedure, version: form.version, findings: app.forms.findings(form) }
  })
}
