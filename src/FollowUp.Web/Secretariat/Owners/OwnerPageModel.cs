using FollowUp.Web.Secretariat.Views;

namespace FollowUp.Web.Secretariat.Owners;

/// <summary>One ministry's page.</summary>
internal sealed record OwnerPageModel(
    string Ministry,
    string Email,
    string? Country,
    string TimeZone,
    string Delivery,
    string? DeliverySinceIso,
    string? DeliverySinceLabel,
    string? LastUpdateIso,
    string? LastUpdateLabel,
    string? LastUpdateUrl,
    string? LastUpdateTitle,
    string? LastUpdateNote,
    string ListUrl,
    IReadOnlyList<OwnerCommitmentRow> Commitments,
    NoticeView? Notice,
    OwnerActionForm? Actions = null);
