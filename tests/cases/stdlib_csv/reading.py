# csv.reader: quoting, escapes, multi-line fields, dialect options, strict mode, errors
import csv
import io

texts = ['a,b,c\r\n1,"x,y",3\n', 'a,"b""c",d\n', ' a, "b"\n', 'a,"b\nc",d\r\n', 'a,"b"x,c\n', 'a,"bc\n', '\n\na\n',
         'a\rb\r', 'a,b\\,c\n', 'x\0y\n', '"a",\n', ',\n', '1,2.5,"3"\n', 'a;b\tc\n', "'q,r',s\n", 'a\\\nb,c\n',
         '"a\\"b",c\n', '"",""\n', 'a,"b\r\n', 'a\r\nb\r\n', '"x"\r\n"y"', '  ,  \n']
options = [{}, {'skipinitialspace': True}, {'strict': True}, {'escapechar': '\\'}, {'quoting': csv.QUOTE_NONNUMERIC},
           {'doublequote': False, 'escapechar': '\\'}, {'quoting': csv.QUOTE_NONE}, {'delimiter': ';'}, {'quotechar': "'"},
           {'dialect': 'excel-tab'}]
for text in texts:
    for kw in options:
        try:
            print(repr(text), kw, list(csv.reader(io.StringIO(text, newline=''), **kw)))
        except Exception as e:
            print(repr(text), kw, type(e).__name__, e)
r = csv.reader(['a,b', '"c', 'd"', 'e'])
print([(row, r.line_num) for row in r], type(r).__name__, type(r.dialect).__name__, r.dialect.delimiter)
for src in [[b'a'], [5], 5, None]:
    try:
        print(list(csv.reader(src)))
    except Exception as e:
        print(type(e).__name__, e)
print(csv.field_size_limit(5))
try:
    list(csv.reader(['abcdef']))
except csv.Error as e:
    print('Error', e)
print(csv.field_size_limit(), csv.field_size_limit(131072))
try:
    csv.field_size_limit('x')
except TypeError as e:
    print('TypeError', e)
