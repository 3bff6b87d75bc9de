import { h, replaceChildren } from '../core/dom.js';
import { t, label, formatDate } from '../i18n/i18n.js';
import { api } from '../core/api.js';
import { dueBadge } from '../components/due-badge.js';
import { downloadCsv } from '../components/csv.js';

// Each table is declared once and used both for the page and for its CSV export.
const tables = [
  {
    id: 'by-stage', title: 'dashboard.byStage', data: (d) => d.byStage,
    columns: [['project.stage', (r) => label('stage', r.stage)], ['dashboard.count', (r) => r.count]]
  },
  {
    id: 'deadlines', title: 'dashboard.upcomingDeadlines', data: (d) => d.upcomingDeadlines,
    columns: [['project.name', projectLink, (r) => r.projectName], ['dashboard.deadline', (r) => r.name || label('filingKind', r.kind)],
      ['task.due', dueBadge, (r) => formatDate(r.dueAt)], ['dashboard.workingDaysLeft', (r) => r.workingDaysLeft ?? '']]
  },
  {
    id: 'overdue-filings', title: 'dashboard.overdueFilings', data: (d) => d.overdueFilings,
    columns: [['project.name', projectLink, (r) => r.projectName], ['filing.kind', (r) => label('filingKind', r.kind)],
      ['task.due', dueBadge, (r) => formatDate(r.dueAt)], ['project.department', (r) => r.departmentName ?? r.departmentCode ?? '']]
  },
  {
    id: 'funding', title: 'dashboard.fundingHolds', data: (d) => d.fundingHolds,
    columns: [['project.name', projectLink, (r) => r.projectName], ['project.funding', (r) => label('funding', r.fundingStatus)],
      ['dashboard.reason', (r) => r.reason ?? '']]
  },
  {
    id: 'by-department', title: 'dashboard.byDepartment', data: (d) => d.byDepartment,
    columns: [['project.department', (r) => r.departmentName ?? r.departmentCode], ['dashboard.projects', (r) => r.projects],
      ['dashboard.openTasks', (r) => r.openTasks ?? ''], ['dashboard.overdue', (r) => r.overdue ?? '']]
  }
];

export async function render({ container }) {
  const dashboard = await api.get('/api/dashboard');
  replaceChildren(container,
    h('h1', {}, t('dashboard.title')),
    h('div', { className: 'dashboard-grid' }, tables.map((table) => section(table, table.data(dashboard) ?? []))));
}

function section(table, rows) {
  const header = table.columns.map(([key]) => t(key));
  const exportButton = h('button', {
    type: 'button',
    className: 'small',
    onclick: () => downloadCsv(`${table.id}.csv`, header, rows.map((row) => table.columns.map((column) => csvValue(column, row))))
  }, t('dashboard.exportCsv'));

  return h('section', { className: 'panel', id: `dashboard-${table.id}` },
    h('div', { className: 'panel-title' }, h('h2', {}, t(table.title)), exportButton),
    rows.length === 0
      ? h('p', { className: 'empty' }, t('common.none'))
      : h('table', { className: 'data-table' },
        h('thead', {}, h('tr', {}, header.map((text) => h('th', {}, text)))),
        h('tbody', {}, rows.map((row) => h('tr', {}, table.columns.map(([, cell]) => h('td', {}, cell(row))))))));
}

// A column is [titleKey, cell] or [titleKey, cell, csv] when the cell is an element rather than text.
function csvValue([, cell, csv], row) {
  return (csv ?? cell)(row);
}

function projectLink(row) {
  return row.projectId ? h('a', { href: `/projects/${encodeURIComponent(row.projectId)}` }, row.projectName) : row.projectName;
}
