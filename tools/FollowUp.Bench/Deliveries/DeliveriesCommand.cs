using System.CommandLine;
using System.Text.Json;
using FollowUp.Bench.Storage;
using FollowUp.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Bench.Deliveries;

/// <summary>
/// <c>deliveries</c>: measures the Event Webhook's use case (events a second, storage requests an
/// event, memory) on SendGrid-shaped, signed event batches about digests in a send ledger of its own.
/// </summary>
public static class DeliveriesCommand
{
    public static Command Create(BenchHostFactory hosts)
    {
        var digests = new Option<int>("--digests") { Description = "Digest ledger rows to claim and settle, one per owner address.", DefaultValueFactory = _ => 5_000 };
        var events = new Option<int>("--events") { Description = "SendGrid events to post (processed, then delivered or bounced), spread over the digests.", DefaultValueFactory = _ => 10_000 };
        var batch = new Option<int>("--batch") { Description = "Events per POST (SendGrid batches by time and size).", DefaultValueFactory = _ => 500 };
        var bounceEvery = new Option<int>("--bounce-every") { Description = "One digest in this many bounces instead of being delivered.", DefaultValueFactory = _ => 100 };
        var lag = new Option<int>("--lag") { Description = "Messages between a message's processed event and its delivered one in the stream.", DefaultValueFactory = _ => 250 };
        var parallelism = new Option<int>("--parallelism") { Description = "Concurrent digests while seeding.", DefaultValueFactory = _ => 32 };
        var keep = new Option<bool>("--keep") { Description = "Keep the benchmark's tables instead of deleting them." };
        var format = new Option<string>("--format") { Description = "text for people, json for scripts.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        OptionRules.AtLeast(digests, 1);
        OptionRules.AtLeast(events, 1);
        OptionRules.AtLeast(batch, 1);
        OptionRules.AtLeast(bounceEvery, 1);
        OptionRules.AtLeast(lag, 0);
        OptionRules.AtLeast(parallelism, 1);

        var command = new Command("deliveries", "Claim and settle digests in a throw-away send ledger, then time the Event Webhook's use case on signed batches of SendGrid's events about them, with storage requests per event and peak memory.")
        {
            digests,
            events,
            batch,
            bounceEvery,
            lag,
            parallelism,
            keep,
            format,
        };

        command.SetAction((parseResult, cancellationToken) => BenchErrors.RunAsync(parseResult, async (output, error) =>
        {
            var settings = new DeliveriesBenchSettings(
                parseResult.GetValue(digests), parseResult.GetValue(events), parseResult.GetValue(batch), parseResult.GetValue(bounceEvery),
                parseResult.GetValue(lag), parseResult.GetValue(parallelism), parseResult.GetValue(keep));
            using var signer = new WebhookBatchSigner();
            await using var services = await hosts.CreateAsync(parseResult, BenchTables.NewRunId(), s => AddDeliveriesBenchmark(s, signer)).ConfigureAwait(false);
            var report = await services.GetRequiredService<DeliveriesBenchmark>().RunAsync(settings, error, cancellationToken).ConfigureAwait(false);
            if (parseResult.GetRequiredValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(report, BenchJson.Options)).ConfigureAwait(false);
            }
            else
            {
                await DeliveriesBenchText.WriteAsync(output, report).ConfigureAwait(false);
            }

            foreach (var problem in report.Problems)
            {
                await error.WriteLineAsync($"MISMATCH: {problem}").ConfigureAwait(false);
            }

            return report.Problems.Count == 0 ? 0 : BenchErrors.Failure;
        }, cancellationToken));
        return command;
    }

    private static void AddDeliveriesBenchmark(IServiceCollection services, WebhookBatchSigner signer)
    {
        // The run's own verification key, whatever the operator's shell holds: only its batches verify.
        services.PostConfigure<FollowUpOptions>(o => o.Email.EventWebhookPublicKey = signer.PublicKey);
        services.AddSingleton(signer);
        services.AddSingleton<DeliveriesSeeder>();
        services.AddSingleton<DeliveriesBenchmark>();
    }
}
