using Microsoft.Extensions.DependencyInjection;

namespace FollowUp.Core.Reports;

public static class ReportsServiceCollectionExtensions
{
    public static IServiceCollection AddFollowUpReports(this IServiceCollection services)
    {
        services.AddSingleton<IReportWriter, HtmlReportWriter>();
        services.AddSingleton<IReportWriter, XlsxReportWriter>();
        services.AddSingleton<IReportWriter, DocxReportWriter>();
        services.AddSingleton<IReportWriter, CsvReportWriter>();
        services.AddSingleton<BuildReport>();
        return services;
    }
}
