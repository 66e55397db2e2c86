using FollowUp.Core.Configuration;
using FollowUp.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FollowUp.Core.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    /// <summary>The Event Webhook's use case, its signature check, the event store, the contact-health seam and the operator's readers.</summary>
    public static IServiceCollection AddFollowUpDelivery(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FollowUpOptions>, DeliveryOptionsValidator>());
        services.TryAddSingleton<EventWebhookSignature>();
        services.TryAddSingleton<IDeliveryEventStore, TableDeliveryEvents>();
        services.TryAddSingleton<IContactHealthStore, TableContactHealth>();
        services.TryAddSingleton<ReceiveDeliveryEvents>();
        services.TryAddSingleton<IDeliveryReader, TableDeliveryReader>();
        services.TryAddSingleton<ContactDirectory>();
        return services;
    }
}
