using System.Text.Json;
using FollowUp.Web.Updates;
using Microsoft.AspNetCore.Http;

namespace FollowUp.Web.Secretariat.Sessions;

/// <summary>Reads the intake's fields from a form (urlencoded or multipart, with its file) or a JSON object.</summary>
internal static class IntakeReading
{
    public const string CommissionField = "commission";
    public const string AsOfField = "asOf";
    public const string TextField = "text";
    public const string FileField = "file";
    public const string DocumentNameField = "documentName";
    public const string FormatField = "format";

    /// <summary>The input, or <c>null</c> when the body is not a form or a JSON object; a file over <paramref name="maxBytes"/> is not read.</summary>
    public static async Task<(IntakeInput? Input, bool FileTooLarge)> ReadAsync(HttpContext http, int maxBytes)
    {
        if (OwnerMediaTypes.IsJson(http.Request.ContentType))
        {
            try
            {
                using var json = await JsonDocument.ParseAsync(http.Request.Body, default, http.RequestAborted).ConfigureAwait(false);
                if (json.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return (null, false);
                }

                string? Field(string name) => json.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                return (new IntakeInput(Field(CommissionField), Field(AsOfField), Field(TextField), null, Field(DocumentNameField), Field(FormatField)), false);
            }
            catch (JsonException)
            {
                return (null, false);
            }
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        byte[]? bytes = null;
        string? name = form[DocumentNameField];
        if (form.Files.GetFile(FileField) is { Length: > 0 } file)
        {
            if (file.Length > maxBytes)
            {
                return (null, true);
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, http.RequestAborted).ConfigureAwait(false);
            bytes = buffer.ToArray();
            name = Path.GetFileName(file.FileName);
        }

        return (new IntakeInput(form[CommissionField], form[AsOfField], form[TextField], bytes, name, form[FormatField]), false);
    }
}
