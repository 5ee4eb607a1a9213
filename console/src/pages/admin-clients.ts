// The admin's clients: create one (its token shown this once, with a copy button), list them, disable one
// after a confirmation. The token lives in this page's memory only and is gone when the page is left.
import { useEffect, useRef, useState } from 'preact/hooks'
import { html } from 'htm/preact'
import { api, type ApiError, type Me, type Role } from '../api.ts'
import { FieldProblems, invalid, LoadError, missing, ProblemSummary, problemsOf, useApi, type Problem } from '../admin-ui.ts'
import { dateTime } from '../messages.ts'
import { Heading, Pairs, type PageProps } from '../ui.ts'

type Client = Me & { disabledAt?: string }
const allRoles: Role[] = ['portal', 'agency', 'auditor', 'admin', 'operator']

const words = {
  vi: {
    title: 'Tài khoản kết nối',
    create: 'Tạo tài khoản kết nối',
    id: 'Mã tài khoản',
    idHint: 'Chữ thường, chữ số và dấu gạch ngang, ví dụ portal-dng.',
    name: 'Tên hiển thị',
    roles: 'Vai trò',
    role: { portal: 'Cổng dịch vụ công', agency: 'Cơ quan quản lý dữ liệu', auditor: 'Kiểm tra, thanh tra', admin: 'Quản trị', operator: 'Vận hành' },
    agency: 'Cơ quan',
    agencyHint: 'Bắt buộc với cổng dịch vụ công và cơ quan quản lý dữ liệu.',
    none: '(không có)',
    submit: 'Tạo tài khoản',
    problems: 'Chưa tạo được tài khoản',
    codes: { GW_CLIENT_EXISTS: { field: 'id', message: 'Đã có tài khoản với mã này (mã của tài khoản đã vô hiệu hóa cũng không dùng lại được).' }, GW_AGENCY_UNKNOWN: { field: 'agency', message: 'Không có cơ quan này trong cây cơ quan.' } },
    required: { id: 'Nhập mã tài khoản.', name: 'Nhập tên hiển thị.' },
    tokenTitle: (id: string) => `Mã truy cập của ${id}`,
    tokenWarning: 'Mã này chỉ hiển thị một lần, ngay bây giờ. Cổng chỉ giữ bản băm của mã, nên không ai xem lại được. Hãy sao chép và chuyển cho đơn vị sử dụng qua kênh an toàn trước khi rời trang.',
    copy: 'Sao chép mã',
    copied: 'Đã sao chép mã vào bộ nhớ tạm.',
    copyFailed: 'Không sao chép được; hãy chọn mã và sao chép thủ công.',
    done: 'Tôi đã lưu mã, ẩn đi',
    list: 'Các tài khoản',
    status: 'Trạng thái',
    active: 'Đang hoạt động',
    disabledSince: (at: string) => `Đã vô hiệu hóa từ ${at}`,
    disable: 'Vô hiệu hóa',
    confirm: (id: string) => `Vô hiệu hóa ${id}? Mã truy cập và chứng thư của tài khoản này bị từ chối ngay từ yêu cầu tiếp theo, trên mọi máy chủ. Không thể hoàn tác; lịch sử vẫn giữ trong nhật ký.`,
    confirmYes: 'Xác nhận vô hiệu hóa',
    cancel: 'Hủy',
    disabled: (id: string) => `Đã vô hiệu hóa ${id}.`
  },
  en: {
    title: 'Clients',
    create: 'Create a client',
    id: 'Client id',
    idHint: 'Lower-case letters, digits and hyphens, e.g. portal-dng.',
    name: 'Display name',
    roles: 'Roles',
    role: { portal: 'Public service portal', agency: 'Data-owning agency', auditor: 'Auditor', admin: 'Administrator', operator: 'Operator' },
    agency: 'Agency',
    agencyHint: 'Required for portals and agencies.',
    none: '(none)',
    submit: 'Create the client',
    problems: 'The client was not created',
    codes: { GW_CLIENT_EXISTS: { field: 'id', message: 'A client with this id exists (a disabled client keeps its id too).' }, GW_AGENCY_UNKNOWN: { field: 'agency', message: 'No such agency in the agency tree.' } },
    required: { id: 'Enter the client id.', name: 'Enter a display name.' },
    tokenTitle: (id: string) => `Access token of ${id}`,
    tokenWarning: 'This token is shown once, now. The gateway keeps only its hash, so nobody can show it again. Copy it and hand it over by a safe channel before leaving this page.',
    copy: 'Copy the token',
    copied: 'The token is on the clipboard.',
    copyFailed: 'Copying failed; select the token and copy it by hand.',
    done: 'I have kept it, hide it',
    list: 'Clients',
    status: 'Status',
    active: 'Active',
    disabledSince: (at: string) => `Disabled since ${at}`,
    disable: 'Disable',
    confirm: (id: string) => `Disable ${id}? Its token and certificates are refused from its next request on, on every instance. This cannot be undone; its history stays in the log.`,
    confirmYes: 'Yes, disable it',
    cancel: 'Cancel',
    disabled: (id: string) => `${id} is disabled.`
  }
}

export function AdminClients ({ lang }: PageProps) {
  const t = words[lang]
  const clients = useApi<Client[]>('/v1/clients')
  const agencies = useApi<Array<{ code: string, name: string }>>('/v1/agencies')
  const [problems, setProblems] = useState<Problem[]>([])
  const [created, setCreated] = useState<{ id: string, token: string } | undefined>()
  const [copyState, setCopyState] = useState('')
  const [confirming, setConfirming] = useState<string | undefined>()
  const [status, setStatus] = useState('')
  const [disableError, setDisableError] = useState<ApiError | undefined>()
  const tokenHeading = useRef<HTMLHeadingElement>(null)
  const confirmButton = useRef<HTMLButtonElement>(null)
  useEffect(() => { tokenHeading.current?.focus() }, [created])
  useEffect(() => { confirmButton.current?.focus() }, [confirming])

  const create = async (event: SubmitEvent) => {
    event.preventDefault()
    const form = event.target as HTMLFormElement
    const data = new FormData(form)
    const agency = String(data.get('agency') ?? '')
    const empty = missing(data, { id: t.required.id, name: t.required.name })
    if (empty.length) return setProblems(empty)
    try {
      const answer = await api<{ client: Client, token?: string }>('/v1/clients', { method: 'POST', body: { id: String(data.get('id')).trim(), name: String(data.get('name')).trim(), roles: data.getAll('roles'), ...agency ? { agency } : {} } })
      setProblems([])
      setCopyState('')
      setCreated({ id: answer.client.id, token: answer.token! })
      form.reset()
      clients.reload()
    } catch (err) {
      setProblems(problemsOf(err, lang, t.codes))
    }
  }
  const copy = () => navigator.clipboard.writeText(created!.token).then(() => setCopyState(t.copied), () => setCopyState(t.copyFailed))
  const disable = async (id: string) => {
    try {
      await api(`/v1/clients/${id}/disable`, { method: 'POST' })
      setDisableError(undefined)
      setConfirming(undefined)
      setStatus(t.disabled(id))
      clients.reload()
    } catch (err) {
      setDisableError(err as ApiError)
    }
  }

  return html`<${Heading}>${t.title}<//>
    ${created && html`<section class="card token" aria-labelledby="token-title">
      <h2 id="token-title" tabindex="-1" ref=${tokenHeading}>${t.tokenTitle(created.id)}</h2>
      <p class="warning"><strong>${t.tokenWarning}</strong></p>
      <p><code id="new-token">${created.token}</code></p>
      <p class="actions"><button type="button" onClick=${copy}>${t.copy}</button>
        <button type="button" class="secondary" onClick=${() => setCreated(undefined)}>${t.done}</button></p>
      <p role="status" aria-live="polite">${copyState}</p>
    </section>`}
    <${ProblemSummary} title=${t.problems} problems=${problems} />
    <form class="card" onSubmit=${create} novalidate>
      <fieldset><legend>${t.create}</legend>
        <div class="field"><label for="id">${t.id}</label>
          <input id="id" name="id" required autocomplete="off" aria-describedby="id-hint id-problem" aria-invalid=${invalid('id', problems)} />
          <p id="id-hint" class="hint">${t.idHint}</p><${FieldProblems} id="id" problems=${problems} /></div>
        <div class="field"><label for="name">${t.name}</label>
          <input id="name" name="name" required autocomplete="off" aria-describedby="name-problem" aria-invalid=${invalid('name', problems)} /><${FieldProblems} id="name" problems=${problems} /></div>
        <fieldset id="roles" tabindex="-1" aria-describedby="roles-problem"><legend>${t.roles}</legend>
          ${allRoles.map((role) => html`<label class="check"><input type="checkbox" name="roles" value=${role} /> ${t.role[role]}</label>`)}
          <${FieldProblems} id="roles" problems=${problems} /></fieldset>
        <div class="field"><label for="agency">${t.agency}</label>
          <select id="agency" name="agency" aria-describedby="agency-hint agency-problem" aria-invalid=${invalid('agency', problems)}>
            <option value="">${t.none}</option>
            ${agencies.data?.map((a) => html`<option value=${a.code}>${a.code}: ${a.name}</option>`)}
          </select>
          <p id="agency-hint" class="hint">${t.agencyHint}</p><${FieldProblems} id="agency" problems=${problems} /></div>
        <button type="submit">${t.submit}</button>
      </fieldset>
    </form>
    <h2>${t.list}</h2>
    <${LoadError} lang=${lang} error=${clients.error ?? disableError} />
    <p role="status" aria-live="polite">${status}</p>
    <ul class="cards">${clients.data?.map((c) => html`<li class="card" id=${`client-${c.id}`}>
      <${Pairs} rows=${[
        [t.id, c.id],
        [t.name, c.name],
        [t.roles, c.roles.map((r) => t.role[r]).join(', ')],
        c.agency && [t.agency, c.agency],
        [t.status, c.disabledAt ? t.disabledSince(dateTime(lang, c.disabledAt)) : t.active]
      ]} />
      ${!c.disabledAt && (confirming === c.id
        ? html`<div class="confirm" role="group" aria-label=${t.disable}><p>${t.confirm(c.id)}</p>
            <p class="actions"><button type="button" class="danger" ref=${confirmButton} onClick=${() => disable(c.id)}>${t.confirmYes}</button>
            <button type="button" class="secondary" onClick=${() => setConfirming(undefined)}>${t.cancel}</button></p></div>`
        : html`<p class="actions"><button type="button" class="secondary" aria-label=${`${t.disable} ${c.id}`} onClick=${() => setConfirming(c.id)}>${t.disable}</button></p>`)}
    </li>`)}</ul>`
}
