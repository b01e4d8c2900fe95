namespace Workflow.Web.Tests.Support;

/// <summary>Every browser test shares one server and one browser, one test at a time.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
