using System.Collections.Concurrent;
using System.Globalization;

namespace Workflow.Web.Tests.Support;

/// <summary>How long each page took to render, written to test-results/page-timings.txt at the end.</summary>
public sealed class PageTimings
{
    private readonly ConcurrentQueue<(string Page, TimeSpan Rendered)> _lines = new();

    public void Add(string page, TimeSpan rendered) => _lines.Enqueue((page, rendered));

    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, _lines.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Rendered.TotalMilliseconds,7:0} ms  {l.Page}")));
    }
}
