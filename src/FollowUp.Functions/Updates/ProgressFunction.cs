using FollowUp.Core.Links;
using FollowUp.Web.Updates;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FollowUp.Functions.Updates;

/// <summary>
/// The owner's update page, its JSON twin and the fresh-link request, answered by the same handlers
/// as <c>followup serve</c>. Anonymous: the signed token in the link is the credential, checked on
/// every request. Every method is bound so that a wrong one gets its 405 with the security headers.
/// </summary>
public sealed class ProgressFunction(IServiceProvider services)
{
    private readonly OwnerTriggers _owner = new(services);

    [Function("Progress")]
    public Task<IResult> ProgressAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", "put", "patch", "delete", "head", "options", Route = LinkRoutes.Progress)] HttpRequest request,
        string id) =>
        _owner.ProgressAsync(request, id);

    [Function("FreshLink")]
    public Task<IResult> FreshLinkAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", "put", "patch", "delete", "head", "options", Route = LinkRoutes.FreshLink)] HttpRequest request,
        string id) =>
        _owner.FreshLinkAsync(request, id);
}
