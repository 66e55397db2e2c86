using System.CommandLine;
using FollowUp.Core.Configuration;
using FollowUp.Web;
using FollowUp.Web.Delivery;
using FollowUp.Web.Secretariat;
using FollowUp.Web.Secretariat.Auth;
using FollowUp.Web.Updates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Cli.Serve;

public static class ServeCommand
{
    public static Command Create(CliHostFactory hosts)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen.",
            DefaultValueFactory = _ => "http://127.0.0.1:7071",
        };
        var scanEvery = new Option<TimeSpan?>("--scan-every")
        {
            Description = "Scan at start and then every interval (30s, 5m, 1h) instead of on FollowUp:ScanSchedule; for demos.",
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (ScanSchedule.TryParseInterval(text, out var interval))
                {
                    return interval;
                }

                result.AddError($"--scan-every: '{text}' is not an interval such as 30s, 5m or 1h");
                return null;
            },
        };

        var workers = new Option<int>("--workers")
        {
            Description = "Deliver through the queue, as the Functions app does, with this many in-process workers on Azurite's queue (0-64; 0, the default, scans in one process).",
            DefaultValueFactory = _ => 0,
        };
        workers.Validators.Add(result =>
        {
            if (result.GetValue(workers) is < 0 or > 64)
            {
                result.AddError("--workers is between 0 and 64");
            }
        });

        var command = new Command(
            "serve",
            "Host the update pages and the scheduled reminder scan locally, as the Functions app does in Azure; in local mode also /dev/outbox.")
        {
            urls,
            scanEvery,
            workers,
        };
        command.SetAction((parseResult, cancellationToken) => CommandErrors.RunAsync(parseResult, async (output, _) =>
        {
            var listen = parseResult.GetRequiredValue(urls);
            var app = Build(hosts, parseResult, listen, parseResult.GetValue(scanEvery), parseResult.GetValue(workers));
            await using (app.ConfigureAwait(false))
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
                var loopbackOnly = LocalHost.ListensOnLoopbackOnly(listen);
                foreach (var address in app.Urls)
                {
                    var outbox = loopbackOnly ? $"outbox: {address.TrimEnd('/')}/dev/outbox" : "no outbox: it is served only when listening on loopback alone";
                    await output.WriteLineAsync($"FollowUp is listening on {address} ({outbox}). Ctrl+C stops it.").ConfigureAwait(false);
                }

                if (loopbackOnly && app.Urls.FirstOrDefault() is { } first)
                {
                    var code = app.Services.GetRequiredService<LocalSignIn>().IssueCode();
                    await output.WriteLineAsync($"Secretariat dashboard (one-time sign-in link, this machine only, 15 minutes): {LocalSignInRoute.Link(first, code)}").ConfigureAwait(false);
                }

                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }

            return 0;
        }));
        return command;
    }

    public static WebApplication Build(CliHostFactory hosts, ParseResult parseResult, string urls, TimeSpan? scanEvery, int workers = 0)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        // The slim builder reads the tool's appsettings.json from the content root and then the
        // environment: adding the file again would put it over FollowUp__... variables.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(urls);

        // Request logs would print update links, tokens and all; the scan's own summary is what matters here.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        hosts.Configure(builder, parseResult);

        builder.Services.AddFollowUpWeb();
        var loopback = LocalHost.ListensOnLoopbackOnly(urls);
        builder.Services.AddSingleton<IValidateOptions<FollowUpOptions>>(new ServeTrustValidator(loopback));
        if (loopback)
        {
            builder.Services.AddSingleton<LocalSignIn>();
        }

        builder.Services.AddSingleton(sp => scanEvery is { } every
            ? ScanSchedule.Every(every)
            : ScanSchedule.Cron(sp.GetRequiredService<IOptions<FollowUpOptions>>().Value.ScanSchedule));
        builder.Services.AddSingleton(new ServeWorkers(workers));
        builder.Services.AddHostedService<ScheduledScanService>();
        if (workers > 0)
        {
            builder.Services.AddHostedService<DigestWorkersService>();
        }

        builder.Services.AddSingleton<OutboxReader>();
        builder.Services.AddSingleton<OutboxPages>();

        var app = builder.Build();
        // Before routing, so that "/", an unknown path and the routing's own 404 and 405 carry them too.
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.MapGet("/", () => Results.Redirect("/dev/outbox"));

        // The Functions app's routes, under the same "api" prefix, answered by the same handlers.
        app.MapOwnerRoutes();
        app.MapDeliveryRoutes();
        app.MapSecretariatRoutes();
        app.MapLocalSignIn(loopback);
        app.MapOutbox(LocalHost.ListensOnLoopbackOnly(urls));
        return app;
    }
}
