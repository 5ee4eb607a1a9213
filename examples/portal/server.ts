// The demo portal: a citizen signs in (standing for VNeID), opens an e-form the gateway prefilled, types only
// what the state does not hold, and submits; the portal's backend asks the gateway's once-only check and
// verifies the receipt itself. It reaches the gateway only through @once-only/client.
import { fileURLToPath } from 'node:url'
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify'
import formbody from '@fastify/formbody'
import helmet from '@fastify/helmet'
import fastifyStatic from '@fastify/static'
import type { JWK, JSONWebKeySet } from 'jose'
import { awaitPrefill, createGatewayClient, GatewayError, releasedValues, signCitizenAssertion, verifyReceipt, type GatewayClient, type PrefillResponse, type TlsOptions } from '@once-only/client'
import { catalogueReader } from './catalogue.ts'
import { attached, dossierValues, sectionsOf, shown, type Form } from './form-view.ts'
import { langOf, messages, type Lang } from './messages.ts'
import { acceptedPage, documentNote, fieldNote, formPage, mePage, messagePage, servicesPage, signInPage, type Page } from './pages.ts'
import { personaOf, personas, type Persona } from './personas.ts'

export interface PortalOptions {
  gatewayUrl: string
  clientId: string
  token?: string
  tls?: TlsOptions
  /** The private ES256 key whose public half the gateway holds as this portal's assertion key. */
  assertionKey: JWK
  /** How long a prefill may take before slow sources are left pending (the page fills them in later). */
  deadlineMs?: number
}

/** A prefill between the page that showed it and the dossier built from it, on the portal's side only. */
interface Draft { persona: string, procedure: string, answer: PrefillResponse, at: number }
const draftLifeMs = 30 * 60_000

type Query = { persona?: string, lang?: string }

export async function buildPortal (options: PortalOptions): Promise<FastifyInstance> {
  const client = createGatewayClient({ baseUrl: options.gatewayUrl, token: options.token, tls: options.tls })
  const catalogue = catalogueReader(client, 'citizen')
  const drafts = new Map<string, Draft>()
  const keep = (requestId: string, draft: Draft) => {
    for (const [id, old] of drafts) if (Date.now() - old.at > draftLifeMs) drafts.delete(id)
    drafts.set(requestId, draft)
  }

  const app = Fastify({ logger: false })
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'"], connectSrc: ["'self'"], formAction: ["'self'"], frameAncestors: ["'none'"], baseUri: ["'none'"], objectSrc: ["'none'"] }
    }
  })
  await app.register(formbody)
  await app.register(fastifyStatic, { root: fileURLToPath(new URL('assets/', import.meta.url)), prefix: '/assets/' })
  // Pages hold personal data: no copy of them in the browser's cache.
  app.addHook('onSend', async (request, reply) => { if (!request.url.startsWith('/assets/')) reply.header('cache-control', 'no-store') })

  const pageOf = (lang: Lang, path: string, query: Record<string, string> = {}): Page => ({ lang, path, query })
  const html = (reply: FastifyReply, body: string, status = 200) => reply.code(status).type('text/html; charset=utf-8').send(body)
  const signedIn = (reply: FastifyReply, lang: Lang, key: unknown): Persona | undefined => {
    const persona = personaOf(key)
    if (!persona) html(reply, signInPage(pageOf(lang, '/'), personas), 401)
    return persona
  }

  app.setErrorHandler(async (error, request, reply) => {
    const lang = langOf((request.query as Query | undefined)?.lang ?? (request.body as Query | undefined)?.lang)
    const t = messages[lang]
    if (error instanceof GatewayError) {
      const missing = error.statusCode === 404
      return html(reply, messagePage(pageOf(lang, '/'), missing ? t.notFoundPage : t.portalName, missing ? t.notFoundPage : t.gatewayError(error.code, error.requestId ?? '-')), missing ? 404 : 502)
    }
    request.log.error(error)
    return html(reply, messagePage(pageOf(lang, '/'), t.portalName, t.gatewayError('PORTAL_ERROR', request.id)), 500)
  })
  app.setNotFoundHandler(async (request, reply) => {
    const lang = langOf((request.query as Query | undefined)?.lang)
    return html(reply, messagePage(pageOf(lang, '/'), messages[lang].notFoundPage, messages[lang].notFoundPage), 404)
  })

  app.get<{ Querystring: Query }>('/', async (request, reply) => html(reply, signInPage(pageOf(langOf(request.query.lang), '/'), personas)))

  app.get<{ Querystring: Query }>('/services', async (request, reply) => {
    const lang = langOf(request.query.lang)
    const persona = signedIn(reply, lang, request.query.persona)
    if (!persona) return reply
    const { forms } = await catalogue()
    return html(reply, servicesPage(pageOf(lang, '/services', { persona: persona.key }), persona, forms))
  })

  const formOf = async (procedure: string): Promise<Form> => {
    const form = (await catalogue()).forms.find((f) => f['x-procedure'].code === procedure)
    if (form) return form
    const { data, error } = await client.GET('/v1/forms/{procedure}', { params: { path: { procedure } } })
    if (error) throw new GatewayError(error)
    return data as unknown as Form
  }

  app.get<{ Params: { procedure: string }, Querystring: Query }>('/forms/:procedure', async (request, reply) => {
    const lang = langOf(request.query.lang)
    const persona = signedIn(reply, lang, request.query.persona)
    if (!persona) return reply
    const form = await formOf(request.params.procedure)
    const { data: answer, error } = await client.POST('/v1/prefill', {
      body: { procedure: form['x-procedure'].code, subject: persona.subject, purpose: form['x-procedure'].title, deadlineMs: options.deadlineMs ?? 3000 }
    })
    if (error) throw new GatewayError(error)
    keep(answer.requestId, { persona: persona.key, procedure: form['x-procedure'].code, answer, at: Date.now() })
    const { sources } = await catalogue()
    return html(reply, formPage(pageOf(lang, request.url.split('?')[0], { persona: persona.key }), { persona, form, answer, sources }))
  })

  /** The page's script asks here until the slow sources answered; the portal keeps the completion for the dossier. */
  app.get<{ Params: { procedure: string, requestId: string }, Querystring: Query }>('/forms/:procedure/completion/:requestId', async (request, reply) => {
    const lang = langOf(request.query.lang)
    const draft = drafts.get(request.params.requestId)
    if (!draft || draft.persona !== request.query.persona) return reply.code(404).send({ status: 'unknown' })
    if (draft.answer.status === 'pending') {
      const { data, error, response } = await client.GET('/v1/prefill/{requestId}', { params: { path: { requestId: request.params.requestId } } })
      if (error) throw new GatewayError(error)
      if (response.status === 202 || data.status === 'pending') return { status: 'pending' }
      draft.answer = data as PrefillResponse
    }
    const t = messages[lang]
    const [form, { sources }] = await Promise.all([formOf(draft.procedure), catalogue()])
    const fields = Object.fromEntries(sectionsOf(form).flatMap((s) => s.leaves).map((leaf) => {
      const field = draft.answer.fields[leaf.pointer]
      return [leaf.id, { value: field?.status === 'filled' ? shown(field.value) : null, locked: field?.status === 'filled' && field.locked, note: fieldNote(t, lang, field, sources) ?? '' }]
    }))
    const documents = Object.fromEntries(draft.answer.documents.map((d) => [`document-${d.code}`, { waived: d.status === 'waived', note: documentNote(t, d, sources) ?? '' }]))
    return { status: 'complete', fields, documents, announce: lang === 'vi' ? 'Đã nhận đủ dữ liệu điền sẵn.' : 'All prefilled values arrived.' }
  })

  app.post<{ Params: { procedure: string }, Body: (Record<string, unknown> & Query & { requestId?: string, documents?: unknown }) | undefined }>('/forms/:procedure', async (request, reply) => {
    // A post without a form body (another content type, none at all) is a post of nothing.
    const body = request.body ?? {}
    const lang = langOf(body.lang)
    const persona = signedIn(reply, lang, body.persona)
    if (!persona) return reply
    const draft = typeof body.requestId === 'string' ? drafts.get(body.requestId) : undefined
    // A draft that expired or belongs to someone else: start again from a fresh prefill.
    if (!draft || draft.persona !== persona.key || draft.procedure !== request.params.procedure) {
      return reply.redirect(`/forms/${encodeURIComponent(request.params.procedure)}?${new URLSearchParams({ persona: persona.key, ...(lang === 'en' ? { lang } : {}) })}`, 303)
    }
    if (draft.answer.status === 'pending') draft.answer = await awaitPrefill(client, draft.answer.requestId, { timeoutMs: 15_000 })
    const form = await formOf(draft.procedure)
    const { answer } = draft
    const documents = attached(body.documents)
    const { data: check, error } = await client.POST('/v1/submissions/check', {
      body: {
        procedure: answer.procedure,
        version: answer.version,
        subject: persona.subject,
        receipt: answer.receipt.token,
        values: dossierValues(sectionsOf(form).flatMap((s) => s.leaves), answer, body),
        documents
      }
    })
    if (error) throw new GatewayError(error)
    const page = pageOf(lang, `/forms/${draft.procedure}`, { persona: persona.key })
    if (check.verdict === 'reject') {
      const { sources } = await catalogue()
      return html(reply, formPage(page, { persona, form, answer, sources, posted: body, attached: documents, violations: check.violations }), 422)
    }
    drafts.delete(answer.requestId)
    // The portal checks the receipt itself, offline, against the gateway's published keys.
    const values = releasedValues(answer)
    const verification = await verifyReceipt({ token: answer.receipt.token, values, jwks: await jwks(client) })
    return html(reply, acceptedPage(page, persona, form, { receiptId: answer.receipt.id, released: Object.keys(values).length, problems: verification.problems, auditEntry: check.audit.entry }))
  })

  app.get<{ Querystring: Query }>('/me', async (request, reply) => {
    const lang = langOf(request.query.lang)
    const persona = signedIn(reply, lang, request.query.persona)
    if (!persona) return reply
    const headers = { 'x-subject-assertion': await signCitizenAssertion({ subject: persona.subject, privateJwk: options.assertionKey, clientId: options.clientId }) }
    const [accesses, held, { forms, sources, sourcesOf }] = await Promise.all([
      client.GET('/v1/subjects/me/access-log', { headers }),
      client.GET('/v1/subjects/me/records', { headers }),
      catalogue()
    ])
    if (accesses.error) throw new GatewayError(accesses.error)
    if (held.error) throw new GatewayError(held.error)
    const used = new Set(forms.flatMap(sourcesOf))
    return html(reply, mePage(pageOf(lang, '/me', { persona: persona.key }), persona, {
      accesses: accesses.data, held: held.data, forms, sourcesOf, sources: [...sources.values()].filter((s) => used.has(s.id))
    }))
  })

  return app
}

async function jwks (client: GatewayClient): Promise<JSONWebKeySet> {
  const { data, error } = await client.GET('/.well-known/jwks.json')
  if (error) throw new GatewayError(error as never)
  return data as unknown as JSONWebKeySet
}
