using System.CommandLine;
using FollowUp.Core.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FollowUp.Cli.Doctor;

public static class DoctorCommand
{
    public static Command Create(CliHostFactory hosts)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        var connectivity = new Option<bool>("--check-connectivity")
        {
            Description = "Also read one table name from storage: the only network call doctor makes.",
        };
        var command = new Command(
            "doctor",
            "Print every effective setting with its source (secrets masked), what the configuration would touch, and every problem found; exit 1 if any is serious.")
        {
            connectivity,
        };
        command.SetAction((parseResult, cancellationToken) => CommandErrors.RunAsync(parseResult, async (output, _) =>
        {
            var builder = CliHostFactory.CreateBuilder();
            hosts.Configure(builder, parseResult);
            using var host = builder.Build();

            var findings = new List<DoctorFinding>();
            var options = new FollowUpOptions();
            try
            {
                builder.Configuration.GetSection(FollowUpOptions.SectionName).Bind(options);
            }
            catch (InvalidOperationException ex)
            {
                findings.Add(new DoctorFinding(true, ex.Message, "Give the setting a value of the type named."));
            }

            var sources = new SettingSources(builder.Configuration);
            var settings = OptionWalker.Walk(options);
            findings.AddRange(DoctorChecks.Find(options, host.Services.GetServices<IValidateOptions<FollowUpOptions>>(), settings, sources));
            if (parseResult.GetValue(connectivity) && await ConnectivityCheck.CheckAsync(options.Storage, cancellationToken).ConfigureAwait(false) is { } unreachable)
            {
                findings.Add(unreachable);
            }

            await DoctorReport.WriteAsync(output, settings, sources, options, findings).ConfigureAwait(false);
            return findings.Any(f => f.Serious) ? CommandErrors.Failure : 0;
        }));
        return command;
    }
}
