import { ref, shallowRef, onMounted, type Ref, type ShallowRef } from 'vue';

/**
 * Loads what a page shows when it mounts; `error` holds the failure for the page's error view and
 * `reload()` loads again after a change, so every table shows what the server now holds.
 */
export function useLoad<T>(loader: () => Promise<T>): { data: ShallowRef<T | null>; error: ShallowRef<Error | null>; loading: Ref<boolean>; reload: () => Promise<void> } {
  const data = shallowRef<T | null>(null);
  const error = shallowRef<Error | null>(null);
  const loading = ref(true);
  const reload = async () => {
    loading.value = true;
    try {
      data.value = await loader();
      error.value = null;
    } catch (failure) {
      error.value = failure as Error;
    } finally {
      loading.value = false;
    }
  };
  onMounted(reload);
  return { data, error, loading, reload };
}
