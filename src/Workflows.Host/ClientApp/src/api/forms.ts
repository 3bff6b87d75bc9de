import { http, request, segment } from './http';
import type { PublishOutcome } from './definitions';

export interface FormSummary {
  key: string;
  latestVersion?: number | null;
  /** The version new process versions pin; null while none is published. */
  latestPublishedVersion?: number | null;
  hasDraft: boolean;
  publishedAt?: string | null;
  publishedBy?: string | null;
}

export interface FormVersion {
  id: string;
  version: number;
  status: string;
  publishedAt?: string | null;
  publishedBy?: string | null;
  retiredAt?: string | null;
}

export type FormSchema = Record<string, unknown>;

const base = (key: string) => `/api/forms/${segment(key)}`;

export const formsApi = {
  list: () => http.get<FormSummary[]>('/api/forms'),
  /** The component types a form may use; the editor offers no other. */
  componentTypes: () => http.get<string[]>('/api/forms/component-types'),
  versions: (key: string) => http.get<FormVersion[]>(`${base(key)}/versions`),
  version: (key: string, version: number) => http.get<FormSchema>(`${base(key)}/versions/${version}`),
  draft: (key: string) => http.get<FormSchema>(`${base(key)}/drafts`),
  saveDraft: (key: string, schema: FormSchema) => request<{ draftId: string }>('POST', `${base(key)}/drafts`, { json: schema }),
  publish: (key: string, version: number) => http.post<PublishOutcome>(`${base(key)}/versions/${version}/publish`),
  retire: (key: string, version: number) => http.post<null>(`${base(key)}/versions/${version}/retire`)
};
