// The domain's enum values as the API sends them (Workflows.Persistence.Projects), for filters and labels.
export const projectStages = [
  'Registered', 'UnderReview', 'Approved', 'Rejected', 'Budgeted', 'Procured', 'Contracted',
  'UnderConstruction', 'Accepted', 'InOperation', 'Terminated'
];

export const fundingStatuses = ['Normal', 'Held', 'Suspended', 'Terminated'];
