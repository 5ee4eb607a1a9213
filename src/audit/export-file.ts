// Verifies an NDJSON export file, streaming: the offline verifier's core.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { JWK } from 'jose'
import { ExportVerifier, parseExportLine } from './audit-reader.ts'
import type { VerificationReport } from './chain-verifier.ts'

export async function verifyExportFile (path: string, jwks: { keys: JWK[] }, onProgress?: (bytesRead: number, totalBytes: number) => void): Promise<VerificationReport> {
  const { size } = await stat(path)
  // utf8 decoding across chunks, so a character split between two chunks stays whole.
  const input = createReadStream(path, { highWaterMark: 1 << 20, encoding: 'utf8' })
  let reported = 0
  const verifier = new ExportVerifier(jwks)
  // Lines are split by hand and checked synchronously: per-line events or promises would cost as much as
  // verifying the entry itself.
  let rest = ''
  for await (const chunk of input as AsyncIterable<string>) {
    const lines = (rest + chunk).split('\n')
    rest = lines.pop()!
    for (const line of lines) {
      const pending = line === '' ? undefined : verifier.add(parseExportLine(line))
      if (pending) await pending
      if (verifier.failed) break
    }
    if (verifier.failed) break
    if (onProgress && (input.bytesRead - reported >= 1 << 20 || input.bytesRead === size)) {
      reported = input.bytesRead
      onProgress(input.bytesRead, size)
    }
  }
  if (!verifier.failed && rest.trim() !== '') await verifier.add(parseExportLine(rest.trim()))
  input.destroy()
  return verifier.report()
}
