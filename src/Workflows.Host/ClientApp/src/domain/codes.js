// The domain's enum values as the API sends them (Workflows.Persistence.Projects), for filters and labels.
export const projectStages = [
  'Registered', 'UnderReview', 'Approved', 'Rejected', 'Budgeted', 'Procured', 'Contracted',
  'UnderConstruction', 'Accepted', 'InOperation', 'Terminated'
];

export const fundingStatuses = ['Normal', 'Held', 'Suspended', 'Terminated'];

export const projectKinds = ['NewBuild', 'Expansion', 'Upgrade', 'Operations'];

// Art. 8: the four documents every new-project application carries.
export const applicationDocumentKinds = ['Proposal', 'FeasibilityStudy', 'PreliminaryDesign', 'InvestmentEstimate'];

export const documentKinds = [
  ...applicationDocumentKinds, 'BudgetReviewReport', 'Contract', 'SupervisorFiling', 'AcceptanceReport', 'SelfEvaluation'
];
