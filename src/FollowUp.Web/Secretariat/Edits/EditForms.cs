using FollowUp.Core.Commitments;
using FollowUp.Core.Import;

namespace FollowUp.Web.Secretariat.Edits;

/// <summary>The form's values: from the stored commitment, or kept from what the Admin sent.</summary>
internal static class EditForms
{
    public static (Dictionary<string, string?> Values, List<OwnerInput> Owners) Stored(Commitment c)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [ImportFields.Title] = c.Title,
            [ImportFields.Description] = c.Description,
            [ImportFields.DueDate] = IsoDate.Format(c.DueDate),
            [ImportFields.EscalationEmail] = c.EscalationEmail,
        };
        var owners = c.Owners.Select((o, i) => new OwnerInput(i, o.Ministry, o.Email, o.TimeZone, o.Role.ToString().ToLowerInvariant(), o.Country ?? "")).ToList();
        return (values, WithBlankRow(owners));
    }

    public static (Dictionary<string, string?> Values, List<OwnerInput> Owners) Sent(RawCommitment raw)
    {
        var values = new Dictionary<string, string?>(raw.Fields, StringComparer.Ordinal);
        var owners = raw.Owners.Select((o, i) => new OwnerInput(
            i, Get(o, ImportFields.OwnerMinistry), Get(o, ImportFields.OwnerEmail), Get(o, ImportFields.OwnerTimeZone),
            Get(o, ImportFields.OwnerRole), Get(o, ImportFields.OwnerCountry))).ToList();
        return (values, WithBlankRow(owners));
    }

    public static StoredValues Current(Commitment c) => new(
        c.Title, IsoDate.Format(c.DueDate), c.Description, c.EscalationEmail,
        [.. c.Owners.Select(o => $"{o.Ministry} <{o.Email}>, {o.TimeZone}, {o.Role.ToString().ToLowerInvariant()}{(o.Country is { } country ? ", " + country : "")}")]);

    private static List<OwnerInput> WithBlankRow(List<OwnerInput> owners)
    {
        if (owners.Count < CommitmentInput.MaxOwners)
        {
            owners.Add(new OwnerInput(owners.Count, "", "", "", "", ""));
        }

        return owners;
    }

    private static string Get(Dictionary<string, string?> owner, string field) => owner.GetValueOrDefault(field) ?? "";
}
