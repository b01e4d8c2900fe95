using System.Globalization;
using Workflow.Designer.Diagram;
using Workflow.Designer.Editing;
using Workflow.Designer.Layout;
using Workflow.Designer.Tests.Support;

namespace Workflow.Designer.Tests.Diagram;

public class StepNodeTextTests
{
    [Fact]
    public void A_step_shows_who_does_it_by_the_organisation_s_names_and_how_long_it_takes()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
        try
        {
            var graph = FlowGraph.Of(SampleDefinitions.Read("building-permit-house", 2));
            var names = new OrganisationChoices(SampleDefinitions.Workspace);

            var review = StepNodeText.Of(graph.Node("review")!, names);
            Assert.Equal("Công việc", review.KindLabel);
            Assert.Equal(["Chuyên viên", "Phòng Kinh tế / Kinh tế, Hạ tầng và Đô thị (xã, phường)", "6 ngày làm việc"], review.Details);

            var construction = StepNodeText.Of(graph.Node("consult-construction")!, names);
            Assert.Equal("Sở Xây dựng tỉnh Bình Minh", construction.Details[1]);

            Assert.Equal(["3 nhánh chạy đồng thời"], StepNodeText.Of(graph.Node("consult-agencies")!, names).Details);
            Assert.Equal(["Tiếp tục khi đủ 2 nhánh"], StepNodeText.Of(graph.Node("opinions-received")!, names).Details);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
