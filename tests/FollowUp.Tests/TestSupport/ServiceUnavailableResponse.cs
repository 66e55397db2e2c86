using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;

namespace FollowUp.Tests.TestSupport;

/// <summary>The 503 that <see cref="LostResponsePolicy"/> puts in place of a real answer.</summary>
internal sealed class ServiceUnavailableResponse(string clientRequestId) : Response
{
    public override int Status => 503;

    public override string ReasonPhrase => "Server Busy";

    // The pipeline classifies the answer it received before this one replaced it; the retry policy reads this.
    public override bool IsError => true;

    public override Stream? ContentStream { get; set; } = new MemoryStream();

    public override string ClientRequestId { get; set; } = clientRequestId;

    public override void Dispose() => ContentStream?.Dispose();

    protected override bool ContainsHeader(string name) => false;

    protected override IEnumerable<HttpHeader> EnumerateHeaders() => [];

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
    {
        value = null;
        return false;
    }

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        values = null;
        return false;
    }
}
