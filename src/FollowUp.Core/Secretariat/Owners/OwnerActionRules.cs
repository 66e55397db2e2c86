using FollowUp.Core.Commitments;

namespace FollowUp.Core.Secretariat.Owners;

/// <summary>The reason every action on a ministry needs, checked as the status action checks its own.</summary>
internal static class OwnerActionRules
{
    public static string? Reason(string? text, List<ValidationError> errors)
    {
        var reason = text?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            errors.Add(new(OwnerAction.ReasonField, "Give a reason: it goes into the history"));
        }
        else if (reason.Length > StatusChange.MaxReasonLength)
        {
            errors.Add(new(OwnerAction.ReasonField, $"The reason is {reason.Length} characters; at most {StatusChange.MaxReasonLength} are kept"));
        }

        return reason;
    }
}
