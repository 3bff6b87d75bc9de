// The domain's enum values as the API sends them (Workflows.Projects.Domain), for filters and labels.
export const projectStages: string[] = [
  'Registered', 'UnderReview', 'Approved', 'Rejected', 'Budgeted', 'Procured', 'Contracted',
  'UnderConstruction', 'Accepted', 'InOperation', 'Terminated'
];

export const fundingStatuses: string[] = ['Normal', 'Held', 'Suspended', 'Terminated'];

export const projectKinds: string[] = ['NewBuild', 'Expansion', 'Upgrade', 'Operations'];

// Art. 8: the four documents every new-project application carries.
export const applicationDocumentKinds: string[] = ['Proposal', 'FeasibilityStudy', 'PreliminaryDesign', 'InvestmentEstimate'];

export const documentKinds: string[] = [
  ...applicationDocumentKinds, 'BudgetReviewReport', 'Contract', 'SupervisorFiling', 'AcceptanceReport', 'SelfEvaluation',
  'ProtectionAssessmentReport', 'CryptographyAssessmentReport', 'KeyProjectEvaluationReport'
];
