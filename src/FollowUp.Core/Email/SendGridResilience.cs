using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace FollowUp.Core.Email;

/// <summary>
/// The retry pipeline around SendGrid calls. The SendGrid library retries only on the HttpClient it
/// builds itself; on an injected one it sends once, so the pipeline lives in the HttpClient instead.
/// </summary>
/// <remarks>
/// Outer to inner: a total timeout, retries, a per-attempt timeout. Retried: 429 (after the time
/// SendGrid names, capped), 5xx, connection failures and attempt timeouts (exponential backoff with
/// jitter). Never retried: any other 4xx, because sending the same bad request again cannot succeed
/// and a 2xx may already have queued the email. Time comes from the container's TimeProvider, so
/// tests move the clock instead of sleeping.
/// </remarks>
internal static partial class SendGridResilience
{
    public const string PipelineName = "sendgrid";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SendGridTransportOptions>>().Value;
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var logger = (ILogger?)services.GetService<ILogger<SendGridDigestSender>>() ?? NullLogger.Instance;

        builder.TimeProvider = time;
        builder
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(0, options.MaxAttempts - 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxBackoff,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RateLimitDelay(args.Outcome.Result, time, options.MaxRateLimitWait)),
                OnRetry = args =>
                {
                    LogRetrying(logger, args.AttemptNumber + 2, options.MaxAttempts, args.RetryDelay, Describe(args.Outcome));
                    return default;
                },
            })
            .AddTimeout(options.AttemptTimeout);
    }

    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500,
        _ => false,
    };

    /// <summary>
    /// The wait SendGrid asks for on a 429: Retry-After (seconds or a date) or else X-RateLimit-Reset
    /// (epoch seconds), never more than <paramref name="cap"/>. <c>null</c> means "use the backoff".
    /// </summary>
    public static TimeSpan? RateLimitDelay(HttpResponseMessage? response, TimeProvider time, TimeSpan cap)
    {
        if (response?.StatusCode != HttpStatusCode.TooManyRequests)
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
            && long.TryParse(values.FirstOrDefault(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var epochSeconds))
        {
            wait = DateTimeOffset.FromUnixTimeSeconds(epochSeconds) - time.GetUtcNow();
        }

        if (wait is null)
        {
            return null;
        }

        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > cap ? cap : wait;
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } exception
            ? exception.GetType().Name
            : $"{(int)outcome.Result!.StatusCode} {outcome.Result.StatusCode}";

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "SendGrid call failed ({Reason}); attempt {Attempt} of {MaxAttempts} in {Delay}")]
    private static partial void LogRetrying(ILogger logger, int attempt, int maxAttempts, TimeSpan delay, string reason);
}
