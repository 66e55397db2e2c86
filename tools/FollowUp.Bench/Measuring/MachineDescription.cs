using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace FollowUp.Bench.Measuring;

/// <summary>The machine a benchmark ran on, in one line: its figures mean something only with it.</summary>
public static class MachineDescription
{
    public static string Current() => string.Create(CultureInfo.InvariantCulture,
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024.0):0.#} GB, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC");
}
