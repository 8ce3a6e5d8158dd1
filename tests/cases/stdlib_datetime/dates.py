# datetime.date: construction and validation, ordinals, weekdays, ISO calendar, arithmetic, formatting
from datetime import date, timedelta, MINYEAR, MAXYEAR

d = date(2020, 2, 29)
print(repr(d), str(d), d.year, d.month, d.day, d.toordinal(), d.weekday(), d.isoweekday(), d.isocalendar(), d.ctime())
print(d.isocalendar().year, d.isocalendar().week, d.isocalendar()[2], repr(d.isocalendar()), tuple(d.isocalendar()))
print(d.timetuple(), d.isoformat(), format(d), format(d, '%d/%m/%Y %a %A %b %B %j %U %W'), d.strftime('%y %% %f %z %Z|'))
for y, m, dd in [(2020, 1, 1), (2021, 1, 3), (2018, 12, 31), (2015, 12, 31), (2016, 1, 3), (1, 1, 1), (9999, 12, 31), (2004, 12, 31), (2010, 1, 4)]:
    x = date(y, m, dd)
    print(x, x.toordinal(), x.isocalendar(), date.fromordinal(x.toordinal()) == x, date.fromisocalendar(*x.isocalendar()) == x)
print(d + timedelta(days=1), d - timedelta(days=366), timedelta(10) + d, d - date(2000, 1, 1), d + timedelta(hours=47))
print(d.replace(day=1), d.replace(year=2021, day=28), date.min, date.max, repr(date.resolution), MINYEAR, MAXYEAR)
print(d == date(2020, 2, 29), d < date(2020, 3, 1), d != 5, hash(d) == hash(date(2020, 2, 29)), sorted([d, date(2019, 5, 5), date.max]))
print(date.fromordinal(1), date.fromordinal(737425), date.fromisocalendar(2020, 53, 7), date.fromtimestamp(0), date.fromtimestamp(86400 * 365.5))
for f in [lambda: date(2020, 13, 1), lambda: date(2021, 2, 29), lambda: date(0, 1, 1), lambda: date(10000, 1, 1), lambda: date(2020, 0, 1),
          lambda: date(2020, 1, 0), lambda: date(2020.0, 1, 1), lambda: date('2020', 1, 1), lambda: date(2020), lambda: date.max + timedelta(1),
          lambda: date.min - timedelta(1), lambda: date.fromordinal(0), lambda: date.fromordinal(3652060), lambda: date.fromisocalendar(2021, 53, 1), lambda: date.fromisocalendar(2021, 1, 8), lambda: date.fromisocalendar(0, 1, 1),
          lambda: d.replace(month=2, day=30), lambda: format(d, 5), lambda: d.strftime(5)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class MyDate(date):
    pass


m = MyDate(2020, 1, 1)
print(repr(m), type(m + timedelta(1)).__name__, type(m.replace(day=2)).__name__, type(MyDate.fromordinal(5)).__name__, m == date(2020, 1, 1))
