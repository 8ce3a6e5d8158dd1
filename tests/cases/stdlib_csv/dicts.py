# csv.DictReader and csv.DictWriter
import csv
import io

print(list(csv.DictReader(['a,b', '1,2,3', '4'])), list(csv.DictReader(['a,b', '1,2,3', '4'], restkey='R', restval='V')))
print(list(csv.DictReader(['x;y', '', '1;2'], delimiter=';')), list(csv.DictReader([])), list(csv.DictReader(['1,2'], fieldnames=['p', 'q'])))
r = csv.DictReader(io.StringIO('h1,h2\r\nv1,"v\n2"\r\nv3,v4\r\n'))
print(r.fieldnames, r.line_num)
for row in r:
    print(row, r.line_num)
print(csv.DictReader([]).fieldnames, type(csv.DictReader(['a'], fieldnames=iter(['z'])).fieldnames).__name__)
s = io.StringIO()
dw = csv.DictWriter(s, ['a', 'b'], restval='?')
print(dw.writeheader(), dw.writerow({'a': 1}), repr(s.getvalue()))
dw.writerows([{'a': 'x,y', 'b': None}, {'b': 2}])
print(repr(s.getvalue()))
for f in [lambda: dw.writerow({'c': 1}), lambda: csv.DictWriter(s, ['a'], extrasaction='x'), lambda: dw.writerow({'c': 1, 'a': 0})]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, str(e)[:45])
s = io.StringIO()
dw = csv.DictWriter(s, ['a'], extrasaction='ignore', quoting=csv.QUOTE_ALL)
dw.writerow({'a': 1, 'zz': 2})
print(repr(s.getvalue()))
