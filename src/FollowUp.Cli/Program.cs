using FollowUp.Cli;

return await FollowUpCommandLine.Build().Parse(args).InvokeAsync().ConfigureAwait(false);
