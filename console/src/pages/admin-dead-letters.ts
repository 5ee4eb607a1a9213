// Webhook deliveries that failed every attempt, and their replay (audited by the gateway).
import { useState } from 'preact/hooks'
import { html } from 'htm/preact'
import { api, ApiError } from '../api.ts'
import { LoadError, useApi } from '../admin-ui.ts'
import { dateTime, messages } from '../messages.ts'
import { Heading, Pairs, type PageProps } from '../ui.ts'

interface DeadLetter { id: string, requestId: string, clientId: string, attempts: number, reason: string, failedAt: string }

const words = {
  vi: {
    title: 'Webhook gửi không thành công',
    lead: 'Các lần gửi kết quả cho cổng đã thất bại ở mọi lần thử. Gửi lại sẽ gửi với số lần thử mới; việc gửi lại được ghi vào nhật ký.',
    none: 'Không có lần gửi nào thất bại.',
    id: 'Mã lần gửi',
    request: 'Mã yêu cầu',
    portal: 'Cổng',
    attempts: 'Số lần đã thử',
    reason: 'Lý do lần cuối',
    failedAt: 'Thất bại lúc',
    replay: 'Gửi lại',
    replayed: (id: string) => `Đã xếp lần gửi ${id} vào hàng đợi để gửi lại.`
  },
  en: {
    title: 'Failed webhook deliveries',
    lead: 'Deliveries to portals that failed every attempt. A replay sends one again with fresh attempts, and is audited.',
    none: 'No failed delivery.',
    id: 'Delivery id',
    request: 'Request id',
    portal: 'Portal',
    attempts: 'Attempts made',
    reason: 'Last reason',
    failedAt: 'Failed at',
    replay: 'Send again',
    replayed: (id: string) => `Delivery ${id} is queued to be sent again.`
  }
}

export function AdminDeadLetters ({ lang }: PageProps) {
  const t = words[lang]
  const letters = useApi<{ deadLetters: DeadLetter[] }>('/v1/admin/dead-letters')
  const [status, setStatus] = useState('')
  const [error, setError] = useState<ApiError | undefined>()
  const replay = async (id: string) => {
    try {
      await api(`/v1/admin/dead-letters/${encodeURIComponent(id)}/replay`, { method: 'POST' })
      setError(undefined)
      setStatus(t.replayed(id))
      letters.reload()
    } catch (err) {
      setError(err as ApiError)
    }
  }
  return html`<${Heading}>${t.title}<//>
    <p>${t.lead}</p>
    <${LoadError} lang=${lang} error=${letters.error} />
    ${error && html`<p class="error" role="alert">${messages[lang].error(error.code)}</p>`}
    <p role="status" aria-live="polite">${status}</p>
    ${letters.data && (letters.data.deadLetters.length === 0
      ? html`<p>${t.none}</p>`
      : html`<ul class="cards">${letters.data.deadLetters.map((d) => html`<li class="card"><${Pairs} rows=${[
        [t.id, d.id],
        [t.request, d.requestId],
        [t.portal, d.clientId],
        [t.attempts, String(d.attempts)],
        [t.reason, d.reason],
        [t.failedAt, dateTime(lang, d.failedAt)]
      ]} /><p class="actions"><button type="button" aria-label=${`${t.replay} ${d.id}`} onClick=${() => replay(d.id)}>${t.replay}</button></p></li>`)}</ul>`)}`
}
