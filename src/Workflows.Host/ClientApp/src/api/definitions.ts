import { http, request, segment } from './http';

export interface DefinitionSummary {
  key: string;
  name?: string | null;
  /** The English name the latest published version gives (`name.en`), for the English mode. */
  nameEn?: string | null;
  latestPublishedVersion?: number | null;
  hasDraft?: boolean;
  /** Started from a page of its own (a project, the annual plan) or opened by the product: not offered on the start page. */
  startedElsewhere?: boolean;
}

export interface DefinitionVersion {
  id: string;
  version?: number | null;
  status: string;
  createdAt?: string;
  publishedAt?: string | null;
  publishedBy?: string | null;
  /** Instances running on the version. */
  activeInstances?: number;
  /** Instances ever started on the version. */
  totalInstances?: number;
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
/** A side of a version comparison: a version number or the key's saved draft. */
export type DiffSide = number | 'draft';

export interface DefinitionDiff {
  key: string;
  /** null: the key's saved draft. */
  from: number | null;
  to: number | null;
  added: DiffElement[];
  removed: DiffElement[];
  changed: DiffElement[];
}

export interface DraftSaved extends ValidationAnswer {
  /** What to send back as `If-Match` with the next save, discard or publish. */
  revision: string;
}

/** A registered service-task handler and what the published processes call the tasks that run it. */
export interface HandlerSummary {
  name: string;
  usedBy: string[];
}

/** The revision of a key no one has saved yet: the first save is refused (409) when another admin created the key meanwhile. */
export const nothingSavedYet = '0';

const unquoted = (etag: string | null) => etag?.replace(/^W\//, '').replace(/"/g, '') ?? null;

const base = (key: string) => `/api/definitions/${segment(key)}`;
const definitionsPath = '/api/definitions';

export const definitionsApi = {
  list: () => http.get<DefinitionSummary[]>(definitionsPath),
  listPath: () => definitionsPath,
  versions: (key: string) => http.get<DefinitionVersion[]>(`${base(key)}/versions`),
  versionXml: (key: string, version: number) => http.getText(`${base(key)}/versions/${version}/xml`),
  draftXml: (key: string) => http.getText(`${base(key)}/drafts/xml`),
  /** The versions and the key's revision (its ETag): another admin's save or publication since changes it. */
  versionsWithRevision: async (key: string) => {
    let revision: string | null = null;
    const versions = await request<DefinitionVersion[]>('GET', `${base(key)}/versions`, { onHeaders: (headers) => { revision = unquoted(headers.get('ETag')); } });
    return { versions, revision: revision as string | null };
  },
  saveDraft: (key: string, xml: string, revision?: string | null) =>
    request<DraftSaved>('POST', `${base(key)}/drafts`, { text: xml, contentType: 'application/xml', ifMatch: revision }),
  discardDraft: (key: string, revision?: string | null) => request<null>('DELETE', `${base(key)}/drafts`, { ifMatch: revision }),
  publish: (key: string, version: number, revision?: string | null) =>
    request<PublishOutcome>('POST', `${base(key)}/versions/${version}/publish`, { ifMatch: revision }),
  handlers: () => http.get<HandlerSummary[]>('/api/definitions/handlers'),
  candidateGroups: () => http.get<{ groups: string[] }>('/api/definitions/candidate-groups'),
  /** Two versions compared; `draft` stands for the key's saved draft. */
  diff: (key: string, from: DiffSide, to: DiffSide) => http.get<DefinitionDiff>(`${base(key)}/diff?from=${from}&to=${to}`),
  /** The definition of one side of a comparison: a published version or the saved draft. */
  sideXml: (key: string, side: DiffSide) => (side === 'draft' ? definitionsApi.draftXml(key) : definitionsApi.versionXml(key, side)),
  validate: (xml: string) => http.postXml<ValidationAnswer>('/api/definitions/validate', xml)
};
