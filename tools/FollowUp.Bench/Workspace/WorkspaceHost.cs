using System.CommandLine;
using FollowUp.Core.Configuration;
using FollowUp.Web;
using FollowUp.Web.Secretariat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FollowUp.Bench.Workspace;

/// <summary>
/// The workspace's routes on Kestrel, on a free loopback port, as <c>followup serve</c> maps them
/// (the security headers' middleware, then <c>MapSecretariatRoutes</c>), over the benchmark's
/// services and tables. Who is asking comes from the <c>X-MS-CLIENT-PRINCIPAL</c> header, as behind
/// App Service Authentication; the host listens on loopback only, where serve allows that too.
/// </summary>
public static class WorkspaceHost
{
    public static async Task<WebApplication> StartAsync(BenchHostFactory hosts, ParseResult parseResult, string run, Action<IServiceCollection> configure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        ArgumentNullException.ThrowIfNull(configure);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        hosts.AddServices(builder.Services, parseResult, run);
        builder.Services.PostConfigure<FollowUpOptions>(o => o.Secretariat.TrustEasyAuthHeaders = true);
        builder.Services.AddFollowUpWeb();
        configure(builder.Services);

        var app = builder.Build();
        try
        {
            app.UseMiddleware<SecurityHeadersMiddleware>();
            app.MapSecretariatRoutes();
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            return app;
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
