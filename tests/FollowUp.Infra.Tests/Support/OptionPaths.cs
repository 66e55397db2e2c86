using System.Reflection;
using FollowUp.Core.Configuration;

namespace FollowUp.Infra.Tests.Support;

/// <summary>
/// Every setting the configuration binder can fill in <see cref="FollowUpOptions"/>, spelt as an app
/// setting (<c>FollowUp__Email__FromAddress</c>); a list contributes its first entry (<c>__0</c>).
/// Read-only properties (computed table names) are not settings and are skipped.
/// </summary>
internal static class OptionPaths
{
    public static IReadOnlyList<string> All() =>
        [.. Leaves(typeof(FollowUpOptions), FollowUpOptions.SectionName).Order(StringComparer.Ordinal)];

    private static IEnumerable<string> Leaves(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is not { IsPublic: true })
            {
                continue;
            }

            var path = $"{prefix}__{property.Name}";
            var propertyType = property.PropertyType;
            if (IsScalar(propertyType))
            {
                yield return path;
            }
            else if (ElementType(propertyType) is { } element)
            {
                if (IsScalar(element))
                {
                    yield return $"{path}__0";
                }
                else
                {
                    foreach (var leaf in Leaves(element, $"{path}__0"))
                    {
                        yield return leaf;
                    }
                }
            }
            else
            {
                foreach (var leaf in Leaves(propertyType, path))
                {
                    yield return leaf;
                }
            }
        }
    }

    private static bool IsScalar(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive
            || underlying.IsEnum
            || underlying == typeof(string)
            || underlying == typeof(decimal)
            || underlying == typeof(DateOnly)
            || underlying == typeof(TimeOnly)
            || underlying == typeof(DateTime)
            || underlying == typeof(DateTimeOffset)
            || underlying == typeof(TimeSpan)
            || underlying == typeof(Guid)
            || underlying == typeof(Uri);
    }

    private static Type? ElementType(Type type) =>
        type.IsArray
            ? type.GetElementType()
            : type.GetInterfaces().Append(type)
                .FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                ?.GetGenericArguments()[0];
}
