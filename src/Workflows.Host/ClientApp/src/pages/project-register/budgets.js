import { h } from '../../core/dom.js';
import { t } from '../../i18n/i18n.js';
import { problemSlot } from '../../components/problem-placement.js';
import { field, section } from './fields.js';

/** Art. 8: the total budget and each year's budget, which must add up to the total. */
export function budgetsSection() {
  const slot = problemSlot('budgets');
  const total = h('input', { type: 'number', name: 'totalBudget', min: 0.01, step: 0.01, required: true });
  const rows = h('div', { className: 'year-budgets' });
  const sum = h('output', { className: 'note', dataset: { testid: 'year-budget-sum' } });
  const updateSum = () => {
    sum.textContent = t('register.yearSum', { sum: yearBudgets(rows).reduce((acc, row) => acc + row.amount, 0).toLocaleString() });
  };
  const addRow = (year) => {
    rows.append(yearRow(year, updateSum));
    updateSum();
  };
  addRow(new Date().getFullYear());

  const element = section(t('register.budgets'), slot,
    field(t('register.totalBudget'), total),
    rows,
    h('p', {},
      h('button', { type: 'button', className: 'small', onclick: () => addRow(nextYear(rows)) }, t('register.addYear')),
      ' ', sum));

  return {
    element,
    slot,
    read: () => ({ totalBudget: Number(total.value), yearBudgets: yearBudgets(rows) })
  };
}

function yearRow(year, onChange) {
  const yearInput = h('input', { type: 'number', name: 'year', min: 2000, max: 2100, value: year, required: true, oninput: onChange });
  const amount = h('input', { type: 'number', name: 'amount', min: 0.01, step: 0.01, required: true, oninput: onChange });
  const row = h('div', { className: 'year-row' },
    field(t('register.year'), yearInput),
    field(t('register.yearAmount'), amount),
    h('button', {
      type: 'button',
      className: 'small',
      onclick: () => {
        row.remove();
        onChange();
      }
    }, t('register.removeYear')));
  return row;
}

function yearBudgets(rows) {
  return [...rows.querySelectorAll('.year-row')].map((row) => ({
    year: Number(row.querySelector('[name=year]').value),
    amount: Number(row.querySelector('[name=amount]').value)
  }));
}

function nextYear(rows) {
  const years = yearBudgets(rows).map((row) => row.year).filter(Boolean);
  return years.length > 0 ? Math.max(...years) + 1 : new Date().getFullYear();
}
