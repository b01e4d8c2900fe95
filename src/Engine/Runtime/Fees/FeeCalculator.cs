using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Expressions;

namespace Workflow.Engine.Runtime.Fees;

/// <summary>
/// What a dossier owes under its definition's fees: flat amounts per case, or tiered amounts by a
/// quantity from the dossier's data (pages...), capped, and nothing when an exemption holds.
/// </summary>
public static class FeeCalculator
{
    public static IReadOnlyList<FeeLine> Assess(ProcedureDefinition definition, IReadOnlyDictionary<string, object?> data)
    {
        var lines = new List<FeeLine>();
        foreach (var fee in definition.Fees)
        {
            if (fee.ExemptWhen is { } exemption && ExpressionLanguage.EvaluateCondition(exemption, data))
            {
                lines.Add(new FeeLine(fee.Id, fee.Name, 0, 0, Exempt: true));
                continue;
            }

            var quantity = fee.QuantityField is { } field && data.TryGetValue(field, out var value) && value is decimal number ? (int)Math.Max(0, decimal.Floor(number)) : 1;
            var amount = fee.Tiers.Count == 0 ? (fee.Amount ?? 0) * (fee.QuantityField is null ? 1 : quantity) : Tiered(fee, quantity);
            if (fee.Max is { } max && amount > max)
            {
                amount = max;
            }

            lines.Add(new FeeLine(fee.Id, fee.Name, quantity, amount, Exempt: false));
        }

        return lines;
    }

    /// <summary>Each unit numbered n is priced by the tier that contains n (pages 1-2 at 2,000; from page 3 at 1,000...).</summary>
    private static decimal Tiered(Fee fee, int quantity)
    {
        var total = 0m;
        for (var n = 1; n <= quantity; n++)
        {
            var tier = fee.Tiers.FirstOrDefault(t => n >= t.From && (t.To is null || n <= t.To));
            total += tier?.Amount ?? 0;
        }

        return total;
    }
}
