using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using FollowUp.Bench.Storage;
using FollowUp.Core.Configuration;
using FollowUp.Core.Queues;
using FollowUp.Core.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Bench.Scaleout;

/// <summary>
/// <c>scaleout-worker</c>: one worker process of the scale-out benchmark, started by <c>scaleout</c>
/// itself. It drains the run's queue with FollowUp's own local worker, as one Functions instance
/// would, and prints a <see cref="WorkerResult"/>. Not for people to run.
/// </summary>
public static class WorkerCommand
{
    public const string Name = "scaleout-worker";

    public static Command Create(BenchHostFactory hosts)
    {
        var run = new Option<string>("--run") { Required = true };
        // The exact prefix of the tables the parent seeded: the parent's configuration (a test's own
        // prefix, say) need not be in this process's environment, and a worker on other tables finds nothing.
        var tables = new Option<string>("--tables") { Required = true };
        // System.CommandLine has no converter for Uri: the scale-out round's workers all failed to start without this.
        var sendGrid = new Option<Uri>("--sendgrid")
        {
            Required = true,
            CustomParser = result => Uri.TryCreate(result.Tokens.Single().Value, UriKind.Absolute, out var uri) ? uri : null,
        };
        var lease = new Option<int>("--lease-seconds") { DefaultValueFactory = _ => 15 };
        var concurrency = new Option<int>("--concurrency") { DefaultValueFactory = _ => 1 };
        OptionRules.AtLeast(lease, 1);
        OptionRules.AtLeast(concurrency, 1);
        var command = new Command(Name, "One worker process of the scaleout benchmark (started by it).") { run, tables, sendGrid, lease, concurrency };
        command.Hidden = true;
        command.SetAction((parseResult, cancellationToken) => BenchErrors.RunAsync(parseResult, async (output, _) =>
        {
            var id = parseResult.GetRequiredValue(run);
            var prefix = parseResult.GetRequiredValue(tables);
            await using var services = await hosts.CreateAsync(parseResult, id, s =>
            {
                ScaleoutServices.Add(s, id, parseResult.GetRequiredValue(sendGrid));
                s.PostConfigure<FollowUpOptions>(o => o.Storage.TablePrefix = prefix);
            }).ConfigureAwait(false);
            var counts = new int[5];
            var workers = services.GetRequiredService<LocalDigestWorkers>();
            await workers.RunAsync(parseResult.GetRequiredValue(concurrency), untilEmpty: true, TimeSpan.FromSeconds(parseResult.GetRequiredValue(lease)), outcome =>
                Interlocked.Increment(ref counts[outcome switch
                {
                    DigestWorkOutcome.Delivered { Delivery: DigestDelivery.Sent } => 0,
                    DigestWorkOutcome.Delivered { Delivery: DigestDelivery.Failed } => 1,
                    DigestWorkOutcome.Delivered => 2,
                    DigestWorkOutcome.AlreadyClaimed => 3,
                    _ => 4,
                }]), cancellationToken).ConfigureAwait(false);

            using var process = Process.GetCurrentProcess();
            var result = new WorkerResult(
                counts.Sum(),
                counts[0],
                counts[1],
                counts[2],
                counts[3],
                counts[4],
                services.GetRequiredService<RequestCountingPolicy>().Count,
                services.GetRequiredService<ScaleoutServices.QueueRequests>().Policy.Count,
                process.PeakWorkingSet64);
            await output.WriteLineAsync(JsonSerializer.Serialize(result)).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }
}
