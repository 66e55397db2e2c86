using FollowUp.Core.Commitments;
using FollowUp.Core.Configuration;
using FollowUp.Core.Links;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FollowUp.Tests.Links;

/// <summary>Link services over fixed keys and a fake clock, built the way DI builds them.</summary>
internal sealed class LinkTestContext
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static readonly SigningKeyOptions OldKey = Key("k2025", 0x11);
    public static readonly SigningKeyOptions NewKey = Key("k2026", 0x22);

    public LinkTestContext(params SigningKeyOptions[] keys)
    {
        Options = Microsoft.Extensions.Options.Options.Create(new FollowUpOptions
        {
            PublicBaseUrl = "https://followup.example.org",
            Links = new LinksOptions { SigningKeys = keys.Length == 0 ? [NewKey] : [.. keys], LifetimeDays = 30 },
        });
        Keys = new LinkSigningKeys(Options);
        Signer = new LinkTokenSigner(Keys, Options, Time);
        Verifier = new LinkTokenVerifier(Keys, Options, Time);
        Builder = new UpdateLinkBuilder(Signer, Options);
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public IOptions<FollowUpOptions> Options { get; }

    public LinkSigningKeys Keys { get; }

    public LinkTokenSigner Signer { get; }

    public LinkTokenVerifier Verifier { get; }

    public UpdateLinkBuilder Builder { get; }

    /// <summary>A verifier with other keys reading the same clock, as after a redeploy with new settings.</summary>
    public LinkTokenVerifier VerifierWith(params SigningKeyOptions[] keys) =>
        new(LinkSigningKeys.FromOptions(new LinksOptions { SigningKeys = [.. keys] }), Options, Time);

    /// <summary>An owner at <paramref name="email"/>, for building links.</summary>
    public static ResponsibleParty Owner(string email, int generation = 0) => new("Ministry", email, "UTC", OwnerRole.Lead, LinkGeneration: generation);

    public static SigningKeyOptions Key(string id, byte fill, int length = 32) =>
        new() { Id = id, Secret = Convert.ToBase64String(Enumerable.Repeat(fill, length).ToArray()) };
}
