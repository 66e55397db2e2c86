namespace FollowUp.Core.Commitments;

/// <summary>A problem with one field, named the way the user wrote it (e.g. <c>owners[1].timeZone</c>).</summary>
public sealed record ValidationError(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
