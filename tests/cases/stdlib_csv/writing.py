# csv.writer and dialects: quoting modes, escaping, line terminators, registration, validation errors
import csv
import io


def w(rows, **kw):
    s = io.StringIO()
    try:
        wr = csv.writer(s, **kw)
        for r in rows:
            wr.writerow(r)
        return repr(s.getvalue())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)


rows = [['a', 'b c', 'd,e', 'f"g', 'h\nI', 'j\rk', '', None, 1, 2.5, True, ' x'], [''], [None], [], ['x\\y'], [1j, 10**20]]
for kw in [{}, {'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC}, {'quoting': csv.QUOTE_NONE},
           {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}, {'doublequote': False}, {'doublequote': False, 'escapechar': '\\'},
           {'lineterminator': 'X'}, {'delimiter': ';'}, {'quotechar': "'"}, {'dialect': 'unix'}, {'dialect': csv.excel_tab}]:
    for r in rows:
        print(kw, r, w([r], **kw))
print(w([5]), w([iter('ab')]), w(['abc']), w([(x for x in (1, 2))]))
s = io.StringIO()
wr = csv.writer(s)
print(wr.writerow(['ab', 'c']), wr.writerows([[1], [2, 3]]), repr(s.getvalue()), type(wr).__name__)
for kw in [{'delimiter': ''}, {'delimiter': 'ab'}, {'delimiter': 1}, {'quotechar': ''}, {'quotechar': None},
           {'quoting': 9}, {'quoting': '1'}, {'lineterminator': None}, {'escapechar': 'ab'}, {'strict': 1},
           {'x': 1}, {'dialect': 'nope'}, {'delimiter': '"'}, {'escapechar': 1}, {'lineterminator': 5}]:
    try:
        csv.reader([], **kw)
        print(kw, 'ok')
    except Exception as e:
        print(kw, type(e).__name__, e)
try:
    csv.writer(5)
except TypeError as e:
    print('TypeError', e)
d = csv.get_dialect('excel')
print(type(d).__name__, d.delimiter, repr(d.quotechar), d.escapechar, d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting, d.strict)
try:
    d.delimiter = ';'
except AttributeError as e:
    print('AttributeError', e)
csv.register_dialect('semi', delimiter=';', quoting=csv.QUOTE_ALL)
csv.register_dialect('pipe', csv.excel, delimiter='|')
print(sorted(csv.list_dialects()), csv.get_dialect('semi').delimiter, w([['a', 1]], dialect='semi'), w([['a', 1]], dialect='pipe'))
csv.unregister_dialect('semi')
for f in [lambda: csv.unregister_dialect('semi'), lambda: csv.get_dialect('semi'), lambda: csv.register_dialect(1),
          lambda: csv.register_dialect('bad', delimiter='::')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


class D(csv.Dialect):
    delimiter = ';'


class D2(csv.excel):
    delimiter = ';'


for cls in [D, csv.Dialect, D2]:
    try:
        print(cls().delimiter)
    except Exception as e:
        print(type(e).__name__, e)
print(w([['a', 'b']], dialect=D2), csv.Error.__mro__, csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(csv.excel.lineterminator == '\r\n', csv.unix_dialect.quoting, csv.excel_tab.delimiter == '\t')
