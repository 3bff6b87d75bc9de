import { http, query } from './http';

export interface MigrationInstruction {
  sourceActivityIds: string[];
  targetActivityIds: string[];
}

export interface MigrationPlan {
  sourceDefinitionKey: string;
  sourceVersion: number;
  targetVersion: number;
  instructions: MigrationInstruction[];
  updateEventTriggers: boolean;
}

/** An activity a token can rest at; `kind` is what it may be mapped to (userTask, timerCatchEvent, …). */
export interface MigrationActivity {
  id: string;
  name?: string | null;
  kind: string;
  attachedTo?: string | null;
}

export interface GeneratedMigrationPlan {
  plan: MigrationPlan;
  unmappedActivities: MigrationActivity[];
  sourceActivities: MigrationActivity[];
  targetActivities: MigrationActivity[];
}

export interface MigrationValidationReport {
  valid: boolean;
  planErrors: { instruction?: number | null; message: string }[];
  instanceErrors: { instanceId: string; activityId: string; message: string }[];
}

export interface MigrationCandidate {
  id: string;
  businessKey?: string | null;
  startedAt: string;
  activeActivityIds: string[];
}

export interface MigrationOutcome {
  migrated: string[];
  failed: { instanceId: string; message: string }[];
}

const base = '/api/migrations';

export const migrationsApi = {
  instances: (definitionKey: string, version: number) => http.get<MigrationCandidate[]>(`${base}/instances${query({ definitionKey, version })}`),
  plan: (sourceDefinitionKey: string, sourceVersion: number, targetVersion: number, updateEventTriggers = false) =>
    http.post<GeneratedMigrationPlan>(`${base}/plan`, { sourceDefinitionKey, sourceVersion, targetVersion, updateEventTriggers }),
  validate: (plan: MigrationPlan, instanceIds?: string[]) => http.post<MigrationValidationReport>(`${base}/validate`, { plan, instanceIds }),
  execute: (plan: MigrationPlan, selection: { instanceIds: string[] } | { all: true }) =>
    http.post<MigrationOutcome>(`${base}/execute`, { plan, ...selection })
};
