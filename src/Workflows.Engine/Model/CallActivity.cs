namespace Workflows.Engine.Model;

/// <summary>Starts another definition by key and waits for it.</summary>
public sealed class CallActivity : Activity
{
    public required string CalledElement { get; init; }
    public CallBinding Binding { get; init; } = CallBinding.Latest;
    public int? Version { get; init; }

    /// <summary><c>camunda:in</c> mappings; <see cref="AllVariablesIn"/> for <c>variables="all"</c>.</summary>
    public List<VariableMapping> In { get; } = [];
    public List<VariableMapping> Out { get; } = [];
    public bool AllVariablesIn { get; init; }
    public bool AllVariablesOut { get; init; }

    /// <summary><c>camunda:in businessKey="#{execution.processBusinessKey}"</c>: pass the business key on.</summary>
    public bool PassBusinessKey { get; init; }
}
