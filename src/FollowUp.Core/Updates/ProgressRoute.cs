namespace FollowUp.Core.Updates;

/// <summary>Which of the owner's routes a request arrived on.</summary>
public enum ProgressRoute
{
    /// <summary><see cref="Links.LinkRoutes.Progress"/>: the page, its JSON twin, and updates posted to it.</summary>
    Progress,

    /// <summary><see cref="Links.LinkRoutes.FreshLink"/>: a request for a fresh link after the old one expired.</summary>
    FreshLink,
}
