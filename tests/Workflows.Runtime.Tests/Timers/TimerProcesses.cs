namespace Workflows.Runtime.Tests.Timers;

/// <summary>Small processes whose timers the end-to-end tests fire.</summary>
public static class TimerProcesses
{
    /// <summary>A review task interrupted by a timer two seconds after it opens; the timer path ends at <c>escalated</c>.</summary>
    public const string ReviewWithDeadline = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="review-deadline-defs" targetNamespace="http://example.org/tests">
          <process id="review-deadline" isExecutable="true">
            <startEvent id="start" />
            <sequenceFlow id="toReview" sourceRef="start" targetRef="review" />
            <userTask id="review" name="审核申请" />
            <sequenceFlow id="toReviewed" sourceRef="review" targetRef="reviewed" />
            <endEvent id="reviewed" />
            <boundaryEvent id="reviewOverdue" attachedToRef="review">
              <timerEventDefinition>
                <timeDuration>PT2S</timeDuration>
              </timerEventDefinition>
            </boundaryEvent>
            <sequenceFlow id="toEscalated" sourceRef="reviewOverdue" targetRef="escalated" />
            <endEvent id="escalated" />
          </process>
        </definitions>
        """;
}
