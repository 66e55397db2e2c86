namespace FollowUp.Web.Secretariat.Edits;

/// <summary>Origin-relative links to the edit, add and import pages, beside <see cref="SecretariatUrls"/>.</summary>
internal sealed class EditUrls(string publicBaseUrl)
{
    public SecretariatUrls Workspace { get; } = new(publicBaseUrl);

    public string Edit(string id) => Workspace.Commitment(id) + "/edit";

    public string Add => Workspace.Overview + "/add";

    public string Import => Workspace.Overview + "/import";

    public string ImportApply => Import + "/apply";
}
