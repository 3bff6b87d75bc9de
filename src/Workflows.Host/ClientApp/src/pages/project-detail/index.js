import { h, replaceChildren } from '../core/dom.js';
import { t, label, formatDate, formatDateTime } from '../i18n/i18n.js';
import { api } from '../core/api.js';
import { dueBadge } from '../components/due-badge.js';
import { timeline } from '../components/timeline.js';
import { instanceDiagram } from '../components/diagram-viewer.js';
import { fundingLabel } from './projects.js';

export async function render({ container, params }) {
  const project = await api.get(`/api/projects/${encodeURIComponent(params.id)}`);
  const diagrams = [];
  const instancesSection = h('section', { className: 'panel' }, h('h2', {}, t('project.processes')));

  replaceChildren(container,
    h('h1', {}, project.name, ' ', h('small', {}, project.code)),
    overview(project),
    h('div', { className: 'columns' },
      panel(t('project.deadlines'), deadlines(project.deadlines)),
      panel(t('project.filings'), filings(project.filings))),
    panel(t('project.documents'), documents(project)),
    instancesSection,
    panel(t('project.history'), timeline(project.history, (entry) => entry.summary || entry.action)));

  for (const summary of project.instances ?? []) {
    const instance = await api.get(`/api/instances/${encodeURIComponent(summary.id)}`);
    const diagram = instanceDiagram(instance);
    diagrams.push(diagram);
    instancesSection.append(
      h('h3', {}, h('a', { href: `/instances/${encodeURIComponent(instance.id)}` },
        `${instance.definitionKey} v${instance.version}`), ' ', label('instanceStatus', instance.status)),
      diagram.element);
  }
  if (diagrams.length === 0) {
    instancesSection.append(h('p', { className: 'empty' }, t('common.none')));
  }
  return () => diagrams.forEach((diagram) => diagram.dispose());
}

function overview(project) {
  return h('dl', { className: 'summary' },
    h('dt', {}, t('project.department')), h('dd', {}, project.leadDepartmentName || project.leadDepartmentCode),
    h('dt', {}, t('project.kind')), h('dd', {}, label('projectKind', project.kind)),
    h('dt', {}, t('project.stage')), h('dd', { dataset: { testid: 'project-stage' } }, label('stage', project.stage)),
    h('dt', {}, t('project.funding')), h('dd', {}, fundingLabel(project), ' ', project.fundingHoldReason ?? ''),
    h('dt', {}, t('project.totalBudget')), h('dd', {}, money(project.totalBudget)),
    h('dt', {}, t('project.approvedBudget')), h('dd', {}, money(project.approvedBudget)));
}

function deadlines(items) {
  if (!items?.length) {
    return h('p', { className: 'empty' }, t('common.none'));
  }
  return h('ul', { className: 'plain-list' }, items.map((item) =>
    h('li', {}, item.name || label('filingKind', item.kind), ' ', dueBadge(item))));
}

function filings(items) {
  if (!items?.length) {
    return h('p', { className: 'empty' }, t('common.none'));
  }
  return h('table', { className: 'data-table' },
    h('thead', {}, h('tr', {}, h('th', {}, t('filing.kind')), h('th', {}, t('filing.filedAt')),
      h('th', {}, t('filing.dueAt')), h('th', {}, t('filing.details')))),
    h('tbody', {}, items.map((filing) => h('tr', { className: filing.isLate ? 'overdue' : '' },
      h('td', {}, label('filingKind', filing.kind)),
      h('td', {}, formatDateTime(filing.filedAt), filing.isLate ? h('span', { className: 'badge badge-danger' }, t('filing.late')) : null),
      h('td', {}, formatDate(filing.dueAt)),
      h('td', {}, filing.details)))));
}

function documents(project) {
  if (!project.documents?.length) {
    return h('p', { className: 'empty' }, t('common.none'));
  }
  const base = `/api/projects/${encodeURIComponent(project.id)}/documents`;
  return h('ul', { className: 'plain-list' }, project.documents.map((document) => h('li', {},
    label('documentKind', document.kind), ': ',
    h('a', { href: document.downloadUrl ?? `${base}/${encodeURIComponent(document.id)}`, download: document.fileName }, document.fileName),
    ' ', h('small', { title: `SHA-256 ${document.sha256 ?? ''}` }, `${document.uploadedBy ?? ''} ${formatDateTime(document.uploadedAt)}`))));
}

function panel(title, body) {
  return h('section', { className: 'panel' }, h('h2', {}, title), body);
}

function money(value) {
  return value === null || value === undefined ? '—' : `¥${Number(value).toLocaleString('zh-CN')}`;
}
