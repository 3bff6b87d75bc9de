import { http, segment } from './http';

/** An entry of the catalogue of government information systems (art. 10). */
export interface CatalogueSystem {
  id: string;
  name: string;
  departmentCode: string;
  status: string;
  isUpperLevel?: boolean;
  /** Proposed by a department, Confirmed or Refused by the bureau; only confirmed entries count. */
  entryStatus?: string;
  cloudResources?: string;
  dataResources?: string;
  proposedBy?: string | null;
  reviewedBy?: string | null;
  reviewedAt?: string | null;
  refusalReason?: string | null;
  retiredOn?: string | null;
  retirementReason?: string | null;
  isClassified?: boolean;
  migrationDueOn?: string | null;
  migratedOn?: string | null;
}

export interface NewCatalogueSystem {
  departmentCode: string;
  name: string;
  status: string;
  cloudResources: string;
  dataResources: string;
  isUpperLevel: boolean;
  isClassified: boolean;
}

export interface CatalogueYear {
  year: number;
  confirmed: number;
  retired: number;
  inService: number;
  growth: number;
  flagged: boolean;
}

export interface CatalogueTotals {
  noGrowthRequired: boolean;
  years: CatalogueYear[];
}

export interface UnmigratedSystem {
  systemId: string;
  name: string;
  departmentCode: string;
  departmentName: string;
  migrationDueOn: string | null;
  overdue: boolean;
}

/** A data resource a system shares (arts. 23, 31, 34), with who answers for its quality. */
export interface SharedDataResource {
  id: string;
  projectId: string;
  sources: string;
  formats: string;
  updateFrequency: string;
  sharing: string;
  responsibleParty: string;
  updatedBy?: string | null;
}

const entry = (id: string) => `/api/catalogue/${segment(id)}`;

export const catalogueApi = {
  list: () => http.get<CatalogueSystem[]>('/api/catalogue'),
  propose: (system: NewCatalogueSystem) => http.post<{ id: string }>('/api/catalogue', system),
  confirm: (id: string) => http.post<unknown>(`${entry(id)}/confirm`),
  refuse: (id: string, reason: string) => http.post<unknown>(`${entry(id)}/refuse`, { reason }),
  retire: (id: string, retiredOn: string, reason: string) => http.post<unknown>(`${entry(id)}/retire`, { retiredOn, reason }),
  planMigration: (id: string, dueOn: string) => http.post<unknown>(`${entry(id)}/migration-plan`, { dueOn }),
  recordMigration: (id: string, migratedOn: string) => http.post<unknown>(`${entry(id)}/migration`, { migratedOn }),
  totals: () => http.get<CatalogueTotals>('/api/catalogue/totals'),
  unmigrated: () => http.get<UnmigratedSystem[]>('/api/catalogue/unmigrated'),
  sharedData: (id: string) => http.get<SharedDataResource[]>(`${entry(id)}/shared-data`),
  assignDataQuality: (id: string, resourceId: string, responsibleParty: string) =>
    http.put<SharedDataResource[]>(`${entry(id)}/shared-data/${segment(resourceId)}`, { responsibleParty })
};
