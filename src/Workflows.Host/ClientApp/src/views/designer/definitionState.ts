import { label } from '../../i18n';
import type { DefinitionSummary } from '../../api/definitions';

/** "v3 + 草稿": the latest published version and whether a draft is pending. */
export function definitionState(definition: DefinitionSummary): string {
  const version = definition.latestPublishedVersion ? `v${definition.latestPublishedVersion}` : '';
  return [version, definition.hasDraft ? label('definitionStatus', 'draft') : ''].filter(Boolean).join(' + ');
}
