using Workflows.Engine.Execution;
using Workflows.Engine.Model;
using Workflows.Engine.Parsing;

namespace Workflows.Runtime.Definitions.Publishing;

/// <summary>Imports a BPMN document the way publishing needs it: valid, one executable process, known handlers.</summary>
public sealed class DefinitionCheck(IServiceTaskDispatcher serviceTasks)
{
    /// <summary>What the engine reads past in the document (listeners, input/output mappings, …), one per element.</summary>
    public IReadOnlyList<ValidationProblem> Warnings(string xml) => BpmnImporter.Import(xml, Options).Warnings;

    /// <summary>The executable process, or the problems that stop it from running.</summary>
    public (ProcessModel? Process, IReadOnlyList<ValidationProblem> Problems) Import(string xml, string? expectedKey)
    {
        try
        {
            var process = BpmnImporter.ImportSingleExecutable(xml, expectedKey, Options);
            return (process, []);
        }
        catch (BpmnValidationException exception)
        {
            return (null, exception.Problems);
        }
    }

    private ImportOptions Options => new() { IsKnownHandler = serviceTasks.HasHandler };
}
