using FollowUp.Core.Links;
using FollowUp.Web.Secretariat.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FollowUp.Web.Secretariat;

public static class SecretariatRoutes
{
    private static readonly string[] Read = ["GET", "HEAD"];
    private static readonly string[] Act = ["POST"];

    /// <summary>
    /// The workspace under <c>/api/secretariat</c>, as the Functions app answers it, in one route group
    /// whose filter signs people in, checks roles and antiforgery tokens, and sets the headers.
    /// Needs <c>AddFollowUpCore</c> and <c>AddFollowUpSecretariatWeb</c>.
    /// </summary>
    public static RouteGroupBuilder MapSecretariatRoutes(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/" + LinkRoutes.RoutePrefix).AddEndpointFilter<SecretariatRouteFilter>();
        group.MapMethods(SecretariatPaths.Overview, Read, (HttpContext http, SecretariatEndpoints e) => e.OverviewAsync(http));
        group.MapMethods(SecretariatPaths.Commitments, Read, (HttpContext http, SecretariatEndpoints e) => e.CommitmentsAsync(http));
        group.MapMethods(SecretariatPaths.Commitment, Read, (HttpContext http, string id, SecretariatEndpoints e) => e.CommitmentAsync(http, id));
        group.MapMethods(SecretariatPaths.Status, Act, (HttpContext http, string id, SecretariatActions a) => a.StatusAsync(http, id));
        group.MapMethods(SecretariatPaths.Snapshots, Read, (HttpContext http, SnapshotEndpoints s) => s.ListAsync(http));
        group.MapMethods(SecretariatPaths.Snapshots, Act, (HttpContext http, SnapshotEndpoints s) => s.CreateAsync(http));
        group.MapMethods(SecretariatPaths.Report, Read, (HttpContext http, ReportEndpoint r) => r.DownloadAsync(http));
        group.MapMethods(SecretariatPaths.Intake, Read, (HttpContext http, IntakeEndpoints i) => i.PageAsync(http));
        group.MapMethods(SecretariatPaths.Intake, Act, (HttpContext http, IntakeEndpoints i) => i.ProposeAsync(http));
        group.MapMethods(SecretariatPaths.IntakeDrafts, Act, (HttpContext http, IntakeEndpoints i) => i.DraftsAsync(http));
        group.MapMethods(SecretariatPaths.Owner, Read, (HttpContext http, string email, Owners.OwnerEndpoints e) => e.OwnerAsync(http, email));
        group.MapMethods(SecretariatPaths.Schedule, Read, (HttpContext http, Owners.ScheduleEndpoints e) => e.ScheduleAsync(http));
        group.MapMethods(SecretariatPaths.OwnerFreshLink, Act, (HttpContext http, string email, Owners.OwnerActions a) => a.FreshLinkAsync(http, email));
        group.MapMethods(SecretariatPaths.OwnerNudge, Act, (HttpContext http, string email, Owners.OwnerActions a) => a.NudgeAsync(http, email));
        group.MapMethods(SecretariatPaths.Edit, Read, (HttpContext http, string id, Edits.EditActions a) => a.FormAsync(http, id));
        group.MapMethods(SecretariatPaths.Edit, Act, (HttpContext http, string id, Edits.EditActions a) => a.SaveAsync(http, id));
        group.MapMethods(SecretariatPaths.Add, Read, (HttpContext http, Edits.AddActions a) => a.FormAsync(http));
        group.MapMethods(SecretariatPaths.Add, Act, (HttpContext http, Edits.AddActions a) => a.AddAsync(http));
        group.MapMethods(SecretariatPaths.Import, Read, (HttpContext http, Uploads.ImportActions a) => a.FormAsync(http));
        group.MapMethods(SecretariatPaths.Import, Act, (HttpContext http, Uploads.ImportActions a) => a.PreviewAsync(http));
        group.MapMethods(SecretariatPaths.ImportApply, Act, (HttpContext http, Uploads.ImportActions a) => a.ApplyAsync(http));
        return group;
    }
}
