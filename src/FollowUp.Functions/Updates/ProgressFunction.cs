using FollowUp.Core.Links;
using FollowUp.Core.Updates;
using FollowUp.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FollowUp.Functions.Updates;

/// <summary>
/// The owner's update page and its JSON twin. Anonymous: the signed token in the link is the
/// credential, checked by the endpoint on every request.
/// </summary>
public sealed class ProgressFunction(ProgressEndpoint endpoint)
{
    [Function("Progress")]
    public Task ProgressAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", "put", "patch", "delete", "head", "options", Route = LinkRoutes.Progress)] HttpRequest request,
        string id) =>
        ProgressHttp.HandleAsync(request.HttpContext, endpoint, ProgressRoute.Progress, id);

    [Function("FreshLink")]
    public Task FreshLinkAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", "put", "patch", "delete", "head", "options", Route = LinkRoutes.FreshLink)] HttpRequest request,
        string id) =>
        ProgressHttp.HandleAsync(request.HttpContext, endpoint, ProgressRoute.FreshLink, id);
}
