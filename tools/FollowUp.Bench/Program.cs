using FollowUp.Bench;

return await BenchCommandLine.Build().Parse(args).InvokeAsync().ConfigureAwait(false);
