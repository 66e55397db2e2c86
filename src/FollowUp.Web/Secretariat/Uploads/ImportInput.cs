using System.Text;
using System.Text.Json;
using FollowUp.Core.Commitments;
using FollowUp.Core.Import;
using FollowUp.Web.Updates;
using Microsoft.AspNetCore.Http;

namespace FollowUp.Web.Secretariat.Uploads;

/// <summary>
/// An import file as posted: uploaded (multipart <c>file</c>), carried back by the Apply form
/// (<c>content</c> in base64), or in JSON <c>{ "format": "json" | "csv", "content": "…", "binding" }</c>.
/// </summary>
internal sealed record ImportInput(byte[] File, CommitmentFileFormat Format, string? Binding)
{
    /// <summary>The largest file the workspace takes; in base64 the Apply form still fits ASP.NET Core's 4 MB form-value limit.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    public const string FileField = "file";
    public const string ContentField = "content";
    public const string FormatField = "format";
    public const string BindingField = "binding";

    public static string Limit => $"{MaxBytes / (1024 * 1024)} MiB";

    /// <summary>The file, or the one problem that stops it being read (named by field).</summary>
    public static async Task<(ImportInput? Input, ValidationError? Problem)> ReadAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (OwnerMediaTypes.IsJson(http.Request.ContentType))
        {
            return await ReadJsonAsync(http).ConfigureAwait(false);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        if (form.Files.GetFile(FileField) is { } upload)
        {
            if (upload.Length > MaxBytes)
            {
                return (null, TooLarge(upload.Length));
            }

            if (FormatOf(Path.GetExtension(upload.FileName).TrimStart('.')) is not { } format)
            {
                return (null, new(FileField, $"'{upload.FileName}' is not a .json or .csv file"));
            }

            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer, http.RequestAborted).ConfigureAwait(false);
            return (new(buffer.ToArray(), format, null), null);
        }

        var content = form[ContentField].ToString();
        if (content.Length == 0)
        {
            return (null, new(FileField, "Choose a .json or .csv file to upload"));
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(content);
        }
        catch (FormatException)
        {
            return (null, new(ContentField, "The file carried by the preview is damaged; upload it again"));
        }

        return Checked(bytes, form[FormatField].ToString(), form[BindingField].ToString());
    }

    private static async Task<(ImportInput?, ValidationError?)> ReadJsonAsync(HttpContext http)
    {
        try
        {
            using var json = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted).ConfigureAwait(false);
            string? Field(string name) => json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            if (Field(ContentField) is not { } content)
            {
                return (null, new(ContentField, "Send the file's text as the string content, with format json or csv"));
            }

            return Checked(Encoding.UTF8.GetBytes(content), Field(FormatField), Field(BindingField));
        }
        catch (JsonException)
        {
            return (null, new("", "The body is not JSON; send { \"format\", \"content\" }"));
        }
    }

    private static (ImportInput?, ValidationError?) Checked(byte[] bytes, string? formatText, string? binding)
    {
        if (bytes.Length > MaxBytes)
        {
            return (null, TooLarge(bytes.Length));
        }

        return FormatOf(formatText) is { } format
            ? (new(bytes, format, binding), null)
            : (null, new(FormatField, $"'{formatText}' must be json or csv"));
    }

    /// <summary>Whether <paramref name="problem"/> is the size limit's (413) rather than a bad file (400).</summary>
    public static bool IsTooLarge(ValidationError problem) => problem?.Message.EndsWith(TooLargeEnd, StringComparison.Ordinal) == true;

    private const string TooLargeEnd = " Split it, or import it with followup import.";

    private static ValidationError TooLarge(long length) =>
        new(FileField, $"The file is {length / 1024} KiB; the workspace takes files of at most {Limit}." + TooLargeEnd);

    private static CommitmentFileFormat? FormatOf(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "JSON" => CommitmentFileFormat.Json,
        "CSV" => CommitmentFileFormat.Csv,
        _ => null,
    };
}
