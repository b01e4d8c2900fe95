namespace Workflow.Engine.Tests.Definitions;

/// <summary>A small, valid definition that tests change one piece at a time.</summary>
public static class DefinitionText
{
    public const string Steps = """
          {
            "id": "receive",
            "name": "Tiếp nhận",
            "kind": "task",
            "phase": "intake",
            "assignee": { "role": "desk-officer", "unitKind": "commune" },
            "duration": { "value": 1, "unit": "working-days" },
            "outcomes": [
              { "id": "transfer", "name": "Chuyển", "kind": "forward", "to": "review" }
            ]
          },
          {
            "id": "review",
            "name": "Thẩm định",
            "kind": "task",
            "assignee": { "role": "specialist", "unitKind": "commune" },
            "duration": { "value": 2, "unit": "working-days" },
            "outcomes": [
              { "id": "approve", "name": "Đồng ý", "kind": "approve", "to": "done" }
            ]
          },
          { "id": "done", "name": "Xong", "kind": "end", "result": "issued" }
    """;

    public static string Valid(string id = "sample", int version = 1, string status = "draft", string steps = Steps, string extra = "", int statutoryDays = 5) => $$"""
    {
      "$schema": "../procedure.schema.json",
      "id": "{{id}}",
      "code": "1.000001",
      "version": {{version}},
      "status": "{{status}}",
      "name": "Thủ tục mẫu",
      "field": "Thử nghiệm",
      "level": "commune",
      "receivingUnitKind": "commune",{{extra}}
      "statutoryTime": { "value": {{statutoryDays}}, "unit": "working-days" },
      "onlineMode": "none",
      "channels": ["desk"],
      "data": [ { "id": "area", "name": "Diện tích", "type": "number" } ],
      "process": {
        "start": "receive",
        "steps": [
    {{steps}}
        ]
      }
    }
    """;
}
