using System.ComponentModel;
using System.Diagnostics;
using MimeKit;

namespace FollowUp.Tests.Email;

/// <summary>
/// MIME readers FollowUp did not write, in their strictest modes: Python's <c>email</c> package with
/// <c>email.policy.strict</c>, and MimeKit's parser with every compliance mode strict.
/// </summary>
internal static class StrictMimeReaders
{
    /// <summary>
    /// Parses with the strict policy (a defect the parser finds raises), reads every header through
    /// its registered type and every part's content, and reports any defect recorded on the way, any
    /// part that carries non-ASCII text without a transfer encoding, and the first To display name.
    /// </summary>
    private const string PythonCheck = """
        import email, email.policy, sys

        with open(sys.argv[1], "rb") as f:
            message = email.message_from_bytes(f.read(), policy=email.policy.strict)
        problems = []
        for part in message.walk():
            problems += [f"{part.get_content_type()}: {d!r}" for d in part.defects]
            for name, value in part.items():
                problems += [f"{name}: {d!r}" for d in getattr(value, "defects", ())]
            if part.is_multipart():
                continue
            content = part.get_content()
            encoding = (part.get("Content-Transfer-Encoding") or "7bit").lower()
            if isinstance(content, str) and not content.isascii() and encoding not in ("quoted-printable", "base64"):
                problems.append(f"{part.get_content_type()}: non-ASCII text sent as {encoding}")
        for problem in problems:
            print("PROBLEM " + problem)
        print("TO:" + message["To"].addresses[0].display_name)
        sys.exit(1 if problems else 0)
        """;

    /// <summary>What Python's strict reader says: the problems it found, and the To display name it read.</summary>
    public static (IReadOnlyList<string> Problems, string? ToName) Python(string emlPath)
    {
        var script = Path.Combine(Path.GetTempPath(), $"followup-strict-mime-{Guid.NewGuid():N}.py");
        File.WriteAllText(script, PythonCheck);
        try
        {
            var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(script);
            start.ArgumentList.Add(emlPath);
            using var process = Start(start);
            var output = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();

            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var problems = lines.Where(l => l.StartsWith("PROBLEM ", StringComparison.Ordinal)).Select(l => l[8..]).ToList();
            if (process.ExitCode != 0 && problems.Count == 0)
            {
                // The strict policy raises on a parse defect: that is the problem, in Python's words.
                problems.Add(errors.Trim());
            }

            var to = lines.FirstOrDefault(l => l.StartsWith("TO:", StringComparison.Ordinal))?[3..];
            return (problems, to);
        }
        finally
        {
            File.Delete(script);
        }
    }

    public static MimeMessage MimeKit(string emlPath)
    {
        var strict = new ParserOptions
        {
            AddressParserComplianceMode = RfcComplianceMode.Strict,
            ParameterComplianceMode = RfcComplianceMode.Strict,
            Rfc2047ComplianceMode = RfcComplianceMode.Strict,
            AllowUnquotedCommasInAddresses = false,
            AllowAddressesWithoutDomain = false,
        };
        return MimeMessage.Load(strict, emlPath);
    }

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                "python3 is needed to check the outbox's .eml files with Python's strict email parser, and it was not found. " +
                "Install it (Debian or Ubuntu: apt-get install python3); .ci/run installs it when it is missing.",
                exception);
        }
    }
}
