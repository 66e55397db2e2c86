namespace FollowUp.Bench.Deliveries;

/// <summary>The size and shape of one <c>FollowUp.Bench deliveries</c> run.</summary>
/// <param name="Digests">Digest ledger rows claimed and settled as sent, one per owner address.</param>
/// <param name="Events">SendGrid events fed to the webhook's use case, spread over the digests.</param>
/// <param name="BatchSize">Events per POST, as SendGrid batches them.</param>
/// <param name="BounceEvery">One digest in this many bounces instead of being delivered.</param>
/// <param name="Lag">Messages sent between a message's processed event and its delivered one, so the two fall in different batches as often as SendGrid's do.</param>
public sealed record DeliveriesBenchSettings(int Digests, int Events, int BatchSize, int BounceEvery, int Lag, int Parallelism, bool Keep);
