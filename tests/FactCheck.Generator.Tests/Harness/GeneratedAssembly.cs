using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace FactCheck.Generator.Tests.Harness;

/// <summary>Emits a generator's output compilation, loads it in a collectible context and reads <c>Sources.All</c> and <c>Claims.All</c>.</summary>
public static class GeneratedAssembly
{
    /// <summary>Runs the generated code and returns the runtime objects it builds.</summary>
    /// <param name="run">The generator run whose output compilation to load.</param>
    /// <param name="cancellationToken">Cancels the emit.</param>
    /// <returns>The sources and claims, as objects of the FactCheck assembly the tests themselves use.</returns>
    public static (IReadOnlyList<SourceDocument> Sources, IReadOnlyList<Claim> Claims) ReadModel(GeneratorRun run, CancellationToken cancellationToken)
    {
        string metadataNamespace = run.Namespace.Replace("@", string.Empty, System.StringComparison.Ordinal);
        return Load(run.OutputCompilation, assembly =>
        {
            var sources = (IReadOnlyList<SourceDocument>)Read(assembly, metadataNamespace + ".Sources");
            var claims = (IReadOnlyList<Claim>)Read(assembly, metadataNamespace + ".Claims");
            return ((IReadOnlyList<SourceDocument>)sources.ToArray(), (IReadOnlyList<Claim>)claims.ToArray());
        }, cancellationToken);
    }

    /// <summary>Emits a compilation, loads it in a collectible context, and reads it.</summary>
    /// <param name="compilation">The compilation, such as a generator's output with code of the test's own added.</param>
    /// <param name="read">Reads what the test needs from the loaded assembly; what it returns must not be of the assembly's own types.</param>
    /// <param name="cancellationToken">Cancels the emit.</param>
    /// <returns>What <paramref name="read"/> returned.</returns>
    public static T Load<T>(Compilation compilation, System.Func<Assembly, T> read, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        EmitResult emitted = compilation.Emit(stream, cancellationToken: cancellationToken);
        Assert.True(emitted.Success, "Emit failed:\n" + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;

        var context = new GeneratedCodeLoadContext();
        try
        {
            return read(context.LoadFromStream(stream));
        }
        finally
        {
            context.Unload();
        }
    }

    private static object Read(Assembly assembly, string typeName)
    {
        System.Type type = assembly.GetType(typeName, throwOnError: true)!;
        PropertyInfo all = type.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!;
        return all.GetValue(null)!;
    }

    /// <summary>Loads the generated assembly alone; FactCheck resolves to the assembly already loaded, so the types are shared.</summary>
    private sealed class GeneratedCodeLoadContext : AssemblyLoadContext
    {
        public GeneratedCodeLoadContext()
            : base("FactCheck generated code", isCollectible: true)
        {
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            Assembly runtime = typeof(Claim).Assembly;
            return assemblyName.Name == runtime.GetName().Name ? runtime : null;
        }
    }
}
