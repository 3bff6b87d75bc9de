namespace Workflows.Persistence.Tasks;

public enum CandidateKind { User, Group }
