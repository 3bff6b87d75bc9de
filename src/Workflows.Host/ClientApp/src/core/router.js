// History-API router: the server answers every non-API path with index.html, the router picks the page.
const routes = [];
let currentDispose = null;
let renderRoute = null;

export function addRoute(pattern, page) {
  const names = [];
  const source = pattern.replace(/:([a-zA-Z]+)/g, (_, name) => {
    names.push(name);
    return '([^/]+)';
  });
  routes.push({ regex: new RegExp(`^${source}/?$`), names, page });
}

export function startRouter(onRoute) {
  renderRoute = onRoute;
  window.addEventListener('popstate', () => resolve());
  document.addEventListener('click', interceptLinkClick);
  return resolve();
}

export function navigate(path, { replace = false } = {}) {
  if (replace) {
    history.replaceState(null, '', path);
  } else if (path !== currentPath()) {
    history.pushState(null, '', path);
  }
  return resolve();
}

export function currentPath() {
  return location.pathname + location.search;
}

async function resolve() {
  currentDispose?.();
  currentDispose = null;
  const match = matchRoute(location.pathname);
  const dispose = await renderRoute(match);
  currentDispose = typeof dispose === 'function' ? dispose : null;
}

function matchRoute(pathname) {
  for (const route of routes) {
    const found = route.regex.exec(pathname);
    if (found) {
      const params = Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
      return { page: route.page, params, query: new URLSearchParams(location.search) };
    }
  }
  return null;
}

function interceptLinkClick(event) {
  const link = event.target.closest?.('a[href]');
  if (!link || link.target || link.hasAttribute('download') || event.button !== 0
      || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api') || url.pathname.startsWith('/hangfire')) {
    return;
  }
  event.preventDefault();
  navigate(url.pathname + url.search);
}
