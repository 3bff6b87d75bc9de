import { fetchEarly } from './api/http';
import { authApi } from './api/auth';
import { tasksApi } from './api/tasks';
import { definitionsApi } from './api/definitions';
import { fetchInboxEarly } from './views/inbox/inboxQuery';

/**
 * The signed-in user and the opened page's first answers, asked for as soon as the page loads: this module is a chunk
 * of its own that needs neither Vue nor Element Plus, which index.html runs as a script of its own (see vite.config.js),
 * so the questions travel while the framework's code loads and compiles (some 400 ms on a four times slower CPU), not
 * after. main.ts imports it first too (the same module, evaluated once). The pages that ask early, by the router's
 * paths; each page's own first GET of the same path takes the answer (see `fetchEarly`).
 */
const pages: [RegExp, string, (match: RegExpExecArray, query: Record<string, string>) => void][] = [
  [/^\/inbox\/?$/, 'inbox', (_, query) => fetchInboxEarly(query)],
  [/^\/tasks\/([^/]+)\/?$/, 'task', ([, id]) => {
    fetchEarly(tasksApi.path(decodeURIComponent(id)));
    fetchEarly(definitionsApi.listPath());
  }]
];

/**
 * Asks for the page's code (its chunks and style sheets, which index.html lists by page: see vite.config.js) after its
 * answers, so the code loads while the framework chunk compiles instead of after it. The router's import later takes
 * the same files from the memory cache.
 */
function preloadCode(page: string): void {
  const list = document.getElementById('first-pages');
  const urls = list ? (JSON.parse(list.textContent ?? '{}') as Record<string, string[]>)[page] ?? [] : [];
  for (const url of urls) {
    const link = document.createElement('link');
    // With the CORS mode the router's import asks for them in, so the browser reuses what it fetched.
    link.rel = url.endsWith('.css') ? 'preload' : 'modulepreload';
    if (url.endsWith('.css')) {
      link.as = 'style';
    }
    link.crossOrigin = '';
    link.href = url;
    document.head.appendChild(link);
  }
}

fetchEarly(authApi.mePath);
for (const [path, page, ask] of pages) {
  const match = path.exec(window.location.pathname);
  if (match) {
    ask(match, Object.fromEntries(new URLSearchParams(window.location.search)));
    preloadCode(page);
  }
}
