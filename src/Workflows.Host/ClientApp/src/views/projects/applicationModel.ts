import type { ProjectApplication } from '../../api/projects';

/** The application as the form edits it: strings where the user types, converted back on submit. */
export interface ApplicationModel {
  name: string;
  kind: string;
  leadDepartmentCode: string;
  scope: string;
  planEntryId: string;
  isMajor: boolean;
  docksWithUpperLevelSystem: boolean;
  buildsDedicatedNetwork: boolean;
  plannedCompletion: string;
  totalBudget: number | null;
  yearBudgets: { year: number | null; amount: number | null }[];
  systemIds: string[];
  cloudServiceCodes: string[];
  needsNoCloud: boolean;
  dataSharing: { sources: string; formats: string; updateFrequency: string; sharing: string; opening: string };
  sharesNothing: boolean;
  coBuildingDepartments: string[];
  protectionLevel: number | null;
  cryptographyPlan: string;
  coBuiltWithCity: boolean;
  municipalPartner: string;
  municipalShare: string;
}

export const sharingParts = ['sources', 'formats', 'updateFrequency', 'sharing', 'opening'] as const;

export function emptyApplication(): ApplicationModel {
  return {
    name: '', kind: 'NewBuild', leadDepartmentCode: '', scope: '', planEntryId: '', isMajor: false,
    docksWithUpperLevelSystem: false, buildsDedicatedNetwork: false, plannedCompletion: '', totalBudget: null,
    yearBudgets: [{ year: new Date().getFullYear(), amount: null }], systemIds: [], cloudServiceCodes: [], needsNoCloud: false,
    dataSharing: { sources: '', formats: '', updateFrequency: '', sharing: '', opening: '' }, sharesNothing: false, coBuildingDepartments: [],
    protectionLevel: null, cryptographyPlan: '', coBuiltWithCity: false, municipalPartner: '', municipalShare: ''
  };
}

/** The request body; `ownDepartment` wins for a clerk, who always applies for the own department. */
export function toApplication(model: ApplicationModel, ownDepartment: string | null | undefined): ProjectApplication {
  return {
    name: model.name.trim(),
    kind: model.kind,
    leadDepartmentCode: ownDepartment || model.leadDepartmentCode || null,
    scope: model.scope.trim(),
    planEntryId: model.planEntryId || null,
    isMajor: model.isMajor,
    docksWithUpperLevelSystem: model.docksWithUpperLevelSystem,
    buildsDedicatedNetwork: model.buildsDedicatedNetwork,
    totalBudget: Number(model.totalBudget ?? 0),
    yearBudgets: model.yearBudgets.map((row) => ({ year: Number(row.year ?? 0), amount: Number(row.amount ?? 0) })),
    plannedCompletion: model.plannedCompletion || null,
    systemIds: [...model.systemIds],
    needsNoCloud: model.needsNoCloud,
    cloudServiceCodes: model.needsNoCloud ? [] : [...model.cloudServiceCodes],
    dataSharing: { ...Object.fromEntries(sharingParts.map((part) => [part, model.dataSharing[part].trim()])), sharesNothing: model.sharesNothing },
    coBuildingDepartments: [...model.coBuildingDepartments],
    protectionLevel: model.protectionLevel,
    cryptographyPlan: model.cryptographyPlan.trim() || null,
    coBuiltWithCity: model.coBuiltWithCity,
    municipalPartner: model.coBuiltWithCity ? model.municipalPartner.trim() || null : null,
    municipalShare: model.coBuiltWithCity ? model.municipalShare.trim() || null : null
  };
}

/** The form's model prefilled from the application the server holds (to revise a returned one). */
export function fromApplication(application: ProjectApplication): ApplicationModel {
  const sharing = application.dataSharing ?? {};
  return {
    name: application.name ?? '',
    kind: application.kind ?? 'NewBuild',
    leadDepartmentCode: application.leadDepartmentCode ?? '',
    scope: application.scope ?? '',
    planEntryId: application.planEntryId ?? '',
    isMajor: !!application.isMajor,
    docksWithUpperLevelSystem: !!application.docksWithUpperLevelSystem,
    buildsDedicatedNetwork: !!application.buildsDedicatedNetwork,
    plannedCompletion: application.plannedCompletion ?? '',
    totalBudget: application.totalBudget ?? null,
    yearBudgets: (application.yearBudgets ?? []).map((row) => ({ year: row.year, amount: row.amount })),
    systemIds: [...(application.systemIds ?? [])],
    cloudServiceCodes: [...(application.cloudServiceCodes ?? [])],
    needsNoCloud: !!application.needsNoCloud,
    sharesNothing: !!sharing.sharesNothing,
    dataSharing: {
      sources: sharing.sources ?? '', formats: sharing.formats ?? '', updateFrequency: sharing.updateFrequency ?? '',
      sharing: sharing.sharing ?? '', opening: sharing.opening ?? ''
    },
    coBuildingDepartments: [...(application.coBuildingDepartments ?? [])],
    protectionLevel: application.protectionLevel ?? null,
    cryptographyPlan: application.cryptographyPlan ?? '',
    coBuiltWithCity: !!application.coBuiltWithCity,
    municipalPartner: application.municipalPartner ?? '',
    municipalShare: application.municipalShare ?? ''
  };
}
