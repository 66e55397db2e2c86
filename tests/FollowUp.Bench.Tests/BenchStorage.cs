using FollowUp.Core.Configuration;

namespace FollowUp.Bench.Tests;

/// <summary>
/// The Azurite (or account) the benchmark runs against: FOLLOWUP_TEST_STORAGE, which ./test.sh sets
/// when it starts Azurite. Should it be down, the benchmark's own error says so in the failed assertion.
/// </summary>
public sealed class BenchStorage
{
    public string ConnectionString { get; } =
        Environment.GetEnvironmentVariable("FOLLOWUP_TEST_STORAGE") is { Length: > 0 } configured ? configured : StorageOptions.LocalConnectionString;

    /// <summary>A fresh prefix for one test's tables.</summary>
    public BenchPrefix CreatePrefix() => new(ConnectionString);
}
