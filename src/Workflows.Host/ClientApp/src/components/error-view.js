import { h, replaceChildren } from '../core/dom.js';
import { t } from '../i18n/i18n.js';

/** Replaces `container` with the page that fits the error: 403 forbidden, 404 not found, 409 conflict, else a message. */
export function renderError(container, error) {
  replaceChildren(container, errorPanel(error));
}

export function errorPanel(error) {
  switch (error?.status) {
    case 403:
      return page('forbidden', t('error.forbidden.title'), t('error.forbidden.text'));
    case 404:
      return page('not-found', t('error.notFound.title'), t('error.notFound.text'));
    case 409:
      return page('conflict', t('error.conflict.title'), error.message);
    default:
      return page('failed', t('error.failed.title'), error?.message ?? String(error));
  }
}

/** A one-line alert for errors shown next to the thing that failed. */
export function errorMessage(error) {
  if (error?.status === 403) {
    return t('error.forbidden.title');
  }
  if (error?.status === 409) {
    return error.message && error.message !== 'HTTP 409' ? `${t('error.conflict.title')}: ${error.message}` : t('error.conflict.title');
  }
  return error?.message ?? String(error);
}

function page(kind, title, text) {
  return h('section', { className: `error-page error-${kind}`, role: 'alert', dataset: { error: kind } },
    h('h1', {}, title),
    h('p', {}, text),
    h('p', {}, h('a', { href: '/inbox' }, t('error.backToInbox'))));
}
