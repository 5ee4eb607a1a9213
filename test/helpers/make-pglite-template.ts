// Creates a migrated PGlite data folder once per run (initdb takes seconds); each test copies it.
import { migrate } from '../../src/store/migrate.ts'
import { openStore } from '../../src/store/store.ts'

const dir = process.argv[2]
const store = await openStore({ dataDir: dir, pgliteDataDir: dir })
await migrate(store)
await store.close()
