// The console: a small single-page app over the gateway's own API, same origin, with the API's own
// authentication. After sign-in it offers the pages of the signed-in client's roles (routes.ts).
import { render } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { html } from 'htm/preact'
import { signIn, signOut, type Me } from './api.ts'
import { messages, type Lang } from './messages.ts'
import { follow, navigate, useLocation } from './router.ts'
import { routes } from './routes.ts'
import { SignIn } from './pages/sign-in.ts'
import { Heading } from './ui.ts'

function App () {
  const [lang, setLang] = useState<Lang>('vi')
  const [me, setMe] = useState<Me | undefined>()
  const [asked, setAsked] = useState(false)
  const url = useLocation()
  const t = messages[lang]
  useEffect(() => { document.documentElement.lang = lang; document.title = t.title }, [lang])
  // Under mTLS the browser's certificate signs in by itself; otherwise the sign-in form asks for a token.
  useEffect(() => { signIn().then(setMe, () => undefined).finally(() => setAsked(true)) }, [])
  useEffect(() => {
    document.addEventListener('click', follow)
    return () => document.removeEventListener('click', follow)
  }, [])
  const mine = routes.filter((r) => me?.roles.some((role) => r.roles.includes(role)))
  // The console's root opens the first page of the client's roles.
  useEffect(() => { if (me && /^\/console\/?$/.test(url.pathname) && mine[0]?.menu) navigate(mine[0].menu.href) }, [me, url.pathname])

  const matched = routes.map((route) => ({ route, match: route.path.exec(url.pathname) })).find((m) => m.match)
  const page = !me
    ? asked && html`<${SignIn} lang=${lang} onSignIn=${setMe} />`
    : !matched
        ? html`<${Heading}>${t.notFound}<//>`
        : !mine.includes(matched.route)
            ? html`<${Heading}>${t.forbidden}<//>`
            : matched.route.page({ lang, query: url.searchParams }, matched.match!)
  return html`<a class="skip" href="#main">${t.skip}</a>
    <header class="banner">
      <span class="brand">${t.title}</span>
      <nav aria-label=${t.account}>
        ${me && html`<span class="who">${me.name}</span>`}
        <button type="button" class="link" lang=${lang === 'vi' ? 'en' : 'vi'} aria-label=${t.switchLanguageLabel} onClick=${() => setLang(lang === 'vi' ? 'en' : 'vi')}>${t.switchLanguage}</button>
        ${me && html`<button type="button" class="link" onClick=${() => { signOut(); setMe(undefined) }}>${t.signOut}</button>`}
      </nav>
    </header>
    ${me && html`<nav class="menu" aria-label=${t.menu}><ul>${mine.filter((r) => r.menu).map((r) => html`<li><a href=${r.menu!.href} aria-current=${url.pathname === r.menu!.href ? 'page' : undefined}>${r.menu!.label[lang]}</a></li>`)}</ul></nav>`}
    <main id="main">${page}</main>`
}

render(html`<${App} />`, document.getElementById('app')!)
