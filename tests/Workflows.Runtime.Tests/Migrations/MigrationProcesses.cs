namespace Workflows.Runtime.Tests.Migrations;

/// <summary>Versions of one small process whose running instances the migration tests move.</summary>
public static class MigrationProcesses
{
    public const string Key = "leave-request";

    /// <summary>v1: a review with a 48-hour boundary timer, then an approval.</summary>
    public static readonly string V1 = Process("""
        <userTask id="review" name="审核" camunda:assignee="alice" camunda:candidateGroups="clerks" camunda:dueDate="P3D" />
        <boundaryEvent id="reviewOverdue" attachedToRef="review"><timerEventDefinition><timeDuration>PT48H</timeDuration></timerEventDefinition></boundaryEvent>
        <sequenceFlow id="toEscalated" sourceRef="reviewOverdue" targetRef="escalated" />
        <endEvent id="escalated" />
        <sequenceFlow id="toApprove" sourceRef="review" targetRef="approve" />
        <userTask id="approve" name="批准" />
        <sequenceFlow id="toEnd" sourceRef="approve" targetRef="end" />
        """);

    /// <summary>The form v2's review shows.</summary>
    public const string ReviewForm = """{"id": "review-v2", "type": "default", "components": [{"type": "textfield", "key": "comment", "label": "意见"}]}""";

    /// <summary>v2: the same review and timer, then a signature instead of the approval.</summary>
    public static readonly string V2 = Process("""
        <userTask id="review" name="审核" camunda:assignee="alice" camunda:candidateGroups="clerks" camunda:formKey="review-v2" />
        <boundaryEvent id="reviewOverdue" attachedToRef="review"><timerEventDefinition><timeDuration>PT48H</timeDuration></timerEventDefinition></boundaryEvent>
        <sequenceFlow id="toEscalated" sourceRef="reviewOverdue" targetRef="escalated" />
        <endEvent id="escalated" />
        <sequenceFlow id="toSign" sourceRef="review" targetRef="sign" />
        <userTask id="sign" name="签字" />
        <sequenceFlow id="toEnd" sourceRef="sign" targetRef="end" />
        """);

    /// <summary>v2 with the review and its timer renamed, and a timer catch event where the review was.</summary>
    public static readonly string Renamed = Process("""
        <userTask id="check" name="复核" />
        <boundaryEvent id="checkLate" attachedToRef="check"><timerEventDefinition><timeDuration>PT24H</timeDuration></timerEventDefinition></boundaryEvent>
        <sequenceFlow id="toEscalated" sourceRef="checkLate" targetRef="escalated" />
        <endEvent id="escalated" />
        <sequenceFlow id="toApprove" sourceRef="check" targetRef="approve" />
        <intermediateCatchEvent id="approve"><timerEventDefinition><timeDuration>P1D</timeDuration></timerEventDefinition></intermediateCatchEvent>
        <sequenceFlow id="toEnd" sourceRef="approve" targetRef="end" />
        """, firstActivity: "check");

    /// <summary>A wait of ten days at a timer catch event, then a task (<paramref name="taskId"/> differs between versions).</summary>
    public static string TimerWait(string taskId) => Process($"""
        <intermediateCatchEvent id="review"><timerEventDefinition><timeDuration>P10D</timeDuration></timerEventDefinition></intermediateCatchEvent>
        <sequenceFlow id="toTask" sourceRef="review" targetRef="{taskId}" />
        <userTask id="{taskId}" />
        <sequenceFlow id="toEnd" sourceRef="{taskId}" targetRef="end" />
        """);

    private static string Process(string body, string firstActivity = "review") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                     id="leave-defs" targetNamespace="http://example.org/tests">
          <process id="{Key}" isExecutable="true">
            <startEvent id="start" />
            <sequenceFlow id="toFirst" sourceRef="start" targetRef="{firstActivity}" />
            {body}
            <endEvent id="end" />
          </process>
        </definitions>
        """;
}
