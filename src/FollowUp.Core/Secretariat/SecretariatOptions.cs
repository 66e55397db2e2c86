namespace FollowUp.Core.Secretariat;

/// <summary>The secretariat's workspace: who may see it and how a signed-in person is recognised.</summary>
public sealed class SecretariatOptions
{
    /// <summary>
    /// Trust the <c>X-MS-CLIENT-PRINCIPAL</c> header that App Service Authentication sets. Only where
    /// something in front of the app strips client-sent copies (App Service does; Bicep sets this to
    /// true there); anywhere else a caller could write the header and be whoever it claims.
    /// </summary>
    public bool TrustEasyAuthHeaders { get; set; }
}
