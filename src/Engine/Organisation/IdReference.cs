using Newtonsoft.Json.Linq;

namespace Workflow.Engine.Organisation;

/// <summary>An id as written in the file, with the token it came from so a problem can point at it.</summary>
internal readonly record struct IdReference(string Id, JToken Token);
