namespace Workflow.Engine.Definitions.Model;

public enum DataFieldType
{
    Text,
    Number,
    Boolean,
    Date,
    Choice,
}
