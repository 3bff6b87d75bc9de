using Workflows.Engine.Calendar;
using Workflows.Runtime.Common;

namespace Workflows.Runtime.Calendar.AddLocalDayOff;

public sealed class AddLocalDayOffValidator : IValidator<AddLocalDayOff>
{
    public IEnumerable<string> Validate(AddLocalDayOff command)
    {
        if (string.IsNullOrWhiteSpace(command.Reason))
            yield return "请填写休息原因 / a reason is required";
        else if (command.Reason.Trim().Length > 400)
            yield return "休息原因不能超过 400 个字符 / the reason is longer than 400 characters";
        if (command.Date.Year is < ChineseWorkingDayCalendar.FirstSupportedYear or > ChineseWorkingDayCalendar.LastSupportedYear)
            yield return $"日期 {command.Date:yyyy-MM-dd} 超出日历范围 / outside the calendar's years";
    }
}
