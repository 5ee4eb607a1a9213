// The console is served by the gateway under /console/; the build lands in console/dist (never committed).
import { defineConfig } from 'vite'

export default defineConfig({
  root: import.meta.dirname,
  base: '/console/',
  build: { outDir: 'dist', emptyOutDir: true, modulePreload: { polyfill: false } },
  logLevel: 'warn'
})
