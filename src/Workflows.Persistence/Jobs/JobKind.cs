namespace Workflows.Persistence.Jobs;

public enum JobKind { Timer }
