using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Journal.Details;

/// <summary>A payment: its id, how it was paid, the amount, the receipt or transaction reference and the fee it settles. Shared by its three kinds.</summary>
public abstract record PaymentDetail(Guid Payment, PaymentMethod Method, decimal Amount, string Reference, string? Fee) : SharedShapeDetail;
