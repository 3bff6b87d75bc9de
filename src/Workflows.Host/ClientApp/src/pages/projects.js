import { h, replaceChildren } from '../core/dom.js';
import { t, label } from '../i18n/i18n.js';
import { api } from '../core/api.js';
import { navigate } from '../core/router.js';
import { hasRole, isAdmin } from '../core/session.js';
import { projectStages } from '../domain/codes.js';
import { dueBadge, isOverdue } from '../components/due-badge.js';

// The filters live in the URL, so a filtered list can be bookmarked and survives a reload.
const filterNames = ['search', 'stage', 'department', 'overdue', 'fundingHeld'];

export async function render({ container, query }) {
  const filters = Object.fromEntries(filterNames.map((name) => [name, query.get(name) ?? '']));
  const [projects, departments] = await Promise.all([
    api.get(`/api/projects?${toQuery(filters)}`),
    api.get('/api/departments').catch(() => [])
  ]);

  replaceChildren(container,
    h('div', { className: 'page-title' }, h('h1', {}, t('projects.title')),
      canRegister() && h('a', { href: '/projects/new', className: 'button primary' }, t('register.title'))),
    filterForm(filters, departments),
    projects.length === 0
      ? h('p', { className: 'empty' }, t('projects.empty'))
      : projectTable(projects));
}

function filterForm(filters, departments) {
  const search = h('input', { type: 'search', name: 'search', value: filters.search, placeholder: t('projects.searchPlaceholder') });
  const stage = select('stage', filters.stage, [['', t('projects.allStages')], ...projectStages.map((code) => [code, label('stage', code)])]);
  const department = select('department', filters.department,
    [['', t('projects.allDepartments')], ...departments.map((d) => [d.code, d.name])]);
  const overdue = h('input', { type: 'checkbox', name: 'overdue', checked: filters.overdue === 'true' });
  const fundingHeld = h('input', { type: 'checkbox', name: 'fundingHeld', checked: filters.fundingHeld === 'true' });

  const form = h('form', { className: 'filters', role: 'search' },
    search, stage, department,
    h('label', { className: 'check' }, overdue, t('projects.overdueOnly')),
    h('label', { className: 'check' }, fundingHeld, t('projects.fundingHeldOnly')),
    h('button', { type: 'submit' }, t('common.search')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = {
      search: search.value.trim(),
      stage: stage.value,
      department: department.value,
      overdue: overdue.checked ? 'true' : '',
      fundingHeld: fundingHeld.checked ? 'true' : ''
    };
    navigate(`/projects?${toQuery(next)}`, { replace: true });
  });
  return form;
}

function projectTable(projects) {
  return h('table', { className: 'data-table', dataset: { testid: 'project-table' } },
    h('thead', {}, h('tr', {},
      h('th', {}, t('project.code')), h('th', {}, t('project.name')), h('th', {}, t('project.kind')), h('th', {}, t('project.department')),
      h('th', {}, t('project.stage')), h('th', {}, t('project.funding')), h('th', {}, t('project.nextDeadline')))),
    h('tbody', {}, projects.map((project) => h('tr', { className: project.overdue || isOverdue(project.nextDeadline) ? 'overdue' : '' },
      h('td', {}, project.code),
      h('td', {}, h('a', { href: `/projects/${encodeURIComponent(project.id)}` }, project.name)),
      h('td', {}, label('projectKind', project.kind)),
      h('td', {}, project.leadDepartmentName || project.leadDepartmentCode),
      h('td', {}, label('stage', project.stage)),
      h('td', {}, fundingLabel(project)),
      h('td', {}, project.nextDeadline ? [project.nextDeadline.name ?? '', ' ', dueBadge(project.nextDeadline)] : '—')))));
}

// Departments and townships register their own projects; the bureau may register for any department.
function canRegister() {
  return hasRole('department') || hasRole('township') || hasRole('bureau') || isAdmin();
}

export function fundingLabel(project) {
  const text = label('funding', project.fundingStatus);
  const held = project.fundingStatus && project.fundingStatus.toLowerCase() !== 'normal';
  return h('span', { className: held ? 'badge badge-warning' : 'badge' }, text);
}

function select(name, value, options) {
  return h('select', { name, 'aria-label': t(`projects.${name}`) },
    options.map(([code, text]) => h('option', { value: code, selected: code === value }, text)));
}

function toQuery(filters) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value) {
      params.set(name, value);
    }
  }
  return params.toString();
}
