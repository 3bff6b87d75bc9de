import { http, segment, upload } from './http';

/** Art. 29: the bureau's application-efficiency evaluation of a running system. */
export interface ApplicationEvaluation {
  id: string;
  systemId: string;
  systemName: string;
  departmentCode: string;
  year: number;
  evaluatedOn: string;
  evaluator: string;
  documentReview: boolean;
  thirdParty?: string | null;
  questionnaireResponses?: number | null;
  conclusion: string;
  scores: { dimension: string; value: number; conclusion: string }[];
  recordedBy: string;
  recordedAt: string;
}

export interface NewApplicationEvaluation {
  year: number;
  evaluatedOn: string;
  evaluator: string;
  documentReview: boolean;
  thirdParty: string | null;
  questionnaireResponses: number | null;
  scores: { dimension: string; score: number; conclusion: string }[];
  conclusion: string;
}

/** Art. 38: a system's incidents and its emergency plan and drills on file. */
export interface SystemSecurity {
  systemId: string;
  systemName: string;
  departmentCode: string;
  incidents: {
    id: string; occurredAt: string; description: string; severity: string; handling: string; reportedTo: string; reportedAt: string; recordedBy: string;
  }[];
  emergencyRecords: { id: string; kind: string; dated: string; title: string; fileName: string; size: number; sha256: string; recordedBy: string }[];
}

export interface NewSecurityIncident {
  occurredAt: string;
  description: string;
  severity: string;
  handling: string;
  reportedTo: string;
  reportedAt: string | null;
}

/** A running system without its emergency plan or any drill on file (`GET /api/security/emergency-gaps`). */
export interface EmergencyGap {
  systemId: string;
  systemName: string;
  departmentCode: string;
  hasPlan: boolean;
  lastDrillOn?: string | null;
}

/** A system in service whose daily monitoring left working days unchecked (`GET /api/security/monitoring-gaps`). */
export interface MonitoringGap {
  systemId: string;
  systemName: string;
  departmentCode: string;
  uncheckedDays: number;
  earliestUnchecked: string;
  latestUnchecked: string;
  lastCheckedOn?: string | null;
}

/** Art. 36: a running system's internal management rules and daily monitoring log, with the working days left unchecked. */
export interface MonitoringCheck {
  id: string;
  checkedOn: string;
  revision: number;
  current: boolean;
  status: string;
  notes: string;
  recordedBy: string;
  recordedByName?: string | null;
  recordedAt: string;
}

export interface SystemMonitoring {
  systemId: string;
  systemName: string;
  departmentCode: string;
  status: string;
  inService: boolean;
  rules: { id: string; title: string; version: string; effectiveOn: string; fileName: string; size: number; sha256: string; filedBy: string; filedByName?: string | null; filedAt: string }[];
  checks: MonitoringCheck[];
  lastCheck?: MonitoringCheck | null;
  missingDays: string[];
}

export const dimensions = ['SupportCapacity', 'UserSatisfaction', 'EfficiencyGain', 'Sustainability', 'Security'];

export const systemsApi = {
  evaluations: (systemId: string) => http.get<ApplicationEvaluation[]>(`/api/catalogue/${segment(systemId)}/application-evaluations`),
  evaluate: (systemId: string, evaluation: NewApplicationEvaluation) =>
    http.post<{ id: string }>(`/api/catalogue/${segment(systemId)}/application-evaluations`, evaluation),
  security: (systemId: string) => http.get<SystemSecurity>(`/api/catalogue/${segment(systemId)}/security`),
  recordIncident: (systemId: string, incident: NewSecurityIncident) =>
    http.post<{ id: string }>(`/api/catalogue/${segment(systemId)}/security-incidents`, incident),
  fileEmergencyRecord: (systemId: string, file: File, fields: { kind: string; dated: string; title: string }, onProgress?: (percent: number) => void) =>
    upload<{ id: string }>(`/api/catalogue/${segment(systemId)}/emergency-records`, file, fields, onProgress),
  emergencyRecordUrl: (systemId: string, recordId: string) => `/api/catalogue/${segment(systemId)}/emergency-records/${segment(recordId)}`,
  monitoring: (systemId: string) => http.get<SystemMonitoring>(`/api/catalogue/${segment(systemId)}/monitoring`),
  recordCheck: (systemId: string, check: { checkedOn: string; status: string; notes: string }) =>
    http.post<{ id: string; revision: number }>(`/api/catalogue/${segment(systemId)}/monitoring-checks`, check),
  fileManagementRule: (systemId: string, file: File, fields: { title: string; version: string; effectiveOn: string }, onProgress?: (percent: number) => void) =>
    upload<{ id: string }>(`/api/catalogue/${segment(systemId)}/management-rules`, file, fields, onProgress),
  managementRuleUrl: (systemId: string, ruleId: string) => `/api/catalogue/${segment(systemId)}/management-rules/${segment(ruleId)}`,
  emergencyGaps: () => http.get<EmergencyGap[]>('/api/security/emergency-gaps'),
  monitoringGaps: () => http.get<MonitoringGap[]>('/api/security/monitoring-gaps')
};
