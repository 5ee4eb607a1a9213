import neostandard from 'neostandard'

export default neostandard({ ts: true, ignores: ['src/generated/**', 'packages/*/src/generated/**', 'packages/*/dist/**', 'console/dist/**', 'node_modules/**', 'data/**', '.tap/**'] })
