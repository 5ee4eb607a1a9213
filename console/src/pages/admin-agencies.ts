// The admin's agency tree: ministries and provinces with their units, and a form that adds or changes one,
// with the API's problems beside the fields.
import type { VNode } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { html } from 'htm/preact'
import { api } from '../api.ts'
import { FieldProblems, invalid, LoadError, missing, ProblemSummary, problemsOf, useApi, type Problem } from '../admin-ui.ts'
import { Heading, type PageProps } from '../ui.ts'

interface Agency { code: string, name: string, parent?: string, sharesData?: boolean }

const words = {
  vi: {
    title: 'Cơ quan, đơn vị',
    tree: 'Cây cơ quan',
    shares: 'các đơn vị dùng chung dữ liệu',
    edit: 'Sửa',
    form: 'Thêm hoặc sửa cơ quan, đơn vị',
    code: 'Mã cơ quan',
    codeHint: 'Chữ in hoa, chữ số và dấu gạch ngang, ví dụ BNNMT-VPDKDD. Nhập mã đã có để sửa cơ quan đó.',
    name: 'Tên cơ quan',
    parent: 'Trực thuộc',
    topLevel: '(không: là bộ, ngành hoặc tỉnh, thành phố)',
    sharesData: 'Các đơn vị trực thuộc dùng chung dữ liệu (Thông tư 32/2017/TT-BTTTT; chỉ áp dụng cho cấp bộ, tỉnh)',
    submit: 'Lưu cơ quan',
    problems: 'Chưa lưu được cơ quan',
    codes: {
      GW_AGENCY_PARENT_UNKNOWN: { field: 'parent', message: 'Không có cơ quan cấp trên này trong cây.' },
      GW_AGENCY_CYCLE: { field: 'parent', message: 'Cơ quan không thể trực thuộc chính nó hay đơn vị của nó.' },
      GW_AGENCY_IN_USE: { field: 'parent' },
      GW_ID_MISMATCH: { field: 'code' }
    },
    required: { code: 'Nhập mã cơ quan.', name: 'Nhập tên cơ quan.' },
    saved: (code: string, created: boolean) => created ? `Đã thêm cơ quan ${code}.` : `Đã lưu cơ quan ${code}.`
  },
  en: {
    title: 'Agencies',
    tree: 'Agency tree',
    shares: 'its units share data',
    edit: 'Change',
    form: 'Add or change an agency',
    code: 'Agency code',
    codeHint: 'Capitals, digits and hyphens, e.g. BNNMT-VPDKDD. Give an existing code to change that agency.',
    name: 'Agency name',
    parent: 'Unit of',
    topLevel: '(none: a ministry or province)',
    sharesData: 'Its units share data (Circular 32/2017/TT-BTTTT; ministries and provinces only)',
    submit: 'Save the agency',
    problems: 'The agency was not saved',
    codes: {
      GW_AGENCY_PARENT_UNKNOWN: { field: 'parent', message: 'No such parent agency in the tree.' },
      GW_AGENCY_CYCLE: { field: 'parent', message: 'An agency cannot be a unit of itself or of one of its units.' },
      GW_AGENCY_IN_USE: { field: 'parent' },
      GW_ID_MISMATCH: { field: 'code' }
    },
    required: { code: 'Enter the agency code.', name: 'Enter the agency name.' },
    saved: (code: string, created: boolean) => created ? `Agency ${code} added.` : `Agency ${code} saved.`
  }
}

export function AdminAgencies ({ lang }: PageProps) {
  const t = words[lang]
  const agencies = useApi<Agency[]>('/v1/agencies')
  const [editing, setEditing] = useState<Agency>({ code: '', name: '' })
  const [problems, setProblems] = useState<Problem[]>([])
  const [status, setStatus] = useState('')
  const all = agencies.data ?? []

  const edit = (agency: Agency) => {
    setEditing(agency)
    setProblems([])
  }
  // The form is rebuilt for the agency chosen; the focus goes to it then.
  useEffect(() => { if (editing.code) document.getElementById('name')?.focus() }, [editing])
  const save = async (event: SubmitEvent) => {
    event.preventDefault()
    const form = event.target as HTMLFormElement
    const data = new FormData(form)
    const code = String(data.get('code')).trim()
    const parent = String(data.get('parent') ?? '')
    const body = { code, name: String(data.get('name')).trim(), ...parent ? { parent } : { sharesData: data.get('sharesData') === 'on' } }
    const existed = all.some((a) => a.code === code)
    const empty = missing(data, { code: t.required.code, name: t.required.name })
    if (empty.length) return setProblems(empty)
    try {
      await api(`/v1/agencies/${encodeURIComponent(code)}`, { method: 'PUT', body })
      setProblems([])
      setStatus(t.saved(code, !existed))
      setEditing({ code: '', name: '' })
      form.reset()
      agencies.reload()
    } catch (err) {
      setStatus('')
      setProblems(problemsOf(err, lang, t.codes))
    }
  }

  const branch = (parent?: string): VNode | false => {
    const units = all.filter((a) => a.parent === parent)
    return units.length > 0 && html`<ul>${units.map((a) => html`<li>
      <span class="node"><span><strong>${a.code}</strong> ${a.name}${a.sharesData ? html` <span class="tag">${t.shares}</span>` : ''}</span>
        <button type="button" class="secondary small" aria-label=${`${t.edit} ${a.code}`} onClick=${() => edit(a)}>${t.edit}</button></span>
      ${branch(a.code)}</li>`)}</ul>`
  }

  // The fields are uncontrolled, rebuilt (key) for each agency chosen: a re-render must not undo what was typed.
  return html`<${Heading}>${t.title}<//>
    <${ProblemSummary} title=${t.problems} problems=${problems} />
    <form class="card" onSubmit=${save} novalidate key=${editing.code}>
      <fieldset><legend>${t.form}</legend>
        <div class="field"><label for="code">${t.code}</label>
          <input id="code" name="code" required autocomplete="off" defaultValue=${editing.code} aria-describedby="code-hint code-problem" aria-invalid=${invalid('code', problems)} />
          <p id="code-hint" class="hint">${t.codeHint}</p><${FieldProblems} id="code" problems=${problems} /></div>
        <div class="field"><label for="name">${t.name}</label>
          <input id="name" name="name" required autocomplete="off" defaultValue=${editing.name} aria-describedby="name-problem" aria-invalid=${invalid('name', problems)} /><${FieldProblems} id="name" problems=${problems} /></div>
        <div class="field"><label for="parent">${t.parent}</label>
          <select id="parent" name="parent" aria-describedby="parent-problem" aria-invalid=${invalid('parent', problems)}>
            <option value="">${t.topLevel}</option>
            ${all.map((a) => html`<option value=${a.code} selected=${a.code === editing.parent}>${a.code}: ${a.name}</option>`)}
          </select><${FieldProblems} id="parent" problems=${problems} /></div>
        <label class="check"><input type="checkbox" id="sharesData" name="sharesData" defaultChecked=${editing.sharesData ?? false} /> ${t.sharesData}</label>
        <button type="submit">${t.submit}</button>
      </fieldset>
    </form>
    <p role="status" aria-live="polite">${status}</p>
    <h2>${t.tree}</h2>
    <${LoadError} lang=${lang} error=${agencies.error} />
    <div class="card tree">${branch(undefined)}</div>`
}
