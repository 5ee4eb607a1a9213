// Sign-in with the API's own bearer token (under mTLS the browser's certificate would do instead).
import { useState } from 'preact/hooks'
import { html } from 'htm/preact'
import { signIn, type Me } from '../api.ts'
import type { Lang } from '../messages.ts'
import { Heading } from '../ui.ts'

const words = {
  vi: { title: 'Đăng nhập', lead: 'Nhập mã truy cập (bearer token) của bạn. Mã chỉ được giữ trong trang này, không lưu vào trình duyệt.', token: 'Mã truy cập', submit: 'Đăng nhập', failed: 'Mã truy cập không hợp lệ.' },
  en: { title: 'Sign in', lead: 'Enter your access token (bearer token). It is kept by this page only, never stored in the browser.', token: 'Access token', submit: 'Sign in', failed: 'The access token is not valid.' }
}

export function SignIn ({ lang, onSignIn }: { lang: Lang, onSignIn: (me: Me) => void }) {
  const t = words[lang]
  const [failed, setFailed] = useState(false)
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    // A refusal other than 401 (rate limited, unreachable) is a failed sign-in too, not an unhandled error.
    const me = await signIn(String(new FormData(event.target as HTMLFormElement).get('token') ?? '').trim()).catch(() => undefined)
    if (me) onSignIn(me)
    else setFailed(true)
  }
  return html`<${Heading}>${t.title}<//>
    <p>${t.lead}</p>
    <form class="card" onSubmit=${submit}>
      <label for="token">${t.token}</label>
      <input id="token" name="token" type="password" autocomplete="off" required aria-describedby="token-error" aria-invalid=${failed ? 'true' : undefined} />
      <p id="token-error" class="error" role="alert">${failed ? t.failed : ''}</p>
      <button type="submit">${t.submit}</button>
    </form>`
}
