import { h } from '../core/dom.js';
import { t, formatDate } from '../i18n/i18n.js';

/**
 * The due date with the working days left, as the server counts them on the business calendar
 * (`workingDaysLeft`, negative once overdue). Overdue items are highlighted.
 */
export function dueBadge(item) {
  if (!item?.dueDate) {
    return h('span', { className: 'due due-none' }, t('due.none'));
  }
  const overdue = item.overdue ?? (item.workingDaysLeft !== undefined ? item.workingDaysLeft < 0 : new Date(item.dueDate) < new Date());
  const className = overdue ? 'due due-overdue' : item.workingDaysLeft !== undefined && item.workingDaysLeft <= 2 ? 'due due-soon' : 'due';
  return h('span', { className, dataset: { overdue: String(overdue) }, title: item.dueDate },
    formatDate(item.dueDate),
    ' ',
    h('small', {}, remaining(item, overdue)));
}

function remaining(item, overdue) {
  if (item.workingDaysLeft === undefined || item.workingDaysLeft === null) {
    return overdue ? `(${t('due.overdue')})` : '';
  }
  return overdue
    ? `(${t('due.overdueDays', { days: Math.abs(item.workingDaysLeft) })})`
    : `(${t('due.daysLeft', { days: item.workingDaysLeft })})`;
}
