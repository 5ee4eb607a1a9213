// A new version of a source, edited as JSON from the current one (version + 1): the dry run lists every problem
// beside its JSON pointer before anything is saved, and only then may it be registered.
import { useEffect, useState } from 'preact/hooks'
import { html } from 'htm/preact'
import { api, ApiError } from '../api.ts'
import { messages } from '../messages.ts'
import { base } from '../router.ts'
import { Heading, type PageProps } from '../ui.ts'
import { JsonDryRun, type Manifest } from '../registration-ui.ts'

const words = {
  vi: { title: (id: string) => `Phiên bản mới của ${id}`, lead: (v: number) => `Bản thảo dưới đây chép phiên bản ${v} hiện hành và đã tăng số phiên bản. Sửa, chạy thử, rồi đăng ký.`, back: 'Về trang nguồn' },
  en: { title: (id: string) => `New version of ${id}`, lead: (v: number) => `The draft below copies the current version ${v} with its version raised. Edit it, dry run it, then register it.`, back: 'Back to the source' }
}

export function SourceEditPage ({ lang, id }: PageProps & { id: string }) {
  const t = words[lang]
  const [current, setCurrent] = useState<Manifest | undefined>()
  const [error, setError] = useState<string | undefined>()
  useEffect(() => { api<Manifest>(`/v1/adapters/${id}`).then(setCurrent, (e: ApiError) => setError(e.code)) }, [id])
  return html`<${Heading}>${t.title(id)}<//>
    <p><a href=${`${base}/sources/${id}`}>${t.back}</a></p>
    ${error && html`<p class="error" role="alert">${messages[lang].error(error)}</p>`}
    ${current && html`<p>${t.lead(current.version)}</p>
      <${JsonDryRun} lang=${lang} initial=${JSON.stringify({ ...current, version: current.version + 1 }, null, 2)} target=${() => `/v1/adapters/${id}`} />`}`
}
