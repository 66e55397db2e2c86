namespace FollowUp.Core.Reports;

public enum ReportFormat
{
    Html,
    Xlsx,
    Docx,
    Csv,
}
