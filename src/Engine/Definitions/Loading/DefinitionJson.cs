using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace Workflow.Engine.Definitions.Loading;

/// <summary>How definition files map to the model: camelCase members, kebab-case enum values, ISO dates and HH:mm times.</summary>
public static class DefinitionJson
{
    public static readonly JsonLoadSettings LoadSettings = new()
    {
        LineInfoHandling = LineInfoHandling.Load,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
        CommentHandling = CommentHandling.Ignore,
    };

    public static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        Converters =
        {
            new StringEnumConverter(new KebabCaseNamingStrategy()),
            new DateOnlyConverter(),
            new TimeOnlyConverter(),
        },
        NullValueHandling = NullValueHandling.Ignore,
        DefaultValueHandling = DefaultValueHandling.Include,
        Formatting = Formatting.Indented,
        DateParseHandling = DateParseHandling.None,
    };

    public static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    public static JToken Parse(string text)
    {
        using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader, LoadSettings);
    }

    private sealed class DateOnlyConverter : JsonConverter<DateOnly>
    {
        public override DateOnly ReadJson(JsonReader reader, Type objectType, DateOnly existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            DateOnly.ParseExact((string)reader.Value!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        public override void WriteJson(JsonWriter writer, DateOnly value, JsonSerializer serializer) =>
            writer.WriteValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private sealed class TimeOnlyConverter : JsonConverter<TimeOnly>
    {
        public override TimeOnly ReadJson(JsonReader reader, Type objectType, TimeOnly existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            TimeOnly.ParseExact((string)reader.Value!, "HH:mm", CultureInfo.InvariantCulture);

        public override void WriteJson(JsonWriter writer, TimeOnly value, JsonSerializer serializer) =>
            writer.WriteValue(value.ToString("HH:mm", CultureInfo.InvariantCulture));
    }
}
