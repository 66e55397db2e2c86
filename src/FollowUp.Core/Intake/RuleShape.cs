namespace FollowUp.Core.Intake;

/// <summary>How a rule's match becomes the undertaking's text, and so its title.</summary>
public enum RuleShape
{
    /// <summary>The undertaking follows the cue ("agreed to <em>implement the PTA</em>"); verbs joined by "and" are separate undertakings.</summary>
    Complement,

    /// <summary>The match itself is the undertaking ("<em>advancing the gas storage project</em>").</summary>
    Action,

    /// <summary>A document to be signed ("an MoU on customs <em>will be signed</em>"): the title is "Sign" and the document.</summary>
    Passive,

    /// <summary>A party invited to take part ("Azerbaijan invited to participate in ...").</summary>
    Invitation,

    /// <summary>The commission's next session, whose date the other drafts may take.</summary>
    NextSession,

    /// <summary>A noun phrase after the cue ("plans for <em>capacity building</em> were discussed").</summary>
    Topic,
}
