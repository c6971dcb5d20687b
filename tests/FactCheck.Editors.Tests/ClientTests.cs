using System.Threading.Tasks;
using Xunit;

namespace FactCheck.Editors.Tests;

/// <summary>The extension's client in node against fakes of VS Code (node/client.test.js): the command it starts and its errors.</summary>
public sealed class ClientTests
{
    [Fact]
    public async Task The_client_starts_the_configured_server_and_says_what_to_do_when_it_cannot() =>
        await NodeRun.Succeeds(NodeRun.TestFolder, "node", null, "--test", System.IO.Path.Combine("node", "client.test.js"));
}
