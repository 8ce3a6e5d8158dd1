"""Locale settings, with the behaviour of the C library's C and POSIX locales.

Taipan runs on the JVM and cannot switch the C library's locale. The names it accepts are
"C", "POSIX", "C.UTF-8" (any spelling of the UTF-8 codeset) and the locales installed on the
system (as glibc would); others raise locale.Error as in CPython. The setting of each
category is kept here, but the conventions are always the C locale's: '.' as decimal point,
no grouping, no currency, English names (an installed locale's own are not read).
"""

import os as _os
import re as _re
import sys
from builtins import str as _builtin_str

from _locale_alias import locale_alias, locale_encoding_alias, windows_locale

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error', 'setlocale', 'resetlocale',
           'localeconv', 'strcoll', 'strxfrm', 'str', 'atof', 'atoi', 'format', 'format_string',
           'currency', 'normalize', 'LC_CTYPE', 'LC_COLLATE', 'LC_TIME', 'LC_MONETARY', 'LC_NUMERIC',
           'LC_ALL', 'CHAR_MAX', 'getencoding', 'LC_MESSAGES']


class Error(Exception):
    pass


Error.__module__ = 'locale'

LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = range(7)
CHAR_MAX = 127

# glibc's categories in the order of its composite names; LC_ALL (6) is not one of them
_CATEGORIES = [(0, 'LC_CTYPE'), (1, 'LC_NUMERIC'), (2, 'LC_TIME'), (3, 'LC_COLLATE'), (4, 'LC_MONETARY'),
               (5, 'LC_MESSAGES'), (7, 'LC_PAPER'), (8, 'LC_NAME'), (9, 'LC_ADDRESS'),
               (10, 'LC_TELEPHONE'), (11, 'LC_MEASUREMENT'), (12, 'LC_IDENTIFICATION')]
_CATEGORY_NAMES = dict(_CATEGORIES)

# nl_langinfo items (glibc's numbers)
CODESET = 14
RADIXCHAR, THOUSEP = 65536, 65537
ABDAY_1, ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7 = range(131072, 131079)
DAY_1, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7 = range(131079, 131086)
(ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6, ABMON_7, ABMON_8, ABMON_9, ABMON_10, ABMON_11,
 ABMON_12) = range(131086, 131098)
MON_1, MON_2, MON_3, MON_4, MON_5, MON_6, MON_7, MON_8, MON_9, MON_10, MON_11, MON_12 = range(131098, 131110)
AM_STR, PM_STR, D_T_FMT, D_FMT, T_FMT, T_FMT_AMPM = range(131110, 131116)
ERA, ERA_D_FMT, ALT_DIGITS, ERA_D_T_FMT, ERA_T_FMT = 131116, 131118, 131119, 131120, 131121
CRNCYSTR = 262159
YESEXPR, NOEXPR = 327680, 327681

_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
           'October', 'November', 'December']
_LANGINFO = {RADIXCHAR: '.', THOUSEP: '', AM_STR: 'AM', PM_STR: 'PM', D_T_FMT: '%a %b %e %H:%M:%S %Y',
             D_FMT: '%m/%d/%y', T_FMT: '%H:%M:%S', T_FMT_AMPM: '%I:%M:%S %p', ERA: '', ERA_D_FMT: '',
             ALT_DIGITS: '', ERA_D_T_FMT: '', ERA_T_FMT: '', CRNCYSTR: '-', YESEXPR: '^[yY]', NOEXPR: '^[nN]'}
for _i in range(7):
    _LANGINFO[DAY_1 + _i] = _DAYS[_i]
    _LANGINFO[ABDAY_1 + _i] = _DAYS[_i][:3]
for _i in range(12):
    _LANGINFO[MON_1 + _i] = _MONTHS[_i]
    _LANGINFO[ABMON_1 + _i] = _MONTHS[_i][:3]
del _i


def _known(name):
    """Whether name is a locale that can be set: C, POSIX, C with the UTF-8 codeset, or a
    locale installed on the system (whose conventions Taipan does not read: see the module doc)."""
    if name in ('C', 'POSIX'):
        return True
    lang, dot, codeset = name.partition('.')
    if lang == 'C':
        return bool(dot) and _codeset_key(codeset) == 'utf8'
    return _installed(name)


def _codeset_key(codeset):
    # glibc's normalized codeset: letters and digits, lower case ("UTF-8" -> "utf8")
    return ''.join(c for c in codeset.lower() if c.isalnum())


_installed_cache = {}


def _installed(name):
    """Whether glibc has the locale: a directory in /usr/lib/locale or an entry in its archive."""
    if name in _installed_cache:
        return _installed_cache[name]
    lang, dot, rest = name.partition('.')
    codeset, at, modifier = rest.partition('@')
    if not dot:
        lang, at, modifier = name.partition('@')
    key = lang + ('.' + _codeset_key(codeset) if dot else '') + (at + modifier)
    found = False
    if lang and '/' not in name:
        found = _os.path.isdir('/usr/lib/locale/' + key) or _os.path.isdir('/usr/lib/locale/' + name)
        if not found:
            try:
                with open('/usr/lib/locale/locale-archive', 'rb') as f:
                    archive = f.read()
                found = (b'\0' + key.encode('ascii', 'replace') + b'\0') in archive
            except OSError:
                found = False
    _installed_cache[name] = found
    return found


def _from_environment(category):
    for var in ('LC_ALL', _CATEGORY_NAMES[category], 'LANG'):
        value = _os.environ.get(var)
        if value:
            return value
    return 'C'


def _initial_ctype():
    # CPython sets LC_CTYPE from the environment at start-up, turning C into C.UTF-8 (PEP 538)
    name = _from_environment(LC_CTYPE)
    if not _known(name):
        return 'C'
    if name in ('C', 'POSIX') and not _os.environ.get('LC_ALL'):
        return 'C.UTF-8'
    return name


_current = {code: 'C' for code, _ in _CATEGORIES}
_current[LC_CTYPE] = _initial_ctype()


def setlocale(category, locale=None):
    """Sets the locale of category (a name, '' for the environment's, or (language, encoding));
    returns the setting, or with locale None just returns it."""
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = _build_localename(locale)
    if category != LC_ALL and category not in _CATEGORY_NAMES:
        raise Error('unsupported locale setting')
    if locale is None:
        if category != LC_ALL:
            return _current[category]
        values = [_current[code] for code, _ in _CATEGORIES]
        if all(v == values[0] for v in values):
            return values[0]
        return ';'.join('%s=%s' % (name, _current[code]) for code, name in _CATEGORIES)
    codes = [code for code, _ in _CATEGORIES] if category == LC_ALL else [category]
    chosen = {}
    for code in codes:
        name = locale or _from_environment(code)
        if not _known(name):
            raise Error('unsupported locale setting')
        chosen[code] = 'C' if name == 'POSIX' else name  # as glibc reports it
    _current.update(chosen)
    return setlocale(category)


def localeconv():
    """The numeric and monetary conventions of the current locale (the C locale's)."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '', 'int_frac_digits': CHAR_MAX,
            'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX,
            'n_sign_posn': CHAR_MAX, 'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def nl_langinfo(key):
    """One item of the locale's information (CODESET, D_T_FMT, DAY_1 …)."""
    if key == CODESET:
        return 'UTF-8' if _current[LC_CTYPE] not in ('C', 'POSIX') else 'ANSI_X3.4-1968'
    try:
        return _LANGINFO[key]
    except KeyError:
        raise ValueError('unsupported langinfo constant') from None


def strcoll(os1, os2):
    """Compares two strings by the collation of LC_COLLATE (code points in the C locales)."""
    if not isinstance(os1, _builtin_str):
        raise TypeError("strcoll() argument 1 must be str, not %s" % type(os1).__name__)
    if not isinstance(os2, _builtin_str):
        raise TypeError("strcoll() argument 2 must be str, not %s" % type(os2).__name__)
    return (os1 > os2) - (os1 < os2)


def strxfrm(string):
    """The key of string under LC_COLLATE: comparing keys is comparing with strcoll()."""
    if not isinstance(string, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(string).__name__)
    return string


def getencoding():
    """The encoding of the current LC_CTYPE locale."""
    return nl_langinfo(CODESET)


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default: UTF-8 in UTF-8 mode, else the locale's."""
    if sys.flags.warn_default_encoding:
        import warnings
        warnings.warn("UTF-8 Mode affects locale.getpreferredencoding(). Consider locale.getencoding() instead.",
                      EncodingWarning, 2)
    if sys.flags.utf8_mode:
        return 'utf-8'
    if not do_setlocale:
        return getencoding()
    old = setlocale(LC_CTYPE)
    try:
        try:
            setlocale(LC_CTYPE, '')
        except Error:
            pass
        return getencoding()
    finally:
        setlocale(LC_CTYPE, old)


# ---- locale names

def _normalize_codec_name(encoding):
    from encodings import normalize_encoding
    from encodings.aliases import aliases
    name = normalize_encoding(encoding)
    return aliases.get(name.lower(), name)


def _replace_encoding(code, encoding):
    lang = code.partition('.')[0]
    encoding = _normalize_codec_name(encoding)
    key = encoding.lower()
    if key in locale_encoding_alias:
        encoding = locale_encoding_alias[key]
    else:
        key = key.replace('_', '').replace('-', '')
        if key in locale_encoding_alias:
            encoding = locale_encoding_alias[key]
    return lang + '.' + encoding


def _append_modifier(code, modifier):
    if modifier == 'euro':
        if '.' not in code:
            return code + '.ISO8859-15'
        encoding = code.partition('.')[2]
        if encoding in ('ISO8859-15', 'UTF-8'):
            return code
        if encoding == 'ISO8859-1':
            return _replace_encoding(code, 'ISO8859-15')
    return code + '@' + modifier


def normalize(localename):
    """The full name of a locale (language_TERRITORY.ENCODING[@modifier]) from an alias or a
    partial name, by the alias table; unknown names come back unchanged."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    code, _, modifier = code.partition('@')
    if '.' in code:
        lang, encoding = code.split('.')[:2]
    else:
        lang, encoding = code, ''
    lang_enc = lang
    if encoding:
        lang_enc += '.' + encoding.replace('-', '').replace('_', '')
    found = locale_alias.get(lang_enc + ('@' + modifier if modifier else ''))
    if found is not None:
        return found
    if modifier:
        found = locale_alias.get(lang_enc)
        if found is not None:
            if '@' not in found:
                return _append_modifier(found, modifier)
            if found.split('@', 1)[1].lower() == modifier:
                return found
    if encoding:
        found = locale_alias.get(lang + ('@' + modifier if modifier else ''))
        if found is not None:
            if '@' not in found:
                return _replace_encoding(found, encoding)
            found, mod = found.split('@', 1)
            return _replace_encoding(found, encoding) + '@' + mod
        if modifier:
            found = locale_alias.get(lang)
            if found is not None:
                if '@' not in found:
                    return _append_modifier(_replace_encoding(found, encoding), modifier)
                found, mod = found.split('@', 1)
                if mod.lower() == modifier:
                    return _replace_encoding(found, encoding) + '@' + mod
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- language code, encoding.') from None


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the category's current locale; (None, None) for C."""
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """(language code, encoding) from the environment (deprecated since 3.11)."""
    import warnings
    warnings.warn("Use setlocale(), getencoding() and getlocale() instead", DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = _os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def resetlocale(category=LC_ALL):
    """Sets category to the default locale (deprecated since 3.11)."""
    import warnings
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead', DeprecationWarning, stacklevel=2)
    setlocale(category, '')


# ---- formatting numbers

def _grouping_rules(monetary):
    conv = localeconv()
    if monetary:
        return conv['mon_thousands_sep'], conv['mon_grouping']
    return conv['thousands_sep'], conv['grouping']


def _group(s, monetary=False):
    """s (digits) with the locale's thousands separators; returns (text, separators added)."""
    sep, grouping = _grouping_rules(monetary)
    if not grouping or not sep:
        return s, 0
    stripped = s.rstrip()
    trailing = s[len(stripped):]
    groups = []
    last = None
    rest = stripped
    for size in grouping + [None] * 1000:
        if size == CHAR_MAX:
            break
        if size is None:
            if last is None:
                break
            size = last
        if size == 0:
            break
        if not rest or not rest[-1].isdigit():
            break
        groups.append(rest[-size:])
        rest = rest[:-size]
        last = size
        if not rest or not rest[-1].isdigit():
            break
    if not groups:
        return s, 0
    if rest:
        groups.append(rest)
    groups.reverse()
    return sep.join(groups) + trailing, len(groups) - 1


def _strip_padding(s, amount):
    lpos = 0
    while amount and s[lpos] == ' ':
        lpos += 1
        amount -= 1
    rpos = len(s) - 1
    while amount and s[rpos] == ' ':
        rpos -= 1
        amount -= 1
    return s[lpos:rpos + 1]


_percent_re = _re.compile(r'%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def _format(percent, value, grouping=False, monetary=False, *additional):
    formatted = percent % ((value,) + additional if additional else value)
    if percent[-1] in 'eEfFgGdiu':
        decimal_point = localeconv()['mon_decimal_point' if monetary else 'decimal_point'] or '.'
        seps = 0
        parts = formatted.split('.')
        if grouping:
            parts[0], seps = _group(parts[0], monetary=monetary)
        formatted = decimal_point.join(parts)
        if seps:
            formatted = _strip_padding(formatted, seps)
    return formatted


def format_string(f, val, grouping=False, monetary=False):
    """f % val, with every number formatted by the locale's conventions."""
    specs = list(_percent_re.finditer(f))
    plain = _percent_re.sub('{}', f)
    if isinstance(val, dict):
        parts = []
        for m in specs:
            if m.group()[-1] == '%':
                parts.append('%')
            else:
                parts.append(_format(m.group(), val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        parts = []
        i = 0
        for m in specs:
            spec = m.group()
            if spec[-1] == '%':
                parts.append('%')
                continue
            stars = m.group('modifiers').count('*')
            parts.append(_format(spec, val[i], grouping, monetary, *val[i + 1:i + 1 + stars]))
            i += 1 + stars
    return plain.format(*parts)


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated: one %-conversion, by the locale's conventions."""
    import warnings
    warnings.warn("This method will be removed in a future version of Python. Use 'locale.format_string()' instead.",
                  DeprecationWarning, stacklevel=2)
    match = _percent_re.match(percent)
    if not match or len(match.group()) != len(percent):
        raise ValueError(("format() must be given exactly one %%char format specifier, %s not valid")
                         % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """val as an amount of money in the locale's currency."""
    conv = localeconv()
    digits = conv[international and 'int_frac_digits' or 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    s = _format('%%.%if' % digits, abs(val), grouping, monetary=True)
    s = '<' + s + '>'
    if symbol:
        smb = conv[international and 'int_curr_symbol' or 'currency_symbol']
        precedes = conv[val < 0 and 'n_cs_precedes' or 'p_cs_precedes']
        separated = conv[val < 0 and 'n_sep_by_space' or 'p_sep_by_space']
        if precedes:
            s = smb + (separated and ' ' or '') + s
        else:
            if international and smb[-1] == ' ':
                smb = smb[:-1]
            s = s + (separated and ' ' or '') + smb
    sign_pos = conv[val < 0 and 'n_sign_posn' or 'p_sign_posn']
    sign = conv[val < 0 and 'negative_sign' or 'positive_sign']
    if sign_pos == 0:
        s = '(' + s + ')'
    elif sign_pos == 1:
        s = sign + s
    elif sign_pos == 2:
        s = s + sign
    elif sign_pos == 3:
        s = s.replace('<', sign)
    elif sign_pos == 4:
        s = s.replace('>', sign)
    else:
        s = sign + s
    return s.replace('<', '').replace('>', '')


def str(val):
    """A float as str() did before Python 2.7 (12 significant digits), in the locale's form."""
    return _format('%.12g', val)


def delocalize(string):
    """string with the locale's separators removed and its decimal point made '.'."""
    conv = localeconv()
    ts = conv['thousands_sep']
    if ts:
        string = string.replace(ts, '')
    dd = conv['decimal_point']
    if dd:
        string = string.replace(dd, '.')
    return string


def localize(string, grouping=False, monetary=False):
    """A number in '.' form written by the locale's conventions."""
    conv = localeconv()
    decimal_point = conv['mon_decimal_point' if monetary else 'decimal_point'] or '.'
    integer, dot, fraction = string.partition('.')
    if grouping:
        integer, _ = _group(integer, monetary)
    return integer + (decimal_point + fraction if dot else '')


def atof(string, func=float):
    """A number in the locale's form, parsed by func."""
    return func(delocalize(string))


def atoi(string):
    """An integer in the locale's form."""
    return int(delocalize(string))
