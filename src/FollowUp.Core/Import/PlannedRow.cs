using FollowUp.Core.Commitments;

namespace FollowUp.Core.Import;

/// <summary>One valid row, what is stored under its id (and at which version), and what writing it means.</summary>
public sealed record PlannedRow(ImportRow Row, Commitment? Existing, ImportPlan Plan);
