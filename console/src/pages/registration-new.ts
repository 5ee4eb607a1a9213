// An admin's new form or agreement, checked by the same dry run as an agency's source before anything is saved.
import { html } from 'htm/preact'
import { base } from '../router.ts'
import { Heading, type PageProps } from '../ui.ts'
import { JsonDryRun } from '../registration-ui.ts'

export type RegistrationKind = 'agreements' | 'forms'

// Starting points that show the shape; the dry run says what is still wrong with them.
const drafts: Record<RegistrationKind, object> = {
  agreements: {
    id: 'new-agreement',
    version: 1,
    client: 'portal-dvc',
    procedures: ['2.000720'],
    sources: [{ source: 'population-citizen', fields: ['/fullName'] }],
    legalBasis: '',
    validFrom: '2026-01-01T00:00:00Z',
    validUntil: '2027-12-31T23:59:59Z'
  },
  forms: {
    type: 'object',
    title: '',
    'x-procedure': { code: '1.000001', version: 1, title: '', agency: '', subject: 'citizen', sample: true },
    properties: {},
    'x-documents': []
  }
}

// Where each kind is PUT: an agreement by its id, a form by its procedure code.
const targets: Record<RegistrationKind, (document: Record<string, unknown>) => string> = {
  agreements: (document) => `/v1/agreements/${encodeURIComponent(String(document.id ?? ''))}`,
  forms: (document) => `/v1/forms/${encodeURIComponent(String((document['x-procedure'] as { code?: string } | undefined)?.code ?? ''))}`
}

const words = {
  vi: {
    title: { agreements: 'Thỏa thuận chia sẻ mới', forms: 'Biểu mẫu mới' },
    other: { agreements: 'Chạy thử một biểu mẫu', forms: 'Chạy thử một thỏa thuận' },
    lead: { agreements: 'Soạn thỏa thuận (xem mục "How an admin writes an agreement" trong README), chạy thử để thấy mọi vấn đề, rồi đăng ký.', forms: 'Soạn biểu mẫu (xem mục "How an admin writes a form" trong README), chạy thử để thấy mọi vấn đề, rồi đăng ký.' }
  },
  en: {
    title: { agreements: 'New sharing agreement', forms: 'New form' },
    other: { agreements: 'Dry run a form instead', forms: 'Dry run an agreement instead' },
    lead: { agreements: 'Write the agreement (see "How an admin writes an agreement" in the README), dry run it to see every problem, then register it.', forms: 'Write the form (see "How an admin writes a form" in the README), dry run it to see every problem, then register it.' }
  }
}

export function RegistrationNewPage ({ lang, kind }: PageProps & { kind: RegistrationKind }) {
  const t = words[lang]
  return html`<${Heading}>${t.title[kind]}<//>
    <p>${t.lead[kind]}</p>
    <p><a href=${`${base}/registrations/${kind === 'agreements' ? 'forms' : 'agreements'}/new`}>${t.other[kind]}</a></p>
    <${JsonDryRun} lang=${lang} initial=${JSON.stringify(drafts[kind], null, 2)} target=${targets[kind]} />`
}
