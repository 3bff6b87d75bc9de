import { http, segment } from './http';

export interface DefinitionSummary {
  key: string;
  name?: string | null;
  /** The English name the latest published version gives (`name.en`), for the English mode. */
  nameEn?: string | null;
  latestPublishedVersion?: number | null;
  hasDraft?: boolean;
}

export interface DefinitionVersion {
  id: string;
  version?: number | null;
  status: string;
  createdAt?: string;
  publishedAt?: string | null;
}

export interface ValidationAnswer {
  problems?: string[];
  warnings?: string[];
  [key: string]: unknown;
}

export interface PublishOutcome {
  version: number;
  published: boolean;
  warnings?: string[];
}

export interface PropertyChange {
  name: string;
  from?: string | null;
  to?: string | null;
}

export interface DiffElement {
  id: string;
  type: string;
  name?: string | null;
  changes: PropertyChange[];
}

/** What changed from one published version to another, element by element (layout left out). */
export interface DefinitionDiff {
  key: string;
  from: number;
  to: number;
  added: DiffElement[];
  removed: DiffElement[];
  changed: DiffElement[];
}

const base = (key: string) => `/api/definitions/${segment(key)}`;

export const definitionsApi = {
  list: () => http.get<DefinitionSummary[]>('/api/definitions'),
  versions: (key: string) => http.get<DefinitionVersion[]>(`${base(key)}/versions`),
  versionXml: (key: string, version: number) => http.getText(`${base(key)}/versions/${version}/xml`),
  draftXml: (key: string) => http.getText(`${base(key)}/drafts/xml`),
  saveDraft: (key: string, xml: string) => http.postXml<ValidationAnswer>(`${base(key)}/drafts`, xml),
  publish: (key: string, version: number) => http.post<PublishOutcome>(`${base(key)}/versions/${version}/publish`),
  diff: (key: string, from: number, to: number) => http.get<DefinitionDiff>(`${base(key)}/diff?from=${from}&to=${to}`),
  validate: (xml: string) => http.postXml<ValidationAnswer>('/api/definitions/validate', xml)
};
