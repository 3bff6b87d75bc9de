import { h } from '../../core/dom.js';
import { t, label } from '../../i18n/i18n.js';
import { fundingLabel } from '../projects.js';

/** The application's key facts and the funding status (arts. 8, 11, 14, 27). */
export function overview(project) {
  return h('dl', { className: 'summary' },
    h('dt', {}, t('project.department')), h('dd', {}, project.leadDepartmentName || project.leadDepartmentCode),
    h('dt', {}, t('project.coBuilders')), h('dd', {}, (project.coBuildingDepartments ?? []).map((d) => d.name || d.code).join('、') || '—'),
    h('dt', {}, t('project.kind')), h('dd', {}, label('projectKind', project.kind)),
    h('dt', {}, t('project.stage')), h('dd', { dataset: { testid: 'project-stage' } }, label('stage', project.stage)),
    h('dt', {}, t('register.inAnnualPlan')), h('dd', {}, yesNo(project.inAnnualPlan)),
    h('dt', {}, t('register.isMajor')), h('dd', {}, yesNo(project.major)),
    h('dt', {}, t('project.funding')), h('dd', { dataset: { testid: 'project-funding' } },
      fundingLabel(project), ' ', project.fundingHoldReason ?? ''),
    h('dt', {}, t('project.totalBudget')), h('dd', {}, money(project.totalBudget)),
    h('dt', {}, t('project.yearlyBudgets')), h('dd', {}, (project.yearlyBudgets ?? [])
      .map((budget) => `${budget.year}: ${money(budget.amount)}`).join('；') || '—'));
}

function yesNo(value) {
  if (value === null || value === undefined) {
    return '—';
  }
  return value ? t('common.yes') : t('common.no');
}

export function money(value) {
  return value === null || value === undefined ? '—' : `¥${Number(value).toLocaleString('zh-CN')}`;
}
