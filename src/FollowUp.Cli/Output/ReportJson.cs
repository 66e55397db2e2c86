using System.Text.Json;
using System.Text.Json.Serialization;

namespace FollowUp.Cli.Output;

/// <summary>The operator's views' JSON: as <see cref="CommitmentJson.Options"/>, but with nulls written, so that every documented field is always there.</summary>
public static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new(CommitmentJson.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };
}
