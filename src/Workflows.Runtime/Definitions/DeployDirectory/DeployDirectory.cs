using Mediator;
using Workflows.Runtime.Common;
using Workflows.Runtime.Definitions.Publishing;
using Workflows.Runtime.Forms;

namespace Workflows.Runtime.Definitions.DeployDirectory;

/// <summary>
/// Publishes every <c>*.bpmn</c> of a folder (key = its executable process id) and every <c>forms/*.form</c>
/// (key = file name) as a new version where the content changed. All or nothing: one invalid file deploys none.
/// The forms go first, so that each process version pins the forms deployed with it. Every problem names its file as
/// <c>workflows validate</c> does (<c>FILE:LINE: ELEMENT_ID: message</c>), what publishing refuses (an unknown candidate
/// group, a form with no published version) included, for every file at once.
/// </summary>
public sealed record DeployDirectory(string Path, string? Actor = null) : ICommand<IReadOnlyList<DeployedFile>>;

public sealed record DeployedFile(string File, string Kind, PublishOutcome Outcome);

public sealed class DeployDirectoryHandler(DefinitionPublisher definitions, FormPublisher forms, DefinitionCheck check)
    : ICommandHandler<DeployDirectory, IReadOnlyList<DeployedFile>>
{
    public async ValueTask<IReadOnlyList<DeployedFile>> Handle(DeployDirectory command, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(command.Path))
            throw new InvalidRequestException($"{command.Path}: no such directory");
        var bpmnFiles = Directory.GetFiles(command.Path, "*.bpmn").Order(StringComparer.Ordinal).ToList();
        var formsFolder = Path.Combine(command.Path, "forms");
        var formFiles = Directory.Exists(formsFolder) ? Directory.GetFiles(formsFolder, "*.form").Order(StringComparer.Ordinal).ToList() : [];
        if (bpmnFiles.Count == 0 && formFiles.Count == 0)
            throw new InvalidRequestException($"{command.Path}: no *.bpmn or forms/*.form files to deploy");

        var problems = new List<string>();
        var processes = ReadProcesses(bpmnFiles, problems);
        var schemas = ReadForms(formFiles, problems);
        if (problems.Count > 0)
            throw new InvalidRequestException(problems);

        var deployedForms = new List<DeployedFile>();
        foreach (var (file, key, json) in schemas)
            deployedForms.Add(new DeployedFile(file, "form", await forms.PublishAsync(key, json, command.Actor, cancellationToken)));
        var deployed = new List<DeployedFile>();
        var refused = new List<Problem>();
        foreach (var (file, key, xml) in processes)
        {
            try
            {
                deployed.Add(new DeployedFile(file, "definition", await definitions.PublishAsync(key, xml, command.Actor, cancellationToken)));
            }
            catch (InvalidRequestException exception)
            {
                // A refused file stores nothing; the others are still checked, and the command's transaction drops them all.
                refused.AddRange(exception.Keyed.Select(problem => problem with { Message = InFile(file, problem.Message) }));
            }
        }
        if (refused.Count > 0)
            throw new InvalidRequestException(refused);
        return [.. deployed, .. deployedForms];
    }

    /// <summary><c>FILE:LINE: ELEMENT_ID: message</c> for a publishing problem (<c>LINE: ELEMENT_ID: message</c>), else <c>FILE: message</c>.</summary>
    private static string InFile(string file, string message) =>
        message.Length > 0 && char.IsAsciiDigit(message[0]) ? $"{file}:{message}" : $"{file}: {message}";

    private List<(string File, string Key, string Xml)> ReadProcesses(List<string> files, List<string> problems)
    {
        var processes = new List<(string, string, string)>();
        foreach (var file in files)
        {
            var xml = File.ReadAllText(file);
            var (process, fileProblems) = check.Import(xml, expectedKey: null);
            if (process is null)
                problems.AddRange(fileProblems.Select(p => $"{file}:{p.Line}: {p.ElementId ?? "-"}: {p.Message}"));
            else
                processes.Add((file, process.Id, xml));
        }
        return processes;
    }

    private static List<(string File, string Key, string Json)> ReadForms(List<string> files, List<string> problems)
    {
        var schemas = new List<(string, string, string)>();
        foreach (var file in files)
        {
            var json = File.ReadAllText(file);
            var schemaProblems = FormSchemaCheck.Check(json);
            if (schemaProblems.Count > 0)
                problems.AddRange(schemaProblems.Select(problem => $"{file}: {problem.Message}"));
            else
                schemas.Add((file, Path.GetFileNameWithoutExtension(file), json));
        }
        return schemas;
    }
}
