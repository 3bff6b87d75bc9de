import type { DefinitionDiff, DiffElement, DiffSide } from '../../api/definitions';
import { t } from '../../i18n';

/** How a side of a comparison is named: v3, or 草稿 for the saved draft. */
export const sideLabel = (side: DiffSide): string => (side === 'draft' ? t('diff.draft') : `v${side}`);

/** One line of the comparison table: a whole element added or removed, or one property of a changed element. */
export interface DiffRow {
  kind: 'added' | 'removed' | 'changed';
  id: string;
  name: string;
  type: string;
  property: string;
  before: string | null;
  after: string | null;
}

const whole = (kind: 'added' | 'removed', element: DiffElement): DiffRow =>
  ({ kind, id: element.id, name: element.name ?? '', type: element.type, property: '', before: null, after: null });

/** Added and removed elements once each (their properties are all new or all gone), changed ones property by property. */
export function diffRows(diff: DefinitionDiff): DiffRow[] {
  return [
    ...diff.changed.flatMap((element) => element.changes.map((change): DiffRow => ({
      kind: 'changed',
      id: element.id,
      name: element.name ?? '',
      type: element.type,
      property: change.name,
      before: change.from ?? null,
      after: change.to ?? null
    }))),
    ...diff.added.map((element) => whole('added', element)),
    ...diff.removed.map((element) => whole('removed', element))
  ];
}
