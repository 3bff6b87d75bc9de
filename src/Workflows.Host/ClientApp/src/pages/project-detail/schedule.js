import { h } from '../../core/dom.js';
import { t, label, formatDate, formatDateTime } from '../../i18n/i18n.js';
import { dueBadge, isOverdue } from '../../components/due-badge.js';

/** The project's running deadlines, each with the working days left on the county's calendar. */
export function deadlines(items) {
  if (!items?.length) {
    return h('p', { className: 'empty' }, t('common.none'));
  }
  return h('ul', { className: 'plain-list', dataset: { testid: 'deadlines' } }, items.map((item) =>
    h('li', { className: isOverdue(item) ? 'overdue' : '' }, item.name || label('filingKind', item.kind), ' ', dueBadge(item))));
}

/** Arts. 18, 21, 25: contract, supervisor and acceptance-report filings, late ones marked. */
export function filings(items) {
  if (!items?.length) {
    return h('p', { className: 'empty' }, t('common.none'));
  }
  return h('table', { className: 'data-table' },
    h('thead', {}, h('tr', {}, h('th', {}, t('filing.kind')), h('th', {}, t('filing.dueAt')), h('th', {}, t('filing.filedAt')))),
    h('tbody', {}, items.map((filing) => h('tr', { className: filing.late ? 'overdue' : '' },
      h('td', {}, label('filingKind', filing.kind)),
      h('td', {}, formatDate(filing.dueAt)),
      h('td', {}, filing.filedAt ? formatDateTime(filing.filedAt) : t('filing.notFiled'),
        filing.late ? h('span', { className: 'badge badge-danger' }, t('filing.late')) : null)))));
}

/** One line per recorded change: who changed what, from which value to which. */
export function describeChange(entry) {
  const values = entry.oldValue || entry.newValue
    ? ` (${entry.oldValue ?? '—'} → ${entry.newValue ?? '—'})`
    : '';
  return `${entry.change ?? ''}${values}`;
}
