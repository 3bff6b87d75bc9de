import { onBeforeUnmount, ref, type Ref } from 'vue';

/** Phones and narrow windows (≤ 640 px): pages draw cards and stacked fields instead of wide tables. */
const query = '(max-width: 640px)';

export function useNarrowScreen(): Ref<boolean> {
  const media = window.matchMedia(query);
  const narrow = ref(media.matches);
  const update = (event: MediaQueryListEvent) => {
    narrow.value = event.matches;
  };
  media.addEventListener('change', update);
  onBeforeUnmount(() => media.removeEventListener('change', update));
  return narrow;
}
