// Pages are paths under /console/; links inside the console change the page without a reload (a reload would
// forget the token).
import { useEffect, useState } from 'preact/hooks'

export const base = '/console'

export function navigate (to: string) {
  history.pushState(null, '', to)
  dispatchEvent(new PopStateEvent('popstate'))
}

export function follow (event: MouseEvent) {
  const anchor = (event.target as HTMLElement).closest('a')
  if (!anchor || anchor.origin !== location.origin || !anchor.pathname.startsWith(base) || event.ctrlKey || event.metaKey || event.shiftKey || anchor.hasAttribute('download')) return
  event.preventDefault()
  navigate(anchor.pathname + anchor.search)
}

export function useLocation (): URL {
  const [where, setWhere] = useState(location.pathname + location.search)
  useEffect(() => {
    const update = () => setWhere(location.pathname + location.search)
    addEventListener('popstate', update)
    return () => removeEventListener('popstate', update)
  }, [])
  return new URL(where, location.origin)
}
