"""datetime.time and datetime.datetime (see datetime.py)."""

import time as _time
from datetime import date, tzinfo, timezone, _DAYNAMES, _MONTHNAMES
from _dt_base import (timedelta, _MAX_ORDINAL, _ymd2ord, _ord2ymd, _check_date_fields, _check_time_fields,
                      _check_tzinfo, _cls_name, _format_time, _format_offset, _check_utc_offset, _wrap_strftime)


def _tz_call(tz, name, dt):
    if tz is None:
        return None
    value = getattr(tz, name)(dt)
    _check_utc_offset(name, value)
    return value


def _tz_name(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)
    return name


def _fields_repr(values):
    """'h, m[, s[, us]]': trailing zero seconds and microseconds dropped."""
    values = list(values)
    while len(values) > 2 and values[-1] == 0:
        values.pop()
    return ', '.join('%d' % v for v in values)


class time:
    """A time of day, optionally with a tzinfo."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, (bytes, str)) and len(hour) == 6 and ord(hour[0:1]) & 0x7f < 24:
            # the pickled state (CPython's): hour (+128 for fold), minute, second, 3 bytes of microseconds
            state = hour.encode("latin1") if isinstance(hour, str) else hour
            self = object.__new__(cls)
            self._hour, self._minute, self._second = state[0] & 0x7f, state[1], state[2]
            self._microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
            _check_tzinfo(minute or None, _tzinfo_class())
            self._tzinfo, self._fold, self._hashcode = minute or None, state[0] >> 7, -1
            return self
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo, _tzinfo_class())
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo, self._fold, self._hashcode = tzinfo, fold, -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, s):
        from _dt_iso import parse_time
        return cls(*parse_time(s, timezone, timedelta))

    def utcoffset(self):
        return _tz_call(self._tzinfo, 'utcoffset', None)

    def dst(self):
        return _tz_call(self._tzinfo, 'dst', None)

    def tzname(self):
        return _tz_name(self._tzinfo, None)

    def isoformat(self, timespec='auto'):
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def __repr__(self):
        s = '%s(%s' % (_cls_name(self, time), _fields_repr((self._hour, self._minute, self._second, self._microsecond)))
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return s + ')'

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _key(self):
        off = self.utcoffset()
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * 10**6 + self._microsecond
        return us if off is None else us - (off.days * 86400 + off.seconds) * 10**6 - off.microseconds, off is not None

    def _compare(self, other, op, eq):
        if not isinstance(other, time):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            a = (self._hour, self._minute, self._second, self._microsecond)
            b = (other._hour, other._minute, other._second, other._microsecond)
            return op(a, b)
        (a, aware1), (b, aware2) = self._key(), other._key()
        if aware1 != aware2:
            if eq:
                return op is tuple.__ne__
            raise TypeError("can't compare offset-naive and offset-aware times")
        return op((a,), (b,))

    def __eq__(self, other):
        return self._compare(other, tuple.__eq__, True)

    def __ne__(self, other):
        return self._compare(other, tuple.__ne__, True)

    def __lt__(self, other):
        return self._compare(other, tuple.__lt__, False)

    def __le__(self, other):
        return self._compare(other, tuple.__le__, False)

    def __gt__(self, other):
        return self._compare(other, tuple.__gt__, False)

    def __ge__(self, other):
        return self._compare(other, tuple.__ge__, False)

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if not off:
                self._hashcode = hash((t._hour, t._minute, t._second, t._microsecond))
            else:
                self._hashcode = hash((t._key()[0],))
        return self._hashcode

    def _state(self, protocol):
        us = self._microsecond
        hour = self._hour + (128 if self._fold and protocol > 3 else 0)
        return bytes((hour, self._minute, self._second, us >> 16, (us >> 8) & 0xff, us & 0xff))

    def __reduce_ex__(self, protocol):
        state = self._state(protocol)
        return (type(self), (state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _tzinfo_class():
    return tzinfo


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""
    __slots__ = time.__slots__

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(year, (bytes, str)) and len(year) == 10 and 1 <= ord(year[2:3]) & 0x7f <= 12:
            # the pickled state (CPython's): year in two bytes, month (+128 for fold), day, h, m, s, 3 bytes of us
            state = year.encode("latin1") if isinstance(year, str) else year
            tz = month
            _check_tzinfo(tz, _tzinfo_class())
            self = object.__new__(cls)
            self._year, self._month, self._day = state[0] * 256 + state[1], state[2] & 0x7f, state[3]
            self._hour, self._minute, self._second = state[4], state[5], state[6]
            self._microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
            self._tzinfo, self._fold, self._hashcode = tz, state[2] >> 7, -1
            return self
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo, _tzinfo_class())
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second, self._microsecond = hour, minute, second, microsecond
        self._tzinfo, self._fold, self._hashcode = tzinfo, fold, -1
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    # ---- construction

    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        if isinstance(t, float):
            frac, whole = _modf(t)
            us = round(frac * 1e6)
            if us >= 1000000:
                whole += 1
                us -= 1000000
            elif us < 0:
                whole -= 1
                us += 1000000
        else:
            whole, us = t, 0
        whole = int(whole)
        y, m, d, hh, mm, ss, *_ = (_time.gmtime if utc else _time.localtime)(whole)
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz, tzinfo)
        if not isinstance(t, (int, float)):
            t = float(t)
        if tz is None:
            return cls._from_timestamp(t, False, None)
        return tz.fromutc(cls._from_timestamp(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        d = date.fromordinal(n)
        return cls(d.year, d.month, d.day)

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        if not isinstance(date_, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date_).__name__)
        if not isinstance(time_, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time_).__name__)
        if tzinfo is True:
            tzinfo = time_.tzinfo
        return cls(date_.year, date_.month, date_.day, time_.hour, time_.minute, time_.second, time_.microsecond,
                   tzinfo, fold=time_.fold)

    @classmethod
    def fromisoformat(cls, s):
        from _dt_iso import parse_datetime
        return cls(*parse_datetime(s, timezone, timedelta))

    @classmethod
    def strptime(cls, date_string, format):
        import _strptime
        tt, fraction, gmtoff_fraction = _strptime._strptime(date_string, format)
        tz = None
        if tt[10] is not None:
            delta = timedelta(seconds=tt[10], microseconds=gmtoff_fraction)
            tz = timezone(delta, tt[9]) if tt[9] else timezone(delta)
        return cls(*tt[:6], fraction, tz)

    # ---- views

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return _tz_call(self._tzinfo, 'utcoffset', self)

    def dst(self):
        return _tz_call(self._tzinfo, 'dst', self)

    def tzname(self):
        return _tz_name(self._tzinfo, self)

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else int(bool(dst))
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), yday, isdst))

    def utctimetuple(self):
        off = self.utcoffset()
        t = self - off if off else self
        yday = t.toordinal() - _ymd2ord(t._year, 1, 1) + 1
        return _time.struct_time((t._year, t._month, t._day, t._hour, t._minute, t._second, t.weekday(), yday, 0))

    def _seconds_since_epoch(self):
        return (self.toordinal() - 719163) * 86400 + self._hour * 3600 + self._minute * 60 + self._second

    def timestamp(self):
        if self._tzinfo is None or self.utcoffset() is None:
            t = _time.mktime((self._year, self._month, self._day, self._hour, self._minute, self._second, 0, 0, -1))
            return t + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        if tz is None:
            local = _time.localtime(self.timestamp() if self.utcoffset() is None else (self - _EPOCH) // timedelta(seconds=1))
            tz = timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)
        elif not isinstance(tz, tzinfo):
            raise TypeError('tz argument must be an instance of tzinfo')
        off = self.utcoffset()
        if off is None:
            base = self.replace(tzinfo=None)
            off = timedelta(seconds=round(_time.mktime(base.timetuple()) - base.replace(microsecond=0)._seconds_since_epoch()))
            off = -off
        if self._tzinfo is tz:
            return self
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    # ---- text

    def isoformat(self, sep='T', timespec='auto'):
        return '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAYNAMES[wd - 1], _MONTHNAMES[self._month], self._day,
                                                  self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __repr__(self):
        s = '%s(%d, %d, %d, %s' % (_cls_name(self, datetime), self._year, self._month, self._day,
                                   _fields_repr((self._hour, self._minute, self._second, self._microsecond)))
        if self._fold:
            s += ', fold=1'
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        return s + ')'

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        pick = lambda new, old: old if new is None else new  # noqa: E731
        return type(self)(pick(year, self._year), pick(month, self._month), pick(day, self._day),
                          pick(hour, self._hour), pick(minute, self._minute), pick(second, self._second),
                          pick(microsecond, self._microsecond), self._tzinfo if tzinfo is True else tzinfo,
                          fold=pick(fold, self._fold))

    # ---- arithmetic and comparison

    def _us(self):
        return (self._seconds_since_epoch() * 10**6) + self._microsecond

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._us() + other._us()
        days, rest = divmod(us, 86400 * 10**6)
        n = days + 719163
        if not 0 < n <= _MAX_ORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(n)
        secs, micro = divmod(rest, 10**6)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        return datetime(y, m, d, hh, mm, ss, micro, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        a, b = self._us(), other._us()
        if self._tzinfo is not other._tzinfo:
            off1, off2 = self.utcoffset(), other.utcoffset()
            if (off1 is None) != (off2 is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if off1 is not None:
                a -= off1._us()
                b -= off2._us()
        return timedelta(microseconds=a - b)

    def _compare(self, other, op, eq):
        if not isinstance(other, datetime):
            if isinstance(other, date) and not eq:
                raise TypeError("can't compare %s to %s" % (_cls_name(self, datetime), _cls_name(other, date)))
            return NotImplemented
        a, b = self._us(), other._us()
        if self._tzinfo is not other._tzinfo:
            off1, off2 = self.utcoffset(), other.utcoffset()
            if (off1 is None) != (off2 is None):
                if eq:
                    return op is int.__ne__
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            if off1 is not None:
                a -= off1._us()
                b -= off2._us()
        return op(a, b)

    def __eq__(self, other):
        return self._compare(other, int.__eq__, True)

    def __ne__(self, other):
        return self._compare(other, int.__ne__, True)

    def __lt__(self, other):
        return self._compare(other, int.__lt__, False)

    def __le__(self, other):
        return self._compare(other, int.__le__, False)

    def __gt__(self, other):
        return self._compare(other, int.__gt__, False)

    def __ge__(self, other):
        return self._compare(other, int.__ge__, False)

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            us = t._us() - (off._us() if off else 0)
            self._hashcode = hash(timedelta(microseconds=us)) if off else hash(
                (t._year, t._month, t._day, t._hour, t._minute, t._second, t._microsecond))
        return self._hashcode

    def __reduce_ex__(self, protocol):
        us = self._microsecond
        month = self._month + (128 if self._fold and protocol > 3 else 0)
        state = bytes((self._year // 256, self._year % 256, month, self._day, self._hour, self._minute, self._second,
                       us >> 16, (us >> 8) & 0xff, us & 0xff))
        return (type(self), (state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _modf(x):
    import math
    frac, whole = math.modf(x)
    return frac, whole


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
