using FollowUp.Web.Delivery;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FollowUp.Functions.Delivery;

/// <summary>
/// SendGrid's Event Webhook, answered by the same handler as <c>followup serve</c>. Anonymous to the
/// platform: SendGrid's signature over the body is the credential, checked on every request.
/// </summary>
public sealed class SendGridEventsFunction(IServiceProvider services)
{
    private readonly DeliveryTriggers _triggers = new(services);

    [Function("SendGridEvents")]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", "put", "patch", "delete", "head", "options", Route = SendGridEventsEndpoint.Route)] HttpRequest request) =>
        _triggers.SendGridEventsAsync(request);
}
