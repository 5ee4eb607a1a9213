// Preloaded into every process scripts/gateway-process.ts starts. Its stdin is a pipe from the process that
// started it, which ends when that process does, however it ends (a test killed at its timeout included): it
// then stops as if told to, instead of running on unowned.
process.stdin.on('end', () => process.kill(process.pid, 'SIGTERM'))
process.stdin.on('error', () => {})
process.stdin.resume()
// Listening for the end must not be what keeps the process alive.
;(process.stdin as unknown as { unref?: () => void }).unref?.()
