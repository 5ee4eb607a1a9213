// Pieces every page uses.
import type { ComponentChildren } from 'preact'
import { useEffect, useRef } from 'preact/hooks'
import { html } from 'htm/preact'
import type { Lang } from './messages.ts'

/** The page's heading, focused when the page changes, as a screen reader expects after navigation. */
export function Heading ({ children }: { children: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => { ref.current?.focus() }, [children])
  return html`<h1 tabindex="-1" ref=${ref}>${children}</h1>`
}

/** Label and value pairs as a card: a table's columns do not fit a phone. */
export function Pairs ({ rows }: { rows: Array<[string, ComponentChildren] | false | undefined | ''> }) {
  return html`<dl>${rows.filter((r): r is [string, ComponentChildren] => Boolean(r)).map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}</dl>`
}

/** What a page needs of the console: the language and its words. */
export interface PageProps { lang: Lang, query: URLSearchParams }
