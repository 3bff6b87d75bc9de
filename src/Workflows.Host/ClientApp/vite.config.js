// Builds the SPA into ../wwwroot/dist: index.html, written by the build, loads the entry by its hashed name; every
// script, style sheet and asset name carries a content hash, so the host lets browsers keep them for a year (immutable)
// while index.html is revalidated on each load, and a deploy never mixes old and new code.
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import bpmnlint from 'rollup-plugin-bpmnlint';
import vueI18n from '@intlify/unplugin-vue-i18n/vite';
import { fileURLToPath } from 'node:url';

// Element Plus is imported by component (`import { ElButton } from 'element-plus'`), never as a whole: each import brings
// its component's style sheet too (ElTableColumn → components/table-column/style/css, vLoading → loading), so a page
// carries only the styles of the components the UI uses, not all of Element Plus's.
function elementPlusStyles() {
  const importRE = /import\s*\{([^}]*)\}\s*from\s*['"]element-plus['"];?/g;
  const hyphenate = (name) => name.replace(/\B([A-Z])/g, '-$1').toLowerCase();
  return {
    name: 'element-plus-styles',
    enforce: 'post',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.(vue|ts)($|\?vue&type=script)/.test(id) || !code.includes('element-plus')) {
        return null;
      }
      const transformed = code.replace(importRE, (statement, names) => {
        const styles = names.split(',')
          .map((name) => name.replace(/\sas\s.+/, '').trim().match(/^(?:El|v)([A-Z]\w*)$/)?.[1])
          .filter(Boolean)
          .map((component) => `import 'element-plus/es/components/${hyphenate(component)}/style/css';`);
        return `${statement}\n${styles.join('\n')}`;
      });
      return transformed === code ? null : { code: transformed, map: null };
    }
  };
}

// The first page (the inbox, a task) needs the framework and most of Element Plus: one chunk of both, which index.html
// preloads beside the entry, and one of the app's API clients and composables, instead of some thirty small chunks
// fetched in rounds of six. The date pickers (with dayjs) are left to the pages that show one.
const libraries = /[\\/]node_modules[\\/](vue|@vue|vue-router|vue-i18n|@intlify|element-plus|@element-plus|@vueuse|lodash-es|@ctrl|@floating-ui|@popperjs|async-validator|memoize-one|normalize-wheel-es|@sxzz)[\\/]/;
const datePickers = /[\\/]node_modules[\\/](dayjs[\\/]|element-plus[\\/](es|theme-chalk)[\\/].*(date-picker|time-picker|time-select))/;
// The Element Plus components neither the sign-in nor the inbox draws (tables, dialogs, descriptions…) come in a chunk
// of their own with the first page that needs one: the framework chunk is evaluated before any page is drawn.
const laterElements = /[\\/]node_modules[\\/]element-plus[\\/](es[\\/]components[\\/]|theme-chalk[\\/]el-)(table|table-column|dialog|overlay|message-box|descriptions|descriptions-item|skeleton|skeleton-item|timeline|timeline-item|switch|progress)([\\/]|\.css)/;
// The code that asks for the first answers (firstAnswers.ts and the API clients it uses): a chunk of its own, which needs
// nothing else, so it runs while the framework chunk is still loading and compiling.
const firstAnswers = /[\\/]src[\\/](firstAnswers\.ts|api[\\/](http|auth|tasks|definitions)\.ts|views[\\/]inbox[\\/]inboxQuery\.ts)$/;
// index.html runs the first-answers chunk as a script of its own (async: at once, before the entry, whose chunks are
// still loading and compiling), not only preloads it: the entry imports the same module, evaluated once.
function firstAnswersScript() {
  return {
    name: 'first-answers-script',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(
        /<link rel="modulepreload" crossorigin href="(\/dist\/chunks\/first-answers-[^"]+\.js)">/,
        '<script type="module" async crossorigin src="$1"></script>')
    }
  };
}

// The code of the pages a first visit most often opens (a reminder link to a task, the inbox), which index.html names in a
// data block for firstAnswers.ts: it asks for them, each with the chunks and style sheets it imports, right after the
// first answers, so they load and compile while the framework chunk does. Without it the router asks for them only
// once the framework is evaluated (some 500 ms on a four times slower CPU), and a page's imports in rounds after it.
const firstPages = { inbox: 'src/views/inbox/TaskList.vue', task: 'src/views/tasks/TaskDetail.vue' };
function firstPagesList() {
  const closure = (bundle, chunk, seen = new Set()) => {
    for (const name of chunk.imports) {
      if (!seen.has(name)) {
        seen.add(name);
        closure(bundle, bundle[name], seen);
      }
    }
    return seen;
  };
  return {
    name: 'first-pages-list',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) {
          return html;
        }
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const entry = chunks.find((chunk) => chunk.isEntry);
        // What index.html loads already: the entry and its imports.
        const loaded = closure(bundle, entry, new Set([entry.fileName]));
        const urls = {};
        for (const [page, source] of Object.entries(firstPages)) {
          const chunk = chunks.find((candidate) => candidate.facadeModuleId?.replaceAll('\\', '/').endsWith(source));
          if (!chunk) {
            throw new Error(`No chunk for ${source}`);
          }
          const files = [...closure(bundle, chunk, new Set([chunk.fileName]))].filter((name) => !loaded.has(name));
          const styles = files.flatMap((name) => [...(bundle[name].viteMetadata?.importedCss ?? [])]);
          urls[page] = [...files, ...new Set(styles)].map((name) => `/dist/${name}`);
        }
        // Before the first-answers script, so the parser has read it when that script runs. A data block runs nothing.
        return html.replace('<script type="module" async', () =>
          `<script type="application/json" id="first-pages">${JSON.stringify(urls)}</script>\n  <script type="module" async`);
      }
    }
  };
}

const shared = /[\\/]src[\\/](api|composables)[\\/]|[\\/]src[\\/]components[\\/](DueBadge|FlashMessage)\.vue/;

// The dictionaries are compiled at build time, and the UI runs vue-i18n's runtime-only build (without its message
// compiler): the first page no longer compiles each message it shows (some 60 ms of the inbox's first load on a four
// times slower CPU), nor loads the compiler. Every message must come from these files: a message added at run time
// as a string would not be compiled.
const dictionaries = fileURLToPath(new URL('./src/i18n/{zh-CN,en}.ts', import.meta.url));

export default defineConfig({
  // bpmnlint compiles .bpmnlintrc into a module that bundles the rules it turns on (the designer's validation on the fly).
  plugins: [
    vue(), elementPlusStyles(), bpmnlint(), firstAnswersScript(), firstPagesList(),
    vueI18n({ include: [dictionaries], runtimeOnly: true, compositionOnly: true, dropMessageCompiler: true, strictMessage: true })
  ],
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
        assetFileNames: 'assets/[name]-[hash][extname]',
        codeSplitting: {
          groups: [
            { name: 'first-answers', test: firstAnswers, priority: 4 },
            { name: 'framework', test: (id) => libraries.test(id) && !datePickers.test(id) && !laterElements.test(id), priority: 3 },
            { name: 'elements', test: laterElements, priority: 2 },
            { name: 'date-pickers', test: datePickers, priority: 2 },
            { name: 'shared', test: shared, priority: 1 }
          ]
        }
      }
    }
  }
});
