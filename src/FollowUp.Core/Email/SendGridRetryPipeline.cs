using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using SendGrid;

namespace FollowUp.Core.Email;

/// <summary>
/// The retries around one SendGrid call. An attempt is repeated only when SendGrid cannot have
/// accepted the message: no connection was made (DNS, TCP connect, TLS handshake, proxy tunnel), or
/// SendGrid answered 429 (after the wait it names, capped) or 5xx (exponential backoff with jitter).
/// An attempt that times out, or whose connection is lost after the request went out, may have been
/// accepted; it is never repeated, and the send ends as <see cref="SendResult.Unknown"/>.
/// </summary>
/// <remarks>
/// Outer to inner: a total timeout, retries, a per-attempt timeout. It wraps each call of
/// SendGridClient, so every attempt is a fresh request and the transport sees how each one ended.
/// Time comes from the container's TimeProvider, so tests move the clock instead of sleeping.
/// </remarks>
public sealed partial class SendGridRetryPipeline
{
    private readonly ResiliencePipeline<Response> _pipeline;

    public SendGridRetryPipeline(IOptions<SendGridTransportOptions> options, TimeProvider time, ILogger<SendGridTransport> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Value;
        _pipeline = Build(Options, time, logger);
    }

    public SendGridTransportOptions Options { get; }

    public ValueTask<Response> ExecuteAsync(Func<CancellationToken, ValueTask<Response>> attempt, CancellationToken cancellationToken) =>
        _pipeline.ExecuteAsync(attempt, cancellationToken);

    /// <summary>
    /// SocketsHttpHandler names these only while it connects, before a byte of the request is written
    /// (ConnectHelper.CreateWrappedException, the TLS handshake, the proxy tunnel). Everything after
    /// that, a lost connection included, is ResponseEnded, InvalidResponse or Unknown.
    /// </summary>
    public static bool NeverReachedSendGrid(Exception exception) =>
        exception is HttpRequestException
        {
            HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError
                or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError,
        };

    public static bool IsRetryable(Outcome<Response> outcome) => outcome switch
    {
        { Exception: { } exception } => NeverReachedSendGrid(exception),
        { Result: { } response } => response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500,
        _ => false,
    };

    /// <summary>
    /// The wait SendGrid asks for on a 429: Retry-After (seconds or a date) or else X-RateLimit-Reset
    /// (epoch seconds), never more than <paramref name="cap"/>. <c>null</c> means "use the backoff".
    /// </summary>
    public static TimeSpan? RateLimitDelay(Response? response, TimeProvider time, TimeSpan cap)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (response?.StatusCode != HttpStatusCode.TooManyRequests || response.Headers is null)
        {
            return null;
        }

        TimeSpan? wait = null;
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            wait = delta;
        }
        else if (retryAfter?.Date is { } date)
        {
            wait = date - time.GetUtcNow();
        }
        else if (response.Headers.TryGetValues("X-RateLimit-Reset", out var values)
            && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var epochSeconds))
        {
            wait = DateTimeOffset.FromUnixTimeSeconds(epochSeconds) - time.GetUtcNow();
        }

        if (wait is null)
        {
            return null;
        }

        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > cap ? cap : wait;
    }

    private static ResiliencePipeline<Response> Build(SendGridTransportOptions options, TimeProvider time, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<Response> { TimeProvider = time };
        builder.AddTimeout(options.TotalTimeout);
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<Response>
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxBackoff,
                ShouldHandle = args => ValueTask.FromResult(IsRetryable(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RateLimitDelay(args.Outcome.Result, time, options.MaxRateLimitWait)),
                OnRetry = args =>
                {
                    // The answer being retried is done with; release its connection.
                    args.Outcome.Result?.Body?.Dispose();
                    LogRetrying(logger, args.AttemptNumber + 2, options.MaxAttempts, args.RetryDelay, Describe(args.Outcome));
                    return default;
                },
            });
        }

        return builder.AddTimeout(options.AttemptTimeout).Build();
    }

    private static string Describe(Outcome<Response> outcome) =>
        outcome.Exception is { } exception
            ? exception.GetType().Name
            : $"{(int)outcome.Result!.StatusCode} {outcome.Result.StatusCode}";

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "SendGrid call failed ({Reason}); attempt {Attempt} of {MaxAttempts} in {Delay}")]
    private static partial void LogRetrying(ILogger logger, int attempt, int maxAttempts, TimeSpan delay, string reason);
}
