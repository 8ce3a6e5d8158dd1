"""ISO 8601 parsing for datetime's fromisoformat (the 3.11 forms)."""

import re

_DATE = [re.compile(p, re.ASCII) for p in (
    r'(\d{4})-(\d{2})-(\d{2})', r'(\d{4})-W(\d{2})(?:-(\d))?', r'(\d{4})W(\d{2})(\d)?', r'(\d{4})(\d{2})(\d{2})')]
_TIME = [re.compile(p, re.ASCII) for p in (
    r'(\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?', r'(\d{2})(?:(\d{2})(?:(\d{2})(?:[.,]?(\d+))?)?)?')]
_ZONE = re.compile(r'([+-])(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{6}))?)?)?', re.ASCII)


def _invalid(s):
    return ValueError('Invalid isoformat string: %r' % (s,))


def _check_str(s, what):
    if not isinstance(s, str):
        raise TypeError('fromisoformat: argument must be str')


def _date_prefix(s):
    """((year, month, day), length) of the date at the start of s, or None."""
    for k, pattern in enumerate(_DATE):
        m = pattern.match(s)
        if not m:
            continue
        if k == 0 or k == 3:
            return tuple(int(g) for g in m.groups()), m.end()
        from datetime import date
        year, week, day = int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)
        try:
            d = date.fromisocalendar(year, week, day)
        except ValueError:
            raise _invalid(s) from None
        return (d.year, d.month, d.day), m.end()
    return None


def parse_date(s):
    _check_str(s, 'date')
    found = _date_prefix(s)
    if found is None or found[1] != len(s):
        raise _invalid(s)
    return found[0]


def _parse_time(text, timezone, timedelta, whole, spaced=False):
    tz = None
    body = text
    for i, c in enumerate(text):
        if c in '+-Z':
            body, zone = text[:i], text[i:]
            if spaced:
                body = body.rstrip(' ')  # datetime accepts blanks before the offset
            if zone == 'Z':
                tz = timezone.utc
            else:
                m = _ZONE.fullmatch(zone)
                if not m:
                    raise _invalid(whole)
                sign, hh, mm, ss, us = m.groups()
                delta = timedelta(hours=int(hh), minutes=int(mm or 0), seconds=int(ss or 0), microseconds=int(us or 0))
                tz = timezone(-delta if sign == '-' else delta)
            break
    m = _TIME[0].fullmatch(body) or _TIME[1].fullmatch(body)
    if not m:
        raise _invalid(whole)
    hh, mm, ss, frac = m.groups()
    us = int((frac[:6] + '000000')[:6]) if frac else 0
    return [int(hh), int(mm or 0), int(ss or 0), us, tz]


def parse_time(s, timezone, timedelta):
    _check_str(s, 'time')
    text = s[1:] if s.startswith('T') else s
    return _parse_time(text, timezone, timedelta, s)


def parse_datetime(s, timezone, timedelta):
    _check_str(s, 'datetime')
    found = _date_prefix(s)
    if found is None:
        raise _invalid(s)
    (y, mo, d), n = found
    if n == len(s):
        return [y, mo, d]
    if n + 1 >= len(s):
        raise _invalid(s)
    return [y, mo, d] + _parse_time(s[n + 1:], timezone, timedelta, s, True)
