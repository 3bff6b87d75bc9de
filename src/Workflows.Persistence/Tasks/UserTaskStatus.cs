namespace Workflows.Persistence.Tasks;

public enum UserTaskStatus { Open, Completed, Cancelled }
