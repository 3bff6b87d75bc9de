using System.Text.Json.Nodes;

namespace Workflows.Host.Tests.Performance;

/// <summary>
/// The runtime settings the host is built with (its <c>runtimeconfig.json</c>, beside the tests as beside a published host):
/// sized for one host on a 2-core machine, measured in <see cref="HttpLatencyMeasurement"/>.
/// </summary>
public sealed class HostRuntimeSettingsTests
{
    private static JsonObject Settings()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Workflows.Host.runtimeconfig.json");
        return JsonNode.Parse(File.ReadAllText(file))!["runtimeOptions"]!["configProperties"]!.AsObject();
    }

    [Test]
    public void Runs_workstation_gc_with_background_collections()
    {
        var settings = Settings();
        Assert.Multiple(() =>
        {
            Assert.That(settings["System.GC.Server"]?.GetValue<bool>(), Is.False, "server GC sizes a heap per core for throughput");
            Assert.That(settings["System.GC.Concurrent"]?.GetValue<bool>() ?? true, Is.True, "background collections keep pauses short");
        });
    }

    [Test]
    public void Compacts_a_fragmented_heap_and_keeps_no_pgo_profiles()
    {
        var settings = Settings();
        Assert.Multiple(() =>
        {
            Assert.That(settings["System.GC.ConserveMemory"]?.GetValue<int>(), Is.InRange(1, 9));
            Assert.That(settings["System.Runtime.TieredPGO"]?.GetValue<bool>(), Is.False);
        });
    }

    [Test]
    public void Sets_no_hard_heap_limit_that_would_hide_what_the_host_needs()
    {
        Assert.That(Settings().Select(setting => setting.Key),
            Has.None.StartsWith("System.GC.HeapHardLimit").And.None.EqualTo("System.GC.HeapLimit"));
    }
}
