using System.Net;
using System.Net.Sockets;

namespace FactCheck.Cli.Tests.Serve;

/// <summary><c>factcheck serve</c>'s mistakes of usage, in process: each exits 2 with a message before serving anything.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public void A_path_that_does_not_exist_is_bad_input()
    {
        using var workspace = new Workspace();

        CliResult result = workspace.Run("serve", "nowhere", "--port", "0");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal("factcheck: 'nowhere' does not exist.\n", result.Error);
    }

    [Fact]
    public void A_port_in_use_is_bad_input_and_says_what_to_do()
    {
        using var workspace = new Workspace();
        workspace.Write("checks/claims.check", Workspace.ValidChecks);
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        string port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        CliResult result = workspace.Run("serve", "--port", port);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains($"cannot listen on 127.0.0.1:{port}", result.Error, System.StringComparison.Ordinal);
        Assert.Contains("--port 0 for any free one", result.Error, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("65536")]
    public void A_port_out_of_range_is_bad_usage(string port)
    {
        using var workspace = new Workspace();

        CliResult result = workspace.Run("serve", "--port", port);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("--port must be from 0 to 65535.", result.Error, System.StringComparison.Ordinal);
    }
}
