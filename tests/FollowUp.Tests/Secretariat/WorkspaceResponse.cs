using System.Text;

namespace FollowUp.Tests.Workspace;

internal sealed record WorkspaceResponse(int Status, string? ContentType, byte[] Bytes, IReadOnlyDictionary<string, string> Headers)
{
    public string Body => Encoding.UTF8.GetString(Bytes);

    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : "";
}
