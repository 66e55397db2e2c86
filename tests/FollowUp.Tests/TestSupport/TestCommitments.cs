using FollowUp.Core.Commitments;

namespace FollowUp.Tests.TestSupport;

/// <summary>Valid commitments to vary one field at a time.</summary>
public static class TestCommitments
{
    public static readonly ResponsibleParty Karachi =
        new("Ministry of Commerce", "commerce.pk@example.org", "Asia/Karachi", OwnerRole.Lead);

    public static readonly ResponsibleParty Baku =
        new("Ministry of Economy", "economy.az@example.org", "Asia/Baku", OwnerRole.Counterpart);

    public static Commitment Bilateral(string id = "pta-implementation-plan", DateOnly? due = null) => new()
    {
        Id = id,
        Commission = "pak-aze-jc8",
        Title = "Agree a joint plan for the Preferential Trade Agreement",
        Sector = "trade",
        DueDate = due ?? new DateOnly(2027, 3, 31),
        Owners = [Karachi, Baku],
    };
}
