import { shallowRef } from 'vue';
import { definitionsApi, type DefinitionSummary } from '../api/definitions';
import { language } from '../i18n';

// The process definitions, loaded once per session, so pages name a process by its (Chinese) name
// rather than its key.
const definitions = shallowRef<DefinitionSummary[]>([]);
let loading: Promise<DefinitionSummary[]> | null = null;

export function loadDefinitions(): Promise<DefinitionSummary[]> {
  loading ??= definitionsApi.list().then((list) => {
    definitions.value = list;
    return list;
  }).catch(() => {
    loading = null;
    return [];
  });
  return loading;
}

/** The name of the process `key` (its BPMN process name, or its English name in English mode where given), or the key while the list is not loaded. */
export function processName(key: string | null | undefined): string {
  if (!key) {
    return '';
  }
  const definition = definitions.value.find((candidate) => candidate.key === key);
  return (language() === 'en' ? definition?.nameEn : null) || definition?.name || key;
}

/** A task's name in the UI's language: its English name in English mode where the definition gives one. */
export function taskName(task: { name?: string | null; nameEn?: string | null; activityId: string }): string {
  return (language() === 'en' ? task.nameEn : null) || task.name || task.activityId;
}

export function useProcessNames(): { processName: typeof processName; definitions: typeof definitions } {
  void loadDefinitions();
  return { processName, definitions };
}
