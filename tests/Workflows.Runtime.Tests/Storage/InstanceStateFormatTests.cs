using System.Text.Json;
using System.Text.Json.Serialization;
using Workflows.Engine.Calendar;
using Workflows.Engine.Execution;
using Workflows.Runtime.Durable;

namespace Workflows.Runtime.Tests.Storage;

/// <summary>
/// The instance state is written by a contract generated at build time: the rows it writes must be the rows
/// installs already hold (camelCase, enums by name, nulls left out), and those rows must read back whole.
/// </summary>
public sealed class InstanceStateFormatTests
{
    /// <summary>How the state has always been written: System.Text.Json's web defaults, enums by name, no nulls.</summary>
    private static readonly JsonSerializerOptions StoredFormat = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    [Test]
    public void ShouldWriteTheStateAsTheRowsAlreadyStoredHoldIt()
    {
        var instance = Instance();

        var written = InstanceStateSerializer.Serialize(instance);

        Assert.That(written, Is.EqualTo(JsonSerializer.Serialize(instance, StoredFormat)));
        Assert.That(written, Does.Contain("\"status\":\"Running\"").And.Contain("\"kind\":\"Timer\"").And.Not.Contain("null"));
    }

    [Test]
    public void ShouldReadAStoredRowBackWhole()
    {
        var stored = JsonSerializer.Serialize(Instance(), StoredFormat);

        var read = InstanceStateSerializer.Deserialize(stored);

        Assert.That(JsonSerializer.Serialize(read, StoredFormat), Is.EqualTo(stored));
        Assert.That(read.Executions[1].Waits![0].DueBasis, Is.EqualTo(new WorkingDayBasis(new DateOnly(2026, 12, 1), 5, new DateOnly(2026, 12, 8))));
    }

    private static ProcessInstance Instance()
    {
        var root = Guid.Parse("01a24bce-3a77-7ef2-8fab-fd33e33ca443");
        var child = Guid.Parse("01a24bce-3a77-7d2e-bbd2-6c13598d3740");
        return new ProcessInstance
        {
            Id = Guid.Parse("01a24bce-24f3-7473-a59a-5115f3f36dd6"),
            DefinitionId = Guid.Parse("01a24bce-24f3-7473-a59a-5115f3f36dd7"),
            DefinitionKey = "approval",
            DefinitionVersion = 3,
            BusinessKey = "XM-2026-0001",
            Status = InstanceStatus.Running,
            Revision = 4,
            StartedAt = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(8)),
            Variables = new Dictionary<string, JsonElement>
            {
                ["approved"] = JsonSerializer.SerializeToElement(true),
                ["amount"] = JsonSerializer.SerializeToElement(1250000.5m),
                ["reviewers"] = JsonSerializer.SerializeToElement(new[] { "dept-a", "dept-b" }),
            },
            Executions =
            [
                new Execution { Id = root, ActivityId = "process", State = ExecutionState.Active },
                new Execution
                {
                    Id = child, ParentId = root, ActivityId = "review", State = ExecutionState.WaitingForTimer,
                    Variables = new Dictionary<string, JsonElement> { ["item"] = JsonSerializer.SerializeToElement("dept-a") },
                    LoopItems = JsonSerializer.SerializeToElement(new[] { 1, 2 }),
                    TaskId = Guid.Parse("01a24bce-3ab2-7ee9-81af-be6110c1cd80"),
                    FailedStep = ExecutionStep.Execute,
                    Waits =
                    [
                        new EventWait
                        {
                            Id = Guid.Parse("01a24bce-3b1a-7d7d-9c91-fe4f5bf6036e"), EventId = "deadline", Kind = EventWaitKind.Timer,
                            DueAt = new DateTimeOffset(2026, 12, 8, 18, 0, 0, TimeSpan.FromHours(8)),
                            DueBasis = new WorkingDayBasis(new DateOnly(2026, 12, 1), 5, new DateOnly(2026, 12, 8)),
                            RepetitionsLeft = 2,
                        },
                    ],
                },
            ],
            Incidents =
            [
                new Incident
                {
                    Id = Guid.Parse("01a24bce-3b1a-7d7d-9c91-fe4f5bf6036f"), ExecutionId = child, ActivityId = "review",
                    Message = "评审超时 (review overdue)", CreatedAt = new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero),
                },
            ],
        };
    }
}
