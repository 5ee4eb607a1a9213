// A source the agency does not have yet (an agency onboarding its first one): a manifest drafted from the
// README's example, for the agency signed in, through the same dry run before anything is saved.
import { html } from 'htm/preact'
import { base } from '../router.ts'
import { Heading, type PageProps } from '../ui.ts'
import { JsonDryRun, useMe } from '../registration-ui.ts'

const draft = (agency: string) => ({
  id: 'new-source',
  version: 1,
  agency,
  title: '',
  subject: 'citizen',
  transport: { kind: 'http', method: 'GET', url: 'https://example.gov.vn/api/subjects/{subject.id}', headers: { accept: 'application/json' }, timeoutMs: 1500 },
  response: { record: '', notFound: [404], subject: '/id' },
  cache: { ttlSeconds: 0 },
  legalBasis: '',
  classification: { '/id': 'personal' },
  recordSchema: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } }
})

const words = {
  vi: { title: 'Đăng ký nguồn dữ liệu mới', lead: 'Bản thảo theo ví dụ trong mục "How an agency writes an adapter" của README. Đặt mã nguồn, địa chỉ và lược đồ bản ghi, chạy thử, rồi đăng ký.', back: 'Về danh sách nguồn' },
  en: { title: 'Register a new source', lead: 'A draft after the example of "How an agency writes an adapter" in the README. Set its id, address and record schema, dry run it, then register it.', back: 'Back to the sources' }
}

export function SourceNewPage ({ lang }: PageProps) {
  const t = words[lang]
  const me = useMe()
  return html`<${Heading}>${t.title}<//>
    <p><a href=${`${base}/sources`}>${t.back}</a></p>
    <p>${t.lead}</p>
    ${me && html`<${JsonDryRun} lang=${lang} initial=${JSON.stringify(draft(me.agency ?? ''), null, 2)} target=${(document: Record<string, unknown>) => `/v1/adapters/${encodeURIComponent(String(document.id ?? ''))}`} />`}`
}
