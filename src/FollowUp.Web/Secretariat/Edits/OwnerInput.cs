namespace FollowUp.Web.Secretariat.Edits;

/// <summary>One owner's row of the form, named <c>owners[Index].field</c> as the import's errors name it.</summary>
internal sealed record OwnerInput(int Index, string Ministry, string Email, string TimeZone, string Role, string Country)
{
    public string Prefix => CommitmentInput.OwnerField(Index, "")[..^1];

    public int Number => Index + 1;

    public bool IsLead => string.Equals(Role, "lead", StringComparison.OrdinalIgnoreCase);

    public bool IsCounterpart => string.Equals(Role, "counterpart", StringComparison.OrdinalIgnoreCase);
}
