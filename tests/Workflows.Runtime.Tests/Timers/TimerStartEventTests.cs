using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Persistence.Definitions;
using Workflows.Persistence.Instances;
using Workflows.Persistence.Jobs;
using Workflows.Runtime.Common;
using Workflows.Runtime.Definitions.RetireDefinition;
using Workflows.Runtime.Tests.Support;
using Workflows.Runtime.Timers;

namespace Workflows.Runtime.Tests.Timers;

/// <summary>Art. 26: a yearly self-evaluation started by a timer start event, on the fake clock (now: 2026-03-02).</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.All))]
public sealed class TimerStartEventTests(string provider) : ProviderFixture(provider)
{
    private static readonly DateTimeOffset FirstRound = new(2027, 1, 15, 9, 0, 0, TimeSpan.FromHours(8));

    [Test]
    public async Task ShouldScheduleTheFirstOccurrenceWhenTheVersionIsPublished()
    {
        await PublishAsync("self-evaluation", Process("R/2027-01-15T09:00:00+08:00/P1Y"));
        Assert.That((await PendingStartJobsAsync()).Select(job => job.DueAt), Is.EqualTo(new[] { FirstRound }));
    }

    [Test]
    public async Task ShouldScheduleACycleWithoutStartOneIntervalAfterPublication()
    {
        await PublishAsync("self-evaluation", Process("R/P1Y"));
        Assert.That((await PendingStartJobsAsync()).Single().DueAt, Is.EqualTo(Host.Time.GetUtcNow().AddYears(1)));
    }

    [Test]
    public async Task ShouldStartAnInstanceAtTheTimerStartEventWhenDue()
    {
        await PublishAsync("self-evaluation", Process("R/2027-01-15T09:00:00+08:00/P1Y"));
        await FireDueStartAsync();
        var started = await Host.ReadAsync(db => db.Set<InstanceRecord>().CountAsync(instance => instance.DefinitionKey == "self-evaluation"));
        Assert.That(started, Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldScheduleTheNextOccurrenceAfterFiring()
    {
        await PublishAsync("self-evaluation", Process("R/2027-01-15T09:00:00+08:00/P1Y"));
        await FireDueStartAsync();
        Assert.That((await PendingStartJobsAsync()).Select(job => job.DueAt), Is.EqualTo(new[] { FirstRound.AddYears(1) }));
    }

    [Test]
    public async Task ShouldStopABoundedCycleAfterItsLastRepetition()
    {
        await PublishAsync("self-evaluation", Process("R1/2027-01-15T09:00:00+08:00/P1Y"));
        await FireDueStartAsync();
        Assert.That(await PendingStartJobsAsync(), Is.Empty);
    }

    [Test]
    public async Task ShouldKeepOnlyTheScheduleOfTheLatestPublishedVersion()
    {
        await PublishAsync("self-evaluation", Process("R/2027-01-15T09:00:00+08:00/P1Y"));
        await PublishAsync("self-evaluation", Process("R/2027-02-01T09:00:00+08:00/P1Y"));
        var latest = await Host.ReadAsync(db => db.Definitions.Where(d => d.Key == "self-evaluation" && d.Version == 2).Select(d => d.Id).SingleAsync());
        Assert.That((await PendingStartJobsAsync()).Select(job => job.DefinitionId), Is.EqualTo(new Guid?[] { latest }));
    }

    [Test]
    public async Task ShouldRemoveTheScheduleOfARetiredVersion()
    {
        await PublishAsync("self-evaluation", Process("R/2027-01-15T09:00:00+08:00/P1Y"));
        await Host.SendAsync(new RetireDefinition("self-evaluation", 1, "admin"));
        Assert.That(await PendingStartJobsAsync(), Is.Empty);
    }

    [Test]
    public async Task ShouldPublishAProcessThatStartsOnItsTimerOnly()
    {
        var outcome = await PublishAsync("self-evaluation", Process("R/P1Y"));
        Assert.That(outcome.Published, Is.True);
    }

    [Test]
    public async Task ShouldRefuseToStartATimerOnlyProcessByHand()
    {
        await PublishAsync("self-evaluation", Process("R/P1Y"));
        Assert.That(() => StartAsync("self-evaluation"),
            Throws.InstanceOf<InvalidRequestException>().With.Message.Contains("'self-evaluation'").And.Message.Contains("starts on its timer"));
    }

    /// <summary>The yearly timer start event is the process's only start (no none start event).</summary>
    private static string Process(string cycle) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://example.org/tests">
          <process id="self-evaluation" isExecutable="true">
            <startEvent id="yearly">
              <timerEventDefinition>
                <timeCycle>{cycle}</timeCycle>
              </timerEventDefinition>
            </startEvent>
            <sequenceFlow id="toEvaluate" sourceRef="yearly" targetRef="evaluate" />
            <userTask id="evaluate" name="年度绩效自评" />
            <sequenceFlow id="toDone" sourceRef="evaluate" targetRef="done" />
            <endEvent id="done" />
          </process>
        </definitions>
        """;

    private Task<List<JobRecord>> PendingStartJobsAsync() =>
        Host.ReadAsync(db => db.Set<JobRecord>().AsNoTracking().Where(job => job.Kind == JobKind.TimerStart && job.Status == JobStatus.Pending).ToListAsync());

    private async Task FireDueStartAsync()
    {
        var job = (await PendingStartJobsAsync()).Single();
        Host.Time.AdjustTime(job.DueAt.ToUniversalTime());
        Assert.That(await Host.Services.GetRequiredService<TimerJobRunner>().FireDueAsync(CancellationToken.None), Is.EqualTo(1));
    }
}
