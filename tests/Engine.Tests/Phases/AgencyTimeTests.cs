using Workflow.Engine.Deadlines;
using Workflow.Engine.Phases;

namespace Workflow.Engine.Tests.Phases;

/// <summary>The agencies' time, added up once for the validator, the designer and the command line.</summary>
public sealed class AgencyTimeTests
{
    [Fact]
    public void Budgets_in_one_unit_add_up_in_that_unit() =>
        Assert.Equal(new Duration(7, DurationUnit.WorkingDays), AgencyTime.Total([new(5, DurationUnit.WorkingDays), new(2, DurationUnit.WorkingDays)]));

    [Fact]
    public void Working_days_hours_and_a_same_day_step_add_up_at_an_eight_hour_day()
    {
        Assert.Equal(new Duration(4, DurationUnit.WorkingDays), AgencyTime.Total([new(2, DurationUnit.WorkingDays), new(8, DurationUnit.WorkingHours), Duration.SameDay()]));
        Assert.Equal(new Duration(20, DurationUnit.WorkingHours), AgencyTime.Total([new(2, DurationUnit.WorkingDays), new(4, DurationUnit.WorkingHours)]));
    }

    [Fact]
    public void Calendar_days_do_not_add_up_with_working_time_and_no_budget_is_no_total()
    {
        Assert.Null(AgencyTime.Total([new(10, DurationUnit.CalendarDays), new(2, DurationUnit.WorkingDays)]));
        Assert.Equal(new Duration(25, DurationUnit.CalendarDays), AgencyTime.Total([new(10, DurationUnit.CalendarDays), new(15, DurationUnit.CalendarDays)]));
        Assert.Null(AgencyTime.Total([]));
    }
}
