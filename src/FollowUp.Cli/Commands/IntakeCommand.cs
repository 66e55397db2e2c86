using System.CommandLine;
using System.Globalization;
using System.Text;
using FollowUp.Core.Commitments;
using FollowUp.Core.Intake;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Cli.Commands;

/// <summary>
/// <c>followup intake</c>: a session's outcome document in, draft commitments out, in the import
/// format, for the secretariat to complete (owners) and import.
/// </summary>
public static class IntakeCommand
{
    public static Command Create(CliHostFactory hosts)
    {
        var file = new Argument<FileInfo>("file") { Description = "The session's outcome document: plain UTF-8 text." };
        var commission = new Option<string>("--commission")
        {
            Description = "The commission's id (e.g. pak-aze-jc8); draft ids are this id and a number.",
            Required = true,
        };
        var format = new Option<string?>("--format") { Description = "json or csv (default: from --output's extension, else json)." };
        format.AcceptOnlyFromAmong("json", "csv");
        var output = new Option<FileInfo?>("--output") { Description = "Write the drafts to this file, which must not exist (default: standard output)." };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The session's date (YYYY-MM-DD), from which \"by March\" or \"next year\" count; default: the document's own date, if it gives one.",
        };
        var command = new Command(
            "intake",
            "Propose draft commitments from a session's outcome document, in the import format, with owners left for the secretariat to fill in.")
        {
            file,
            commission,
            format,
            output,
            asOf,
        };

        command.SetAction((parseResult, cancellationToken) => CommandErrors.RunAsync(parseResult, async (stdout, error) =>
        {
            var path = parseResult.GetRequiredValue(file);
            var target = parseResult.GetValue(output);
            if (await RefusedAsync(error, path, target).ConfigureAwait(false))
            {
                return CommandErrors.Failure;
            }

            DateOnly? reference = null;
            if (parseResult.GetValue(asOf) is { } asOfText)
            {
                if (!IsoDate.TryParse(asOfText.Trim(), out var parsed))
                {
                    await error.WriteLineAsync($"--as-of: '{asOfText}' is not a date in the form YYYY-MM-DD; nothing was written.").ConfigureAwait(false);
                    return CommandErrors.Failure;
                }

                reference = parsed;
            }

            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(path.FullName, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"{path}: cannot be read ({ex.Message}); nothing was written.").ConfigureAwait(false);
                return CommandErrors.Failure;
            }

            using var host = hosts.Create(parseResult);
            var intake = host.Services.GetRequiredService<SessionIntake>();
            var outcome = intake.Propose(bytes, new IntakeRequest(parseResult.GetRequiredValue(commission).Trim(), path.Name, reference));
            if (outcome is not IntakeOutcome.Drafted drafted)
            {
                await error.WriteLineAsync(Refusal(path, outcome)).ConfigureAwait(false);
                return CommandErrors.Failure;
            }

            var csv = (parseResult.GetValue(format) ?? (target?.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) == true ? "csv" : "json")) == "csv";
            var content = await RenderAsync(drafted.Drafts, csv, cancellationToken).ConfigureAwait(false);
            var summary = target is null ? error : stdout;
            if (target is null)
            {
                await stdout.WriteAsync(content).ConfigureAwait(false);
            }
            else if (!await WrittenAsync(error, target, content, cancellationToken).ConfigureAwait(false))
            {
                return CommandErrors.Failure;
            }

            await SummaryAsync(summary, path, target, drafted).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static async Task<bool> RefusedAsync(TextWriter error, FileInfo path, FileInfo? target)
    {
        var problem = Directory.Exists(path.FullName) ? $"{path}: is a folder; name the outcome document's text file"
            : !path.Exists ? $"{path}: no such file"
            : target is not null && (target.Exists || Directory.Exists(target.FullName)) ? $"{target}: already exists; it was left as it is and nothing was written. Choose another --output, or remove it first"
            : null;
        if (problem is not null)
        {
            await error.WriteLineAsync(problem).ConfigureAwait(false);
        }

        return problem is not null;
    }

    private static string Refusal(FileInfo path, IntakeOutcome outcome) => outcome switch
    {
        IntakeOutcome.NotUtf8 bad => string.Create(CultureInfo.InvariantCulture,
            $"{path}: line {bad.Line} is not UTF-8 text (byte {bad.Byte}); save the document as UTF-8 text and run intake again. Nothing was written."),
        IntakeOutcome.EmptyText => $"{path}: is empty; nothing was written.",
        IntakeOutcome.NothingProposed none => string.Create(CultureInfo.InvariantCulture,
            $"{path}: none of its {none.Sentences} sentences holds an undertaking the intake rules recognise (see docs/intake.md); nothing was written."),
        IntakeOutcome.InvalidCommission invalid => $"--commission: {invalid.Reason}; nothing was written.",
        _ => throw new InvalidOperationException($"Unexpected intake outcome {outcome.GetType().Name}."),
    };

    private static async Task<string> RenderAsync(IReadOnlyList<IntakeDraft> drafts, bool csv, CancellationToken cancellationToken)
    {
        if (csv)
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            await DraftCsv.WriteAsync(text, drafts, cancellationToken).ConfigureAwait(false);
            return text.ToString();
        }

        using var buffer = new MemoryStream();
        await DraftJson.WriteAsync(buffer, drafts, cancellationToken).ConfigureAwait(false);
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static async Task<bool> WrittenAsync(TextWriter error, FileInfo target, string content, CancellationToken cancellationToken)
    {
        try
        {
            // CreateNew: a file that appeared since the check is still not overwritten.
            var stream = new FileStream(target.FullName, FileMode.CreateNew, FileAccess.Write);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(new UTF8Encoding(false).GetBytes(content), cancellationToken).ConfigureAwait(false);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var reason = File.Exists(target.FullName) ? "already exists; it was left as it is" : $"cannot be written ({ex.Message})";
            await error.WriteLineAsync($"{target}: {reason}; nothing was written.").ConfigureAwait(false);
            return false;
        }
    }

    private static async Task SummaryAsync(TextWriter summary, FileInfo path, FileInfo? target, IntakeOutcome.Drafted drafted)
    {
        var reference = drafted.Reference is { } date
            ? $"relative dates counted from {IsoDate.Format(date)} ({(drafted.ReferenceSource == ReferenceSource.AsOf ? "--as-of" : "the document's date")})"
            : "no reference date, so \"by March\" or \"next year\" are left to fill in (give --as-of)";
        await summary.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Proposed {drafted.Drafts.Count} draft commitments from {path.Name} ({drafted.Sentences} sentences; {reference}){(target is null ? "" : $" in {target}")}:")).ConfigureAwait(false);
        foreach (var draft in drafted.Drafts)
        {
            var due = draft.Due.Date is { } d ? IsoDate.Format(d) : "(to fill)";
            await summary.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {draft.Id}  {draft.Sector,-12} {due,-10}  {draft.Title}")).ConfigureAwait(false);
            await summary.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"      sentence {draft.Sentence.Number}, rule {draft.Rule.Id}; parties: {(draft.Parties.Count == 0 ? "none named" : string.Join(", ", draft.Parties.Select(p => p.Name)))}")).ConfigureAwait(false);
        }

        var undated = drafted.Drafts.Where(d => d.Due.Date is null).Select(d => d.Id).ToList();
        await summary.WriteLineAsync(
            "Before 'followup import', fill in every draft's owners[*].ministry and owners[*].email, and check the proposed owners[*].timeZone, title, sector and due date" +
            (undated.Count == 0 ? "." : $"; dueDate is also to fill for {string.Join(", ", undated)}.")).ConfigureAwait(false);
    }
}
