using System.Text.Json;
using Mediator;
using Workflows.Engine.Execution;
using Workflows.Persistence;
using Workflows.Runtime.Common;
using Workflows.Runtime.Durable;
using Workflows.Runtime.Tasks.Common;

namespace Workflows.Projects.Tasks.Commands.CompleteTaskUnlessRulesFail;

/// <summary>
/// Completes a task as a user does: when a step it leads to finds a rule of the measures broken (the service task sets
/// <c>rulesPassed</c> = false), nothing is kept and the user gets 400 with each broken rule keyed by its article, the task
/// still open with the same id. Without users (timers, the engine's own runs) the model's loop back to the task stays.
/// </summary>
public sealed record CompleteTaskUnlessRulesFail(Guid TaskId, IReadOnlyDictionary<string, JsonElement> Variables, string Actor)
    : ICommand, IOptimisticCommand;

public sealed class CompleteTaskUnlessRulesFailHandler(WorkflowsDbContext db, EngineRunner runner) : ICommandHandler<CompleteTaskUnlessRulesFail>
{
    public const string RulesPassed = "rulesPassed";
    public const string RuleViolations = "ruleViolations";

    public async ValueTask<Unit> Handle(CompleteTaskUnlessRulesFail command, CancellationToken cancellationToken)
    {
        var task = await OpenTasks.LoadWithInstanceAsync(db, command.TaskId, cancellationToken);
        PendingDelegation.EnsureNone(task);
        var session = runner.NewSession();
        var instance = await session.LoadAsync(task.InstanceId, cancellationToken);
        // A verdict left from an earlier run must not be mistaken for this completion's.
        var variables = new Dictionary<string, JsonElement>(command.Variables) { [RulesPassed] = JsonSerializer.SerializeToElement(true) };
        try
        {
            await runner.RunAsync(session,
                engine => engine.CompleteTaskAsync(session, instance, command.TaskId, variables, command.Actor, cancellationToken),
                cancellationToken);
        }
        catch (TaskNotOpenException)
        {
            throw new TaskAlreadyCompletedException(command.TaskId, completedBy: null);
        }

        if (instance.Variables.TryGetValue(RulesPassed, out var passed) && passed.ValueKind == JsonValueKind.False)
            throw new InvalidRequestException(Violations(instance.Variables));
        return Unit.Value;
    }

    /// <summary>The broken rules, one line each as the service task reported them, keyed by the article each names.</summary>
    public static IReadOnlyList<Problem> Violations(IReadOnlyDictionary<string, JsonElement> variables)
    {
        var lines = variables.TryGetValue(RuleViolations, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        return lines.Length > 0
            ? [.. lines.Select(Problem.From)]
            : [new Problem(Problem.RequestKey, "未通过办法规定的校验 (a rule of the measures is broken)")];
    }
}
