using System.Net;
using Polly.Timeout;

namespace FollowUp.Core.Email;

/// <summary>
/// How the attempts of one send ended, so that a send that gives up can say whether SendGrid may have
/// the message (<see cref="SendResult.Unknown"/>) or cannot have it (<see cref="SendResult.Refused"/>).
/// </summary>
internal sealed class SendAttempts
{
    private Ending _last;
    private HttpStatusCode _lastStatus;
    private Exception? _lastError;

    private enum Ending
    {
        None,
        InFlight,
        Answered,
        NotConnected,
        NotSent,
        Lost,
    }

    public void Started() => _last = Ending.InFlight;

    public void Answered(HttpStatusCode status) => (_last, _lastStatus) = (Ending.Answered, status);

    public void Failed(Exception exception)
    {
        _lastError = exception;
        _last = exception switch
        {
            _ when SendGridRetryPipeline.NeverReachedSendGrid(exception) => Ending.NotConnected,

            // A timeout, or a connection lost once the request was on its way: SendGrid may have it.
            HttpRequestException or OperationCanceledException or IOException => Ending.Lost,

            // Anything else (a malformed host override, say) stopped the request before it left.
            _ => Ending.NotSent,
        };
    }

    /// <summary>What the send comes to when the pipeline gave up with <paramref name="thrown"/>.</summary>
    public SendResult Outcome(Exception thrown, SendGridTransportOptions options)
    {
        var gaveUp = thrown is TimeoutRejectedException
            ? $"; no attempt succeeded within {Seconds(options.TotalTimeout)}"
            : "";
        return _last switch
        {
            // The total timeout fired while the request was out, or an attempt's own timeout did.
            Ending.InFlight or Ending.Lost when thrown is TimeoutRejectedException timeout =>
                new SendResult.Unknown($"SendGrid did not answer within {Seconds(timeout.Timeout)}; it may have accepted the message"),
            Ending.InFlight or Ending.Lost =>
                new SendResult.Unknown($"The connection to SendGrid was lost after the request was sent ({Reason(_lastError ?? thrown)}); it may have accepted the message"),
            Ending.NotConnected => new SendResult.Refused($"SendGrid could not be reached: {Reason(_lastError!)}{gaveUp}"),
            Ending.Answered => new SendResult.Refused($"SendGrid answered {(int)_lastStatus} {_lastStatus}{gaveUp}"),
            _ => new SendResult.Refused($"The request to SendGrid could not be made: {Reason(_lastError ?? thrown)}"),
        };
    }

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds:0.###} s";

    private static string Reason(Exception exception) =>
        exception.InnerException is { } inner && !string.IsNullOrWhiteSpace(inner.Message)
            && !exception.Message.Contains(inner.Message, StringComparison.Ordinal)
            ? $"{exception.Message} {inner.Message}"
            : exception.Message;
}
