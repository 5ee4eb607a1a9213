// `npm run keys:rotate`: adds a new signing key to KEYS_DIR (default DATA_DIR/keys/signing). Gateways sign
// with it after their next start; receipts signed with older keys keep verifying, since every key stays
// published at /.well-known/jwks.json.
import { loadConfig } from '../src/config.ts'
import { KeyRing } from '../src/keys/key-ring.ts'

const config = loadConfig()
process.stdout.write(`new signing key ${await KeyRing.rotate(config.keysDir)} in ${config.keysDir}\n`)
