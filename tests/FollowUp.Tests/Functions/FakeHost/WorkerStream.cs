using System.Collections.Concurrent;
using FollowUp.Tests.Functions.FakeHost.Rpc;
using Grpc.Core;

namespace FollowUp.Tests.Functions.FakeHost;

/// <summary>
/// The host's end of the worker's one gRPC event stream: sends a message and hands back the
/// worker's answer to it (the worker echoes the request id), ignoring the logs it streams meanwhile.
/// </summary>
internal sealed class WorkerStream : IDisposable
{
    private readonly TaskCompletionSource<IServerStreamWriter<StreamingMessage>> _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<StreamingMessage>> _pending = new();
    private readonly SemaphoreSlim _writing = new(1, 1);

    public async Task<StreamingMessage> RequestAsync(StreamingMessage message, CancellationToken cancellationToken)
    {
        var writer = await _connected.Task.WaitAsync(cancellationToken);
        message.RequestId = Guid.NewGuid().ToString();
        var answer = new TaskCompletionSource<StreamingMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[message.RequestId] = answer;
        await _writing.WaitAsync(cancellationToken);
        try
        {
            await writer.WriteAsync(message, cancellationToken);
        }
        finally
        {
            _writing.Release();
        }

        return await answer.Task.WaitAsync(cancellationToken);
    }

    public void Dispose() => _writing.Dispose();

    /// <summary>Runs for as long as the worker keeps its stream open.</summary>
    public async Task RunAsync(IAsyncStreamReader<StreamingMessage> fromWorker, IServerStreamWriter<StreamingMessage> toWorker, CancellationToken cancellationToken)
    {
        await foreach (var message in fromWorker.ReadAllAsync(cancellationToken))
        {
            if (message.ContentCase == StreamingMessage.ContentOneofCase.StartStream)
            {
                _connected.TrySetResult(toWorker);
            }
            else if (_pending.TryRemove(message.RequestId, out var answer))
            {
                answer.TrySetResult(message);
            }
        }
    }
}
