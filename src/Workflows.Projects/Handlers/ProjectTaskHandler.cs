using Mediator;
using Workflows.Engine.Execution;
using Workflows.Runtime.Common;

namespace Workflows.Projects.Handlers;

/// <summary>
/// A service task that sends one project command. A rule of the measures the command finds broken does not
/// park the instance: <c>rulesPassed</c> = false and <c>ruleViolations</c> send the work back to the user task.
/// </summary>
public abstract class ProjectTaskHandler(ISender sender) : IServiceTaskHandler
{
    public abstract string Name { get; }

    public async ValueTask ExecuteAsync(ServiceTaskContext context, CancellationToken cancellationToken)
    {
        try
        {
            await RunAsync(context, sender, cancellationToken);
            context.SetVariable("rulesPassed", true);
            context.SetVariable("ruleViolations", "");
        }
        catch (InvalidRequestException exception) when (ReportsViolations)
        {
            context.SetVariable("rulesPassed", false);
            context.SetVariable("ruleViolations", string.Join("\n", exception.Problems));
        }
    }

    /// <summary>True where the model routes <c>rulesPassed == false</c> back to a user task; elsewhere a broken rule is an incident.</summary>
    protected virtual bool ReportsViolations => false;

    protected abstract ValueTask RunAsync(ServiceTaskContext context, ISender sender, CancellationToken cancellationToken);

    /// <summary>
    /// Who the history names for a step the process took: the user whose completion led to it, with the step
    /// (<c>dept-a-clerk (new-project:recordContractSigned)</c>), or the step alone when a timer did.
    /// </summary>
    protected static string Actor(ServiceTaskContext context)
    {
        var step = $"{context.DefinitionKey}:{context.ActivityId}";
        var actor = context.TriggeredBy is { Length: > 0 } user ? $"{user} ({step})" : step;
        return actor.Length <= MaxActorLength ? actor : actor[..MaxActorLength];
    }

    /// <summary>
    /// Empties the answers of a form the process is about to show again (a return loop, a second round), so the
    /// last round's decision is not offered as this round's: one careless click would otherwise repeat it.
    /// </summary>
    protected static void ClearAnswers(ServiceTaskContext context, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            context.SetVariable<string?>(name, null);
        }
    }

    // The project history's actor column.
    private const int MaxActorLength = 256;
}
