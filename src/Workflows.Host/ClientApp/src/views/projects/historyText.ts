import { label, t, money, formatDateTime, listSeparator, clauseSeparator, aside } from '../../i18n';
import type { ProjectHistoryRow } from '../../api/projects';

// Values that say nothing to a reader (a file's hash, a row's id) are left out of the sentence.
const hidden = new Set(['sha256', 'paymentId', 'sampleId']);
const moneyFields = new Set(['totalBudget', 'approvedBudget', 'amount', 'newTotalBudget', 'reviewedBudget', 'spentToDate', 'approved', 'disbursed']);
// Art. 27: the share of self-evaluations finance draws, a fraction of one.
const shareFields = new Set(['share']);
// A review's stage and decision, and an upload's document kind, come as enum numbers that the summary already names.
const namedBySummary = new Set(['stage', 'decision', 'kind']);
// A review's summary names its stage (县政府审批：不通过): its value would only repeat it, by code (CountyApproval),
// for the review stages are not the project's stages.
const namedByReviewSummary = new Set(['stage']);
// A field's value by the first dictionary that names it: a kind is an uploaded document's or a security assessment's.
const labelGroups: Record<string, string | string[]> = {
  stage: 'stage', fundingStatus: 'funding', kind: ['documentKind', 'assessmentKind'], dedicatedNetwork: 'dedicatedNetwork',
  fund: 'fund', status: 'paymentStatus', grade: 'grade',
  reviewer: 'reviewer', decision: 'decision', reason: 'rectificationReason', grounds: 'changeGround',
  // Arts. 16, 21: how the builder and the supervisor were chosen, as the procurement and supervisor forms offer it.
  method: 'procurementMethod', selection: 'procurementMethod',
};

/**
 * One history row as a sentence: what happened (the server's summary), then each changed field by its
 * label with old → new values, never raw JSON.
 */
export function describeChange(row: ProjectHistoryRow): string {
  // A revision's summary already says "修改建设内容：old → new".
  if (row.change.includes('→')) {
    return row.change;
  }
  const before = parse(row.oldValue);
  const after = parse(row.newValue);
  const review = Object.keys(after).some((field) => camel(field) === 'decision');
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((field) => !hidden.has(camel(field)))
    .filter((field) => !(review && namedByReviewSummary.has(camel(field))))
    .filter((field) => !(namedBySummary.has(camel(field)) && [before[field], after[field]].some((value) => typeof value === 'number')));
  const changes = fields.map((field) => {
    const name = fieldLabel(field);
    const old = field in before ? show(field, before[field]) : null;
    const next = field in after ? show(field, after[field]) : null;
    return old !== null && next !== null ? `${name}：${old} → ${next}` : `${name}：${next ?? old}`;
  });
  return changes.length > 0 ? `${row.change}${aside(changes.join(clauseSeparator()))}` : row.change;
}

function parse(json: string | null | undefined): Record<string, unknown> {
  if (!json) {
    return {};
  }
  try {
    const value = JSON.parse(json);
    return value && typeof value === 'object' && !Array.isArray(value) ? value : { value };
  } catch {
    return { value: json };
  }
}

function labelIn(groups: string[], value: string): string {
  return groups.map((group) => label(group, value)).find((text) => text !== value) ?? value;
}

function camel(field: string): string {
  return field.charAt(0).toLowerCase() + field.slice(1);
}

function fieldLabel(field: string): string {
  const key = `field.${camel(field)}`;
  const text = t(key);
  return text === key ? field : text;
}

function show(field: string, value: unknown): string {
  const name = camel(field);
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  if (typeof value === 'boolean') {
    return value ? t('common.yes') : t('common.no');
  }
  if (typeof value === 'number' && moneyFields.has(name)) {
    return money(value);
  }
  if (typeof value === 'number' && shareFields.has(name)) {
    return `${Math.round(value * 1000) / 10}%`;
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? '—' : value.map((item) => show(field, item)).join(listSeparator());
  }
  if (typeof value === 'string' && labelGroups[name]) {
    return labelIn([labelGroups[name]].flat(), value);
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    return formatDateTime(value);
  }
  // A year's budget ({Year, Amount}) reads as "2026: ¥500,000" like the project's summary.
  if (typeof value === 'object' && 'Year' in value && 'Amount' in value) {
    const { Year, Amount } = value as { Year: number; Amount: number };
    return `${Year}: ${money(Amount)}`;
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
