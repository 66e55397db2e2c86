using System.Text.Json;
using System.Text.Json.Serialization;

namespace FollowUp.Bench;

/// <summary>How a benchmark's report is written for scripts (<c>--format json</c>).</summary>
public static class BenchJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
