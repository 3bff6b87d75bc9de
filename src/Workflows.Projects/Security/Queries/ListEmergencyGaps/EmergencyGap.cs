namespace Workflows.Projects.Security.Queries.ListEmergencyGaps;

/// <summary>A running system that lacks its emergency plan or any drill on file (art. 38), with what it has.</summary>
public sealed record EmergencyGap(Guid SystemId, string SystemName, string DepartmentCode, bool HasPlan, DateOnly? LastDrillOn);
