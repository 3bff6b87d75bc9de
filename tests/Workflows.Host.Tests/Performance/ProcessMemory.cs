using System.Globalization;

namespace Workflows.Host.Tests.Performance;

/// <summary>
/// A process's resident memory as Linux counts it in <c>/proc/PID/status</c>: <c>VmRSS</c> now and <c>VmHWM</c>, the
/// highest it has been since the process started, in MB.
/// </summary>
public readonly record struct ProcessMemory(long ResidentMB, long PeakResidentMB)
{
    /// <summary>The memory of the process <paramref name="processId"/>; of this process with <c>"self"</c>.</summary>
    public static ProcessMemory Of(string processId)
    {
        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                rss = Kilobytes(line) / 1024;
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                peak = Kilobytes(line) / 1024;
        }

        return new ProcessMemory(rss, peak);
    }

    public static ProcessMemory Of(int processId) => Of(processId.ToString(CultureInfo.InvariantCulture));

    /// <summary>"VmRSS:\t  123456 kB" → 123456.</summary>
    private static long Kilobytes(string line) =>
        long.Parse(line.AsSpan(line.IndexOf(':') + 1).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);

    public override string ToString() => $"{{\"rssMB\":{ResidentMB},\"peakRssMB\":{PeakResidentMB}}}";
}
