#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices;

/// <summary>Lets netstandard2.0 declare <c>init</c> accessors; newer frameworks ship this type.</summary>
internal static class IsExternalInit
{
}
#endif
