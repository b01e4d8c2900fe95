using Workflow.Engine.Definitions.Model;
using Workflow.Engine.Journal;
using Workflow.Engine.Journal.Details;
using Workflow.Engine.Persistence.Entities;
using Workflow.Engine.Runtime.States;

namespace Workflow.Engine.Tests.Audit;

/// <summary>An entry's detail is read back as the record of its kind, and only as that.</summary>
public class JournalDetailReaderTests
{
    private static JournalEntryRecord Entry(string kind, IJournalDetail? detail) => new()
    {
        Sequence = 4,
        Command = kind,
        DetailJson = detail is null ? null : JournalDetailReader.Write(detail),
    };

    [Fact]
    public void Detail_is_read_as_the_record_of_the_entry_kind()
    {
        var entry = Entry(JournalKinds.Complete, new CompleteDetail("reject", OutcomeKind.Reject, "refused", null, null));

        var detail = entry.DetailAs<CompleteDetail>();

        Assert.Equal(new CompleteDetail("reject", OutcomeKind.Reject, "refused", null, null), detail);
    }

    [Fact]
    public void A_kind_chosen_by_a_field_is_checked_against_the_entry()
    {
        var filed = new DossierFiledDetail("p@1", Channel.Post, DateTime.UnixEpoch, null, 1, [], "EE1VN");

        Assert.Equal(Channel.Post, Entry(JournalKinds.ReceiveByPost, filed).DetailAs<DossierFiledDetail>()?.Channel);
        Assert.Throws<InvalidOperationException>(() => Entry(JournalKinds.SubmitOnline, filed).DetailAs<DossierFiledDetail>());
    }

    [Fact]
    public void Reading_a_detail_of_another_kind_is_refused()
    {
        var entry = Entry(JournalKinds.PaymentFailed, new PaymentFailedDetail(Guid.Empty, PaymentMethod.Gateway, 1m, "GW-1"));

        Assert.Throws<InvalidOperationException>(() => entry.DetailAs<PaymentConfirmedDetail>());
    }

    [Fact]
    public void An_entry_without_detail_reads_as_null()
    {
        Assert.Null(Entry(JournalKinds.BranchClosed, null).DetailAs<BranchClosedDetail>());
        Assert.Null(JournalDetailReader.Read<BranchClosedDetail>(null));
    }

    [Fact]
    public void A_detail_edited_by_hand_into_another_shape_reads_as_null()
    {
        var issued = new JournalEntryRecord
        {
            Sequence = 7,
            Command = JournalKinds.DocumentIssued,
            DetailJson = """{"document":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","purpose":"receipt","set":"default","contentHash":"sha-c","templateHash":"sha-t","mediaType":"text/html","signed":"yes"}""",
        };

        Assert.Null(issued.DetailAs<DocumentIssuedDetail>());
        Assert.Null(JournalDetailReader.Read<DocumentIssuedDetail>(issued.DetailJson));
        Assert.Null(JournalDetailReader.Read<AskToCompleteDetail>("""{"missing":"Ảnh 4x6"}"""));
        Assert.Null(JournalDetailReader.Read<HandoffDetail>("{\"step\":\"sign\",\"unit\":\"ubnd\""));
    }
}
