// Debian's Chromium, driven by playwright-core (no browser download works here): for the console's tests and
// its screenshots.
import { chromium, type Browser } from 'playwright-core'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
// Without the background-networking flags Chromium keeps dialling hosts this closed network refuses.
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export function launchChromium (): Promise<Browser> {
  return chromium.launch({ executablePath, args: chromiumArgs })
}
