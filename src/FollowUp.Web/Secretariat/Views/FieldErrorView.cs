namespace FollowUp.Web.Secretariat.Views;

/// <summary>A parameter that could not be read, linked to its form field when the form has one.</summary>
internal sealed record FieldErrorView(string Field, string Message, string? Anchor);
