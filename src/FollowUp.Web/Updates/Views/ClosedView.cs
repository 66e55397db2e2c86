namespace FollowUp.Web.Updates.Views;

/// <summary>
/// Why a commitment takes no update, and whom to ask; <paramref name="Refused"/> when an update was
/// just turned away, with the note it carried (<paramref name="UnsavedNote"/>) so that nothing typed is lost.
/// </summary>
internal sealed record ClosedView(string StatusLabel, IReadOnlyList<string> Contacts, bool Refused, string? UnsavedNote = null);
