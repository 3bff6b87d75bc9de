import { h, replaceChildren } from '../core/dom.js';
import { t, getLanguage, setLanguage } from '../i18n/i18n.js';
import { getUser, isAdmin, signOut } from '../core/session.js';
import { navigate, currentPath } from '../core/router.js';

const navigation = [
  { path: '/inbox', key: 'nav.inbox' },
  { path: '/projects', key: 'nav.projects' },
  { path: '/dashboard', key: 'nav.dashboard' },
  { path: '/designer', key: 'nav.designer', adminOnly: true },
  { path: '/admin', key: 'nav.admin', adminOnly: true }
];

/** Draws the header and navigation around an empty main area and returns that area. */
export function renderShell(root) {
  const main = h('main', { id: 'content', className: 'content', tabIndex: -1 });
  replaceChildren(root, header(), main);
  return main;
}

function header() {
  const user = getUser();
  const links = navigation
    .filter((item) => !item.adminOnly || isAdmin())
    .map((item) => h('a', {
      href: item.path,
      className: location.pathname.startsWith(item.path) ? 'nav-link active' : 'nav-link',
      dataset: { nav: item.path.slice(1) }
    }, t(item.key)));

  return h('header', { className: 'app-header' },
    h('a', { href: '/inbox', className: 'brand' }, t('app.title')),
    h('nav', { className: 'app-nav', 'aria-label': t('nav.label') }, links),
    h('div', { className: 'app-user' },
      h('span', { className: 'user-name', dataset: { testid: 'current-user' } }, user.displayName || user.userName),
      languageSwitch(),
      h('button', { type: 'button', className: 'link-button', onclick: onSignOut }, t('nav.signOut'))));
}

function languageSwitch() {
  const next = getLanguage() === 'zh-CN' ? 'en' : 'zh-CN';
  return h('button', {
    type: 'button',
    className: 'link-button',
    lang: next,
    onclick: () => {
      setLanguage(next);
      navigate(currentPath(), { replace: true });
    }
  }, next === 'en' ? 'English' : '中文');
}

async function onSignOut() {
  await signOut();
  navigate('/login');
}
