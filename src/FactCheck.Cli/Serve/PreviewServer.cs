using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using FactCheck.Cli.Commands;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Cli.Serve;

/// <summary>
/// The HTTP side of <c>factcheck serve</c>: Kestrel on the loopback address, answering <see cref="ReportPath"/> (the
/// report, or the diagnostics), <see cref="LastGoodPath"/> and <see cref="EventsPath"/> (server-sent events, one per
/// run), and 404 to everything else.
/// </summary>
internal static class PreviewServer
{
    /// <summary>The address of the report, or of the diagnostics while the checks have errors.</summary>
    public const string ReportPath = "/";

    /// <summary>The address of the last report made without errors.</summary>
    public const string LastGoodPath = "/last-good";

    /// <summary>The address of the event stream: a <c>reload</c> event, whose data is the run's number, after each run.</summary>
    public const string EventsPath = "/events";

    /// <summary>The response header of <see cref="ReportPath"/> that gives the number of the run that made the page.</summary>
    public const string RunHeader = "X-FactCheck-Run";

    private static readonly string[] s_loopbackHosts = ["127.0.0.1", "localhost"];

    /// <summary>Gets the event stream's address for a page made at <paramref name="run"/>: it sends an event as soon as a later run exists.</summary>
    /// <param name="run">The run the page shows.</param>
    /// <returns>The address, relative to the server.</returns>
    public static string EventsAddress(int run) => $"{EventsPath}?after={run.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Builds the checks, serves them, and builds them again after each change until <paramref name="cancellation"/>.</summary>
    /// <param name="environment">The console and current directory.</param>
    /// <param name="paths">The <c>.check</c> files and folders, as given.</param>
    /// <param name="sourcesFolder">The sources folder, as given.</param>
    /// <param name="port">The port on 127.0.0.1; 0 for any free one.</param>
    /// <param name="quiet">How long the files must stay unchanged before a run.</param>
    /// <param name="cancellation">Ctrl+C or SIGTERM.</param>
    /// <returns><see cref="ExitCodes.Valid"/> once stopped.</returns>
    /// <exception cref="InputException">An input does not exist, or the port cannot be listened on.</exception>
    public static async Task<int> RunAsync(CliEnvironment environment, IReadOnlyList<string> paths, string sourcesFolder, int port, TimeSpan quiet, CancellationToken cancellation)
    {
        // Inputs missing at the start are a mistake in the command line: there would be nothing to watch.
        string[] checkPaths = [.. (paths.Count == 0 ? [CheckInputs.DefaultCheckPath] : paths).Select(environment.FullPath)];
        foreach (string path in checkPaths.Where(path => !File.Exists(path) && !Directory.Exists(path)))
        {
            throw new InputException($"'{environment.DisplayPath(path)}' does not exist.");
        }

        _ = CheckInputs.FindSourceFiles(environment, sourcesFolder);

        var site = new PreviewSite(environment, paths, sourcesFolder, SharedOptions.ReportOptionsFromEnvironment());
        using var watcher = new ChangeWatcher(checkPaths, environment.FullPath(sourcesFolder));
        site.Build();

        WebApplication app = CreateApp(site, port);
        try
        {
            try
            {
                await app.StartAsync(cancellation).ConfigureAwait(false);
            }
            catch (IOException exception)
            {
                throw new InputException($"cannot listen on 127.0.0.1:{port}: {exception.Message} Choose another port with --port, or --port 0 for any free one.", exception);
            }

            string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            environment.Output.WriteLine($"Serving the report at {address}/ (Ctrl+C stops).");
            await watcher.RunAsync(quiet, () => site.Build(), cancellation).ConfigureAwait(false);
        }
        finally
        {
            // The event streams end at once when the server stops; only they could keep it waiting.
            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await app.StopAsync(stopping.Token).ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }

        return ExitCodes.Valid;
    }

    private static WebApplication CreateApp(PreviewSite site, int port)
    {
        // The empty builder: no configuration files, environment variables or logging, only Kestrel.
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        WebApplication app = builder.Build();
        CancellationToken stopping = app.Lifetime.ApplicationStopping;
        app.Run(context => AnswerAsync(context, site, stopping));
        return app;
    }

    private static Task AnswerAsync(HttpContext context, PreviewSite site, CancellationToken stopping)
    {
        HttpResponse response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";

        // A page of another site whose name was made to resolve to 127.0.0.1 would send its own host: refuse it, so no
        // other site can read the report.
        if (!s_loopbackHosts.Contains(context.Request.Host.Host, StringComparer.OrdinalIgnoreCase))
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            return Task.CompletedTask;
        }

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return Task.CompletedTask;
        }

        switch (context.Request.Path.Value)
        {
            case ReportPath:
                PreviewPage page = site.Current;
                response.Headers[RunHeader] = page.Run.ToString(CultureInfo.InvariantCulture);
                return WriteHtmlAsync(response, page.Html, context.RequestAborted);
            case LastGoodPath when site.RenderLastGood() is { } lastGood:
                return WriteHtmlAsync(response, lastGood, context.RequestAborted);
            case EventsPath:
                return StreamEventsAsync(context, site, stopping);
            default:
                response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
        }
    }

    private static Task WriteHtmlAsync(HttpResponse response, string html, CancellationToken cancellation)
    {
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync(html, cancellation);
    }

    private static async Task StreamEventsAsync(HttpContext context, PreviewSite site, CancellationToken stopping)
    {
        HttpResponse response = context.Response;
        int after = int.TryParse(context.Request.Query["after"], NumberStyles.None, CultureInfo.InvariantCulture, out int seen) ? seen : site.Current.Run;
        response.ContentType = "text/event-stream";
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            // A page whose server restarts asks again soon.
            await response.WriteAsync("retry: 500\n\n", ended.Token).ConfigureAwait(false);
            await response.Body.FlushAsync(ended.Token).ConfigureAwait(false);
            while (true)
            {
                after = await site.WaitForRunAfterAsync(after, ended.Token).ConfigureAwait(false);
                await response.WriteAsync($"event: reload\ndata: {after.ToString(CultureInfo.InvariantCulture)}\n\n", ended.Token).ConfigureAwait(false);
                await response.Body.FlushAsync(ended.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ended.IsCancellationRequested)
        {
            // The page went away, or the server is stopping: the stream simply ends.
        }
    }
}
