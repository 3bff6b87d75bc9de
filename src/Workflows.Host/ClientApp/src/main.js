import { addRoute, startRouter, navigate, currentPath } from './core/router.js';
import { setUnauthorizedHandler } from './core/api.js';
import { loadUser, getUser, isAdmin, forgetUser } from './core/session.js';
import { renderShell } from './layout/shell.js';
import { renderError } from './components/error-view.js';
import { h, replaceChildren } from './core/dom.js';
import { t } from './i18n/i18n.js';
import * as login from './pages/login.js';
import * as inbox from './pages/inbox.js';
import * as task from './pages/task.js';
import * as projects from './pages/projects.js';
import * as projectDetail from './pages/project-detail/index.js';
import * as projectRegister from './pages/project-register/index.js';
import * as instance from './pages/instance.js';
import * as dashboard from './pages/dashboard.js';
import * as admin from './pages/admin.js';

// The designer pulls in the modeler and properties panel, so it is loaded only when an admin opens it.
const designer = { adminOnly: true, render: async (context) => (await import('./designer/designer-page.js')).render(context) };

addRoute('/login', { ...login, anonymous: true });
addRoute('/', { render: () => navigate('/inbox', { replace: true }) });
addRoute('/inbox', inbox);
addRoute('/tasks/:id', task);
addRoute('/projects', projects);
// Before '/projects/:id', which would otherwise take "new" for an id.
addRoute('/projects/new', projectRegister);
addRoute('/projects/:id', projectDetail);
addRoute('/instances/:id', instance);
addRoute('/dashboard', dashboard);
addRoute('/designer', designer);
addRoute('/designer/:key', designer);
addRoute('/admin', { ...admin, adminOnly: true });

const root = document.getElementById('app');

setUnauthorizedHandler(() => {
  if (getUser() && location.pathname !== '/login') {
    forgetUser();
    navigate(`/login?returnUrl=${encodeURIComponent(currentPath())}`, { replace: true });
  }
});

async function renderRoute(match) {
  if (!match) {
    return renderError(renderShellOrRoot(), { status: 404 });
  }
  if (match.page.anonymous) {
    return match.page.render({ container: root, params: match.params, query: match.query });
  }
  if (!getUser()) {
    return navigate(`/login?returnUrl=${encodeURIComponent(currentPath())}`, { replace: true });
  }
  const container = renderShell(root);
  if (match.page.adminOnly && !isAdmin()) {
    return renderError(container, { status: 403 });
  }
  try {
    return await match.page.render({ container, params: match.params, query: match.query });
  } catch (error) {
    renderError(container, error);
    return null;
  }
}

function renderShellOrRoot() {
  return getUser() ? renderShell(root) : root;
}

async function start() {
  replaceChildren(root, h('p', { className: 'loading' }, t('common.loading')));
  try {
    await loadUser();
  } catch (error) {
    renderError(root, error);
    return;
  }
  await startRouter(renderRoute);
}

start();
