using FollowUp.Web.Secretariat;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FollowUp.Functions.Secretariat;

/// <summary>
/// The secretariat's workspace, answered by the same handlers as <c>followup serve</c>. Anonymous at the
/// Functions level: App Service Authentication signs people in in front of the app, and the handlers'
/// filter reads the principal it passes (only when FollowUp:Secretariat:TrustEasyAuthHeaders is set).
/// </summary>
public sealed class SecretariatFunction(IServiceProvider services)
{
    private readonly SecretariatTriggers _workspace = new(services);

    [Function("SecretariatOverview")]
    public Task<IResult> OverviewAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = SecretariatPaths.Overview)] HttpRequest request) =>
        _workspace.OverviewAsync(request);

    [Function("SecretariatCommitments")]
    public Task<IResult> CommitmentsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = SecretariatPaths.Commitments)] HttpRequest request) =>
        _workspace.CommitmentsAsync(request);

    [Function("SecretariatCommitment")]
    public Task<IResult> CommitmentAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = SecretariatPaths.Commitment)] HttpRequest request,
        string id) =>
        _workspace.CommitmentAsync(request, id);

    [Function("SecretariatStatus")]
    public Task<IResult> StatusAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = SecretariatPaths.Status)] HttpRequest request,
        string id) =>
        _workspace.StatusAsync(request, id);

    [Function("SecretariatSnapshots")]
    public Task<IResult> SnapshotsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = SecretariatPaths.Snapshots)] HttpRequest request) =>
        _workspace.SnapshotsAsync(request);

    [Function("SecretariatCreateSnapshot")]
    public Task<IResult> CreateSnapshotAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = SecretariatPaths.Snapshots)] HttpRequest request) =>
        _workspace.CreateSnapshotAsync(request);

    [Function("SecretariatReport")]
    public Task<IResult> ReportAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = SecretariatPaths.Report)] HttpRequest request) =>
        _workspace.ReportAsync(request);

    [Function("SecretariatIntake")]
    public Task<IResult> IntakeAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = SecretariatPaths.Intake)] HttpRequest request) =>
        _workspace.IntakeAsync(request);

    [Function("SecretariatProposeDrafts")]
    public Task<IResult> ProposeDraftsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = SecretariatPaths.Intake)] HttpRequest request) =>
        _workspace.ProposeDraftsAsync(request);

    [Function("SecretariatDownloadDrafts")]
    public Task<IResult> DownloadDraftsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = SecretariatPaths.IntakeDrafts)] HttpRequest request) =>
        _workspace.DownloadDraftsAsync(request);

    [Function("SecretariatOwner")]
    public Task<IResult> OwnerAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = SecretariatPaths.Owner)] HttpRequest request,
        string email) =>
        _workspace.OwnerAsync(request, email);

    [Function("SecretariatSchedule")]
    public Task<IResult> ScheduleAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = SecretariatPaths.Schedule)] HttpRequest request) =>
        _workspace.ScheduleAsync(request);

    [Function("SecretariatOwnerFreshLink")]
    public Task<IResult> OwnerFreshLinkAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = SecretariatPaths.OwnerFreshLink)] HttpRequest request,
        string email) =>
        _workspace.OwnerFreshLinkAsync(request, email);

    [Function("SecretariatOwnerNudge")]
    public Task<IResult> OwnerNudgeAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = SecretariatPaths.OwnerNudge)] HttpRequest request,
        string email) =>
        _workspace.OwnerNudgeAsync(request, email);

    [Function("SecretariatEditForm")]
    public Task<IResult> EditFormAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = SecretariatPaths.Edit)] HttpRequest request,
        string id) =>
        _workspace.EditFormAsync(request, id);

    [Function("SecretariatEdit")]
    public Task<IResult> EditAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = SecretariatPaths.Edit)] HttpRequest request,
        string id) =>
        _workspace.EditAsync(request, id);

    [Function("SecretariatAddForm")]
    public Task<IResult> AddFormAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = SecretariatPaths.Add)] HttpRequest request) =>
        _workspace.AddFormAsync(request);

    [Function("SecretariatAdd")]
    public Task<IResult> AddAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = SecretariatPaths.Add)] HttpRequest request) =>
        _workspace.AddAsync(request);

    [Function("SecretariatImportForm")]
    public Task<IResult> ImportFormAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = SecretariatPaths.Import)] HttpRequest request) =>
        _workspace.ImportFormAsync(request);

    [Function("SecretariatImportPreview")]
    public Task<IResult> ImportPreviewAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = SecretariatPaths.Import)] HttpRequest request) =>
        _workspace.ImportPreviewAsync(request);

    [Function("SecretariatImportApply")]
    public Task<IResult> ImportApplyAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = SecretariatPaths.ImportApply)] HttpRequest request) =>
        _workspace.ImportApplyAsync(request);
}
