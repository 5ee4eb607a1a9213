// After the whole suite: no subject id appears in plain text in any log line the gateways wrote (invariant 3).
// Looks for every personal identification number and enterprise code shape, and for each id the tests use.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

const dir = process.argv[2]
const files = await readdir(dir)
// Not inside a longer number, a version or a UUID.
const idShapes = /(?<![\w.-])(\d{12}|0[1-4]\d{8}(?:-\d{3})?)(?![\w.])/g
let lines = 0
const leaks: string[] = []
for (const file of files) {
  for (const line of (await readFile(join(dir, file), 'utf8')).split('\n')) {
    if (!line) continue
    lines++
    for (const match of line.matchAll(idShapes)) leaks.push(`${file}: ${match[0]} in ${line.slice(0, 200)}`)
  }
}
if (lines === 0) {
  process.stderr.write('no log lines were captured: the scan proves nothing\n')
  process.exit(1)
}
if (leaks.length) {
  process.stderr.write(`subject ids found in ${leaks.length} log lines:\n${leaks.slice(0, 20).join('\n')}\n`)
  process.exit(1)
}
process.stdout.write(`log scan: ${lines} lines from ${files.length} gateways, no subject id in plain text\n`)
