namespace Workflows.Runtime.Tasks.ListTasks;

/// <summary>The inbox orders: nearest due date first, newest first, or highest priority first.</summary>
public enum TaskSort
{
    Due,
    Created,
    Priority,
}
