using System;

namespace FactCheck.Reports;

/// <summary>A page template is not valid Scriban, or failed while it rendered (a name the view model lacks, an asset <c>embed</c> refuses).</summary>
public sealed class ReportTemplateException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ReportTemplateException"/> class.</summary>
    public ReportTemplateException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ReportTemplateException"/> class with a message.</summary>
    /// <param name="message">What is wrong, with the template's line and column where Scriban gives them.</param>
    public ReportTemplateException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ReportTemplateException"/> class with a message and its cause.</summary>
    /// <param name="message">What is wrong, with the template's line and column where Scriban gives them.</param>
    /// <param name="innerException">Scriban's exception.</param>
    public ReportTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
