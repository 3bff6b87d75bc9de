import { h, replaceChildren } from '../core/dom.js';
import { t, label, formatDateTime } from '../i18n/i18n.js';

/** The versions of one definition, the draft first; `onOpen(version)` loads one into the modeler. */
export function showVersions(host, versions, openVersion, onOpen) {
  if (versions.length === 0) {
    replaceChildren(host, h('p', { className: 'empty' }, t('designer.noVersions')));
    return;
  }
  replaceChildren(host, h('ul', { className: 'version-list', dataset: { testid: 'versions' } },
    versions.map((version) => h('li', { className: version.id === openVersion?.id ? 'current' : '' },
      h('button', { type: 'button', className: 'link-button', onclick: () => onOpen(version) }, isDraft(version) ? t('definitionStatus.draft') : `v${version.version}`),
      ' ', h('span', { className: `badge status-${String(version.status).toLowerCase()}` }, label('definitionStatus', version.status)),
      ' ', h('small', {}, formatDateTime(version.publishedAt ?? version.createdAt))))));
}

/** The pending draft has no number yet; it sorts above every published version. */
export function isDraft(version) {
  return version.version === null || version.version === undefined;
}

export function newestFirst(versions) {
  const rank = (version) => (isDraft(version) ? Number.MAX_SAFE_INTEGER : version.version);
  return [...versions].sort((a, b) => rank(b) - rank(a));
}
