namespace FactCheck;

/// <summary>What kind of party a claimant, reviewer or author is: a person or an organisation.</summary>
/// <remarks>
/// A <c>.check</c> file says it by the word before the name (<c>by: organization 'the Pentagon'</c>); a name written
/// without one is a <see cref="Person"/>, as every name was before the language could say otherwise.
/// </remarks>
public enum PartyKind
{
    /// <summary>A person: <c>by: person 'Matthew Petti'</c>, or a name written without a kind.</summary>
    Person,

    /// <summary>An organisation, such as a government, an agency or a news outlet: <c>by: organization 'the Pentagon'</c>.</summary>
    Organization,
}
