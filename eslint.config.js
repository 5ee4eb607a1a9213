import neostandard from 'neostandard'

export default neostandard({ ts: true, ignores: ['src/generated/**', 'node_modules/**', 'data/**', '.tap/**'] })
