"""time.strptime, written for Taipan: a format becomes a regular expression with one named
group per directive (C locale names), and the groups found become the fields of a struct_time.

The accepted text follows CPython 3.11: numeric fields prefer their widest form and may
backtrack to a narrower one, whitespace in the format matches any run of whitespace, and
matching ignores case.
"""
import re
import time

__all__ = []

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")

# The C locale's composite formats.
_COMPOSITE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}


def _digits(lo, hi, width):
    """A pattern for the numbers lo..hi written with exactly `width` digits (zero-padded)."""
    if width == 1:
        if lo == 0 and hi == 9:
            return r"\d"
        return str(lo) if lo == hi else "[%d-%d]" % (lo, hi)
    unit = 10 ** (width - 1)
    first, last = lo // unit, hi // unit
    rest_lo, rest_hi = lo % unit, hi % unit
    if first == last:
        return str(first) + _group(_digits(rest_lo, rest_hi, width - 1))
    full = r"\d" * (width - 1)
    parts = []
    if rest_lo == 0:
        middle_start = first
    else:
        parts.append(str(first) + _group(_digits(rest_lo, unit - 1, width - 1)))
        middle_start = first + 1
    middle_end = last if rest_hi == unit - 1 else last - 1
    if middle_start <= middle_end:
        lead = str(middle_start) if middle_start == middle_end else "[%d-%d]" % (middle_start, middle_end)
        parts.append(lead + full)
    if rest_hi != unit - 1:
        parts.append(str(last) + _group(_digits(0, rest_hi, width - 1)))
    return "|".join(parts)


def _group(pattern):
    return "(?:%s)" % pattern if "|" in pattern else pattern


def _number(name, forms, extra=()):
    """A named group trying each (lo, hi, width) form in turn, widest first, then `extra`."""
    alternatives = [_digits(lo, hi, width) for lo, hi, width in forms] + list(extra)
    return "(?P<%s>%s)" % (name, "|".join(alternatives))


def _words(name, words):
    ordered = sorted(words, key=len, reverse=True)
    return "(?P<%s>%s)" % (name, "|".join(re.escape(w) for w in ordered))


def _zone_names():
    names = {"utc", "gmt"}
    names.update(n.lower() for n in time.tzname)
    return names


def _directives():
    return {
        "d": _number("d", [(1, 31, 2), (1, 9, 1)], [" [1-9]"]),
        "f": "(?P<f>[0-9]{1,6})",
        "H": _number("H", [(0, 23, 2), (0, 9, 1)]),
        "I": _number("I", [(1, 12, 2), (1, 9, 1)]),
        "G": r"(?P<G>\d\d\d\d)",
        "j": _number("j", [(1, 366, 3), (1, 99, 2), (1, 9, 1)]),
        "m": _number("m", [(1, 12, 2), (1, 9, 1)]),
        "M": _number("M", [(0, 59, 2), (0, 9, 1)]),
        "S": _number("S", [(0, 61, 2), (0, 9, 1)]),
        "U": _number("U", [(0, 53, 2), (0, 9, 1)]),
        "W": _number("W", [(0, 53, 2), (0, 9, 1)]),
        "V": _number("V", [(1, 53, 2), (0, 9, 1)]),
        "w": "(?P<w>[0-6])",
        "u": "(?P<u>[1-7])",
        "y": r"(?P<y>\d\d)",
        "Y": r"(?P<Y>\d\d\d\d)",
        "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
        "a": _words("a", [d[:3] for d in _DAYS]),
        "A": _words("A", _DAYS),
        "b": _words("b", [m[:3] for m in _MONTHS]),
        "B": _words("B", _MONTHS),
        "p": _words("p", ["am", "pm"]),
        "Z": _words("Z", _zone_names()),
        "%": "%",
    }


def _pattern(fmt, table):
    """The regular expression for `fmt`; raises KeyError(directive) or IndexError (a stray %)."""
    text = re.sub(r"([\\.^$*+?(){}\[\]|])", r"\\\1", fmt)
    text = re.sub(r"\s+", r"\\s+", text)
    out = []
    i = 0
    while True:
        j = text.find("%", i)
        if j < 0:
            out.append(text[i:])
            return "".join(out)
        out.append(text[i:j])
        directive = text[j + 1]
        if directive in _COMPOSITE:
            out.append(_pattern(_COMPOSITE[directive], table))
        else:
            out.append(table[directive])
        i = j + 2


_cache = {}


def _compile(fmt):
    regex = _cache.get(fmt)
    if regex is None:
        try:
            source = _pattern(fmt, _directives())
        except KeyError as e:
            bad = e.args[0]
            raise ValueError("'%s' is a bad directive in format '%s'"
                             % ("%" if bad == "\\" else bad, fmt)) from None
        except IndexError:
            raise ValueError("stray %% in format '%s'" % fmt) from None
        regex = re.compile(source, re.IGNORECASE)
        if len(_cache) > 100:
            _cache.clear()
        _cache[fmt] = regex
    return regex


# ---- proleptic Gregorian calendar arithmetic (ordinal 1 is 0001-01-01, a Monday)

_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _check_date(y, m, d):
    if not 1 <= y <= 9999:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= d <= (29 if m == 2 and _leap(y) else _MONTH_DAYS[m]):
        raise ValueError("day is out of range for month")


def _yday(y, m, d):
    return _BEFORE_MONTH[m] + d + (1 if m > 2 and _leap(y) else 0)


def _ordinal(y, m, d):
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400 + _yday(y, m, d)


def _from_ordinal(n):
    if not 1 <= n <= _ordinal(9999, 12, 31):
        raise ValueError("year %d is out of range" % (1 + (n - 1) * 400 // 146097))
    y = max(1, (n - 1) * 400 // 146097)
    while _ordinal(y + 1, 1, 1) <= n:
        y += 1
    while _ordinal(y, 1, 1) > n:
        y -= 1
    left = n - _ordinal(y, 1, 1) + 1
    m = 1
    while m < 12 and _yday(y, m + 1, 1) <= left:
        m += 1
    return y, m, left - _yday(y, m, 1) + 1


def _weekday(y, m, d):
    return (_ordinal(y, m, d) + 6) % 7


def _julian_from_week(year, week, weekday, monday_first):
    """Day of the year of `weekday` (Monday 0) in week `week` of %W (or %U when not monday_first)."""
    first = _weekday(year, 1, 1)
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + (7 - first) % 7 + 7 * (week - 1) + weekday


def _julian_from_iso(iso_year, iso_week, iso_weekday):
    """(year, day of that year) of an ISO date; the day may fall outside the year's length."""
    shift = _weekday(iso_year, 1, 4) + 1 + 3
    day = iso_week * 7 + iso_weekday - shift
    if day < 1:
        day += _ordinal(iso_year, 1, 1)
        iso_year -= 1
        day -= _ordinal(iso_year, 1, 1)
    return iso_year, day


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """((year, mon, mday, hour, min, sec, wday, yday, isdst, zone, gmtoff), microseconds, gmtoff microseconds)"""
    for index, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (index, type(arg)))
    found = _compile(format).match(data_string)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if found.end() != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])

    year = iso_year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week = weekday = julian = None
    monday_first = False
    for key, value in found.groupdict().items():
        if value is None:
            continue
        if key == "y":
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(value)
        elif key == "G":
            iso_year = int(value)
        elif key == "m":
            month = int(value)
        elif key in ("B", "b"):
            month = [n if key == "B" else n[:3] for n in _MONTHS].index(value.lower()) + 1
        elif key == "d":
            day = int(value)
        elif key == "H":
            hour = int(value)
        elif key == "I":
            hour = int(value)
            meridian = (found.groupdict().get("p") or "").lower()
            if meridian == "pm":
                if hour != 12:
                    hour += 12
            elif hour == 12:
                hour = 0  # am, or no %p at all
        elif key == "M":
            minute = int(value)
        elif key == "S":
            second = int(value)
        elif key == "f":
            fraction = int(value + "0" * (6 - len(value)))
        elif key in ("A", "a"):
            weekday = [n if key == "A" else n[:3] for n in _DAYS].index(value.lower())
        elif key == "w":
            weekday = (int(value) - 1) % 7
        elif key == "u":
            weekday = int(value) - 1
        elif key == "j":
            julian = int(value)
        elif key in ("U", "W"):
            week = int(value)
            monday_first = key == "W"
        elif key == "V":
            iso_week = int(value)
        elif key == "z":
            gmtoff, gmtoff_fraction = _offset(value)
        elif key == "Z":
            zone = value.lower()
            std, dst = time.tzname[0].lower(), time.tzname[1].lower()
            if zone in ("utc", "gmt", std):
                if not (std == dst and time.daylight and zone not in ("utc", "gmt")):
                    tz = 0
            elif zone == dst:
                tz = 1

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif iso_week is not None and week is None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                         "Use the ISO year '%G' instead.")

    # Without a year, 29 February is taken in a leap year and reported in 1900.
    leap_fix = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_fix else 1900

    if julian is None and weekday is not None:
        if week is not None:
            julian = _julian_from_week(year, week, weekday, monday_first)
        elif iso_year is not None and iso_week is not None:
            year, julian = _julian_from_iso(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _leap(year) else 365

    if julian is None:
        _check_date(year, month, day)
        julian = _yday(year, month, day)
    else:
        _check_date(year, 1, 1)
        year, month, day = _from_ordinal(julian - 1 + _ordinal(year, 1, 1))
    if weekday is None:
        weekday = _weekday(year, month, day)
    if leap_fix:
        year = 1900
    zone_name = found.groupdict().get("Z")
    return ((year, month, day, hour, minute, second, weekday, julian, tz, zone_name, gmtoff),
            fraction, gmtoff_fraction)


def _offset(text):
    """The seconds and microseconds east of UTC that a %z field gives."""
    if text == "Z":
        return 0, 0
    z = text
    if z[3] == ":":
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ":":
                raise ValueError("Inconsistent use of : in %s" % text)
            z = z[:5] + z[6:]
    seconds = (int(z[1:3]) * 60 + int(z[3:5])) * 60 + int(z[5:7] or 0)
    tail = z[8:]
    micro = int(tail + "0" * (6 - len(tail))) if tail else 0
    if z.startswith("-"):
        return -seconds, -micro
    return seconds, micro


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime: the struct_time of a string parsed by a format."""
    return time.struct_time(_strptime(data_string, format)[0])
