namespace FollowUp.Web.Secretariat.Results;

/// <summary>The current view of the list as a file (CSV or XLSX), named for a download.</summary>
public sealed class SecretariatDownload : SecretariatResult
{
    internal SecretariatDownload(string contentType, byte[] body, string fileName)
        : base(200, contentType, body, new KeyValuePair<string, string>("Content-Disposition", $"attachment; filename=\"{fileName}\""))
    {
    }
}
