import calendar
import datetime

for y in [1900, 2000, 2023, 2024, 2100, 1, 9999]:
    print(y, calendar.isleap(y), calendar.monthrange(y, 2), calendar.weekday(y, 1, 1))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 1900), calendar.weekday(10000, 1, 1), calendar.weekday(-5, 3, 1))
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)), calendar.timegm(datetime.datetime(2001, 9, 9, 1, 46, 40).utctimetuple()))
print(calendar.monthcalendar(2024, 3))
print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 3))
print(calendar.month(2024, 3))
calendar.setfirstweekday(0)
c = calendar.Calendar(firstweekday=3)
print(list(c.iterweekdays()), c.getfirstweekday(), c.firstweekday)
c.firstweekday = 10
print(c.firstweekday, list(c.iterweekdays()))
c = calendar.Calendar()
print(list(c.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2024, 2))[:9])
print(list(c.itermonthdays3(2024, 1))[:3], list(c.itermonthdays4(2024, 12))[-3:])
print(c.monthdatescalendar(2024, 2)[0])
print(len(c.yeardatescalendar(2024)), len(c.yeardays2calendar(2024, 4)), c.yeardayscalendar(2024, 6)[1][5][-1])
print(list(c.itermonthdates(1, 1))[:2])
for bad in [lambda: calendar.monthrange(2020, 13), lambda: calendar.monthrange(2020, 0), lambda: calendar.setfirstweekday(9),
            lambda: calendar.month(2020, 13), lambda: list(c.itermonthdates(9999, 12))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
print(list(calendar.day_name), list(calendar.day_abbr), calendar.day_name[-1], calendar.day_name[1:3])
print(list(calendar.month_name), calendar.month_abbr[1:4], len(calendar.month_name), len(calendar.day_abbr))
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.EPOCH, calendar.mdays, calendar.error)
print(sorted(calendar.__all__))
print(calendar.IllegalMonthError(5).month, str(calendar.IllegalWeekdayError(-1)))
