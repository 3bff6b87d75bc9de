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
const pages: [RegExp, (match: RegExpExecArray, query: Record<string, string>) => void][] = [
  [/^\/inbox\/?$/, (_, query) => fetchInboxEarly(query)],
  [/^\/tasks\/([^/]+)\/?$/, ([, id]) => {
    fetchEarly(tasksApi.path(decodeURIComponent(id)));
    fetchEarly(definitionsApi.listPath());
  }]
];

fetchEarly(authApi.mePath);
for (const [path, ask] of pages) {
  const match = path.exec(window.location.pathname);
  if (match) {
    ask(match, Object.fromEntries(new URLSearchParams(window.location.search)));
  }
}
