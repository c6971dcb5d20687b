using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using FactCheck.Cli.Commands;
using FactCheck.Language;
using FactCheck.Reports;

namespace FactCheck.Cli.Serve;

/// <summary>
/// The pages of <c>factcheck serve</c>: each run compiles the checks as <c>factcheck report</c> does and keeps the report,
/// or the page of diagnostics and the last good model. Runs come one at a time from one loop; pages are read from any thread.
/// </summary>
internal sealed class PreviewSite
{
    private readonly CliEnvironment _environment;
    private readonly IReadOnlyList<string> _paths;
    private readonly string _sourcesFolder;
    private readonly ReportOptions _options;
    private PreviewPage _current = new(0, string.Empty, IsReport: false);
    private GoodRun? _lastGood;
    private TaskCompletionSource _nextRun = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Initializes a new instance of the <see cref="PreviewSite"/> class.</summary>
    /// <param name="environment">The console the runs report to and the directory paths are shown relative to.</param>
    /// <param name="paths">The <c>.check</c> files and folders, as given.</param>
    /// <param name="sourcesFolder">The sources folder, as given.</param>
    /// <param name="options">The report's options.</param>
    public PreviewSite(CliEnvironment environment, IReadOnlyList<string> paths, string sourcesFolder, ReportOptions options)
    {
        _environment = environment;
        _paths = paths;
        _sourcesFolder = sourcesFolder;
        _options = options;
    }

    /// <summary>Gets the page of the latest run.</summary>
    public PreviewPage Current => Volatile.Read(ref _current);

    private GoodRun? LastGood => Volatile.Read(ref _lastGood);

    /// <summary>Compiles and renders the checks as they are on disk now, and publishes the result as the current page.</summary>
    /// <returns>The new page.</returns>
    public PreviewPage Build()
    {
        int run = Current.Run + 1;
        PreviewPage page;
        try
        {
            // The date corrections are held to is read at each run: a preview can stay open past midnight.
            CompiledChecks checks = CompiledChecks.Compile(_environment, _paths, _sourcesFolder, SharedOptions.CorrectionDate(_environment));
            checks.ReportDiagnostics(_environment);
            if (checks.Compilation.HasErrors)
            {
                page = new PreviewPage(run, DiagnosticsPage.Render(run, checks.Compilation.Diagnostics, LastGood?.Run), IsReport: false);
            }
            else
            {
                CheckModel model = checks.ToModel();
                Volatile.Write(ref _lastGood, new GoodRun(run, model));
                page = new PreviewPage(run, RenderReport(model, run), IsReport: true);
            }
        }
        catch (Exception exception) when (exception is InputException or IOException or UnauthorizedAccessException)
        {
            // A folder deleted or a file locked while an editor saves: say so on the page, and wait for the next change.
            _environment.Error.WriteLine($"factcheck: {exception.Message}");
            page = new PreviewPage(run, DiagnosticsPage.RenderInputError(run, exception.Message, LastGood?.Run), IsReport: false);
        }

        _environment.Output.WriteLine(page.IsReport ? $"Run {run}: the report is up to date." : $"Run {run}: errors; the page lists them.");
        Publish(page);
        return page;
    }

    /// <summary>Renders the last report made without errors, to reload at the run after the current one.</summary>
    /// <returns>The report, or <see langword="null"/> when no run has been free of errors.</returns>
    public string? RenderLastGood() => LastGood is { } good ? RenderReport(good.Model, Current.Run) : null;

    /// <summary>Waits for a run later than <paramref name="run"/>.</summary>
    /// <param name="run">The run the caller has seen.</param>
    /// <param name="cancellation">Stops the wait.</param>
    /// <returns>The latest run, once it is later than <paramref name="run"/>.</returns>
    public async Task<int> WaitForRunAfterAsync(int run, CancellationToken cancellation)
    {
        while (true)
        {
            // The signal is read before the page: a run published in between is then seen in the page, or completes the signal.
            Task next = Volatile.Read(ref _nextRun).Task;
            int current = Current.Run;
            if (current > run)
            {
                return current;
            }

            await next.WaitAsync(cancellation).ConfigureAwait(false);
        }
    }

    private string RenderReport(CheckModel model, int shownAtRun) =>
        ReportRenderer.Default.Render(model.Claims, model.Sources, _options with { LiveReloadUrl = new Uri(PreviewServer.EventsAddress(shownAtRun), UriKind.Relative) });

    /// <summary>A run free of errors and the claims it compiled, kept to render at <see cref="PreviewServer.LastGoodPath"/>.</summary>
    private sealed record GoodRun(int Run, CheckModel Model);

    private void Publish(PreviewPage page)
    {
        Volatile.Write(ref _current, page);
        TaskCompletionSource finished = Interlocked.Exchange(ref _nextRun, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        finished.SetResult();
    }
}
