namespace Workflow.Engine.Notifications;

public sealed record SmsMessage(string Phone, string Text);
