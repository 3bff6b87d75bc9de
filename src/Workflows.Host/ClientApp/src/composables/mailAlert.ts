import { computed, shallowRef } from 'vue';
import { mailApi, type MailOutbox } from '../api/mail';

// What the header's alert shows an administrator: failed mails and the relay's outage. It is read when the
// administrator moves between pages and whenever the operations page loads the outbox; it is never polled.
const state = shallowRef<{ failed: number; outage: string | null }>({ failed: 0, outage: null });

/** Takes the counts and the relay from an outbox the page already loaded. */
export function noteOutbox(outbox: MailOutbox): void {
  state.value = { failed: outbox.counts.failed, outage: outbox.relay.outage ?? null };
}

export async function refreshMailAlert(): Promise<void> {
  try {
    noteOutbox(await mailApi.outbox('failed'));
  } catch {
    // The alert is a hint; the operations page reports a failure to read the outbox.
  }
}

export const mailAlert = computed(() => state.value);

/** Whether an administrator must look at the mail: a mail failed, or the relay is unreachable. */
export const mailNeedsAttention = computed(() => state.value.failed > 0 || state.value.outage !== null);
