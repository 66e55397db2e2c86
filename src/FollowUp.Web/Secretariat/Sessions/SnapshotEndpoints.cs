using System.Globalization;
using System.Text.Json;
using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Snapshots;
using FollowUp.Web.Secretariat.Results;
using FollowUp.Web.Secretariat.Views;
using FollowUp.Web.Updates;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>
/// The snapshots page: the list (Viewer and Admin) and "freeze a snapshot" (Admin), through
/// <see cref="ListSnapshots"/> and <see cref="CreateSnapshot"/>, with the CLI's refusals.
/// </summary>
public sealed class SnapshotEndpoints(
    CreateSnapshot create,
    ListSnapshots list,
    IAntiforgery antiforgery,
    IOptions<FollowUpOptions> options,
    ILogger<SnapshotEndpoints> logger)
{
    public const string NameField = "name";
    public const string AsOfField = "asOf";
    public const string CreatedParameter = "created";

    private readonly SessionUrls _urls = new(options.Value.PublicBaseUrl);

    public async Task<Results<SecretariatPage, SecretariatFailure>> ListAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var reply = SessionPages.Reply(http, _urls);
        if (await list.RunAsync(http.RequestAborted).ConfigureAwait(false) is not SnapshotListOutcome.Listed listed)
        {
            return await reply.UnavailableAsync().ConfigureAwait(false);
        }

        if (reply.IsJson)
        {
            return new SecretariatPage(200, SecretariatReply.JsonBody(SnapshotJson.List(listed.Snapshots)));
        }

        var created = http.Request.Query[CreatedParameter].ToString();
        var notice = listed.Snapshots.FirstOrDefault(s => s.Name == created) is { } made
            ? new NoticeView("success", "Snapshot " + made.Name + " was created", [Describe(made)], [])
            : null;
        return new SecretariatPage(200, await PageAsync(http, reply, listed.Snapshots, notice, null).ConfigureAwait(false));
    }

    public async Task<Results<ActionApplied, InvalidRequest, ActionConflict, SecretariatFailure>> CreateAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var reply = SessionPages.Reply(http, _urls);
        if (await ReadAsync(http).ConfigureAwait(false) is not { } sent)
        {
            return await reply.InvalidAsync("This request cannot be read", [new("", "Send the fields name and asOf as a form or a JSON object")]).ConfigureAwait(false);
        }

        var name = sent.Name?.Trim() ?? "";
        var errors = new List<ValidationError>();
        if (name.Length == 0)
        {
            errors.Add(new(NameField, "is required: 1-64 lower-case letters, digits and dashes (e.g. jc9-baku)"));
        }

        DateTimeOffset? asOf = null;
        if (!string.IsNullOrWhiteSpace(sent.AsOf))
        {
            if (DateTimeOffset.TryParse(sent.AsOf.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
            {
                asOf = instant;
            }
            else
            {
                errors.Add(new(AsOfField, $"'{sent.AsOf}' is not an ISO-8601 instant such as 2026-11-30T05:00:00Z"));
            }
        }

        if (errors.Count > 0)
        {
            return new InvalidRequest(400, await RefusedAsync(http, reply, sent, errors).ConfigureAwait(false));
        }

        switch (await create.RunAsync(name, asOf, http.RequestAborted).ConfigureAwait(false))
        {
            case SnapshotCreateOutcome.Created created:
                SessionLog.SnapshotCreated(logger, created.Header.Name, created.Header.Commitments);
                var location = new KeyValuePair<string, string>("Location", _urls.Snapshots + "?" + CreatedParameter + "=" + Uri.EscapeDataString(created.Header.Name));
                return reply.IsJson
                    ? new ActionApplied(201, SecretariatReply.JsonBody(SnapshotJson.One(created.Header)), location)
                    : new ActionApplied(303, SecretariatReply.HtmlBody(""), location);
            case SnapshotCreateOutcome.InvalidName invalid:
                return new InvalidRequest(400, await RefusedAsync(http, reply, sent, [new(NameField, $"'{invalid.Name}' is not a snapshot name: use 1-64 lower-case letters, digits and dashes (e.g. jc9-baku)")]).ConfigureAwait(false));
            case SnapshotCreateOutcome.NameTaken taken:
                return new ActionConflict(409, await RefusedAsync(http, reply, sent, [new(NameField,
                    $"A snapshot named {taken.Name} exists (or an interrupted attempt left its rows); snapshots are never changed, so nothing was written. Choose another name")]).ConfigureAwait(false));
            case SnapshotCreateOutcome.AsOfInFuture future:
                return new InvalidRequest(400, await RefusedAsync(http, reply, sent, [new(AsOfField, string.Create(CultureInfo.InvariantCulture,
                    $"{future.AsOf:yyyy-MM-ddTHH:mm:ssZ} is later than now ({future.Now:yyyy-MM-ddTHH:mm:ssZ}); a snapshot cannot freeze the future"))]).ConfigureAwait(false));
            case SnapshotCreateOutcome.StorageFailed failed:
                return new SecretariatFailure(503, await reply.MessageAsync("No snapshot was completed", [failed.Reason + ". Run it again under another name."]).ConfigureAwait(false), new KeyValuePair<string, string>("Retry-After", "60"));
            case var other:
                throw new InvalidOperationException($"Unexpected snapshot outcome {other.GetType().Name}.");
        }
    }

    private static string Describe(SnapshotHeader h) => string.Create(CultureInfo.InvariantCulture,
        $"{h.Commitments} commitments as of {SecretariatViews.Label(h.AsOf)}{(h.Reconstructed ? " (replayed from the history)" : "")}, SHA-256 {h.DataSha256}.");

    /// <summary>The page (or JSON) after a refusal: every problem named, what was typed kept, nothing written.</summary>
    private async Task<SecretariatContent> RefusedAsync(HttpContext http, SecretariatReply reply, SentSnapshot sent, IReadOnlyList<ValidationError> errors)
    {
        if (reply.IsJson || await list.RunAsync(http.RequestAborted).ConfigureAwait(false) is not SnapshotListOutcome.Listed listed)
        {
            return await reply.MessageAsync("No snapshot was created", [], errors).ConfigureAwait(false);
        }

        var notice = new NoticeView("error", "No snapshot was created", ["Correct what is listed and create it again."], errors);
        return await PageAsync(http, reply, listed.Snapshots, notice, sent).ConfigureAwait(false);
    }

    private async Task<SecretariatContent> PageAsync(HttpContext http, SecretariatReply reply, IReadOnlyList<SnapshotHeader> snapshots, NoticeView? notice, SentSnapshot? sent)
    {
        SnapshotForm? form = null;
        string? intake = null;
        if (SecretariatRouteFilter.User(http).CanAct)
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            form = new SnapshotForm(_urls.Snapshots, tokens.FormFieldName, tokens.RequestToken ?? "", sent?.Name, sent?.AsOf);
            intake = _urls.Intake;
        }

        var rows = snapshots.Select(h => new SnapshotRow(
            h.Name, SecretariatViews.Iso(h.AsOf), SecretariatViews.Label(h.AsOf), SecretariatViews.Iso(h.CreatedAt), SecretariatViews.Label(h.CreatedAt),
            h.Commitments, h.DataSha256, h.Reconstructed)).ToList();
        var model = new SnapshotsPageModel(notice, ReportForms.For(_urls, snapshots), rows, form, intake);
        return SecretariatReply.HtmlBody(await SessionRenderer.SnapshotsAsync(reply.Nav!, model).ConfigureAwait(false));
    }

    private static async Task<SentSnapshot?> ReadAsync(HttpContext http)
    {
        if (OwnerMediaTypes.IsJson(http.Request.ContentType))
        {
            try
            {
                using var json = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted).ConfigureAwait(false);
                string? Field(string name) => json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                return json.RootElement.ValueKind == JsonValueKind.Object ? new SentSnapshot(Field(NameField), Field(AsOfField)) : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        return new SentSnapshot(form[NameField], form[AsOfField]);
    }
}
