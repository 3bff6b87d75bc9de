// Builds the SPA into ../wwwroot/dist: index.html, written by the build, loads the entry by its hashed name; every
// script, style sheet and asset name carries a content hash, so the host lets browsers keep them for a year (immutable)
// while index.html is revalidated on each load, and a deploy never mixes old and new code.
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import bpmnlint from 'rollup-plugin-bpmnlint';

export default defineConfig({
  // bpmnlint compiles .bpmnlintrc into a module that bundles the rules it turns on (the designer's validation on the fly).
  plugins: [vue(), bpmnlint()],
  // form-js-editor pins its own preact, while the properties panel it renders (shared with bpmn-js) uses the top-level
  // one: two copies break preact's hooks, so every import resolves to the one copy.
  resolve: { dedupe: ['preact'] },
  // Chunks and assets are loaded from /dist/, where the host serves them.
  base: '/dist/',
  build: {
    outDir: '../wwwroot/dist',
    // Kept: a solution build may build the host twice at once, and a build that read the bundle's file list must
    // still find those files. Every chunk name carries its hash, so an old file is never served for a new one.
    emptyOutDir: false,
    sourcemap: true,
    target: ['chrome110', 'firefox110', 'safari16'],
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: { app: 'index.html' },
      output: {
        entryFileNames: '[name]-[hash].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]'
      }
    }
  }
});
