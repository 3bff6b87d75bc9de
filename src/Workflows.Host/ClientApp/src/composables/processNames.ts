import { shallowRef } from 'vue';
import { definitionsApi, type DefinitionSummary } from '../api/definitions';

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

/** The name of the process `key` (its BPMN process name), or the key while the list is not loaded. */
export function processName(key: string | null | undefined): string {
  if (!key) {
    return '';
  }
  return definitions.value.find((definition) => definition.key === key)?.name || key;
}

export function useProcessNames(): { processName: typeof processName; definitions: typeof definitions } {
  void loadDefinitions();
  return { processName, definitions };
}
