namespace Workflow.Engine.Runtime.States;

public enum PaymentMethod
{
    /// <summary>Cash or card at the one-stop desk; the officer issues the receipt.</summary>
    Desk,

    /// <summary>A bank transfer, confirmed by an officer who saw it arrive.</summary>
    BankTransfer,

    /// <summary>An online payment gateway, confirmed by the gateway's callback.</summary>
    Gateway,
}
