namespace Workflows.Runtime.Mail.HandOver;

/// <summary>How a task reached one user other than by its creation: a leader assigned or delegated it, or a delegate gave it back.</summary>
public enum TaskHandOver { Assigned, Delegated, Resolved }
