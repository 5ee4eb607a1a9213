// Debian's Chromium (scripts/chromium.ts), and the checks every page of ours passes: axe-core finds nothing
// serious or critical, it fits a 360 px phone, and nothing is kept in browser storage.
import type { Test } from 'tap'
import axe from 'axe-core'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../../scripts/chromium.ts'

export async function testBrowser (t: Test): Promise<Browser> {
  const browser = await launchChromium()
  t.teardown(() => browser.close())
  return browser
}

/** A phone-sized page that records script errors and refused inline code (error statuses are asserted where expected). */
export async function phonePage (browser: Browser): Promise<{ page: Page, consoleErrors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } })
  const consoleErrors: string[] = []
  page.on('console', (message) => { if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) consoleErrors.push(message.text()) })
  page.on('pageerror', (error) => consoleErrors.push(error.message))
  return { page, consoleErrors }
}

/** axe-core's serious and critical violations on the page as it is now, by rule and the elements concerned. */
async function accessibilityProblems (page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern (an injected <script> it would).
  await page.evaluate(axe.source)
  const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }))
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

export async function checkPage (t: Test, page: Page, name: string) {
  t.same(await accessibilityProblems(page), [], `${name}: axe-core finds no serious or critical violation`)
  t.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${name}: fits a 360 px phone without sideways scrolling`)
  t.same(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie]), [0, 0, ''], `${name}: nothing kept in browser storage`)
}
