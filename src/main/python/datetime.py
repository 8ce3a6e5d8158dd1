"""Dates, times and durations (the datetime module), Taipan's own implementation.

Classes follow the library reference; reprs are those of CPython's C types ('datetime.date'
for the type itself, the bare class name for subclasses). Helpers and timedelta are in
_dt_base; ISO 8601 parsing is in _dt_iso.
"""

import time as _time
from _dt_base import (MINYEAR, MAXYEAR, _MAX_ORDINAL, timedelta, _is_leap, _days_in_month, _ymd2ord, _ord2ymd,
                      _iso_week1_monday, _int_arg, _check_date_fields, _check_time_fields, _check_tzinfo, _cls_name,
                      _format_time, _format_offset, _check_utc_offset, _wrap_strftime)

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC')

_DAYNAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHNAMES = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


class tzinfo:
    """Abstract base class for time zone information objects."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc: non-None utcoffset() result required')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc: non-None dst() result required')
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError('fromutc: tz.dst() gave inconsistent results; cannot convert')
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args, getattr(self, '__dict__', None) or None)


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return '%s(year=%d, week=%d, weekday=%d)' % (_cls_name(self, IsoCalendarDate), *self)


class date:
    """A date in the proleptic Gregorian calendar."""
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if month is None and isinstance(year, (bytes, str)) and len(year) == 4 and 1 <= ord(year[2:3]) <= 12:
            # the pickled state: the year in two bytes, the month, the day
            state = year.encode("latin1") if isinstance(year, str) else year
            self = object.__new__(cls)
            self._year, self._month, self._day = state[0] * 256 + state[1], state[2], state[3]
            self._hashcode = -1
            return self
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, *_ = _time.localtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _int_arg(n)
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError('ordinal must be >= 1' if n < 1 else 'year %d is out of range' % _ord2ymd(n)[0])
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, s):
        from _dt_iso import parse_date
        return cls(*parse_date(s))

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError('Year is out of range: %d' % year)
        if not 0 < week < 53:
            if not (week == 53 and ((_ymd2ord(year, 1, 1) + 6) % 7 == 3 or (_ymd2ord(year, 1, 1) + 6) % 7 == 2 and _is_leap(year))):
                raise ValueError('Invalid week: %d' % week)
        if not 0 < day < 8:
            raise ValueError('Invalid day: %d (range is [1, 7])' % day)
        return cls(*_ord2ymd(_iso_week1_monday(year) + (week - 1) * 7 + day - 1))

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_cls_name(self, date), self._year, self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[wd - 1], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), yday, -1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        monday = _iso_week1_monday(year)
        today = self.toordinal()
        week, day = divmod(today - monday, 7)
        if week < 0:
            year -= 1
            week, day = divmod(today - _iso_week1_monday(year), 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _cmpkey(self):
        return (self._year, self._month, self._day)

    def _compare(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return op(self._cmpkey(), other._cmpkey())
        return NotImplemented

    def __eq__(self, other):
        return self._compare(other, tuple.__eq__)

    def __lt__(self, other):
        return self._compare(other, tuple.__lt__)

    def __le__(self, other):
        return self._compare(other, tuple.__le__)

    def __gt__(self, other):
        return self._compare(other, tuple.__gt__)

    def __ge__(self, other):
        return self._compare(other, tuple.__ge__)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._cmpkey())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 0 < n <= _MAX_ORDINAL:
                raise OverflowError('date value out of range')
            return type(self).fromordinal(n)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (type(self), (bytes((self._year // 256, self._year % 256, self._month, self._day)),))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class timezone(tzinfo):
    """A fixed offset from UTC."""
    __slots__ = ('_offset', '_name')
    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s' % type(offset).__name__)
        if name is cls._Omitted:
            if not offset and cls is timezone and hasattr(cls, 'utc'):
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s' % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) and '
                             'timedelta(hours=24), not %r.' % (offset,))
        self = tzinfo.__new__(cls)
        self._offset, self._name = offset, name
        return self

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __eq__(self, other):
        return self._offset == other._offset if isinstance(other, timezone) else NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return 'datetime.timezone.utc'
        name = _cls_name(self, timezone)
        if self._name is None:
            return '%s(%r)' % (name, self._offset)
        return '%s(%r, %r)' % (name, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError('%s(dt) argument must be a datetime instance or None, not %s' % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        self._check_arg(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset)

    def dst(self, dt):
        self._check_arg(dt, 'dst')
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc

from _dt_clock import time, datetime  # noqa: E402  (they build on date, tzinfo and timezone)

for _cls in (date, tzinfo, IsoCalendarDate, timezone, time, datetime, timedelta):
    _cls.__module__ = 'datetime'
