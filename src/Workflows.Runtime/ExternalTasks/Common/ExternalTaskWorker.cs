namespace Workflows.Runtime.ExternalTasks.Common;

/// <summary>Who acts on an external task: the worker id the worker names itself by, and the account it signed in with.</summary>
public sealed record ExternalTaskWorker(string WorkerId, string UserName);
