namespace Workflows.Runtime.Common;

/// <summary>The addressed definition, instance, task or job does not exist (HTTP 404).</summary>
public class NotFoundException(string message) : Exception(message)
{
    public static NotFoundException For(string what, object id) => new($"{what} '{id}' was not found.");
}
