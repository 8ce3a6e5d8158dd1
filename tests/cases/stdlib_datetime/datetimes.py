# datetime.datetime, time and timezone: reprs, isoformat, arithmetic across zones, comparisons, timestamps, strftime/strptime
from datetime import datetime, time, timezone, timedelta, date, tzinfo, UTC

dt = datetime(2020, 1, 2, 3, 4, 5, 6)
print(repr(dt), str(dt), repr(datetime(2020, 1, 2)), repr(datetime(2020, 1, 2, 3, 4, 5)), repr(datetime(2020, 1, 2, 0, 0, 0, 1, fold=1)))
tz1 = timezone(timedelta(hours=1), 'X')
tz2 = timezone(timedelta(hours=-5, minutes=-30))
a = datetime(2020, 1, 2, 3, 4, 5, tzinfo=tz1)
print(repr(a), str(a), a.isoformat(), a.isoformat(' ', 'minutes'), a.utcoffset(), a.tzname(), a.dst(), a.timestamp())
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, dt.isoformat(timespec=spec), time(1, 2, 3, 456789).isoformat(spec))
print(repr(tz1), repr(tz2), str(tz2), repr(timezone.utc), UTC is timezone.utc, timezone(timedelta(0)) is timezone.utc, str(timezone(timedelta(0))))
print(repr(timezone.min), repr(timezone.max), str(timezone(timedelta(seconds=61))), tz1 == timezone(timedelta(hours=1)), hash(tz1) == hash(timezone(timedelta(hours=1))))
b = a.astimezone(tz2)
print(repr(b), b == a, b - a, a - datetime(2020, 1, 1, tzinfo=timezone.utc), a.astimezone(timezone.utc), a.utctimetuple())
print(repr(time(12, 30)), repr(time()), repr(time(1, 2, 3, 4, tzinfo=timezone.utc)), repr(time(1, 2, fold=1)), str(time(1, 2, 3, 4, tz2)))
t = time(23, 59, 59, 999999, tz1)
print(t.utcoffset(), t.tzname(), t.dst(), t.replace(hour=1), t.strftime('%H|%M|%S|%f|%z|%Z|%p'), format(t, '%I %p'), format(t))
print(time(1) < time(2), time(1, tzinfo=tz1) == time(0, tzinfo=timezone.utc), time(1) == time(1, tzinfo=tz1), hash(time(1)) == hash(time(1)))
print(datetime.combine(date(2020, 5, 6), time(7, 8, tzinfo=tz1)), datetime.combine(date(2020, 5, 6), time(7, 8), tzinfo=tz2), dt.date(), dt.time(), a.timetz())
print(dt + timedelta(days=1, microseconds=999994), dt - timedelta(hours=4), dt - datetime(2019, 12, 31), timedelta(1) + dt, dt.replace(tzinfo=tz1))
print(dt.timetuple(), dt.toordinal(), dt.weekday(), dt.isocalendar(), dt.ctime(), dt.strftime('%Y-%m-%d %H:%M:%S.%f %j %a %%'))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1.5, tz1), datetime.utcfromtimestamp(1234567890.123456), datetime.fromtimestamp(-1.25, timezone.utc))
print(datetime(2020, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=timezone.utc).timestamp())
print(datetime.strptime('2020-03-04 05:06:07.89', '%Y-%m-%d %H:%M:%S.%f'), repr(datetime.strptime('2020 +0130', '%Y %z')), datetime.strptime('Mar 4', '%b %d'))
print(datetime(2020, 1, 1) == date(2020, 1, 1), datetime(2020, 1, 1) != date(2020, 1, 1), a == datetime(2020, 1, 2, 2, 4, 5, tzinfo=timezone.utc), a == dt)
print(datetime.min, datetime.max, repr(datetime.resolution), time.min, time.max, isinstance(dt, date), issubclass(timezone, tzinfo))
for f in [lambda: a < dt, lambda: a - dt, lambda: dt < date(2020, 1, 1), lambda: datetime(2020, 1, 1, 24), lambda: time(fold=2), lambda: time(tzinfo=5),
          lambda: timezone(timedelta(hours=24)), lambda: timezone(5), lambda: timezone(timedelta(0), 5), lambda: datetime.max + timedelta(1),
          lambda: time(1) < time(1, tzinfo=tz1), lambda: dt.isoformat(timespec='x'), lambda: datetime.combine(1, time()), lambda: tzinfo().utcoffset(None),
          lambda: tz1.utcoffset(5), lambda: datetime.strptime('x', '%Y'), lambda: datetime.strptime('2020x', '%Y'), lambda: tz1.fromutc(dt)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Fixed(tzinfo):
    def __init__(self, minutes):
        self.off = timedelta(minutes=minutes)

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return 'F%+d' % (self.off // timedelta(minutes=1))


f = datetime(2020, 6, 1, 12, tzinfo=Fixed(90))
print(f, f.tzname(), f.astimezone(timezone.utc), f.astimezone(Fixed(-60)), f.utcoffset(), f.tzinfo.fromutc(f))
