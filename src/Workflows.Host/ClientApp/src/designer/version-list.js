import { h, replaceChildren } from '../core/dom.js';
import { t, label, formatDateTime } from '../i18n/i18n.js';

/** The versions of one definition, newest first; `onOpen(version)` loads one into the modeler. */
export function showVersions(host, versions, openVersion, onOpen) {
  if (versions.length === 0) {
    replaceChildren(host, h('p', { className: 'empty' }, t('designer.noVersions')));
    return;
  }
  replaceChildren(host, h('ul', { className: 'version-list', dataset: { testid: 'versions' } },
    versions.map((version) => h('li', { className: version.version === openVersion ? 'current' : '' },
      h('button', { type: 'button', className: 'link-button', onclick: () => onOpen(version) }, `v${version.version}`),
      ' ', h('span', { className: `badge status-${String(version.status).toLowerCase()}` }, label('definitionStatus', version.status)),
      ' ', h('small', {}, formatDateTime(version.publishedAt ?? version.createdAt))))));
}

export function newestFirst(versions) {
  return [...versions].sort((a, b) => b.version - a.version);
}
