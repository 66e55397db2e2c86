using System.Collections;
using System.Globalization;
using System.Reflection;
using FollowUp.Core.Configuration;

namespace FollowUp.Cli.Doctor;

/// <summary>
/// Every bindable option of <see cref="FollowUpOptions"/> (settable properties, list entries by
/// index), with the value bound: what was configured, or the code's default.
/// </summary>
public static class OptionWalker
{
    public static IReadOnlyList<EffectiveSetting> Walk(FollowUpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = new List<EffectiveSetting>();
        Walk(options, FollowUpOptions.SectionName, settings);
        return settings;
    }

    private static void Walk(object node, string prefix, List<EffectiveSetting> settings)
    {
        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanRead || !property.CanWrite)
            {
                continue;
            }

            var path = prefix + ":" + property.Name;
            var secret = property.GetCustomAttribute<SecretAttribute>() is not null;
            switch (property.GetValue(node))
            {
                case null:
                    settings.Add(new EffectiveSetting(path, null, secret));
                    break;
                case var scalar when IsScalar(scalar.GetType()):
                    settings.Add(new EffectiveSetting(path, Format(scalar), secret));
                    break;
                case IEnumerable list:
                    WalkList(list, path, settings);
                    break;
                case var child:
                    Walk(child, path, settings);
                    break;
            }
        }
    }

    private static void WalkList(IEnumerable list, string path, List<EffectiveSetting> settings)
    {
        var index = 0;
        foreach (var item in list)
        {
            var itemPath = path + ":" + index.ToString(CultureInfo.InvariantCulture);
            if (item is null || IsScalar(item.GetType()))
            {
                settings.Add(new EffectiveSetting(itemPath, item is null ? null : Format(item), false));
            }
            else
            {
                Walk(item, itemPath, settings);
            }

            index++;
        }

        if (index == 0)
        {
            settings.Add(new EffectiveSetting(path, null, false));
        }
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateOnly)
        || type == typeof(TimeSpan) || type == typeof(Uri) || type == typeof(DateTimeOffset);

    private static string Format(object value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
