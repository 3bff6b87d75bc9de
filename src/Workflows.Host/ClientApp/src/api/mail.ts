import { http, query, segment } from './http';

export type MailStatus = 'Pending' | 'Sent' | 'Failed';

export interface MailOutboxEntry {
  id: string;
  to: string;
  subject: string;
  status: MailStatus;
  attempts: number;
  createdAt: string;
  nextAttemptAt: string;
  sentAt?: string | null;
  lastError?: string | null;
}

/** The outbox as the operations page shows it: counts of every status, the relay's outage, the newest mails of one status. */
export interface MailOutbox {
  counts: { pending: number; sent: number; failed: number };
  relay: { outage?: string | null; retryAt?: string | null };
  items: MailOutboxEntry[];
}

const base = '/api/mail/outbox';

export const mailApi = {
  outbox: (status?: 'pending' | 'sent' | 'failed') => http.get<MailOutbox>(`${base}${query({ status })}`),
  resend: (id: string) => http.post<void>(`${base}/${segment(id)}/resend`)
};
