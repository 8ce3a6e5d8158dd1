import locale as l

print(l.setlocale(l.LC_CTYPE), l.getlocale(), l.getlocale(l.LC_NUMERIC), l.getlocale(l.LC_TIME))
print(l.setlocale(l.LC_ALL))
print(l.getpreferredencoding(), l.getpreferredencoding(False), l.getencoding())
print(l.localeconv())
print(l.strcoll('a', 'b'), l.strcoll('b', 'a'), l.strcoll('a', 'a'), repr(l.strxfrm('abc')))
print(l.setlocale(l.LC_ALL, 'C'), l.setlocale(l.LC_ALL), l.getlocale(), l.getencoding())
print(l.setlocale(l.LC_ALL, ''), l.setlocale(l.LC_NUMERIC, 'C.utf8'), l.getlocale(l.LC_NUMERIC))
print(l.setlocale(l.LC_ALL))
print(l.setlocale(l.LC_ALL, 'POSIX'), l.setlocale(l.LC_TIME, 'C.UTF-8'), l.setlocale(l.LC_ALL))
try:
    l.getlocale(l.LC_ALL)
except TypeError as e:
    print('TypeError', e)
for name in ['en_US.UTF-8', 'xx', 'C.UTF-8', ('en_US', 'UTF-8'), (None, None), None, 5]:
    try:
        print(l.setlocale(l.LC_ALL, name))
    except Exception as e:
        print(type(e).__name__, e)
l.setlocale(l.LC_ALL, 'C.UTF-8')
for name in ['C', 'C.UTF-8', 'en_US', 'en_US.utf8', 'de_DE@euro', 'fr_FR.ISO8859-1@euro', 'ja_JP.eucjp', 'POSIX',
             'english', 'sr_RS@latin', 'en_US:iso-8859-1', 'zz_ZZ', 'de.UTF8', 'uk_ua.koi8u']:
    print(name, '->', l.normalize(name))
for name in ['C', 'en_US.UTF-8', 'de_DE@euro', 'UTF-8', 'xx']:
    try:
        print(l._parse_localename(name))
    except ValueError as e:
        print('ValueError', e)
print(l.format_string('%d|%5.2f|%s|%%|%x', (1, 2.5, 'x', 255)), l.format_string('%(a)s %(b).1f', {'a': 1, 'b': 2}))
print(l.format_string('%.3f', 1234567.891, grouping=True), l.format_string('%*d', (5, 42)), l.format_string('%s', 'z'))
print(l.str(1.0 / 3), l.str(1e20), l.atof('1.5'), l.atof('2', int), l.atoi('42'), l.delocalize('1,234.5'),
      l.localize('1234.5', grouping=True))
try:
    l.currency(1.5)
except ValueError as e:
    print('ValueError', e)
print(l.nl_langinfo(l.CODESET), l.nl_langinfo(l.D_T_FMT), l.nl_langinfo(l.DAY_1), l.nl_langinfo(l.ABMON_12),
      l.nl_langinfo(l.RADIXCHAR), repr(l.nl_langinfo(l.THOUSEP)), l.nl_langinfo(l.YESEXPR))
print(l.LC_CTYPE, l.LC_NUMERIC, l.LC_TIME, l.LC_COLLATE, l.LC_MONETARY, l.LC_MESSAGES, l.LC_ALL, l.CHAR_MAX)
print(issubclass(l.Error, Exception), l.Error.__module__, sorted(l.__all__))
print(len(l.locale_alias) > 500, l.locale_alias['c'], l.locale_encoding_alias['utf8'])
for name in ['en_US.latin1', 'en_us.ISO-8859-15', 'de_DE.utf-8@euro', 'ca_ES@valencia', 'sr@latin', 'en.ascii', 'C.ascii', 'no_NO.iso8859-1@euro', 'x.y@z']:
    print(name, '->', l.normalize(name))
