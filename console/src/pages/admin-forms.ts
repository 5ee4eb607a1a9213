// The admin's forms, each with its design-time once-only findings: what the form still asks the person
// although a registered source or record type already holds it.
import { useEffect, useState } from 'preact/hooks'
import { html } from 'htm/preact'
import { api } from '../api.ts'
import { LoadError, useApi } from '../admin-ui.ts'
import { Heading, Pairs, type PageProps } from '../ui.ts'

export interface FormSummary { procedure: string, version: number, title: string, agency: string, subject: string }
interface Finding { kind: 'unbound-field' | 'unwaived-document', field?: string, document?: string, source: string, pointer?: string, message: string }

const words = {
  vi: {
    title: 'Biểu mẫu và rà soát "chỉ hỏi một lần"',
    lead: 'Mỗi biểu mẫu kèm những gì còn hỏi người dân dù nguồn dữ liệu đã đăng ký đã có (rà soát lúc thiết kế).',
    procedure: 'Mã thủ tục',
    version: 'Phiên bản',
    agency: 'Cơ quan',
    subject: 'Đối tượng',
    subjects: { citizen: 'Công dân', enterprise: 'Doanh nghiệp' } as Record<string, string>,
    findings: (n: number) => n === 0 ? 'Không có phát hiện nào: biểu mẫu đã dùng mọi dữ liệu sẵn có.' : `${n} phát hiện`,
    unboundField: (field: string, at: string) => `Trường ${field} chưa gắn nguồn, dù ${at} đã có.`,
    unwaivedDocument: (doc: string, source: string) => `Thành phần hồ sơ ${doc} chưa được miễn, dù nguồn ${source} đã có.`,
    loading: 'Đang tải…'
  },
  en: {
    title: 'Forms and their once-only findings',
    lead: 'Each form with what it still asks the person although a registered source already holds it (a design-time review).',
    procedure: 'Procedure code',
    version: 'Version',
    agency: 'Agency',
    subject: 'Subject',
    subjects: { citizen: 'Citizen', enterprise: 'Enterprise' } as Record<string, string>,
    findings: (n: number) => n === 0 ? 'No findings: the form uses all the data already held.' : `${n} finding${n === 1 ? '' : 's'}`,
    unboundField: (field: string, at: string) => `Field ${field} is not bound, though ${at} holds it.`,
    unwaivedDocument: (doc: string, source: string) => `Component ${doc} is not waived, though source ${source} holds it.`,
    loading: 'Loading…'
  }
}

export function AdminForms ({ lang }: PageProps) {
  const t = words[lang]
  const forms = useApi<FormSummary[]>('/v1/forms')
  const [findings, setFindings] = useState<Record<string, Finding[]>>({})
  useEffect(() => {
    for (const f of forms.data ?? []) {
      api<{ findings: Finding[] }>(`/v1/forms/${f.procedure}/once-only`).then((report) => setFindings((all) => ({ ...all, [f.procedure]: report.findings })), () => {})
    }
  }, [forms.data])
  return html`<${Heading}>${t.title}<//>
    <p>${t.lead}</p>
    <${LoadError} lang=${lang} error=${forms.error} />
    <ul class="cards">${forms.data?.map((f) => {
      const mine = findings[f.procedure]
      return html`<li class="card"><h2>${f.title}</h2>
        <${Pairs} rows=${[[t.procedure, f.procedure], [t.version, String(f.version)], [t.agency, f.agency], [t.subject, t.subjects[f.subject] ?? f.subject]]} />
        ${!mine
          ? html`<p>${t.loading}</p>`
          : html`<h3>${t.findings(mine.length)}</h3>${mine.length > 0 && html`<ul class="findings">${mine.map((x) => html`<li>${x.kind === 'unbound-field'
              ? t.unboundField(x.field ?? '', `${x.source}${x.pointer ?? ''}`)
              : t.unwaivedDocument(x.document ?? '', x.source)}</li>`)}</ul>`}`}
      </li>`
    })}</ul>`
}
