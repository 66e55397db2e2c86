using FollowUp.Web.Secretariat.Sessions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Web.Secretariat;

/// <summary>
/// The workspace for the Functions app, whose HTTP triggers have no route groups or endpoint filters:
/// the same handlers behind the same <see cref="SecretariatRouteFilter"/>.
/// </summary>
public sealed class SecretariatTriggers(IServiceProvider services)
{
    private readonly SecretariatEndpoints _endpoints = services.GetRequiredService<SecretariatEndpoints>();
    private readonly SecretariatActions _actions = services.GetRequiredService<SecretariatActions>();
    private readonly Edits.EditActions _edits = services.GetRequiredService<Edits.EditActions>();
    private readonly Edits.AddActions _adds = services.GetRequiredService<Edits.AddActions>();
    private readonly Uploads.ImportActions _imports = services.GetRequiredService<Uploads.ImportActions>();
    private readonly SecretariatRouteFilter _filter = services.GetRequiredService<SecretariatRouteFilter>();
    private readonly SnapshotEndpoints _snapshots = services.GetRequiredService<SnapshotEndpoints>();
    private readonly ReportEndpoint _report = services.GetRequiredService<ReportEndpoint>();
    private readonly IntakeEndpoints _intake = services.GetRequiredService<IntakeEndpoints>();
    private readonly Owners.OwnerEndpoints _owners = services.GetRequiredService<Owners.OwnerEndpoints>();
    private readonly Owners.ScheduleEndpoints _schedule = services.GetRequiredService<Owners.ScheduleEndpoints>();
    private readonly Owners.OwnerActions _ownerActions = services.GetRequiredService<Owners.OwnerActions>();

    public Task<IResult> OverviewAsync(HttpRequest request) => RunAsync(request, async http => await _endpoints.OverviewAsync(http).ConfigureAwait(false));

    public Task<IResult> CommitmentsAsync(HttpRequest request) => RunAsync(request, async http => await _endpoints.CommitmentsAsync(http).ConfigureAwait(false));

    public Task<IResult> CommitmentAsync(HttpRequest request, string id) => RunAsync(request, async http => await _endpoints.CommitmentAsync(http, id).ConfigureAwait(false));

    public Task<IResult> StatusAsync(HttpRequest request, string id) => RunAsync(request, async http => await _actions.StatusAsync(http, id).ConfigureAwait(false));

    public Task<IResult> SnapshotsAsync(HttpRequest request) => RunAsync(request, async http => await _snapshots.ListAsync(http).ConfigureAwait(false));

    public Task<IResult> CreateSnapshotAsync(HttpRequest request) => RunAsync(request, async http => await _snapshots.CreateAsync(http).ConfigureAwait(false));

    public Task<IResult> ReportAsync(HttpRequest request) => RunAsync(request, async http => await _report.DownloadAsync(http).ConfigureAwait(false));

    public Task<IResult> IntakeAsync(HttpRequest request) => RunAsync(request, async http => await _intake.PageAsync(http).ConfigureAwait(false));

    public Task<IResult> ProposeDraftsAsync(HttpRequest request) => RunAsync(request, async http => await _intake.ProposeAsync(http).ConfigureAwait(false));

    public Task<IResult> DownloadDraftsAsync(HttpRequest request) => RunAsync(request, async http => await _intake.DraftsAsync(http).ConfigureAwait(false));

    public Task<IResult> OwnerAsync(HttpRequest request, string email) => RunAsync(request, async http => await _owners.OwnerAsync(http, email).ConfigureAwait(false));

    public Task<IResult> ScheduleAsync(HttpRequest request) => RunAsync(request, async http => await _schedule.ScheduleAsync(http).ConfigureAwait(false));

    public Task<IResult> OwnerFreshLinkAsync(HttpRequest request, string email) => RunAsync(request, async http => await _ownerActions.FreshLinkAsync(http, email).ConfigureAwait(false));

    public Task<IResult> OwnerNudgeAsync(HttpRequest request, string email) => RunAsync(request, async http => await _ownerActions.NudgeAsync(http, email).ConfigureAwait(false));

    public Task<IResult> EditFormAsync(HttpRequest request, string id) => RunAsync(request, async http => await _edits.FormAsync(http, id).ConfigureAwait(false));

    public Task<IResult> EditAsync(HttpRequest request, string id) => RunAsync(request, async http => await _edits.SaveAsync(http, id).ConfigureAwait(false));

    public Task<IResult> AddFormAsync(HttpRequest request) => RunAsync(request, async http => await _adds.FormAsync(http).ConfigureAwait(false));

    public Task<IResult> AddAsync(HttpRequest request) => RunAsync(request, async http => await _adds.AddAsync(http).ConfigureAwait(false));

    public Task<IResult> ImportFormAsync(HttpRequest request) => RunAsync(request, async http => await _imports.FormAsync(http).ConfigureAwait(false));

    public Task<IResult> ImportPreviewAsync(HttpRequest request) => RunAsync(request, async http => await _imports.PreviewAsync(http).ConfigureAwait(false));

    public Task<IResult> ImportApplyAsync(HttpRequest request) => RunAsync(request, async http => await _imports.ApplyAsync(http).ConfigureAwait(false));

    private async Task<IResult> RunAsync(HttpRequest request, Func<HttpContext, Task<IResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await _filter.InvokeAsync(
            new DefaultEndpointFilterInvocationContext(request.HttpContext),
            async context => await handler(context.HttpContext).ConfigureAwait(false)).ConfigureAwait(false);
        return (IResult)result!;
    }
}
